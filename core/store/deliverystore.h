#pragma once

#include "common/result.h"
#include "delivery/delivery.h"

#include <QList>
#include <QPair>
#include <optional>

namespace hookboard {

class Database;
class EventStore;
class ReceiverStore;

// The dispatcher's queue, kept in the store: which events are due, claiming them, and writing
// what their attempts did. Being SQL over the shared tables, several instances could share it.
class DeliveryStore
{
public:
    DeliveryStore(Database &db, ReceiverStore &receivers, EventStore &events)
        : m_db(db), m_receivers(receivers), m_events(events)
    {}

    // After a crash or kill, SENDING events go back to PENDING (at-least-once). Returns how many.
    Result<int> requeueInterrupted(qint64 nowMs);

    // Claims up to limit due events (PENDING, or RETRYING whose time has come) of active receivers
    // and active subscriptions, marking them SENDING. Per receiver, no more than its cap
    // (max_in_flight, or defaultCap) are SENDING at once; an ordered receiver gets one at a time,
    // oldest first, and a later event waits behind an earlier one.
    Result<QList<Delivery>> claim(int limit, int defaultCap, qint64 nowMs);

    // When the earliest RETRYING event of an active receiver falls due; empty if none.
    Result<std::optional<qint64>> nextRetryAtMs();

    // Writes outcomes in one transaction and returns the receivers it disabled: at once for a
    // disableReason, or when every attempt has failed for autoDisableAfterMs.
    Result<QList<ReceiverDisabled>> record(const QList<Outcome> &outcomes, qint64 nowMs,
                                           qint64 autoDisableAfterMs);

private:
    // The due events of one receiver that fit its room (cap minus SENDING), oldest first.
    Result<QList<QPair<qint64, bool>>> dueFor(qint64 receiverId, int cap, qint64 nowMs);
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
