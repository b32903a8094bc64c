#include "receiverstore.h"

#include "database.h"
#include "sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace hookboard {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.etag, r.name, r.description, r.webhook_uri, r.shared_secret, r.previous_secret, "
    "r.previous_secret_expires_at, r.content_type, r.expected_response_code, r.active, r.disabled_reason, "
    "r.ordered, r.max_in_flight, r.timeout_ms, r.retry_schedule, r.created_at, r.updated_at, "
    "u.id, u.name FROM receivers r LEFT JOIN users u ON u.id = r.created_by ");

// QtSql binds a null QString as SQL NULL; text columns that are NOT NULL get "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant scheduleText(const std::optional<QList<int>> &schedule)
{
    if (!schedule)
        return {};
    QJsonArray array;
    for (int seconds : *schedule)
        array.append(seconds);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<int>> scheduleFrom(const QVariant &text)
{
    if (text.isNull())
        return std::nullopt;
    QList<int> schedule;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toString().toUtf8()).array())
        schedule.append(value.toInt());
    return schedule;
}

std::optional<int> intFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<qint64> timeFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Receiver receiverFrom(const SqlQuery &row)
{
    Receiver r;
    r.id = row.value(0).toLongLong();
    r.etag = row.value(1).toString();
    r.name = row.value(2).toString();
    r.description = row.value(3).toString();
    r.webhookUri = row.value(4).toString();
    r.sharedSecret = row.value(5).toString();
    r.previousSecret = row.value(6).toString();
    r.previousSecretExpiresAtMs = row.value(7).toLongLong();
    r.contentType = row.value(8).toString();
    r.expectedResponseCode = row.value(9).toInt();
    r.active = row.value(10).toBool();
    r.disabledReason = row.value(11).toString();
    r.delivery.ordered = row.value(12).toBool();
    r.delivery.maxInFlight = intFrom(row.value(13));
    r.delivery.timeoutMs = intFrom(row.value(14));
    r.delivery.retrySchedule = scheduleFrom(row.value(15));
    r.createdAtMs = row.value(16).toLongLong();
    r.updatedAtMs = row.value(17).toLongLong();
    r.createdBy = User{row.value(18).toLongLong(), row.value(19).toString()};
    return r;
}

void bindFields(SqlQuery &query, const Receiver &r)
{
    query.bind(QStringLiteral(":etag"), r.etag)
        .bind(QStringLiteral(":name"), text(r.name))
        .bind(QStringLiteral(":description"), text(r.description))
        .bind(QStringLiteral(":uri"), text(r.webhookUri))
        .bind(QStringLiteral(":secret"), text(r.sharedSecret))
        .bind(QStringLiteral(":previous_secret"), r.previousSecret.isEmpty() ? QVariant() : r.previousSecret)
        .bind(QStringLiteral(":previous_expires"),
              r.previousSecret.isEmpty() ? QVariant() : QVariant(r.previousSecretExpiresAtMs))
        .bind(QStringLiteral(":content_type"), text(r.contentType))
        .bind(QStringLiteral(":expected"), r.expectedResponseCode)
        .bind(QStringLiteral(":active"), r.active ? 1 : 0)
        .bind(QStringLiteral(":disabled_reason"), text(r.disabledReason))
        .bind(QStringLiteral(":ordered"), r.delivery.ordered ? 1 : 0)
        .bind(QStringLiteral(":max_in_flight"), optionalInt(r.delivery.maxInFlight))
        .bind(QStringLiteral(":timeout_ms"), optionalInt(r.delivery.timeoutMs))
        .bind(QStringLiteral(":retry_schedule"), scheduleText(r.delivery.retrySchedule))
        .bind(QStringLiteral(":updated_at"), r.updatedAtMs);
}

// The WHERE clause of a list query; values are bound by bindWhere.
QString whereClause(const ReceiverQuery &q, bool withCursor, Engine engine)
{
    QStringList terms;
    if (withCursor)
        terms << QStringLiteral("r.id > :after");
    if (q.active)
        terms << QStringLiteral("r.active = :active");
    if (q.nameContains)
        // ASCII letters fold on both engines (SQLite's lower() folds nothing else; PostgreSQL's
        // would fold more and answer differently).
        terms << (engine == Engine::SQLite
                      ? QStringLiteral("instr(lower(r.name), lower(:name)) > 0")
                      : QStringLiteral("strpos(translate(r.name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                       "'abcdefghijklmnopqrstuvwxyz'), translate(:name, "
                                       "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) > 0"));
    return terms.isEmpty() ? QString() : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindWhere(SqlQuery &query, const ReceiverQuery &q, bool withCursor)
{
    if (withCursor)
        query.bind(QStringLiteral(":after"), q.afterId);
    if (q.active)
        query.bind(QStringLiteral(":active"), *q.active ? 1 : 0);
    if (q.nameContains)
        query.bind(QStringLiteral(":name"), *q.nameContains);
}

} // namespace

Result<Receiver> ReceiverStore::insert(const Receiver &receiver)
{
    SqlQuery query(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO receivers (etag, name, description, webhook_uri, shared_secret, "
            "previous_secret, previous_secret_expires_at, content_type, expected_response_code, "
            "active, disabled_reason, ordered, max_in_flight, timeout_ms, retry_schedule, "
            "created_by, created_at, updated_at) VALUES (:etag, :name, :description, :uri, :secret, "
            ":previous_secret, :previous_expires, :content_type, :expected, :active, "
            ":disabled_reason, :ordered, :max_in_flight, :timeout_ms, :retry_schedule, "
            ":created_by, :created_at, :updated_at) RETURNING id"));
    bindFields(query, receiver);
    query
        .bind(QStringLiteral(":created_by"),
              receiver.createdBy.id ? QVariant(receiver.createdBy.id) : QVariant())
        .bind(QStringLiteral(":created_at"), receiver.createdAtMs);
    if (Status status = query.exec(); !status)
        return status.error();
    const qint64 id = query.insertedId();
    if (Status status = insertHeaders(id, receiver.headers); !status)
        return status.error();
    Result<std::optional<Receiver>> stored = find(id);
    if (!stored)
        return stored.error();
    return std::move(**stored);
}

Result<bool> ReceiverStore::update(const Receiver &receiver, const QString &expectedEtag, bool replaceHeaders)
{
    SqlQuery query(
        m_db.connection(),
        QStringLiteral(
            "UPDATE receivers SET etag = :etag, name = :name, description = :description, "
            "webhook_uri = :uri, shared_secret = :secret, previous_secret = :previous_secret, "
            "previous_secret_expires_at = :previous_expires, content_type = :content_type, "
            "expected_response_code = :expected, active = :active, disabled_reason = :disabled_reason, "
            "ordered = :ordered, max_in_flight = :max_in_flight, timeout_ms = :timeout_ms, "
            "retry_schedule = :retry_schedule, updated_at = :updated_at "
            "WHERE id = :id AND etag = :expected_etag"));
    bindFields(query, receiver);
    query.bind(QStringLiteral(":id"), receiver.id).bind(QStringLiteral(":expected_etag"), expectedEtag);
    if (Status status = query.exec(); !status)
        return status.error();
    if (query.rowsAffected() != 1)
        return false;
    if (replaceHeaders) {
        SqlQuery clear(m_db.connection(),
                       QStringLiteral("DELETE FROM receiver_headers WHERE receiver_id = :id"));
        clear.bind(QStringLiteral(":id"), receiver.id);
        if (Status status = clear.exec(); !status)
            return status.error();
        if (Status status = insertHeaders(receiver.id, receiver.headers); !status)
            return status.error();
    }
    return true;
}

Result<bool> ReceiverStore::remove(qint64 id, const QString &expectedEtag)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("DELETE FROM receivers WHERE id = :id AND etag = :etag"));
    query.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":etag"), expectedEtag);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() == 1;
}

Result<std::optional<Receiver>> ReceiverStore::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), kSelect + QStringLiteral("WHERE r.id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Receiver>();
    QList<Receiver> found{receiverFrom(query)};
    if (Status status = loadHeaders(found); !status)
        return status.error();
    return std::optional<Receiver>(found.takeFirst());
}

Result<bool> ReceiverStore::exists(qint64 id) const
{
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT 1 FROM receivers WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next();
}

Result<QList<Receiver>> ReceiverStore::list(const ReceiverQuery &q) const
{
    SqlQuery query(m_db.connection(), kSelect + whereClause(q, true, m_db.engine()) +
                                          QStringLiteral(" ORDER BY r.id LIMIT :limit"));
    bindWhere(query, q, true);
    query.bind(QStringLiteral(":limit"), q.limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Receiver> receivers;
    while (query.next())
        receivers.append(receiverFrom(query));
    if (Status status = loadHeaders(receivers); !status)
        return status.error();
    return receivers;
}

Result<qint64> ReceiverStore::count(const ReceiverQuery &q) const
{
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT count(*) FROM receivers r ") +
                                          whereClause(q, false, m_db.engine()));
    bindWhere(query, q, false);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<ReceiverHealth> ReceiverStore::health(qint64 receiverId) const
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT consecutive_failures, failing_since, last_success_at, "
                                  "last_failure_at FROM receiver_health WHERE receiver_id = :id"));
    query.bind(QStringLiteral(":id"), receiverId);
    if (Status status = query.exec(); !status)
        return status.error();
    ReceiverHealth health;
    if (!query.next())
        return health; // no attempt has finished yet
    health.consecutiveFailures = query.value(0).toLongLong();
    health.failingSinceMs = timeFrom(query.value(1));
    health.lastSuccessAtMs = timeFrom(query.value(2));
    health.lastFailureAtMs = timeFrom(query.value(3));
    return health;
}

Status ReceiverStore::insertHeaders(qint64 receiverId, const QList<WebhookHeader> &headers)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        SqlQuery query(m_db.connection(),
                       QStringLiteral("INSERT INTO receiver_headers (receiver_id, position, key, value) "
                                      "VALUES (:receiver, :position, :key, :value)"));
        query.bind(QStringLiteral(":receiver"), receiverId)
            .bind(QStringLiteral(":position"), qint64(i))
            .bind(QStringLiteral(":key"), text(headers[i].key))
            .bind(QStringLiteral(":value"), text(headers[i].value));
        if (Status status = query.exec(); !status)
            return status;
    }
    return {};
}

// One query for the headers of every receiver in the list, not one per receiver.
Status ReceiverStore::loadHeaders(QList<Receiver> &receivers) const
{
    if (receivers.isEmpty())
        return {};
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < receivers.size(); ++i)
        indexById.insert(receivers[i].id, i);
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT receiver_id, id, key, value FROM receiver_headers "
                                  "WHERE receiver_id BETWEEN :low AND :high ORDER BY receiver_id, position"));
    query.bind(QStringLiteral(":low"), receivers.constFirst().id)
        .bind(QStringLiteral(":high"), receivers.constLast().id);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        receivers[*it].headers.append(
            WebhookHeader{query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString()});
    }
    return {};
}

} // namespace hookboard
