#include "metrics.h"

#include "delivery/delivery.h"

#include <algorithm>

namespace hookboard {

void MetricsHistogram::add(double seconds)
{
    const QList<double> &bounds = Metrics::bucketBounds();
    if (counts.isEmpty())
        counts.resize(bounds.size() + 1);
    const auto bucket = std::lower_bound(bounds.begin(), bounds.end(), seconds) - bounds.begin();
    ++counts[bucket];
    sum += seconds;
    ++count;
}

const QList<double> &Metrics::bucketBounds()
{
    static const QList<double> bounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    return bounds;
}

void Metrics::recordOutcomes(const QList<Outcome> &outcomes, qint64 writeNanoseconds)
{
    QMutexLocker lock(&m_mutex);
    for (const Outcome &outcome : outcomes) {
        if (outcome.attempt.number == 0)
            continue; // handed back unsent at a stop: no attempt was made
        const bool succeeded = outcome.status == EventStatus::Succeeded;
        ++m_data.attempts[{outcome.receiverId,
                           succeeded ? QStringLiteral("success") : QStringLiteral("failure")}];
        if (succeeded || outcome.status == EventStatus::Failed)
            ++m_data.finished[{outcome.receiverId, eventStatusName(outcome.status)}];
        m_data.attemptSeconds[outcome.receiverId].add(outcome.attempt.durationMs / 1000.0);
    }
    m_data.writeSeconds[Writer::Outcomes].add(double(writeNanoseconds) / 1e9);
}

void Metrics::recordPublishCommit(qint64 changes, qint64 events, qint64 writeNanoseconds)
{
    QMutexLocker lock(&m_mutex);
    m_data.publishedChanges += changes;
    m_data.publishedEvents += events;
    m_data.writeSeconds[Writer::Publishes].add(double(writeNanoseconds) / 1e9);
}

void Metrics::setInFlight(int attempts)
{
    m_inFlight.store(attempts, std::memory_order_relaxed);
}

Metrics::Snapshot Metrics::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    Snapshot copy = m_data;
    copy.inFlight = m_inFlight.load(std::memory_order_relaxed);
    return copy;
}

} // namespace hookboard
