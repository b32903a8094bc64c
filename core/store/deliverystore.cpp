#include "deliverystore.h"

#include "common/clock.h"
#include "database.h"
#include "eventstore.h"
#include "model/etag.h"
#include "receiverstore.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>

namespace hookboard {

namespace {

// Receivers that may have work: active, and holding a PENDING event or a RETRYING one that is due.
// EXISTS seeks the (receiver_id, status, id) index once per receiver instead of scanning the backlog.
const QString kReceiversWithWork = QStringLiteral(
    "SELECT r.id, r.ordered, coalesce(r.max_in_flight, :cap) FROM receivers r WHERE r.active = 1 AND ("
    "EXISTS (SELECT 1 FROM events e WHERE e.receiver_id = r.id AND e.status = 'PENDING') OR "
    "EXISTS (SELECT 1 FROM events e WHERE e.receiver_id = r.id AND e.status = 'RETRYING' "
    "AND e.next_attempt_at <= :now)) ORDER BY r.id");

// An event is held (not sent) while its subscription is paused; test events have no subscription.
const QString kNotHeld = QStringLiteral(
    "(e.subscription_id IS NULL OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = e.subscription_id "
    "AND s.active = 1))");

QString tr(const char *text)
{
    return QCoreApplication::translate("DeliveryStore", text);
}

} // namespace

Result<int> DeliveryStore::requeueInterrupted(qint64 nowMs)
{
    return m_db.transaction([&]() -> Result<int> {
        SqlQuery query(m_db.connection(),
                       QStringLiteral("UPDATE events SET status = 'PENDING', next_attempt_at = NULL, "
                                      "updated_at = :now WHERE status = 'SENDING'"));
        query.bind(QStringLiteral(":now"), nowMs);
        if (Status status = query.exec(); !status)
            return status.error();
        return query.rowsAffected();
    });
}

Result<QList<Delivery>> DeliveryStore::claim(int limit, int defaultCap, qint64 nowMs)
{
    return m_db.transaction([&]() -> Result<QList<Delivery>> {
        SqlQuery receivers(m_db.connection(), kReceiversWithWork);
        receivers.bind(QStringLiteral(":cap"), defaultCap).bind(QStringLiteral(":now"), nowMs);
        if (Status status = receivers.exec(); !status)
            return status.error();
        struct Candidate
        {
            qint64 receiverId;
            bool ordered;
            int cap;
        };
        QList<Candidate> candidates;
        while (receivers.next())
            candidates.append(
                {receivers.value(0).toLongLong(), receivers.value(1).toBool(), receivers.value(2).toInt()});

        // Each receiver gets what its room allows, oldest first; receivers take turns by id.
        QList<QPair<qint64, bool>> picked; // event id, manual
        for (const Candidate &c : std::as_const(candidates)) {
            if (picked.size() >= limit)
                break;
            Result<QList<QPair<qint64, bool>>> ids =
                c.ordered ? nextInOrder(c.receiverId, nowMs) : dueFor(c.receiverId, c.cap, nowMs);
            if (!ids)
                return ids.error();
            for (const auto &id : *ids) {
                if (picked.size() < limit)
                    picked.append(id);
            }
        }
        std::sort(picked.begin(), picked.end());

        QList<Delivery> deliveries;
        QHash<qint64, Receiver> receiverById;
        for (const auto &[id, manual] : std::as_const(picked)) {
            SqlQuery mark(
                m_db.connection(),
                QStringLiteral("UPDATE events SET status = 'SENDING', updated_at = :now WHERE id = :id"));
            mark.bind(QStringLiteral(":now"), nowMs).bind(QStringLiteral(":id"), id);
            if (Status status = mark.exec(); !status)
                return status.error();
            Result<std::optional<Event>> event = m_events.find(id);
            if (!event)
                return event.error();
            if (!event->has_value())
                return Error::internal(QStringLiteral("store: claimed event %1 vanished").arg(id));
            const qint64 receiverId = (*event)->receiverId;
            if (!receiverById.contains(receiverId)) {
                Result<std::optional<Receiver>> receiver = m_receivers.find(receiverId);
                if (!receiver)
                    return receiver.error();
                if (!receiver->has_value())
                    return Error::internal(
                        QStringLiteral("store: receiver %1 of event %2 vanished").arg(receiverId).arg(id));
                receiverById.insert(receiverId, std::move(**receiver));
            }
            deliveries.append(Delivery{std::move(**event), receiverById.value(receiverId), manual});
        }
        return deliveries;
    });
}

Result<QList<QPair<qint64, bool>>> DeliveryStore::dueFor(qint64 receiverId, int cap, qint64 nowMs)
{
    SqlQuery sending(
        m_db.connection(),
        QStringLiteral("SELECT count(*) FROM events WHERE receiver_id = :r AND status = 'SENDING'"));
    sending.bind(QStringLiteral(":r"), receiverId);
    if (Status status = sending.exec(); !status)
        return status.error();
    const int room = cap - (sending.next() ? sending.value(0).toInt() : 0);
    QList<QPair<qint64, bool>> ids;
    if (room <= 0)
        return ids;
    // Two index range scans (PENDING, then due RETRYING), each stopping after `room` rows.
    for (const QString &status : {QStringLiteral("PENDING"), QStringLiteral("RETRYING")}) {
        SqlQuery due(
            m_db.connection(),
            QStringLiteral("SELECT e.id, e.manual_next FROM events e WHERE e.receiver_id = :r "
                           "AND e.status = :status AND (e.status = 'PENDING' OR e.next_attempt_at <= :now) "
                           "AND ") +
                kNotHeld + QStringLiteral(" ORDER BY e.id LIMIT :room"));
        due.bind(QStringLiteral(":r"), receiverId)
            .bind(QStringLiteral(":status"), status)
            .bind(QStringLiteral(":now"), nowMs)
            .bind(QStringLiteral(":room"), room);
        if (Status executed = due.exec(); !executed)
            return executed.error();
        while (due.next())
            ids.append({due.value(0).toLongLong(), due.value(1).toBool()});
    }
    std::sort(ids.begin(), ids.end());
    ids.resize(std::min<qsizetype>(ids.size(), room));
    return ids;
}

Result<QList<QPair<qint64, bool>>> DeliveryStore::nextInOrder(qint64 receiverId, qint64 nowMs)
{
    // Only the oldest unfinished, not-held event may go, and only when it is not already in flight
    // and (if retrying) its time has come: later events wait behind it.
    SqlQuery oldest(
        m_db.connection(),
        QStringLiteral("SELECT e.id, e.status, e.next_attempt_at, e.manual_next FROM events e "
                       "WHERE e.receiver_id = :r AND e.status IN ('PENDING', 'SENDING', 'RETRYING') AND ") +
            kNotHeld + QStringLiteral(" ORDER BY e.id LIMIT 1"));
    oldest.bind(QStringLiteral(":r"), receiverId);
    if (Status status = oldest.exec(); !status)
        return status.error();
    QList<QPair<qint64, bool>> ids;
    if (!oldest.next())
        return ids;
    const QString status = oldest.value(1).toString();
    const bool due = status == QLatin1String("PENDING") ||
                     (status == QLatin1String("RETRYING") && oldest.value(2).toLongLong() <= nowMs);
    if (due)
        ids.append({oldest.value(0).toLongLong(), oldest.value(3).toBool()});
    return ids;
}

Result<std::optional<qint64>> DeliveryStore::nextRetryAtMs()
{
    SqlQuery query(m_db.connection(), QStringLiteral(R"(
        SELECT min(e.next_attempt_at) FROM events e JOIN receivers r ON r.id = e.receiver_id
        LEFT JOIN subscriptions s ON s.id = e.subscription_id
        WHERE e.status = 'RETRYING' AND r.active = 1 AND (e.subscription_id IS NULL OR s.active = 1))"));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<ReceiverDisabled>> DeliveryStore::record(const QList<Outcome> &outcomes, qint64 nowMs,
                                                      qint64 autoDisableAfterMs)
{
    return m_db.transaction([&]() -> Result<QList<ReceiverDisabled>> {
        QList<ReceiverDisabled> disabled;
        for (const Outcome &outcome : outcomes) {
            if (Status status = recordOne(outcome, nowMs); !status)
                return status.error();
            Result<std::optional<QString>> healthReason = updateHealth(outcome, nowMs, autoDisableAfterMs);
            if (!healthReason)
                return healthReason.error();
            const QString reason =
                !outcome.disableReason.isEmpty() ? outcome.disableReason : healthReason->value_or(QString());
            if (reason.isEmpty())
                continue;
            Result<bool> turnedOff = disable(outcome.receiverId, reason, nowMs);
            if (!turnedOff)
                return turnedOff.error();
            if (*turnedOff)
                disabled.append({outcome.receiverId, reason});
        }
        return disabled;
    });
}

Status DeliveryStore::recordOne(const Outcome &outcome, qint64 nowMs)
{
    // Number 0: work handed back untried (claimed as the engine stopped), so no attempt to record.
    if (outcome.attempt.number > 0) {
        if (Result<qint64> inserted = m_events.insertAttempt(outcome.attempt); !inserted)
            return inserted.error();
    }
    // Only an event still SENDING moves on: one a person cancelled meanwhile stays cancelled, but
    // its attempt and count are recorded all the same.
    SqlQuery update(
        m_db.connection(),
        QStringLiteral(
            "UPDATE events SET status = CASE WHEN status = 'SENDING' THEN :status ELSE status END, "
            "next_attempt_at = CASE WHEN status = 'SENDING' THEN :next ELSE next_attempt_at END, "
            "attempt_count = max(attempt_count, :number), last_response_code = :code, "
            "manual_next = 0, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":status"), eventStatusName(outcome.status))
        .bind(QStringLiteral(":next"),
              outcome.nextAttemptAtMs ? QVariant(*outcome.nextAttemptAtMs) : QVariant())
        .bind(QStringLiteral(":number"), outcome.attempt.number)
        .bind(QStringLiteral(":code"),
              outcome.attempt.responseCode ? QVariant(*outcome.attempt.responseCode) : QVariant())
        .bind(QStringLiteral(":now"), nowMs)
        .bind(QStringLiteral(":id"), outcome.eventId);
    return update.exec();
}

Result<std::optional<QString>> DeliveryStore::updateHealth(const Outcome &outcome, qint64 nowMs,
                                                           qint64 autoDisableAfterMs)
{
    if (!outcome.succeeded)
        return std::optional<QString>();
    const bool ok = *outcome.succeeded;
    SqlQuery upsert(
        m_db.connection(),
        ok ? QStringLiteral("INSERT INTO receiver_health (receiver_id, consecutive_failures, "
                            "failing_since, last_success_at) VALUES (:id, 0, NULL, :now) "
                            "ON CONFLICT (receiver_id) DO UPDATE SET consecutive_failures = 0, "
                            "failing_since = NULL, last_success_at = :now")
           : QStringLiteral("INSERT INTO receiver_health (receiver_id, consecutive_failures, "
                            "failing_since, last_failure_at) VALUES (:id, 1, :started, :now) "
                            "ON CONFLICT (receiver_id) DO UPDATE SET "
                            "consecutive_failures = consecutive_failures + 1, "
                            "failing_since = coalesce(failing_since, :started), last_failure_at = :now"));
    upsert.bind(QStringLiteral(":id"), outcome.receiverId).bind(QStringLiteral(":now"), nowMs);
    if (!ok)
        upsert.bind(QStringLiteral(":started"), outcome.attempt.startedAtMs);
    if (Status status = upsert.exec(); !status)
        return status.error();
    if (ok)
        return std::optional<QString>();
    SqlQuery since(
        m_db.connection(),
        QStringLiteral(
            "SELECT failing_since, consecutive_failures FROM receiver_health WHERE receiver_id = :id"));
    since.bind(QStringLiteral(":id"), outcome.receiverId);
    if (Status status = since.exec(); !status)
        return status.error();
    if (!since.next() || nowMs - since.value(0).toLongLong() < autoDisableAfterMs)
        return std::optional<QString>();
    return std::optional<QString>(
        tr("disabled automatically: every attempt failed since %1 (%2 failures in a row, "
           "the last: %3)")
            .arg(isoUtc(since.value(0).toLongLong()))
            .arg(since.value(1).toLongLong())
            .arg(outcome.attempt.error.isEmpty()
                     ? QStringLiteral("HTTP %1").arg(outcome.attempt.responseCode.value_or(0))
                     : outcome.attempt.error));
}

Result<bool> DeliveryStore::disable(qint64 receiverId, const QString &reason, qint64 nowMs)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("UPDATE receivers SET active = 0, disabled_reason = :reason, etag = :etag, "
                                  "updated_at = :now WHERE id = :id AND active = 1"));
    query.bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":etag"), newEtag())
        .bind(QStringLiteral(":now"), nowMs)
        .bind(QStringLiteral(":id"), receiverId);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() == 1;
}

} // namespace hookboard
