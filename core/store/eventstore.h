#pragma once

#include "common/result.h"
#include "model/event.h"

#include <QList>
#include <QMap>
#include <optional>

namespace hookboard {

class Database;

// Which events a list, count or replay covers; set fields AND together.
struct EventQuery
{
    std::optional<qint64> id;    // just this event
    QList<EventStatus> statuses; // any of these; empty: any status
    std::optional<qint64> receiverId;
    std::optional<qint64> subscriptionId;
    std::optional<QString> resource;
    std::optional<QString> action;
    std::optional<qint64> sinceMs; // created at or after
    std::optional<qint64> untilMs; // created before
    std::optional<bool> test;
    // Text the published data must contain: case-insensitive for ASCII letters, '%' and '_' are
    // plain characters. From three characters on, a trigram index finds the changes that hold it.
    std::optional<QString> payloadContains;
    std::optional<QList<qint64>> ids; // just these events (any number, bound as one value)
    qint64 beforeId = 0;              // keyset cursor, newest first: only ids below it (0: from the newest)
    EventOrder order;                 // how list() orders rows
    // Keyset cursor under order: only rows that come after this one (the last row of the previous
    // page). list() only reads the fields order compares.
    std::optional<Event> after;
    int limit = 100;
};

// Which unfinished events to cancel: those of one receiver, or of one subscription.
struct EventOwner
{
    enum class Kind
    {
        Receiver,
        Subscription
    } kind;
    qint64 id;
};

// SQL for published changes, their events and attempts.
class EventStore
{
public:
    explicit EventStore(Database &db) : m_db(db) {}

    Result<qint64> insertChange(const Change &change, qint64 occurredAtMs);
    // A PENDING event of changeId for one receiver (subscriptionId empty for test events).
    Result<qint64> insertEvent(qint64 changeId, const Change &change, qint64 receiverId,
                               std::optional<qint64> subscriptionId, bool test, qint64 nowMs);
    Result<std::optional<Event>> find(qint64 id) const;
    // The events whose ids idsJson (a JSON array) lists, in id order: one statement.
    Result<QList<Event>> findMany(const QByteArray &idsJson) const;
    // Newest first, at most limit.
    Result<QList<Event>> listForSubscription(qint64 subscriptionId, std::optional<EventStatus> status,
                                             int limit) const;
    // Records one attempt (number unique per event) and returns its id.
    Result<qint64> insertAttempt(const Attempt &attempt);
    // The attempts of an event, oldest first.
    Result<QList<Attempt>> attemptsOf(qint64 eventId) const;
    // In query.order (newest id first unless told otherwise), at most query.limit rows.
    Result<QList<Event>> list(const EventQuery &query) const;
    // How many events wait or are in flight, per unfinished status (PENDING, SENDING, RETRYING; a
    // status with none is left out), and when the oldest of them was created (empty: none waits).
    // Reads the (status, created_at) index only, so it stays fast whatever the finished events number.
    struct QueueDepth
    {
        QMap<EventStatus, qint64> byStatus;
        std::optional<qint64> oldestCreatedAtMs;
    };
    Result<QueueDepth> queueDepth() const;
    // How many match, over all pages (the cursor and limit are ignored).
    Result<qint64> count(const EventQuery &query) const;
    // As count(), but stops at most: a count a person reads ("10,000+") that never scans millions.
    Result<qint64> countUpTo(const EventQuery &query, qint64 most) const;
    // How many resend(query) would send back now: finished events whose receiver still exists.
    Result<qint64> countResendable(const EventQuery &query) const;
    // Sends finished events (SUCCEEDED, FAILED, CANCELLED) matching query back to PENDING, their next
    // attempt marked manual, unless their receiver no longer exists. Returns their ids.
    Result<QList<qint64>> resend(const EventQuery &query, qint64 nowMs);
    // Cancels one unfinished event; false if it was not unfinished.
    Result<bool> cancel(qint64 id, qint64 nowMs);
    // Moves the next attempt of the RETRYING events among ids to nowMs; returns those it moved.
    Result<QList<qint64>> retryNow(const QList<qint64> &ids, qint64 nowMs);
    // Removes at most limit finished events (SUCCEEDED, FAILED, CANCELLED) created and last
    // changed before cutoffMs, their attempts, and the changes no event points at any more; run it
    // in a transaction. Returns the ids of the events removed.
    Result<QList<qint64>> removeFinishedBefore(qint64 cutoffMs, int limit);
    // Moves the owner's PENDING, SENDING and RETRYING events to CANCELLED; returns their ids.
    Result<QList<qint64>> cancelUnfinished(const EventOwner &owner, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace hookboard
