#include "deliverystats.h"

#include "common/clock.h"
#include "store/sqlquery.h"
#include "store/store.h"

namespace hookboard {

namespace {

// Attempts per bucket, receiver and duration. The range on started_at is served by the
// attempts_time index (migration 4), which also covers event_id, duration_ms and response_code, so
// the wide attempt rows (request and response bodies) are never read.
const QString kBucketsSql = QStringLiteral(
    "SELECT (a.started_at - :from) / :width, e.receiver_id, a.duration_ms, count(*), "
    "count(*) FILTER (WHERE a.response_code IS NOT DISTINCT FROM r.expected_response_code) "
    "FROM attempts a JOIN events e ON e.id = a.event_id JOIN receivers r ON r.id = e.receiver_id "
    "WHERE a.started_at >= :from AND a.started_at < :until%1 GROUP BY 1, 2, 3");
// The unary + keeps SQLite from walking the receiver's whole event history through
// events_receiver_time instead of the time range: a receiver's events outlive any window.
const QString kOneReceiver = QStringLiteral(" AND +e.receiver_id = :receiver");

qint64 floorTo(qint64 ms, qint64 width)
{
    const qint64 q = ms / width;
    return (ms % width < 0 ? q - 1 : q) * width;
}

} // namespace

std::optional<double> DeliverySummary::successRate() const
{
    if (attempts == 0)
        return std::nullopt;
    return double(successes) / double(attempts);
}

DeliveryStats::DeliveryStats(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

qint64 DeliveryStats::bucketMs(StatsSpan span)
{
    return span == StatsSpan::LastHour ? kMinuteMs : kHourMs;
}

std::pair<qint64, qint64> DeliveryStats::window(StatsSpan span, qint64 nowMs)
{
    const qint64 width = bucketMs(span);
    const qint64 count = span == StatsSpan::LastHour ? 60 : 24;
    const qint64 until = floorTo(nowMs, width) + width;
    return {until - count * width, until};
}

Status DeliveryStats::read(Buckets &into, qint64 fromMs, qint64 untilMs, qint64 bucketMs,
                           qint64 receiverId) const
{
    if (fromMs >= untilMs)
        return {};
    SqlQuery query(m_store.database().connection(),
                   kBucketsSql.arg(receiverId != 0 ? kOneReceiver : QString()));
    query.bind(QStringLiteral(":from"), fromMs)
        .bind(QStringLiteral(":width"), bucketMs)
        .bind(QStringLiteral(":until"), untilMs);
    if (receiverId != 0)
        query.bind(QStringLiteral(":receiver"), receiverId);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        const qint64 bucket = fromMs + query.value(0).toLongLong() * bucketMs;
        DeliverySummary &cell = into[bucket][query.value(1).toLongLong()];
        const qint64 count = query.value(3).toLongLong();
        cell.attempts += count;
        cell.successes += query.value(4).toLongLong();
        cell.latency.add(query.value(2).toInt(), count);
    }
    return {};
}

Status DeliveryStats::checkExpectedCodes()
{
    SqlQuery query(m_store.database().connection(),
                   QStringLiteral("SELECT id, expected_response_code FROM receivers"));
    if (Status status = query.exec(); !status)
        return status;
    QHash<qint64, int> codes;
    bool changed = false;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const int code = query.value(1).toInt();
        codes.insert(id, code);
        const auto kept = m_expectedCodes.constFind(id);
        changed = changed || (kept != m_expectedCodes.constEnd() && *kept != code);
    }
    if (changed)
        m_closedHours.clear();
    // Receivers created since are read with their code from now on; deleted ones no longer count.
    m_expectedCodes = std::move(codes);
    return {};
}

Result<DeliveryStats::Buckets> DeliveryStats::lastDay()
{
    const qint64 now = m_clock.nowMs();
    // Plain variables, not a structured binding: clang 14 (the fuzzing build) cannot capture those.
    const std::pair<qint64, qint64> span = window(StatsSpan::LastDay, now);
    const qint64 from = span.first;
    const qint64 until = span.second;
    // Hours that ended kSettleMs ago or earlier are complete; the rest is read on every call.
    const qint64 closedUntil = std::clamp(floorTo(now - kSettleMs, kHourMs), from, until);

    if (Status status = checkExpectedCodes(); !status)
        return status.error();
    // Hours that slid out of the window go; so do any "closed" ones past closedUntil, which only a
    // clock moved backwards can leave behind.
    m_closedHours.removeIf([&](const auto &hour) { return hour.key() < from || hour.key() >= closedUntil; });

    qint64 firstMissing = closedUntil;
    for (qint64 hour = from; hour < closedUntil; hour += kHourMs) {
        if (!m_closedHours.contains(hour)) {
            firstMissing = hour;
            break;
        }
    }
    if (firstMissing < closedUntil) {
        Buckets fresh;
        if (Status status = read(fresh, firstMissing, closedUntil, kHourMs, 0); !status)
            return status.error();
        // Every hour is recorded, an hour without attempts too, so it is not read again.
        for (qint64 hour = firstMissing; hour < closedUntil; hour += kHourMs) {
            if (!m_closedHours.contains(hour))
                m_closedHours.insert(hour, fresh.value(hour));
        }
    }

    Buckets day = m_closedHours;
    if (Status status = read(day, closedUntil, until, kHourMs, 0); !status)
        return status.error();
    return day;
}

Result<QHash<qint64, DeliverySummary>> DeliveryStats::summaries()
{
    Result<Buckets> day = lastDay();
    if (!day)
        return day.error();
    QHash<qint64, DeliverySummary> totals;
    for (const Cells &cells : std::as_const(*day)) {
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            DeliverySummary &total = totals[it.key()];
            total.attempts += it->attempts;
            total.successes += it->successes;
            total.latency.merge(it->latency);
        }
    }
    return totals;
}

Result<ReceiverStatistics> DeliveryStats::receiver(qint64 receiverId, StatsSpan span)
{
    ReceiverStatistics stats;
    stats.receiverId = receiverId;
    stats.span = span;
    std::tie(stats.fromMs, stats.untilMs) = window(span, m_clock.nowMs());
    stats.bucketMs = bucketMs(span);

    Buckets buckets;
    if (span == StatsSpan::LastDay) {
        Result<Buckets> day = lastDay();
        if (!day)
            return day.error();
        buckets = std::move(*day);
    } else if (Status status = read(buckets, stats.fromMs, stats.untilMs, stats.bucketMs, receiverId);
               !status) {
        return status.error();
    }

    for (qint64 start = stats.fromMs; start < stats.untilMs; start += stats.bucketMs) {
        const DeliverySummary cell = buckets.value(start).value(receiverId);
        stats.buckets.append({start, cell.successes, cell.failures()});
        stats.summary.attempts += cell.attempts;
        stats.summary.successes += cell.successes;
        stats.summary.latency.merge(cell.latency);
    }
    // events_receiver_time (receiver_id, created_at) finds them.
    SqlQuery events(m_store.database().connection(),
                    QStringLiteral("SELECT count(*) FILTER (WHERE status = 'SUCCEEDED'), "
                                   "count(*) FILTER (WHERE status IN ('SUCCEEDED', 'FAILED', 'CANCELLED')) "
                                   "FROM events WHERE receiver_id = :receiver AND created_at >= :from "
                                   "AND created_at < :until"));
    events.bind(QStringLiteral(":receiver"), receiverId)
        .bind(QStringLiteral(":from"), stats.fromMs)
        .bind(QStringLiteral(":until"), stats.untilMs);
    if (Status status = events.exec(); !status)
        return status.error();
    if (events.next()) {
        stats.eventsDelivered = events.value(0).toLongLong();
        stats.eventsFinished = events.value(1).toLongLong();
    }
    return stats;
}

std::optional<double> ReceiverStatistics::eventDeliveryRate() const
{
    if (eventsFinished == 0)
        return std::nullopt;
    return double(eventsDelivered) / double(eventsFinished);
}

Result<GlobalStatistics> DeliveryStats::global() const
{
    const qint64 now = m_clock.nowMs();
    SqlQuery query(m_store.database().connection(),
                   QStringLiteral("SELECT count(*) FILTER (WHERE a.started_at > :fiveMinutesAgo), "
                                  "count(*) FILTER (WHERE a.response_code IS DISTINCT FROM "
                                  "r.expected_response_code), "
                                  "count(*) FILTER (WHERE a.started_at > :minuteAgo) "
                                  "FROM attempts a JOIN events e ON e.id = a.event_id "
                                  "JOIN receivers r ON r.id = e.receiver_id "
                                  "WHERE a.started_at > :hourAgo AND a.started_at <= :now"));
    query.bind(QStringLiteral(":fiveMinutesAgo"), now - 5 * kMinuteMs)
        .bind(QStringLiteral(":minuteAgo"), now - kMinuteMs)
        .bind(QStringLiteral(":hourAgo"), now - kHourMs)
        .bind(QStringLiteral(":now"), now);
    if (Status status = query.exec(); !status)
        return status.error();
    GlobalStatistics stats;
    if (query.next()) {
        stats.attemptsLastFiveMinutes = query.value(0).toLongLong();
        stats.failuresLastHour = query.value(1).toLongLong();
        stats.attemptsLastMinute = query.value(2).toLongLong();
    }
    return stats;
}

} // namespace hookboard
