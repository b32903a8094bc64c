#include "deliverystore.h"

#include "common/clock.h"
#include "database.h"
#include "eventstore.h"
#include "model/etag.h"
#include "receiverstore.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <atomic>

namespace hookboard {

namespace {

// Numbers the claims of this process, so that each lease token is new (DeliveryStore::claim).
std::atomic<quint64> s_claims{0};

// Receivers that may have work: active, and holding a PENDING event or a RETRYING one that is due,
// with how many of their events are SENDING. EXISTS and count seek the (receiver_id, status, id)
// index once per receiver instead of scanning the backlog.
const QString kReceiversWithWork = QStringLiteral(
    "SELECT r.id, r.ordered, coalesce(r.max_in_flight, :cap), "
    "(SELECT count(*) FROM events e WHERE e.receiver_id = r.id AND e.status = 'SENDING'), r.etag "
    "FROM receivers r WHERE r.active = 1 AND ("
    "EXISTS (SELECT 1 FROM events e WHERE e.receiver_id = r.id AND e.status = 'PENDING') OR "
    "EXISTS (SELECT 1 FROM events e WHERE e.receiver_id = r.id AND e.status = 'RETRYING' "
    "AND e.next_attempt_at <= :now)) ORDER BY r.id");

QByteArray idsJson(const QList<QPair<qint64, bool>> &picked)
{
    QByteArray json = "[";
    for (qsizetype i = 0; i < picked.size(); ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray::number(picked.at(i).first);
    }
    return json + ']';
}

// An event is held (not sent) while its subscription is paused; test events have no subscription.
const QString kNotHeld = QStringLiteral(
    "(e.subscription_id IS NULL OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = e.subscription_id "
    "AND s.active = 1))");

// The messages of this file, under the context "DeliveryStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryStore)
};

} // namespace

Result<int> DeliveryStore::requeueInterrupted(qint64 nowMs)
{
    // SQLite: this process holds the data folder, so every SENDING event is one it left behind.
    // PostgreSQL: other instances' leases are theirs until they expire.
    return m_db.transaction(
        [&]() -> Result<int> { return requeueExpired(nowMs, m_db.engine() == Engine::SQLite); });
}

Result<int> DeliveryStore::requeueExpired(qint64 nowMs, bool everyLease)
{
    SqlQuery query(m_db.statement(
        QStringLiteral("UPDATE events SET status = 'PENDING', next_attempt_at = NULL, leased_until = NULL, "
                       "leased_by = NULL, updated_at = :now WHERE status = 'SENDING'") +
        (everyLease
             ? QString()
             : QStringLiteral(" AND (leased_until IS NULL OR leased_until < %1)").arg(m_db.leaseClock()))));
    query.bind(QStringLiteral(":now"), nowMs);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.rowsAffected();
}

Status DeliveryStore::renewLeases(const QList<qint64> &ids, qint64 nowMs, qint64 leaseMs,
                                  const QString &claimant)
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    SqlQuery renew(m_db.statement(
        QStringLiteral("UPDATE events SET leased_until = %1 + :lease WHERE id IN (%2) AND status = 'SENDING' "
                       "AND substr(leased_by, 1, length(:mine)) = :mine")
            .arg(m_db.leaseClock(), m_db.idsIn(QStringLiteral(":ids")))));
    renew.bind(QStringLiteral(":lease"), leaseMs)
        .bind(QStringLiteral(":mine"), QString(claimant + u':'))
        .bind(QStringLiteral(":ids"), QString(u'[' + numbers.join(u',') + u']'));
    // Only SQLite's lease clock is a bound value; PostgreSQL's is the server's.
    if (m_db.engine() == Engine::SQLite)
        renew.bind(QStringLiteral(":now"), nowMs);
    return renew.exec();
}

Result<QList<Delivery>> DeliveryStore::claim(int limit, int defaultCap, qint64 nowMs,
                                             const ClaimOptions &options)
{
    QHash<qint64, Receiver> localCache;
    QHash<qint64, Receiver> &receiverCache = options.receiverCache ? *options.receiverCache : localCache;
    return m_db.transaction([&]() -> Result<QList<Delivery>> {
        if (m_db.engine() == Engine::PostgreSQL) {
            // Instances sharing the store claim one at a time: the counts of SENDING events that the
            // caps and ordered delivery are decided on stay true until this claim commits (the lock
            // ends with the transaction). Then the events of an instance that stopped renewing its
            // leases (killed, cut off) go back to the queue for whoever claims next.
            if (Status locked =
                    SqlQuery::run(m_db.connection(),
                                  QStringLiteral("SELECT pg_advisory_xact_lock(%1, 1)").arg(kApplicationId));
                !locked)
                return locked.error();
            if (Result<int> expired = requeueExpired(nowMs, false); !expired)
                return expired.error();
        }
        SqlQuery receivers(m_db.statement(kReceiversWithWork));
        receivers.bind(QStringLiteral(":cap"), defaultCap).bind(QStringLiteral(":now"), nowMs);
        if (Status status = receivers.exec(); !status)
            return status.error();
        struct Candidate
        {
            qint64 receiverId;
            bool ordered;
            int room;
        };
        QList<Candidate> candidates;
        // Read in this transaction: a cached receiver is used only while it is the stored version,
        // so a delivery claimed right after a change (a rotated secret) never carries the old one,
        // whenever the cache hears of the change.
        QHash<qint64, QString> etags;
        while (receivers.next()) {
            const qint64 id = receivers.value(0).toLongLong();
            etags.insert(id, receivers.value(4).toString());
            const int cap = receivers.value(2).toInt();
            const int holding = receivers.value(3).toInt() - options.finishedUnwritten.value(id);
            candidates.append(
                {id, receivers.value(1).toBool(), cap + std::min(options.ahead, cap) - holding});
        }

        // Each receiver gets what its room allows, oldest first; receivers take turns by id.
        QList<QPair<qint64, bool>> picked; // event id, manual
        for (const Candidate &c : std::as_const(candidates)) {
            if (picked.size() >= limit)
                break;
            if (c.room <= 0)
                continue;
            Result<QList<QPair<qint64, bool>>> ids =
                c.ordered ? nextInOrder(c.receiverId, nowMs)
                          : dueFor(c.receiverId, std::min<int>(c.room, limit - int(picked.size())), nowMs);
            if (!ids)
                return ids.error();
            picked.append(*ids);
        }
        if (picked.size() > limit)
            picked.resize(limit);
        std::sort(picked.begin(), picked.end());
        QList<Delivery> deliveries;
        if (picked.isEmpty())
            return deliveries;

        // The whole batch in one statement: marked SENDING and leased to this claim.
        const QString lease = QStringLiteral("%1:%2").arg(options.claimant).arg(++s_claims);
        const QByteArray ids = idsJson(picked);
        SqlQuery mark(
            m_db.statement(QStringLiteral("UPDATE events SET status = 'SENDING', leased_until = %1 + :lease, "
                                          "leased_by = :me, updated_at = :now WHERE id IN (%2)")
                               .arg(m_db.leaseClock(), m_db.idsIn(QStringLiteral(":ids")))));
        mark.bind(QStringLiteral(":lease"), options.leaseMs)
            .bind(QStringLiteral(":me"), lease)
            .bind(QStringLiteral(":now"), nowMs)
            .bind(QStringLiteral(":ids"), QString::fromLatin1(ids));
        if (Status status = mark.exec(); !status)
            return status.error();
        Result<QList<Event>> events = m_events.findMany(ids);
        if (!events)
            return events.error();
        if (events->size() != picked.size())
            return Error::internal(QStringLiteral("store: claimed events vanished"));
        deliveries.reserve(events->size());
        for (qsizetype i = 0; i < events->size(); ++i) {
            const qint64 receiverId = events->at(i).receiverId;
            Result<Receiver> receiver = receiverOf(receiverId, etags.value(receiverId), receiverCache);
            if (!receiver)
                return receiver.error();
            deliveries.append(
                Delivery{std::move((*events)[i]), std::move(receiver).value(), picked.at(i).second, lease});
        }
        return deliveries;
    });
}

Result<Receiver> DeliveryStore::receiverOf(qint64 receiverId, const QString &etag,
                                           QHash<qint64, Receiver> &cache)
{
    if (const auto known = cache.constFind(receiverId); known != cache.cend() && known->etag == etag)
        return *known;
    Result<std::optional<Receiver>> receiver = m_receivers.find(receiverId);
    if (!receiver)
        return receiver.error();
    if (!receiver->has_value())
        return Error::internal(QStringLiteral("store: receiver %1 vanished").arg(receiverId));
    cache.insert(receiverId, **receiver);
    return **receiver;
}

Result<QList<QPair<qint64, bool>>> DeliveryStore::dueFor(qint64 receiverId, int room, qint64 nowMs)
{
    QList<QPair<qint64, bool>> ids;
    // Two index range scans (PENDING, then due RETRYING), each stopping after `room` rows.
    for (const QString &status : {QStringLiteral("PENDING"), QStringLiteral("RETRYING")}) {
        SqlQuery due(m_db.statement(
            QStringLiteral("SELECT e.id, e.manual_next FROM events e WHERE e.receiver_id = :r "
                           "AND e.status = :status AND (e.status = 'PENDING' OR e.next_attempt_at <= :now) "
                           "AND ") +
            kNotHeld + QStringLiteral(" ORDER BY e.id LIMIT :room")));
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
    SqlQuery oldest(m_db.statement(
        QStringLiteral("SELECT e.id, e.status, e.next_attempt_at, e.manual_next FROM events e "
                       "WHERE e.receiver_id = :r AND e.status IN ('PENDING', 'SENDING', 'RETRYING') AND ") +
        kNotHeld + QStringLiteral(" ORDER BY e.id LIMIT 1")));
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
    // In next_attempt_at order on the events_due index, stopping at the first that is not held:
    // a seek, not a scan of every retrying event.
    SqlQuery query(m_db.statement(QStringLiteral(R"(
        SELECT e.next_attempt_at FROM events e JOIN receivers r ON r.id = e.receiver_id
        LEFT JOIN subscriptions s ON s.id = e.subscription_id
        WHERE e.status = 'RETRYING' AND r.active = 1 AND (e.subscription_id IS NULL OR s.active = 1)
        ORDER BY e.next_attempt_at LIMIT 1)")));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<ReceiverDisabled>> DeliveryStore::record(const QList<Outcome> &outcomes, qint64 nowMs,
                                                      qint64 autoDisableAfterMs)
{
    // Rows are locked in receiver order, whichever order the attempts ended in, so that two
    // instances recording at once on a shared store never wait on each other in a circle.
    QList<Outcome> ordered = outcomes;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Outcome &a, const Outcome &b) { return a.receiverId < b.receiverId; });
    return m_db.transaction([&]() -> Result<QList<ReceiverDisabled>> {
        QList<ReceiverDisabled> disabled;
        for (const Outcome &outcome : std::as_const(ordered)) {
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
    // Only an event still SENDING under this outcome's lease moves on: one a person cancelled
    // meanwhile stays cancelled, and one claimed again since (resent while this attempt was open,
    // or taken over by another instance after this one's lease expired) stays with the new claim;
    // the attempt and the count are recorded all the same. SET sees the row as it was, so every
    // CASE asks about the same holder.
    SqlQuery update(m_db.statement(QStringLiteral(
        "UPDATE events SET "
        "status = CASE WHEN status = 'SENDING' AND leased_by = :lease THEN :status ELSE status END, "
        "next_attempt_at = CASE WHEN status = 'SENDING' AND leased_by = :lease THEN :next "
        "ELSE next_attempt_at END, "
        "attempt_count = CASE WHEN attempt_count >= coalesce((SELECT max(a.number) FROM attempts a "
        "WHERE a.event_id = events.id), 0) THEN attempt_count ELSE (SELECT max(a.number) FROM attempts a "
        "WHERE a.event_id = events.id) END, "
        "last_response_code = CASE WHEN status = 'SENDING' AND leased_by = :lease THEN :code "
        "ELSE last_response_code END, "
        "manual_next = CASE WHEN status = 'SENDING' AND leased_by = :lease THEN 0 ELSE manual_next END, "
        "leased_until = CASE WHEN status = 'SENDING' AND leased_by = :lease THEN NULL ELSE leased_until END, "
        "leased_by = CASE WHEN status = 'SENDING' AND leased_by = :lease THEN NULL ELSE leased_by END, "
        "updated_at = :now WHERE id = :id")));
    update.bind(QStringLiteral(":status"), eventStatusName(outcome.status))
        .bind(QStringLiteral(":lease"), outcome.lease)
        .bind(QStringLiteral(":next"),
              outcome.nextAttemptAtMs ? QVariant(*outcome.nextAttemptAtMs) : QVariant())
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
    SqlQuery upsert(m_db.statement(
        ok ? QStringLiteral("INSERT INTO receiver_health (receiver_id, consecutive_failures, "
                            "failing_since, last_success_at) VALUES (:id, 0, NULL, :now) "
                            "ON CONFLICT (receiver_id) DO UPDATE SET consecutive_failures = 0, "
                            "failing_since = NULL, last_success_at = :now")
           : QStringLiteral("INSERT INTO receiver_health (receiver_id, consecutive_failures, "
                            "failing_since, last_failure_at) VALUES (:id, 1, :started, :now) "
                            "ON CONFLICT (receiver_id) DO UPDATE SET "
                            "consecutive_failures = receiver_health.consecutive_failures + 1, "
                            "failing_since = coalesce(receiver_health.failing_since, :started), "
                            "last_failure_at = :now")));
    upsert.bind(QStringLiteral(":id"), outcome.receiverId).bind(QStringLiteral(":now"), nowMs);
    if (!ok)
        upsert.bind(QStringLiteral(":started"), outcome.attempt.startedAtMs);
    if (Status status = upsert.exec(); !status)
        return status.error();
    if (ok)
        return std::optional<QString>();
    SqlQuery since(m_db.statement(QStringLiteral(
        "SELECT failing_since, consecutive_failures FROM receiver_health WHERE receiver_id = :id")));
    since.bind(QStringLiteral(":id"), outcome.receiverId);
    if (Status status = since.exec(); !status)
        return status.error();
    if (!since.next() || nowMs - since.value(0).toLongLong() < autoDisableAfterMs)
        return std::optional<QString>();
    return std::optional<QString>(
        Text::tr("disabled automatically: every attempt failed since %1 (%2 failures in a row, "
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
