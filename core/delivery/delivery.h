#pragma once

#include "common/clock.h"
#include "model/event.h"
#include "model/outboundpolicy.h"
#include "model/receiver.h"

#include <QList>
#include <QMetaType>
#include <optional>

namespace hookboard {

// One claimed unit of work: an event now SENDING, with a snapshot of its receiver.
struct Delivery
{
    Event event;
    Receiver receiver;
    bool manual = false; // the attempt follows a resend
    QString lease;       // this claim's token in leased_by: "claimant:n", new for every claim
};

// What one finished attempt does to the store: the attempt record, the event's new state, and
// the receiver's health.
struct Outcome
{
    qint64 eventId = 0;
    qint64 receiverId = 0;
    QString lease; // the claim the attempt was sent under (Delivery::lease)
    Attempt attempt;
    EventStatus status = EventStatus::Failed;
    std::optional<qint64> nextAttemptAtMs;
    std::optional<bool> succeeded; // for health; empty when the attempt says nothing of the receiver
    QString disableReason;         // non-empty: disable the receiver at once (410 Gone)
};

// A receiver that the engine disabled, and why.
struct ReceiverDisabled
{
    qint64 receiverId = 0;
    QString reason;
};

// How long finished events are kept, and how removing older ones is paced (SPEC §2).
struct RetentionConfig
{
    qint64 keepMs = 30LL * 24 * 3600 * 1000; // 0: keep every event
    int batch = 500;                         // events removed per transaction
    int pauseMs = 50;                        // between batches, so claims and outcomes get their turn
    int firstSweepMs = 30'000;               // after start-up, which has its own work
    int everyMs = 3600 * 1000;               // between sweeps that found nothing more to remove
};

// Global delivery settings (SPEC §2); receivers may override the per-receiver ones.
struct DeliveryConfig
{
    int maxInFlightPerReceiver = 8;
    // High enough that 200 slow receivers at cap 2 each get all their caps allow. One attempt in
    // flight costs at most about 280 KiB, mostly its TLS connection (bench_slowreceivers measures
    // it with the receiver's side counted too), so the cap bounds that at about 140 MiB.
    int maxInFlight = 512;
    int timeoutMs = 15000;
    QList<int> retryScheduleSeconds; // empty: RetryPolicy's default
    double jitter = 0.2;
    qint64 autoDisableAfterMs = 72LL * 3600 * 1000;
    int claimBatch = 200;
    // Deliveries a receiver may have claimed beyond its cap (at most as many again), waiting for a
    // free slot. Off by default: SPEC §2 reads SENDING as "an attempt is in flight", and events
    // claimed ahead would read SENDING while they wait. bench_delivery --claim-ahead measures it.
    int claimAhead = 0;
    // How long a claim holds its events (SENDING, leased_until).
    qint64 leaseMs = 60'000;
    int writeBatch = 500;
    int writeIntervalMs = 25;
    RetentionConfig retention;
    // Where attempts may connect (SPEC §8: --deny-cidr, --allow-cidr).
    OutboundPolicy outbound;
};

} // namespace hookboard

Q_DECLARE_METATYPE(hookboard::Delivery)
Q_DECLARE_METATYPE(hookboard::Outcome)
