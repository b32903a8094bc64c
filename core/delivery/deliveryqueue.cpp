#include "deliveryqueue.h"

#include "common/clock.h"
#include "retentionsweeper.h"
#include "service/changefeed.h"
#include "stats/metrics.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>

namespace hookboard {

namespace {
constexpr int kRetryWriteMs = 2000;
}

DeliveryQueue::DeliveryQueue(StoreLocation location, const Clock &clock, DeliveryConfig config,
                             ChangeFeed &feed)
    : m_location(std::move(location)), m_clock(clock), m_config(std::move(config)), m_feed(feed),
      // Unique among instances sharing a store, and readable in it: host, process, and a random
      // part for a process id the host used before.
      m_claimant(QStringLiteral("%1:%2:%3")
                     .arg(QSysInfo::machineHostName())
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')))
{}

DeliveryQueue::~DeliveryQueue() = default;

Result<int> DeliveryQueue::open()
{
    // Claims and outcomes are bookkeeping: lost to a power cut, an event is only sent again
    // (at-least-once). Publishes go through the service's own connection, which syncs every commit.
    Result<std::unique_ptr<Store>> store = Store::open(m_location, Durability::Bookkeeping);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &DeliveryQueue::flush);
    // A claim that failed with nothing waiting to be written is tried again by itself: the
    // dispatcher asks for no claims while the store fails, and no write will say it recovered.
    m_claimRetryTimer = new QTimer(this);
    m_claimRetryTimer->setSingleShot(true);
    connect(m_claimRetryTimer, &QTimer::timeout, this, [this] { claim(m_lastClaimLimit); });
    if (m_store->database().engine() == Engine::PostgreSQL) {
        m_leaseTimer = new QTimer(this);
        connect(m_leaseTimer, &QTimer::timeout, this, &DeliveryQueue::renewLeases);
        m_leaseTimer->start(std::max<qint64>(1000, m_config.leaseMs / 3));
    }
    Result<int> requeued = m_store->deliveries().requeueInterrupted(m_clock.nowMs());
    if (requeued) {
        m_sweeper = std::make_unique<RetentionSweeper>(*m_store, m_clock, m_config.retention, m_feed);
        // Nothing is lost when a sweep fails: the events stay, and the next sweep tries again.
        connect(m_sweeper.get(), &RetentionSweeper::sweepFailed, this, [](const QString &message) {
            qWarning("hookboard: removing events past the retention period failed: %s", qPrintable(message));
        });
        m_sweeper->start();
    }
    return requeued;
}

void DeliveryQueue::reconfigure(const DeliveryConfig &config)
{
    m_config = config;
    if (m_sweeper)
        m_sweeper->setKeepMs(m_config.retention.keepMs);
}

void DeliveryQueue::claim(int limit)
{
    // While outcomes cannot be written, nothing more is sent: the writes' retries say when the
    // store is back.
    if (!m_store || (m_failing && !m_buffer.isEmpty())) {
        emit claimed({}, limit, -1);
        return;
    }
    ClaimOptions options;
    options.ahead = m_config.claimAhead;
    // Outcomes not written yet: their events still read SENDING, but hold no slot any more.
    options.finishedUnwritten = m_bufferedPerReceiver;
    options.leaseMs = m_config.leaseMs;
    options.receiverCache = &m_receivers;
    options.claimant = m_claimant;
    Result<QList<Delivery>> deliveries =
        m_store->deliveries().claim(limit, m_config.maxInFlightPerReceiver, m_clock.nowMs(), options);
    if (!deliveries) {
        if (!m_failing) {
            m_failing = true;
            emit storeFailed(deliveries.error().message);
        }
        m_lastClaimLimit = limit;
        m_claimRetryTimer->start(kRetryWriteMs);
        emit claimed({}, limit, -1);
        return;
    }
    if (m_leaseTimer) {
        for (const Delivery &delivery : std::as_const(*deliveries))
            ++m_held[delivery.event.id];
    }
    // Only when the due work is used up does the next retry matter.
    qint64 nextRetry = -1;
    if (deliveries->size() < limit) {
        Result<std::optional<qint64>> next = m_store->deliveries().nextRetryAtMs();
        nextRetry = next && next->has_value() ? **next : -1;
    }
    emit claimed(*deliveries, limit, nextRetry);
    if (m_failing) {
        m_failing = false;
        emit storeRecovered();
    }
}

void DeliveryQueue::renewLeases()
{
    if (!m_store || m_held.isEmpty())
        return;
    // A failure is left to the next round: the lease still runs for two thirds of its length.
    if (Status renewed =
            m_store->deliveries().renewLeases(m_held.keys(), m_clock.nowMs(), m_config.leaseMs, m_claimant);
        !renewed)
        qWarning("hookboard: renewing the leases of attempts in flight failed: %s",
                 qPrintable(renewed.error().message));
}

void DeliveryQueue::forgetReceivers()
{
    m_receivers.clear();
}

void DeliveryQueue::record(const Outcome &outcome)
{
    m_buffer.append(outcome);
    ++m_bufferedPerReceiver[outcome.receiverId];
    // An ordered receiver's next event waits until this one's outcome is in the store.
    const auto receiver = m_receivers.constFind(outcome.receiverId);
    const bool ordered = receiver != m_receivers.cend() && receiver->delivery.ordered;
    if (ordered || m_buffer.size() >= m_config.writeBatch)
        flush();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start(m_failing ? kRetryWriteMs : m_config.writeIntervalMs);
}

void DeliveryQueue::flush()
{
    if (m_buffer.isEmpty() || !m_store)
        return;
    QElapsedTimer writing;
    writing.start();
    Result<QList<ReceiverDisabled>> disabled =
        m_store->deliveries().record(m_buffer, m_clock.nowMs(), m_config.autoDisableAfterMs);
    if (!disabled) {
        // Nothing was written (one transaction): keep every outcome and try again later.
        if (!m_failing) {
            m_failing = true;
            emit storeFailed(disabled.error().message);
        }
        m_flushTimer->start(kRetryWriteMs);
        return;
    }
    if (m_metrics)
        m_metrics->recordOutcomes(m_buffer, writing.nsecsElapsed());
    QList<qint64> ids;
    ids.reserve(m_buffer.size());
    for (const Outcome &outcome : std::as_const(m_buffer)) {
        ids.append(outcome.eventId);
        // Written: that claim's lease is released. An event resent while this attempt was open
        // is held a second time, by the new claim, whose lease is still renewed.
        if (auto held = m_held.find(outcome.eventId); held != m_held.end() && --held.value() <= 0)
            m_held.erase(held);
    }
    m_buffer.clear();
    m_bufferedPerReceiver.clear();
    if (m_failing) {
        m_failing = false;
        emit storeRecovered();
    }
    QList<qint64> disabledIds;
    for (const ReceiverDisabled &d : std::as_const(*disabled)) {
        disabledIds.append(d.receiverId);
        m_receivers.remove(d.receiverId); // claims must see it disabled
    }
    emit recorded();
    m_feed.post(StoreChange::Kind::EventsAttempted, ids);
    m_feed.post(StoreChange::Kind::ReceiversDisabled, disabledIds);
}

void DeliveryQueue::close()
{
    flush();
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_claimRetryTimer)
        m_claimRetryTimer->stop();
    m_sweeper.reset();
    m_store.reset();
}

} // namespace hookboard
