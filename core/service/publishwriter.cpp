#include "publishwriter.h"

#include "common/clock.h"
#include "service/changefeed.h"
#include "stats/metrics.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>

namespace hookboard {

PublishWriter::PublishWriter(StoreLocation location, const Clock &clock, ChangeFeed &feed)
    : m_location(std::move(location)), m_clock(clock), m_feed(feed), m_thread(std::make_unique<QThread>()),
      m_worker(std::make_unique<QObject>())
{
    m_thread->setObjectName(QStringLiteral("hookboard-publish"));
    m_worker->moveToThread(m_thread.get());
}

PublishWriter::~PublishWriter()
{
    stop();
}

Status PublishWriter::start()
{
    m_thread->start();
    Status opened = Error::internal(QStringLiteral("publish writer: its thread did not answer"));
    QMetaObject::invokeMethod(
        m_worker.get(),
        [&] {
            // Acknowledged durability: every commit is synced before anyone hears of it.
            Result<std::unique_ptr<Store>> store = Store::open(m_location, Durability::Acknowledged);
            if (!store) {
                opened = store.error();
                return;
            }
            m_store = std::move(store).value();
            opened = {};
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        m_thread->quit();
        m_thread->wait();
        return opened;
    }
    QMutexLocker lock(&m_mutex);
    m_accepting = true;
    return {};
}

void PublishWriter::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_accepting = false;
    }
    if (!m_thread->isRunning())
        return;
    // Whatever was submitted before is committed and answered before the connection closes.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this] {
            commitWaiting();
            m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PublishWriter::submit(const Change &change, QObject *context, Done done)
{
    QMutexLocker lock(&m_mutex);
    if (!m_accepting) {
        lock.unlock();
        const Result<QList<qint64>> refused =
            Error::internal(QCoreApplication::translate("PublishWriter", "the store is closing"));
        QMetaObject::invokeMethod(
            context, [done = std::move(done), refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append(Pending{change, m_clock.nowMs(), context, std::move(done)});
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { commitWaiting(); }, Qt::QueuedConnection);
}

Status PublishWriter::onConnection(const std::function<Status(Database &)> &work)
{
    if (!m_thread->isRunning())
        return Error::internal(QStringLiteral("publish writer: not started"));
    Status done;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [&] {
            done = m_store ? work(m_store->database())
                           : Status(Error::internal(QStringLiteral("publish writer: closed")));
        },
        Qt::BlockingQueuedConnection);
    return done;
}

qint64 PublishWriter::commitCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_commits;
}

void PublishWriter::commitWaiting()
{
    for (;;) {
        QList<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            batch = m_waiting.mid(0, kMaxBatch);
            m_waiting.remove(0, batch.size());
            if (batch.isEmpty()) {
                m_scheduled = false;
                return;
            }
        }
        const QList<Result<QList<qint64>>> results = commit(batch);
        QList<qint64> published;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Result<QList<qint64>> &result = results[i];
            if (result)
                published += *result;
            QMetaObject::invokeMethod(
                batch[i].context, [done = batch[i].done, result] { done(result); }, Qt::QueuedConnection);
        }
        m_feed.post(StoreChange::Kind::EventsPublished, published);
    }
}

// One transaction for the whole batch. Should it fail, each change is tried alone, so that one
// change the store refuses does not take the others down with it.
QList<Result<QList<qint64>>> PublishWriter::commit(const QList<Pending> &batch)
{
    QElapsedTimer writing;
    const auto countCommit = [this, &writing](qsizetype changes, const QList<Result<QList<qint64>>> &made) {
        {
            QMutexLocker lock(&m_mutex);
            ++m_commits;
        }
        if (m_metrics) {
            qint64 events = 0;
            for (const Result<QList<qint64>> &ids : made)
                events += ids ? ids->size() : 0;
            m_metrics->recordPublishCommit(changes, events, writing.nsecsElapsed());
        }
    };
    QList<Result<QList<qint64>>> results;
    writing.start();
    Status together = m_store->database().transaction([&]() -> Status {
        // Who subscribes cannot change inside the transaction: look each pair up once.
        QHash<QPair<QString, QString>, QList<FanOutTarget>> targetsOf;
        for (const Pending &pending : batch) {
            const QPair<QString, QString> key{pending.change.resource, pending.change.action};
            auto targets = targetsOf.find(key);
            if (targets == targetsOf.end()) {
                Result<QList<FanOutTarget>> found =
                    m_store->subscriptions().fanOutTargets(key.first, key.second);
                if (!found)
                    return found.error();
                targets = targetsOf.insert(key, *found);
            }
            Result<QList<qint64>> ids = write(*m_store, pending.change, *targets, pending.nowMs);
            if (!ids)
                return ids.error();
            results.append(std::move(ids));
        }
        return {};
    });
    if (together) {
        countCommit(batch.size(), results);
        return results;
    }
    if (batch.size() == 1)
        return {Result<QList<qint64>>(together.error())};
    results.clear();
    for (const Pending &pending : batch) {
        writing.start();
        results.append(
            m_store->database().transaction([&] { return write(*m_store, pending.change, pending.nowMs); }));
        if (results.last())
            countCommit(1, {results.last()});
    }
    return results;
}

Result<QList<qint64>> PublishWriter::write(Store &store, const Change &change, qint64 nowMs)
{
    Result<QList<FanOutTarget>> targets = store.subscriptions().fanOutTargets(change.resource, change.action);
    if (!targets)
        return targets.error();
    return write(store, change, *targets, nowMs);
}

Result<QList<qint64>> PublishWriter::write(Store &store, const Change &change,
                                           const QList<FanOutTarget> &targets, qint64 nowMs)
{
    QList<qint64> eventIds;
    if (targets.isEmpty())
        return eventIds;
    Result<qint64> changeId = store.events().insertChange(change, nowMs);
    if (!changeId)
        return changeId.error();
    for (const FanOutTarget &target : targets) {
        Result<qint64> eventId = store.events().insertEvent(*changeId, change, target.receiverId,
                                                            target.subscriptionId, false, nowMs);
        if (!eventId)
            return eventId.error();
        eventIds.append(*eventId);
    }
    return eventIds;
}

} // namespace hookboard
