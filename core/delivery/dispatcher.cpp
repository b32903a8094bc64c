#include "dispatcher.h"

#include "common/clock.h"
#include "delivery/httpsender.h"
#include "delivery/outgoingrequest.h"
#include "delivery/retrypolicy.h"
#include "stats/metrics.h"

#include <QTimer>

namespace hookboard {

namespace {

EventStatus statusOf(Verdict::Kind kind)
{
    switch (kind) {
    case Verdict::Kind::Succeeded:
        return EventStatus::Succeeded;
    case Verdict::Kind::Retry:
        return EventStatus::Retrying;
    case Verdict::Kind::Failed:
    case Verdict::Kind::DisableReceiver:
        break;
    }
    return EventStatus::Failed;
}

} // namespace

Dispatcher::Dispatcher(const Clock &clock, DeliveryConfig config, QList<QSslCertificate> extraCas)
    : m_clock(clock), m_config(std::move(config)), m_extraCas(std::move(extraCas))
{}

Dispatcher::~Dispatcher() = default;

void Dispatcher::start()
{
    // Created here, on the network thread, so that the QNetworkAccessManager lives there.
    m_sender = new HttpSender(m_clock, m_extraCas, this);
    m_sender->setOutboundPolicy(m_config.outbound);
    connect(m_sender, &HttpSender::finished, this, &Dispatcher::onSent);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Dispatcher::poke);
    m_graceTimer = new QTimer(this);
    m_graceTimer->setSingleShot(true);
    connect(m_graceTimer, &QTimer::timeout, this, [this] {
        m_aborting = true;
        m_sender->abortAll();
    });
    poke();
}

void Dispatcher::reconfigure(const DeliveryConfig &config, const QList<QSslCertificate> &extraCas)
{
    m_config = config;
    m_extraCas = extraCas;
    if (!m_sender)
        return; // start() creates the sender with these
    m_sender->setOutboundPolicy(m_config.outbound);
    m_sender->setExtraCas(m_extraCas);
    // A larger cap may let waiting deliveries start, or room for more claims.
    startWaiting();
    poke();
}

void Dispatcher::poke()
{
    if (m_stopping || m_storeFailed || !m_sender)
        return;
    if (m_claimPending) {
        m_pokedWhilePending = true; // ask again as soon as this claim is answered
        return;
    }
    // Room for the global cap in flight, plus as many again waiting in the lines when claiming
    // ahead: enough that a slot never idles while the queue claims, few enough to keep memory small.
    const int lineRoom = m_config.claimAhead > 0 ? m_config.maxInFlight : 0;
    const int room = m_config.maxInFlight + lineRoom - inFlight() - m_waiting;
    if (room <= 0)
        return;
    m_claimPending = true;
    m_pokedWhilePending = false;
    emit claimRequested(std::min(room, m_config.claimBatch));
}

// Also unasked: the queue tries a failed claim again by itself while the store fails.
void Dispatcher::onClaimed(const QList<Delivery> &deliveries, int limit, qint64 nextRetryAtMs)
{
    m_claimPending = false;
    if (m_stopping) {
        // Claimed just as we stopped: hand them straight back, untried.
        for (const Delivery &delivery : deliveries)
            handBack(delivery);
        finishStopIfIdle();
        return;
    }
    for (const Delivery &delivery : deliveries)
        m_lines[delivery.receiver.id].waiting.enqueue(delivery);
    m_waiting += int(deliveries.size());
    startWaiting();
    scheduleRetryTimer(nextRetryAtMs);
    if (deliveries.size() >= limit || m_pokedWhilePending)
        poke();
}

int Dispatcher::capOf(const Receiver &receiver) const
{
    if (receiver.delivery.ordered)
        return 1;
    return receiver.delivery.maxInFlight.value_or(m_config.maxInFlightPerReceiver);
}

void Dispatcher::startWaiting()
{
    for (auto it = m_lines.begin(); it != m_lines.end() && inFlight() < m_config.maxInFlight;) {
        startFrom(it.value());
        if (it->waiting.isEmpty() && it->active == 0)
            it = m_lines.erase(it);
        else
            ++it;
    }
}

void Dispatcher::startFrom(Line &line)
{
    while (!line.waiting.isEmpty() && inFlight() < m_config.maxInFlight &&
           line.active < capOf(line.waiting.head().receiver)) {
        ++line.active;
        --m_waiting;
        send(line.waiting.dequeue());
    }
}

void Dispatcher::send(const Delivery &delivery)
{
    const quint64 token = m_nextToken++;
    OutgoingRequest request = buildRequest(delivery.event, delivery.receiver, m_clock.nowMs());
    const int timeoutMs = delivery.receiver.delivery.timeoutMs.value_or(m_config.timeoutMs);
    m_inFlight.insert(token, InFlight{delivery, request});
    if (m_metrics)
        m_metrics->setInFlight(inFlight());
    m_sender->send(token, request, timeoutMs, delivery.receiver.id);
}

void Dispatcher::onSent(quint64 token, const SendResult &result)
{
    const auto it = m_inFlight.constFind(token);
    if (it == m_inFlight.constEnd())
        return;
    const InFlight done = *it;
    m_inFlight.erase(it);
    if (m_metrics)
        m_metrics->setInFlight(inFlight());
    emit outcomeReady(outcomeOf(done.delivery, done.request, result));
    const qint64 receiverId = done.delivery.receiver.id;
    if (m_stopping) {
        --m_lines[receiverId].active;
        finishStopIfIdle();
        return;
    }
    // The freed slot goes to the same receiver's next delivery first, then to anyone waiting.
    Line &line = m_lines[receiverId];
    --line.active;
    startFrom(line);
    const bool runningLow = line.waiting.size() <= line.active / 2;
    startWaiting();
    // More work is claimed in batches, when a line runs low, not after every attempt: a claim is
    // a transaction, and a line that still holds work keeps its slots busy meanwhile.
    if (runningLow)
        poke();
}

void Dispatcher::handBack(const Delivery &delivery)
{
    Outcome requeue;
    requeue.eventId = delivery.event.id;
    requeue.receiverId = delivery.receiver.id;
    requeue.lease = delivery.lease;
    requeue.status = EventStatus::Pending;
    emit outcomeReady(requeue);
}

Outcome Dispatcher::outcomeOf(const Delivery &delivery, const OutgoingRequest &request,
                              const SendResult &result) const
{
    Outcome outcome;
    outcome.eventId = delivery.event.id;
    outcome.receiverId = delivery.receiver.id;
    outcome.lease = delivery.lease;
    Attempt &attempt = outcome.attempt;
    attempt.eventId = delivery.event.id;
    attempt.number = delivery.event.attemptCount + 1;
    attempt.manual = delivery.manual;
    attempt.startedAtMs = result.startedAtMs;
    attempt.durationMs = result.durationMs;
    attempt.requestHeaders = request.headers;
    attempt.requestBody = request.body;
    attempt.responseCode = result.statusCode;
    attempt.responseHeaders = result.headers;
    attempt.responseBody = result.body;
    attempt.responseTruncated = result.truncated;
    attempt.error = result.error;

    if (m_aborting && !result.statusCode) {
        // Cut off by shutdown: says nothing about the receiver; the event goes back to the queue.
        outcome.status = EventStatus::Pending;
        attempt.error = tr("interrupted by shutdown; the event was returned to the queue");
        return outcome;
    }
    const QList<int> schedule = delivery.receiver.delivery.retrySchedule.value_or(
        m_config.retryScheduleSeconds.isEmpty() ? RetryPolicy::defaultScheduleSeconds()
                                                : m_config.retryScheduleSeconds);
    const RetryPolicy policy(schedule, m_config.jitter);
    const Verdict verdict =
        policy.decide(attempt.number, delivery.receiver.expectedResponseCode, result, m_clock.nowMs());
    outcome.status = statusOf(verdict.kind);
    outcome.nextAttemptAtMs = verdict.nextAttemptAtMs;
    outcome.succeeded = verdict.kind == Verdict::Kind::Succeeded;
    if (verdict.kind == Verdict::Kind::DisableReceiver)
        outcome.disableReason =
            tr("disabled automatically: the receiver answered 410 Gone at %1, asking for no "
               "more deliveries")
                .arg(isoUtc(m_clock.nowMs()));
    return outcome;
}

void Dispatcher::scheduleRetryTimer(qint64 nextRetryAtMs)
{
    if (nextRetryAtMs < 0)
        return;
    // QTimer counts in int milliseconds; a retry is at most 24 h away, and a later one is simply
    // looked for again then.
    const qint64 wait = std::clamp<qint64>(nextRetryAtMs - m_clock.nowMs(), 0, 24LL * 3600 * 1000);
    if (!m_retryTimer->isActive() || m_retryTimer->remainingTime() > wait)
        m_retryTimer->start(int(wait));
}

void Dispatcher::stop(int graceMs)
{
    m_stopping = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    // Waiting deliveries were never tried: they go straight back to the queue.
    for (Line &line : m_lines) {
        while (!line.waiting.isEmpty())
            handBack(line.waiting.dequeue());
    }
    m_waiting = 0;
    if (inFlight() > 0 && m_graceTimer)
        m_graceTimer->start(graceMs);
    finishStopIfIdle();
}

void Dispatcher::finishStopIfIdle()
{
    if (!m_stopping || inFlight() > 0 || m_claimPending)
        return;
    if (m_graceTimer)
        m_graceTimer->stop();
    emit stopped();
}

void Dispatcher::onStoreFailed()
{
    m_storeFailed = true;
}

void Dispatcher::onStoreRecovered()
{
    m_storeFailed = false;
    poke();
}

} // namespace hookboard
