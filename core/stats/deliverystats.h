#pragma once

#include "common/result.h"
#include "latencyhistogram.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <optional>

namespace hookboard {

class Clock;
class Store;

// What a receiver's attempts came to over a window. An attempt succeeded when its response code is
// the receiver's expected response code (SPEC §2), judged against the receiver's current setting.
struct DeliverySummary
{
    qint64 attempts = 0;
    qint64 successes = 0;
    LatencyHistogram latency; // durations of the attempts

    qint64 failures() const { return attempts - successes; }
    // successes / attempts, from 0 to 1; empty when there was no attempt.
    std::optional<double> successRate() const;
    // Attempt durations in ms (LatencyHistogram::quantile); empty when there was no attempt.
    std::optional<double> p50Ms() const { return latency.quantile(0.50); }
    std::optional<double> p90Ms() const { return latency.quantile(0.90); }
    std::optional<double> p99Ms() const { return latency.quantile(0.99); }
};

// One bar of a chart: the attempts that started in [startMs, startMs + the window's bucketMs).
struct DeliveryBucket
{
    qint64 startMs = 0;
    qint64 successes = 0;
    qint64 failures = 0;

    friend bool operator==(const DeliveryBucket &, const DeliveryBucket &) = default;
};

// The windows statistics are kept over. Both end with the bucket that holds "now", so a chart's
// last bar is the one still filling and the summary is exactly the sum of the bars.
enum class StatsSpan
{
    LastHour, // 60 one-minute buckets: the current minute and the 59 before it
    LastDay,  // 24 one-hour buckets (UTC hours): the current hour and the 23 before it
};

struct ReceiverStatistics
{
    qint64 receiverId = 0;
    StatsSpan span = StatsSpan::LastDay;
    qint64 fromMs = 0;  // the first bucket's start
    qint64 untilMs = 0; // the last bucket's end (exclusive)
    qint64 bucketMs = 0;
    DeliverySummary summary;
    QList<DeliveryBucket> buckets; // every bucket of the window, oldest first, empty ones included
    // Events, not attempts: of the receiver's events published in the window, how many are
    // delivered (SUCCEEDED) and how many have finished (SUCCEEDED, FAILED or CANCELLED). An event
    // delivered on its third attempt counts once here, where it made two failed attempts above.
    qint64 eventsDelivered = 0;
    qint64 eventsFinished = 0;
    // eventsDelivered / eventsFinished, from 0 to 1; empty when none has finished.
    std::optional<double> eventDeliveryRate() const;
};

// The whole store at a glance, for the status bar.
struct GlobalStatistics
{
    qint64 attemptsLastMinute = 0;      // started in (now - 1 min, now]: falls to 0 when traffic stops
    qint64 attemptsLastFiveMinutes = 0; // started in (now - 5 min, now]
    qint64 failuresLastHour = 0;        // failed attempts started in (now - 1 h, now]
};

// Delivery statistics read from the store's attempts: per receiver over the last day or hour (with
// the buckets a chart draws and exact latency percentiles), and for the whole store. Reads on the
// given store's connection, so it belongs to that connection's thread.
//
// The last day is kept per UTC hour. An hour that ended kSettleMs ago can gain no attempt any more
// (attempts are recorded when they finish, within the longest timeout, 120 s), so its counts are kept
// and only the hours still open are read again: a refresh reads about an hour of attempts, not a day.
// SQL aggregates per duration (GROUP BY), so what crosses into C++ is one row per distinct duration,
// never one per attempt.
class DeliveryStats
{
public:
    static constexpr qint64 kMinuteMs = 60 * 1000;
    static constexpr qint64 kHourMs = 60 * kMinuteMs;
    static constexpr qint64 kSettleMs = 5 * kMinuteMs;

    DeliveryStats(Store &store, const Clock &clock);

    // The last day of every receiver that made attempts in it (receivers without any are absent).
    Result<QHash<qint64, DeliverySummary>> summaries();
    // One receiver over span, with its buckets; an unknown receiver or one without attempts gets
    // zero counts, empty buckets and no percentiles.
    Result<ReceiverStatistics> receiver(qint64 receiverId, StatsSpan span = StatsSpan::LastDay);
    Result<GlobalStatistics> global() const;

    // The window of span at nowMs: [first bucket start, last bucket end).
    static std::pair<qint64, qint64> window(StatsSpan span, qint64 nowMs);
    static qint64 bucketMs(StatsSpan span);

    // Forgets the kept hours, so the next read takes them from the store again: for when attempts
    // may have been written late (the delivery engine held its outcomes while the store failed).
    void forgetKeptHours() { m_closedHours.clear(); }
    // How many hours are kept from earlier reads.
    int keptHours() const { return int(m_closedHours.size()); }

private:
    using Cells = QHash<qint64, DeliverySummary>; // receiver id -> its attempts in one bucket
    using Buckets = QMap<qint64, Cells>;          // bucket start -> cells

    // Adds the attempts started in [fromMs, untilMs) to into, per bucketMs-wide bucket counted from
    // fromMs; of one receiver, or of all when receiverId is 0.
    Status read(Buckets &into, qint64 fromMs, qint64 untilMs, qint64 bucketMs, qint64 receiverId) const;
    // The last day's hours: kept ones brought up to date, open ones read now.
    Result<Buckets> lastDay();
    // Forgets the kept hours when a receiver's expected response code changed since they were read:
    // that code decides which attempts succeeded.
    Status checkExpectedCodes();

    Store &m_store;
    const Clock &m_clock;
    Buckets m_closedHours;
    QHash<qint64, int> m_expectedCodes; // receiver id -> expected response code the hours were read with
};

} // namespace hookboard
