#pragma once

#include "common/result.h"
#include "model/event.h"
#include "store/storelocation.h"
#include "store/subscriptionstore.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThread;

namespace hookboard {

class ChangeFeed;
class Clock;
class Database;
class Metrics;
class Store;

// The one writer of published changes, on a thread of its own with its own connection (group
// commit): whatever arrived while the previous commit was syncing is committed together, in one
// transaction with one sync, and only then is each publisher told its event ids. Nothing is
// answered before its commit, so an acknowledged publish survives any crash.
class PublishWriter : public QObject
{
    Q_OBJECT
public:
    // What one commit takes at most; the rest waits for the next.
    static constexpr int kMaxBatch = 1000;

    using Done = std::function<void(const Result<QList<qint64>> &eventIds)>;

    // Each commit that made events is posted to feed (EventsPublished), from the writer's thread.
    PublishWriter(StoreLocation location, const Clock &clock, ChangeFeed &feed);
    ~PublishWriter() override;

    // Starts the writer's thread and opens its connection there; an error says why not.
    Status start();
    // Commits what is waiting, answers it, and ends the thread. Later submits are refused.
    void stop();

    // From any thread: stores change (already checked, see WebhookService) and calls done in
    // context's thread once it is committed or refused. done is dropped if context is gone by then.
    void submit(const Change &change, QObject *context, Done done);

    // Fans change out into one event per active subscription of an active receiver, inside the
    // caller's transaction; returns the new event ids (none when nothing subscribes).
    static Result<QList<qint64>> write(Store &store, const Change &change, qint64 nowMs);
    // The same for targets already looked up in this transaction.
    static Result<QList<qint64>> write(Store &store, const Change &change, const QList<FanOutTarget> &targets,
                                       qint64 nowMs);

    // Runs work on the writer's own connection, on its thread, and waits for it: for what SQLite
    // keeps per connection (such as max_page_count, which tests use to fill the "disk").
    Status onConnection(const std::function<Status(Database &)> &work);

    // Where commits are counted (GET /metrics); before start(). Not owned.
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }

    // Transactions committed so far (a batch counts once), for tests and benchmarks.
    qint64 commitCount() const;

private:
    struct Pending
    {
        Change change;
        qint64 nowMs = 0;
        QObject *context = nullptr;
        Done done;
    };

    void commitWaiting(); // on the writer's thread
    QList<Result<QList<qint64>>> commit(const QList<Pending> &batch);

    StoreLocation m_location;
    const Clock &m_clock;
    ChangeFeed &m_feed;
    Metrics *m_metrics = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_worker; // lives in m_thread: the context of the writer's work
    std::unique_ptr<Store> m_store;    // used on the writer's thread only
    mutable QMutex m_mutex;            // guards what follows
    QList<Pending> m_waiting;
    bool m_scheduled = false;
    bool m_accepting = false;
    qint64 m_commits = 0;
};

} // namespace hookboard
