#include "eventstore.h"

#include "common/jsontext.h"
#include "database.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace hookboard {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT e.id, e.change_id, e.receiver_id, e.subscription_id, e.resource, e.action, c.data, e.test, "
    "e.status, e.attempt_count, e.next_attempt_at, e.last_response_code, c.occurred_at, e.updated_at, "
    // The latest attempt's duration: one lookup per row on attempts' (event_id, number) key, in the
    // same statement, so a page of the event log costs one query however many rows it has.
    "(SELECT a.duration_ms FROM attempts a WHERE a.event_id = e.id ORDER BY a.number DESC LIMIT 1) ");
const QString kFrom = QStringLiteral("FROM events e JOIN changes c ON c.id = e.change_id ");
const QString kSelect = kColumns + kFrom;

// Finished events whose receiver still exists: what a resend may send again.
const QString kResendable =
    QStringLiteral("e.status IN ('SUCCEEDED', 'FAILED', 'CANCELLED') "
                   "AND EXISTS (SELECT 1 FROM receivers r WHERE r.id = e.receiver_id) ");

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
    if (!row.value(14).isNull())
        e.lastDurationMs = row.value(14).toInt();
    return e;
}

// Runs query and reads every row as an event.
Result<QList<Event>> eventsFrom(SqlQuery &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Event> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

// Headers are stored as a JSON array of [name, value] pairs: order and repeats are kept, and
// the bytes of each (Latin-1, as HTTP has them) survive the round trip.
QString headersText(const HttpHeaders &headers)
{
    // Written directly rather than through QJsonDocument: this runs twice for every attempt.
    QByteArray json = "[";
    for (const auto &[name, value] : headers) {
        if (json.size() > 1)
            json += ',';
        json += '[' + jsontext::quote(QString::fromLatin1(name)) + ',' +
                jsontext::quote(QString::fromLatin1(value)) + ']';
    }
    json += ']';
    return QString::fromUtf8(json);
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

// The SQL values an order sorts by, most significant first; EventOrder::precedes compares the same.
QStringList orderColumns(EventOrder::Key key)
{
    const QStringList timeThenId{QStringLiteral("e.created_at"), QStringLiteral("e.id")};
    switch (key) {
    case EventOrder::Key::Id:
        return {QStringLiteral("e.id")};
    case EventOrder::Key::Time:
        return timeThenId;
    case EventOrder::Key::StatusName:
        return QStringList{QStringLiteral("e.status")} + timeThenId;
    case EventOrder::Key::Receiver:
        return QStringList{QStringLiteral("e.receiver_id")} + timeThenId;
    case EventOrder::Key::ResourceAction:
        return QStringList{QStringLiteral("e.resource"), QStringLiteral("e.action")} + timeThenId;
    case EventOrder::Key::Attempts:
        return QStringList{QStringLiteral("e.attempt_count")} + timeThenId;
    case EventOrder::Key::ResponseCode:
        return QStringList{QStringLiteral("coalesce(e.last_response_code, -1)")} + timeThenId;
    }
    return {QStringLiteral("e.id")};
}

// The values of orderColumns for one event: where a page under that order ended.
QVariantList orderValues(const Event &e, EventOrder::Key key)
{
    const QVariantList timeThenId{e.createdAtMs, e.id};
    switch (key) {
    case EventOrder::Key::Id:
        return {e.id};
    case EventOrder::Key::Time:
        return timeThenId;
    case EventOrder::Key::StatusName:
        return QVariantList{eventStatusName(e.status)} + timeThenId;
    case EventOrder::Key::Receiver:
        return QVariantList{e.receiverId} + timeThenId;
    case EventOrder::Key::ResourceAction:
        return QVariantList{e.resource, e.action} + timeThenId;
    case EventOrder::Key::Attempts:
        return QVariantList{e.attemptCount} + timeThenId;
    case EventOrder::Key::ResponseCode:
        return QVariantList{e.lastResponseCode.value_or(-1)} + timeThenId;
    }
    return {e.id};
}

// LIKE pattern for "contains text": its own wildcards and the escape character taken literally.
QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

QString idsText(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return u'[' + numbers.join(u',') + u']';
}

// The events a query selects, as the SQL that follows "FROM events e" and the values bound to it
// (named apart from the service's EventFilter, which is what people choose).
struct EventWhere
{
    const Database &db;
    EventQuery query;
    // A JSON array of the changes whose data the trigram index says may hold query.payloadContains,
    // when they are few enough to drive the query; empty when the text is too short for the index
    // or too common to gain from it (a scan finds a page of a common text quickly).
    std::optional<QString> changeIds;

    QString sql() const;
    void bind(SqlQuery &sql) const;
};

// PostgreSQL: text with ASCII letters in lower case and every other character as it is, which is how
// SQLite's LIKE compares; the trigram index (migration 6) is on this expression of changes.data.
const QString kAsciiFolded =
    QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')");

// Above this many changes holding the text, the events are found by walking the order's index
// and testing each change's data, which finds a page quickly when so many match.
constexpr int kMostIndexedChanges = 10'000;

// The filter for q, with the trigram index asked first when q searches the payload. The index
// folds case beyond ASCII, so what it finds is also tested with LIKE, which gives the answer.
Result<EventWhere> filterFor(const Database &db, const EventQuery &q)
{
    EventWhere filter{db, q, std::nullopt};
    // Trigrams: a text of fewer than three characters is in no index entry of its own. PostgreSQL's
    // planner asks its trigram index (pg_trgm) by itself, from the ILIKE in sql().
    if (!q.payloadContains || q.payloadContains->toUcs4().size() < 3 || db.engine() != Engine::SQLite)
        return filter;
    QString phrase = *q.payloadContains;
    phrase.replace(u'"', QStringLiteral("\"\""));
    SqlQuery found(db.connection(),
                   QStringLiteral("SELECT rowid FROM changes_text WHERE changes_text MATCH :phrase "
                                  "LIMIT :limit"));
    found.bind(QStringLiteral(":phrase"), QString(u'"' + phrase + u'"'))
        .bind(QStringLiteral(":limit"), kMostIndexedChanges + 1);
    if (Status status = found.exec(); !status)
        return status.error();
    QList<qint64> ids;
    while (found.next())
        ids.append(found.value(0).toLongLong());
    if (ids.size() <= kMostIndexedChanges)
        filter.changeIds = idsText(ids);
    return filter;
}

QString EventWhere::sql() const
{
    const EventQuery &q = query;
    QStringList terms;
    if (q.id)
        terms << QStringLiteral("e.id = :id");
    // A JSON array bound as one value: any number of ids without a statement per size.
    if (q.ids)
        terms << QStringLiteral("e.id IN (%1)").arg(db.idsIn(QStringLiteral(":ids")));
    if (!q.statuses.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < q.statuses.size(); ++i)
            names << QStringLiteral(":status%1").arg(i);
        terms << QStringLiteral("e.status IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (q.receiverId)
        terms << QStringLiteral("e.receiver_id = :receiver");
    if (q.subscriptionId)
        terms << QStringLiteral("e.subscription_id = :subscription");
    if (q.resource)
        terms << QStringLiteral("e.resource = :resource");
    if (q.action)
        terms << QStringLiteral("e.action = :action");
    if (q.sinceMs)
        terms << QStringLiteral("e.created_at >= :since");
    if (q.untilMs)
        terms << QStringLiteral("e.created_at < :until");
    if (q.test)
        terms << QStringLiteral("e.test = :test");
    if (changeIds)
        terms << QStringLiteral("e.change_id IN (%1)").arg(db.idsIn(QStringLiteral(":changes")));
    if (q.payloadContains && db.engine() == Engine::SQLite)
        terms << QStringLiteral("EXISTS (SELECT 1 FROM changes pc WHERE pc.id = e.change_id "
                                "AND pc.data LIKE :payload ESCAPE '\\')");
    else if (q.payloadContains)
        terms << QStringLiteral("e.change_id IN (SELECT pc.id FROM changes pc WHERE %1 LIKE %2 ESCAPE '\\')")
                     .arg(kAsciiFolded.arg(QStringLiteral("pc.data")),
                          kAsciiFolded.arg(QStringLiteral(":payload")));
    if (q.beforeId > 0)
        terms << QStringLiteral("e.id < :before");
    if (q.after) {
        const QStringList columns = orderColumns(q.order.key);
        QStringList values;
        for (qsizetype i = 0; i < columns.size(); ++i)
            values << QStringLiteral(":after%1").arg(i);
        terms << QStringLiteral("(%1) %2 (%3)")
                     .arg(columns.join(QStringLiteral(", ")),
                          q.order.ascending ? QStringLiteral(">") : QStringLiteral("<"),
                          values.join(QStringLiteral(", ")));
    }
    // The few events of the changes found drive the query: without the hint SQLite may walk an
    // index that gives the order (every event of a status) and test each row against the list.
    const QString index =
        changeIds && db.engine() == Engine::SQLite ? QStringLiteral("INDEXED BY events_change ") : QString();
    return index + (terms.isEmpty() ? QStringLiteral("WHERE TRUE ")
                                    : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND ")) + u' ');
}

void EventWhere::bind(SqlQuery &sql) const
{
    const EventQuery &q = query;
    if (changeIds)
        sql.bind(QStringLiteral(":changes"), *changeIds);
    if (q.id)
        sql.bind(QStringLiteral(":id"), *q.id);
    if (q.ids)
        sql.bind(QStringLiteral(":ids"), idsText(*q.ids));
    for (qsizetype i = 0; i < q.statuses.size(); ++i)
        sql.bind(QStringLiteral(":status%1").arg(i), eventStatusName(q.statuses[i]));
    if (q.receiverId)
        sql.bind(QStringLiteral(":receiver"), *q.receiverId);
    if (q.subscriptionId)
        sql.bind(QStringLiteral(":subscription"), *q.subscriptionId);
    if (q.resource)
        sql.bind(QStringLiteral(":resource"), *q.resource);
    if (q.action)
        sql.bind(QStringLiteral(":action"), *q.action);
    if (q.sinceMs)
        sql.bind(QStringLiteral(":since"), *q.sinceMs);
    if (q.untilMs)
        sql.bind(QStringLiteral(":until"), *q.untilMs);
    if (q.test)
        sql.bind(QStringLiteral(":test"), *q.test ? 1 : 0);
    if (q.payloadContains)
        sql.bind(QStringLiteral(":payload"), containsPattern(*q.payloadContains));
    if (q.beforeId > 0)
        sql.bind(QStringLiteral(":before"), q.beforeId);
    if (q.after) {
        const QVariantList values = orderValues(*q.after, q.order.key);
        for (qsizetype i = 0; i < values.size(); ++i)
            sql.bind(QStringLiteral(":after%1").arg(i), values[i]);
    }
}

QString orderByClause(const EventOrder &order)
{
    const QString direction = order.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms = orderColumns(order.key);
    for (QString &term : terms)
        term += direction;
    return QStringLiteral("ORDER BY ") + terms.join(QStringLiteral(", ")) + u' ';
}

} // namespace

Result<QList<Event>> EventStore::list(const EventQuery &q) const
{
    // Two steps: the ids of the page first, which SQLite finds and orders from a covering index
    // (events_time, events_status_time, ...) without touching the table, and only then the columns
    // of those rows. In one step, a filter whose index does not give the order (a resource without
    // an action) made SQLite join, read and sort every matching row: 0.9 s instead of 0.02 s at
    // a million events.
    const Result<EventWhere> filter = filterFor(m_db, q);
    if (!filter)
        return filter.error();
    const QString order = orderByClause(q.order);
    SqlQuery query(m_db.connection(), kColumns + QStringLiteral("FROM (SELECT e.id FROM events e ") +
                                          filter->sql() + order +
                                          QStringLiteral("LIMIT :limit) k JOIN events e ON e.id = k.id "
                                                         "JOIN changes c ON c.id = e.change_id ") +
                                          order);
    filter->bind(query);
    query.bind(QStringLiteral(":limit"), q.limit);
    return eventsFrom(query);
}

namespace {

// How many events q selects (and extraTerm, if any), counting at most most when it is positive.
Result<qint64> countWhere(const Database &db, const EventQuery &q, const QString &extraTerm, qint64 most = 0)
{
    EventQuery all = q;
    all.beforeId = 0;
    all.after.reset();
    const Result<EventWhere> filter = filterFor(db, all);
    if (!filter)
        return filter.error();
    const QString matching = filter->sql() + extraTerm;
    const QString sql = most > 0 ? QString(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM events e ") +
                                           matching + QStringLiteral("LIMIT :most) AS limited"))
                                 : QString(QStringLiteral("SELECT count(*) FROM events e ") + matching);
    SqlQuery query(db.connection(), sql);
    filter->bind(query);
    if (most > 0)
        query.bind(QStringLiteral(":most"), most);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

Result<EventStore::QueueDepth> EventStore::queueDepth() const
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT status, count(*), min(created_at) FROM events "
                                  "WHERE status IN ('PENDING', 'SENDING', 'RETRYING') GROUP BY status"));
    if (Status status = query.exec(); !status)
        return status.error();
    QueueDepth depth;
    while (query.next()) {
        const std::optional<EventStatus> status = eventStatusFromName(query.value(0).toString());
        if (!status)
            continue;
        depth.byStatus.insert(*status, query.value(1).toLongLong());
        const qint64 created = query.value(2).toLongLong();
        if (!depth.oldestCreatedAtMs || created < *depth.oldestCreatedAtMs)
            depth.oldestCreatedAtMs = created;
    }
    return depth;
}

Result<qint64> EventStore::count(const EventQuery &q) const
{
    return countWhere(m_db, q, {});
}

Result<qint64> EventStore::countUpTo(const EventQuery &q, qint64 most) const
{
    return countWhere(m_db, q, {}, most);
}

Result<qint64> EventStore::countResendable(const EventQuery &q) const
{
    return countWhere(m_db, q, QStringLiteral("AND ") + kResendable);
}

Result<QList<qint64>> EventStore::resend(const EventQuery &q, qint64 nowMs)
{
    const Result<EventWhere> filter = filterFor(m_db, q);
    if (!filter)
        return filter.error();
    SqlQuery select(m_db.connection(), QStringLiteral("SELECT e.id FROM events e ") + filter->sql() +
                                           QStringLiteral("AND ") + kResendable +
                                           QStringLiteral("ORDER BY e.id"));
    filter->bind(select);
    if (Status status = select.exec(); !status)
        return status.error();
    QList<qint64> ids;
    while (select.next())
        ids.append(select.value(0).toLongLong());
    for (qint64 id : std::as_const(ids)) {
        SqlQuery update(
            m_db.connection(),
            QStringLiteral("UPDATE events SET status = 'PENDING', next_attempt_at = NULL, manual_next = 1, "
                           "updated_at = :now WHERE id = :id"));
        update.bind(QStringLiteral(":now"), nowMs).bind(QStringLiteral(":id"), id);
        if (Status status = update.exec(); !status)
            return status.error();
    }
    return ids;
}

Result<bool> EventStore::cancel(qint64 id, qint64 nowMs)
{
    SqlQuery update(
        m_db.connection(),
        QStringLiteral("UPDATE events SET status = 'CANCELLED', next_attempt_at = NULL, updated_at = :now "
                       "WHERE id = :id AND status IN ") +
            kUnfinished);
    update.bind(QStringLiteral(":now"), nowMs).bind(QStringLiteral(":id"), id);
    if (Status status = update.exec(); !status)
        return status.error();
    return update.rowsAffected() == 1;
}

Result<QList<qint64>> EventStore::retryNow(const QList<qint64> &ids, qint64 nowMs)
{
    SqlQuery update(m_db.connection(),
                    QStringLiteral("UPDATE events SET next_attempt_at = :now, updated_at = :now "
                                   "WHERE id IN (%1) AND status = 'RETRYING' RETURNING id")
                        .arg(m_db.idsIn(QStringLiteral(":ids"))));
    update.bind(QStringLiteral(":now"), nowMs).bind(QStringLiteral(":ids"), idsText(ids));
    if (Status status = update.exec(); !status)
        return status.error();
    QList<qint64> moved;
    while (update.next())
        moved.append(update.value(0).toLongLong());
    std::sort(moved.begin(), moved.end());
    return moved;
}

Result<QList<qint64>> EventStore::removeFinishedBefore(qint64 cutoffMs, int limit)
{
    // On a shared store one instance sweeps at a time; the others find the lock taken and leave
    // this round to it (the lock ends with the caller's transaction).
    if (m_db.engine() == Engine::PostgreSQL) {
        SqlQuery turn(m_db.connection(),
                      QStringLiteral("SELECT pg_try_advisory_xact_lock(%1, 2)").arg(kApplicationId));
        if (Status status = turn.exec(); !status)
            return status.error();
        if (!turn.next() || !turn.value(0).toBool())
            return QList<qint64>();
    }
    // Any limit rows, not the oldest: ordering them would sort every old finished event per batch.
    // events_status_time finds them; attempts go with their event (ON DELETE CASCADE).
    SqlQuery events(m_db.statement(QStringLiteral(
        "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE status IN ('SUCCEEDED', 'FAILED', "
        "'CANCELLED') AND created_at < :cutoff AND updated_at < :cutoff LIMIT :limit) "
        "RETURNING id, change_id")));
    events.bind(QStringLiteral(":cutoff"), cutoffMs).bind(QStringLiteral(":limit"), limit);
    if (Status status = events.exec(); !status)
        return status.error();
    QList<qint64> ids;
    QList<qint64> changeIds;
    while (events.next()) {
        ids.append(events.value(0).toLongLong());
        changeIds.append(events.value(1).toLongLong());
    }
    if (ids.isEmpty())
        return ids;
    // A change fanned out to several receivers stays while any of its events does.
    SqlQuery changes(m_db.statement(
        QStringLiteral("DELETE FROM changes WHERE id IN (%1) "
                       "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.change_id = changes.id)")
            .arg(m_db.idsIn(QStringLiteral(":changes")))));
    changes.bind(QStringLiteral(":changes"), idsText(changeIds));
    if (Status status = changes.exec(); !status)
        return status.error();
    return ids;
}

Result<qint64> EventStore::insertAttempt(const Attempt &a)
{
    // Two attempts of one event are open at once, both numbered after the last recorded one, when
    // a person cancels and resends the event during an attempt, or when another instance takes
    // over an event whose lease ran out. Both are kept: the one recorded later is numbered after
    // the last (the UNIQUE (event_id, number) index refuses a repeat, which would stall the writer).
    SqlQuery query(m_db.statement(
        QStringLiteral("INSERT INTO attempts (event_id, number, manual, started_at, duration_ms, "
                       "request_headers, request_body, response_code, response_headers, response_body, "
                       "response_truncated, error) VALUES (:event, "
                       "CASE WHEN EXISTS (SELECT 1 FROM attempts WHERE event_id = :event "
                       "AND number = :number) THEN (SELECT max(number) + 1 FROM attempts "
                       "WHERE event_id = :event) ELSE :number END, :manual, :started, :duration, "
                       ":request_headers, :request_body, :code, :response_headers, :response_body, "
                       ":truncated, :error) RETURNING id")));
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
    return query.insertedId();
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
    SqlQuery query(m_db.statement(QStringLiteral("INSERT INTO changes (resource, action, data, occurred_at) "
                                                 "VALUES (:resource, :action, :data, :at) RETURNING id")));
    query.bind(QStringLiteral(":resource"), change.resource)
        .bind(QStringLiteral(":action"), change.action)
        .bind(QStringLiteral(":data"), QString::fromUtf8(change.data))
        .bind(QStringLiteral(":at"), occurredAtMs);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.insertedId();
}

Result<qint64> EventStore::insertEvent(qint64 changeId, const Change &change, qint64 receiverId,
                                       std::optional<qint64> subscriptionId, bool test, qint64 nowMs)
{
    SqlQuery query(m_db.statement(
        QStringLiteral("INSERT INTO events (change_id, receiver_id, subscription_id, resource, action, "
                       "test, status, created_at, updated_at) VALUES (:change, :receiver, "
                       ":subscription, :resource, :action, :test, 'PENDING', :now, :now) RETURNING id")));
    query.bind(QStringLiteral(":change"), changeId)
        .bind(QStringLiteral(":receiver"), receiverId)
        .bind(QStringLiteral(":subscription"), subscriptionId ? QVariant(*subscriptionId) : QVariant())
        .bind(QStringLiteral(":resource"), change.resource)
        .bind(QStringLiteral(":action"), change.action)
        .bind(QStringLiteral(":test"), test ? 1 : 0)
        .bind(QStringLiteral(":now"), nowMs);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.insertedId();
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

Result<QList<Event>> EventStore::findMany(const QByteArray &idsJson) const
{
    SqlQuery query(m_db.statement(
        kSelect +
        QStringLiteral("WHERE e.id IN (%1) ORDER BY e.id").arg(m_db.idsIn(QStringLiteral(":ids")))));
    query.bind(QStringLiteral(":ids"), QString::fromLatin1(idsJson));
    return eventsFrom(query);
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
    return eventsFrom(query);
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
