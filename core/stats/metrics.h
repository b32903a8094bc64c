#pragma once

#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>
#include <atomic>

namespace hookboard {

struct Outcome;

// A Prometheus histogram's state: how many observations fell at or under each bound (not yet
// cumulative; the last count is above every bound), their sum and their count.
struct MetricsHistogram
{
    QList<qint64> counts; // one per bound in Metrics::bucketBounds(), plus one for +Inf
    double sum = 0;
    qint64 count = 0;

    void add(double seconds);
};

// What Hookboard did since it started, for GET /metrics. The threads that do the work fill it in
// after it is done (the delivery queue once outcomes are committed, the publish writer after each
// commit, the dispatcher as attempts start and end); the API's thread reads a copy. Thread-safe.
class Metrics
{
public:
    enum class Writer
    {
        Publishes, // the publish writer's group commits
        Outcomes,  // the delivery queue's batches of attempt outcomes
    };

    struct Snapshot
    {
        // (receiver id, "success" or "failure") -> attempts. An attempt succeeded when the receiver
        // answered its expected response code (SPEC §2).
        QMap<QPair<qint64, QString>, qint64> attempts;
        // (receiver id, "SUCCEEDED" or "FAILED") -> events that ended so with an attempt.
        QMap<QPair<qint64, QString>, qint64> finished;
        QMap<qint64, MetricsHistogram> attemptSeconds; // per receiver
        QMap<Writer, MetricsHistogram> writeSeconds;   // per writer: one transaction each
        qint64 publishedChanges = 0;
        qint64 publishedEvents = 0;
        int inFlight = 0;
    };

    // The histograms' upper bounds in seconds, from 5 ms (a receiver on the same host) to 30 s
    // (the longest attempt timeout people set).
    static const QList<double> &bucketBounds();

    // After the outcomes were committed in one transaction that took writeNanoseconds. Events
    // handed back unsent (attempt number 0) are no attempts and are not counted.
    void recordOutcomes(const QList<Outcome> &outcomes, qint64 writeNanoseconds);
    // After a commit of changes published, which made events (one per subscription).
    void recordPublishCommit(qint64 changes, qint64 events, qint64 writeNanoseconds);
    void setInFlight(int attempts);

    Snapshot snapshot() const;

private:
    mutable QMutex m_mutex;
    Snapshot m_data;                 // but inFlight, which is m_inFlight:
    std::atomic<int> m_inFlight = 0; // set on every send and answer, so without the lock
};

} // namespace hookboard
