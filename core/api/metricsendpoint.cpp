#include "metricsendpoint.h"

#include "common/clock.h"
#include "stats/metrics.h"
#include "stats/prometheustext.h"
#include "store/store.h"

namespace hookboard {

namespace {

QString idText(qint64 id)
{
    return QString::number(id);
}

} // namespace

MetricsEndpoint::MetricsEndpoint(const Metrics &metrics, Store &store, const Clock &clock)
    : m_metrics(metrics), m_store(store), m_clock(clock)
{}

Result<QByteArray> MetricsEndpoint::render() const
{
    const Result<EventStore::QueueDepth> depth = m_store.events().queueDepth();
    if (!depth)
        return depth.error();
    QList<Receiver> receivers;
    for (ReceiverQuery query{std::nullopt, std::nullopt, 0, 500};;) {
        Result<QList<Receiver>> page = m_store.receivers().list(query);
        if (!page)
            return page.error();
        receivers += *page;
        if (page->size() < query.limit)
            break;
        query.afterId = page->last().id;
    }
    const Metrics::Snapshot now = m_metrics.snapshot();
    PrometheusText out;

    out.family(
        "hookboard_receiver_info", "gauge",
        QStringLiteral("A receiver's name and whether it is active, to join on receiver_id (always 1)"));
    for (const Receiver &receiver : std::as_const(receivers))
        out.sample({{"receiver_id", idText(receiver.id)},
                    {"name", receiver.name},
                    {"active", receiver.active ? u"true"_qs : u"false"_qs}},
                   1);

    out.family("hookboard_delivery_attempts_total", "counter",
               QStringLiteral("Delivery attempts since start, by receiver and result (success: the "
                              "receiver answered its expected response code)"));
    for (auto it = now.attempts.cbegin(); it != now.attempts.cend(); ++it)
        out.sample({{"receiver_id", idText(it.key().first)}, {"result", it.key().second}},
                   double(it.value()));

    out.family("hookboard_events_finished_total", "counter",
               QStringLiteral("Events that ended with an attempt since start, by receiver and status "
                              "(SUCCEEDED, or FAILED once retries ran out)"));
    for (auto it = now.finished.cbegin(); it != now.finished.cend(); ++it)
        out.sample({{"receiver_id", idText(it.key().first)}, {"status", it.key().second}},
                   double(it.value()));

    out.family(
        "hookboard_attempt_duration_seconds", "histogram",
        QStringLiteral("How long delivery attempts took, from the request to the response or failure"));
    for (auto it = now.attemptSeconds.cbegin(); it != now.attemptSeconds.cend(); ++it)
        out.histogram({{"receiver_id", idText(it.key())}}, it.value());

    out.family("hookboard_events", "gauge",
               QStringLiteral("Events waiting or in flight now, by status (SENDING is in flight)"));
    for (const EventStatus status : {EventStatus::Pending, EventStatus::Sending, EventStatus::Retrying})
        out.sample({{"status", eventStatusName(status)}}, double(depth->byStatus.value(status)));

    out.family(
        "hookboard_oldest_unfinished_event_age_seconds", "gauge",
        QStringLiteral("Age of the oldest event that is pending, sending or retrying (0 when none is)"));
    out.sample({},
               depth->oldestCreatedAtMs ? double(m_clock.nowMs() - *depth->oldestCreatedAtMs) / 1000.0 : 0);

    out.family("hookboard_attempts_in_flight", "gauge",
               QStringLiteral("Delivery attempts this instance has on the wire now"));
    out.sample({}, now.inFlight);

    out.family("hookboard_store_write_duration_seconds", "histogram",
               QStringLiteral("How long the store took to commit one transaction, by writer (publishes: a "
                              "group commit of POST /v1/events, or one GraphQL publish; outcomes: a "
                              "batch of attempt outcomes)"));
    for (auto it = now.writeSeconds.cbegin(); it != now.writeSeconds.cend(); ++it)
        out.histogram({{"writer", it.key() == Metrics::Writer::Publishes ? u"publishes"_qs : u"outcomes"_qs}},
                      it.value());

    out.family(
        "hookboard_published_changes_total", "counter",
        QStringLiteral("Changes published since start (POST /v1/events and GraphQL's publishWebhookEvent)"));
    out.sample({}, double(now.publishedChanges));
    out.family("hookboard_published_events_total", "counter",
               QStringLiteral("Events those changes made: one per subscription that matched"));
    out.sample({}, double(now.publishedEvents));
    return out.text();
}

} // namespace hookboard
