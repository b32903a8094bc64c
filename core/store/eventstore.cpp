#include "eventstore.h"

#include "database.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hookboard {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.change_id, e.receiver_id, e.subscription_id, e.resource, e.action, c.data, e.test, "
    "e.status, e.attempt_count, e.next_attempt_at, e.last_response_code, c.occurred_at, e.updated_at "
    "FROM events e JOIN changes c ON c.id = e.change_id ");

const QString kUnfinished = QStringLiteral("('PENDING', 'SENDING', 'RETRYING')");

Event eventFrom(const SqlQuery &row)
{
    Event e;
    e.id = row.value(0).toLongLong();
    e.changeId = row.value(1).toLongLong();
    e.receiverId = row.value(2).toLongLong();
    if (!row.value(3).isNull())
        e.subscriptionId = row.value(3).toLongLong();
    e.resource = row.value(4).toString();
    e.action = row.value(5).toString();
    e.payload = row.value(6).toString().toUtf8();
    e.test = row.value(7).toBool();
    e.status = eventStatusFromName(row.value(8).toString()).value_or(EventStatus::Pending);
    e.attemptCount = row.value(9).toInt();
    if (!row.value(10).isNull())
        e.nextAttemptAtMs = row.value(10).toLongLong();
    if (!row.value(11).isNull())
        e.lastResponseCode = row.value(11).toInt();
    e.createdAtMs = row.value(12).toLongLong();
    e.updatedAtMs = row.value(13).toLongLong();
    return e;
}

// Headers are stored as a JSON array of [name, value] pairs: order and repeats are kept, and
// the bytes of each (Latin-1, as HTTP has them) survive the round trip.
QString headersText(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpHeaders headersFrom(const QString &text)
{
    HttpHeaders headers;
    for (const QJsonValue &pair : QJsonDocument::fromJson(text.toUtf8()).array())
        headers.append({pair[0].toString().toLatin1(), pair[1].toString().toLatin1()});
    return headers;
}

Attempt attemptFrom(const SqlQuery &row)
{
    Attempt a;
    a.id = row.value(0).toLongLong();
    a.eventId = row.value(1).toLongLong();
    a.number = row.value(2).toInt();
    a.manual = row.value(3).toBool();
    a.startedAtMs = row.value(4).toLongLong();
    a.durationMs = row.value(5).toInt();
    a.requestHeaders = headersFrom(row.value(6).toString());
    a.requestBody = row.value(7).toByteArray();
    if (!row.value(8).isNull())
        a.responseCode = row.value(8).toInt();
    a.responseHeaders = headersFrom(row.value(9).toString());
    a.responseBody = row.value(10).toByteArray();
    a.responseTruncated = row.value(11).toBool();
    a.error = row.value(12).toString();
    return a;
}

} // namespace

Result<qint64> EventStore::insertAttempt(const Attempt &a)
{
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("INSERT INTO attempts (event_id, number, manual, started_at, duration_ms, "
                       "request_headers, request_body, response_code, response_headers, response_body, "
                       "response_truncated, error) VALUES (:event, :number, :manual, :started, :duration, "
                       ":request_headers, :request_body, :code, :response_headers, :response_body, "
                       ":truncated, :error)"));
    query.bind(QStringLiteral(":event"), a.eventId)
        .bind(QStringLiteral(":number"), a.number)
        .bind(QStringLiteral(":manual"), a.manual ? 1 : 0)
        .bind(QStringLiteral(":started"), a.startedAtMs)
        .bind(QStringLiteral(":duration"), a.durationMs)
        .bind(QStringLiteral(":request_headers"), headersText(a.requestHeaders))
        .bind(QStringLiteral(":request_body"), a.requestBody.isNull() ? QByteArray("") : a.requestBody)
        .bind(QStringLiteral(":code"), a.responseCode ? QVariant(*a.responseCode) : QVariant())
        .bind(QStringLiteral(":response_headers"), headersText(a.responseHeaders))
        .bind(QStringLiteral(":response_body"),
              a.responseBody.isNull() ? QVariant() : QVariant(a.responseBody))
        .bind(QStringLiteral(":truncated"), a.responseTruncated ? 1 : 0)
        .bind(QStringLiteral(":error"), a.error.isEmpty() ? QVariant() : QVariant(a.error));
    if (Status status = query.exec(); !status)
        return status.error();
    return query.lastInsertId();
}

Result<QList<Attempt>> EventStore::attemptsOf(qint64 eventId) const
{
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("SELECT id, event_id, number, manual, started_at, duration_ms, request_headers, "
                       "request_body, response_code, response_headers, response_body, "
                       "response_truncated, error FROM attempts WHERE event_id = :event ORDER BY number"));
    query.bind(QStringLiteral(":event"), eventId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Attempt> attempts;
    while (query.next())
        attempts.append(attemptFrom(query));
    return attempts;
}

Result<qint64> EventStore::insertChange(const Change &change, qint64 occurredAtMs)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("INSERT INTO changes (resource, action, data, occurred_at) "
                                  "VALUES (:resource, :action, :data, :at)"));
    query.bind(QStringLiteral(":resource"), change.resource)
        .bind(QStringLiteral(":action"), change.action)
        .bind(QStringLiteral(":data"), QString::fromUtf8(change.data))
        .bind(QStringLiteral(":at"), occurredAtMs);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.lastInsertId();
}

Result<qint64> EventStore::insertEvent(qint64 changeId, const Change &change, qint64 receiverId,
                                       std::optional<qint64> subscriptionId, bool test, qint64 nowMs)
{
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("INSERT INTO events (change_id, receiver_id, subscription_id, resource, action, "
                       "test, status, created_at, updated_at) VALUES (:change, :receiver, "
                       ":subscription, :resource, :action, :test, 'PENDING', :now, :now)"));
    query.bind(QStringLiteral(":change"), changeId)
        .bind(QStringLiteral(":receiver"), receiverId)
        .bind(QStringLiteral(":subscription"), subscriptionId ? QVariant(*subscriptionId) : QVariant())
        .bind(QStringLiteral(":resource"), change.resource)
        .bind(QStringLiteral(":action"), change.action)
        .bind(QStringLiteral(":test"), test ? 1 : 0)
        .bind(QStringLiteral(":now"), nowMs);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.lastInsertId();
}

Result<std::optional<Event>> EventStore::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), kSelect + QStringLiteral("WHERE e.id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Event>();
    return std::optional<Event>(eventFrom(query));
}

Result<QList<Event>> EventStore::listForSubscription(qint64 subscriptionId, std::optional<EventStatus> status,
                                                     int limit) const
{
    SqlQuery query(m_db.connection(),
                   kSelect + QStringLiteral("WHERE e.subscription_id = :subscription ") +
                       (status ? QStringLiteral("AND e.status = :status ") : QString()) +
                       QStringLiteral("ORDER BY e.created_at DESC, e.id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":subscription"), subscriptionId).bind(QStringLiteral(":limit"), limit);
    if (status)
        query.bind(QStringLiteral(":status"), eventStatusName(*status));
    if (Status executed = query.exec(); !executed)
        return executed.error();
    QList<Event> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

Result<QList<qint64>> EventStore::cancelUnfinished(const EventOwner &owner, qint64 nowMs)
{
    const QString column = owner.kind == EventOwner::Kind::Receiver ? QStringLiteral("receiver_id")
                                                                    : QStringLiteral("subscription_id");
    const QString where = QStringLiteral(" WHERE %1 = :owner AND status IN %2").arg(column, kUnfinished);
    SqlQuery select(m_db.connection(),
                    QStringLiteral("SELECT id FROM events") + where + QStringLiteral(" ORDER BY id"));
    select.bind(QStringLiteral(":owner"), owner.id);
    if (Status status = select.exec(); !status)
        return status.error();
    QList<qint64> ids;
    while (select.next())
        ids.append(select.value(0).toLongLong());
    if (ids.isEmpty())
        return ids;
    SqlQuery update(m_db.connection(),
                    QStringLiteral("UPDATE events SET status = 'CANCELLED', next_attempt_at = NULL, "
                                   "updated_at = :now") +
                        where);
    update.bind(QStringLiteral(":owner"), owner.id).bind(QStringLiteral(":now"), nowMs);
    if (Status status = update.exec(); !status)
        return status.error();
    return ids;
}

} // namespace hookboard
