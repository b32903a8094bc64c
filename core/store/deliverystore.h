#pragma once

#include "common/result.h"
#include "delivery/delivery.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

namespace hookboard {

class Database;
class EventStore;
class ReceiverStore;

// The dispatcher's queue, kept in the store: which events are due, claiming them, and writing
// what their attempts did. Being SQL over the shared tables, several instances could share it.
// How a dispatcher claims beyond the plain per-receiver cap.
struct ClaimOptions
{
    // Events a receiver may hold beyond its cap (at most as many again): claimed ahead, waiting
    // in the dispatcher's line for a free slot, so that a finished attempt starts the next one at
    // once. 0 on a shared store, where the cap counts across instances.
    int ahead = 0;
    // Per receiver, SENDING events whose outcome the claimant already has but has not written
    // yet: they hold no slot any more.
    QHash<qint64, int> finishedUnwritten;
    // How long a claim holds its events (leased_until = now + leaseMs).
    qint64 leaseMs = 60'000;
    // Who claims: each claim leases its events to a token of its own, "claimant:n" (leased_by),
    // and only an outcome under the event's current lease moves it on.
    QString claimant = QStringLiteral("local");
    // Receivers already read, by id; claim() adds those it reads, and reads again one whose stored
    // etag differs (so a change is never missed). The owner clears it when receivers change.
    QHash<qint64, Receiver> *receiverCache = nullptr;
};

class DeliveryStore
{
public:
    DeliveryStore(Database &db, ReceiverStore &receivers, EventStore &events)
        : m_db(db), m_receivers(receivers), m_events(events)
    {}

    // After a crash or kill, SENDING events go back to PENDING (at-least-once): on SQLite all of
    // them, on a shared PostgreSQL store those whose lease has expired. Returns how many.
    Result<int> requeueInterrupted(qint64 nowMs);
    // Moves the leases of ids (SENDING events claimant holds) to now + leaseMs, so that another
    // instance on a shared store does not take over an attempt that is still going.
    Status renewLeases(const QList<qint64> &ids, qint64 nowMs, qint64 leaseMs, const QString &claimant);

    // Claims up to limit due events (PENDING, or RETRYING whose time has come) of active receivers
    // and active subscriptions, marking them SENDING and leasing them (leased_until). Per
    // receiver, no more than its cap (max_in_flight, or defaultCap) plus options.ahead are SENDING
    // at once; an ordered receiver gets one at a time, oldest first, and a later event waits
    // behind an earlier one. One statement marks the whole batch, one reads its events.
    Result<QList<Delivery>> claim(int limit, int defaultCap, qint64 nowMs, const ClaimOptions &options = {});

    // When the earliest RETRYING event of an active receiver falls due; empty if none.
    Result<std::optional<qint64>> nextRetryAtMs();

    // Writes outcomes in one transaction and returns the receivers it disabled: at once for a
    // disableReason, or when every attempt has failed for autoDisableAfterMs.
    // Only an event still under the outcome's lease changes state; one claimed again since (taken
    // over by another instance after this one's lease expired, or cancelled and resent while the
    // attempt was open) keeps the new claim's state, and gets the attempt recorded all the same.
    Result<QList<ReceiverDisabled>> record(const QList<Outcome> &outcomes, qint64 nowMs,
                                           qint64 autoDisableAfterMs);

private:
    // SENDING events back to PENDING: every one, or only those whose lease ended before nowMs.
    Result<int> requeueExpired(qint64 nowMs, bool everyLease);
    // Up to room due events of one receiver, oldest first.
    Result<QList<QPair<qint64, bool>>> dueFor(qint64 receiverId, int room, qint64 nowMs);
    // From cache while it holds the version with etag, else read (and cached) afresh.
    Result<Receiver> receiverOf(qint64 receiverId, const QString &etag, QHash<qint64, Receiver> &cache);
    Result<QList<QPair<qint64, bool>>> nextInOrder(qint64 receiverId, qint64 nowMs);
    Status recordOne(const Outcome &outcome, qint64 nowMs);
    Result<std::optional<QString>> updateHealth(const Outcome &outcome, qint64 nowMs,
                                                qint64 autoDisableAfterMs);
    Result<bool> disable(qint64 receiverId, const QString &reason, qint64 nowMs);

    Database &m_db;
    ReceiverStore &m_receivers;
    EventStore &m_events;
};

} // namespace hookboard
