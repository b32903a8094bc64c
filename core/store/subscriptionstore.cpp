#include "subscriptionstore.h"

#include "database.h"
#include "sqlquery.h"

namespace hookboard {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.etag, s.receiver_id, s.resource, s.action, s.active, s.created_at, s.updated_at, "
    "u.id, u.name FROM subscriptions s LEFT JOIN users u ON u.id = s.created_by ");

Subscription subscriptionFrom(const SqlQuery &row)
{
    Subscription s;
    s.id = row.value(0).toLongLong();
    s.etag = row.value(1).toString();
    s.receiverId = row.value(2).toLongLong();
    s.resource = row.value(3).toString();
    s.action = row.value(4).toString();
    s.active = row.value(5).toBool();
    s.createdAtMs = row.value(6).toLongLong();
    s.updatedAtMs = row.value(7).toLongLong();
    s.createdBy = User{row.value(8).toLongLong(), row.value(9).toString()};
    return s;
}

QString whereClause(const SubscriptionQuery &q, bool withCursor)
{
    QStringList terms;
    if (withCursor)
        terms << QStringLiteral("s.id > :after");
    if (q.receiverId)
        terms << QStringLiteral("s.receiver_id = :receiver");
    if (q.resource)
        terms << QStringLiteral("s.resource = :resource");
    if (q.action)
        terms << QStringLiteral("s.action = :action");
    if (q.active)
        terms << QStringLiteral("s.active = :active");
    return terms.isEmpty() ? QString() : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindWhere(SqlQuery &query, const SubscriptionQuery &q, bool withCursor)
{
    if (withCursor)
        query.bind(QStringLiteral(":after"), q.afterId);
    if (q.receiverId)
        query.bind(QStringLiteral(":receiver"), *q.receiverId);
    if (q.resource)
        query.bind(QStringLiteral(":resource"), *q.resource);
    if (q.action)
        query.bind(QStringLiteral(":action"), *q.action);
    if (q.active)
        query.bind(QStringLiteral(":active"), *q.active ? 1 : 0);
}

Result<std::optional<Subscription>> firstOf(SqlQuery &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Subscription>();
    return std::optional<Subscription>(subscriptionFrom(query));
}

} // namespace

Result<Subscription> SubscriptionStore::insert(const Subscription &s)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("INSERT INTO subscriptions (etag, receiver_id, resource, action, active, "
                                  "created_by, created_at, updated_at) VALUES (:etag, :receiver, :resource, "
                                  ":action, :active, :created_by, :created_at, :updated_at) RETURNING id"));
    query.bind(QStringLiteral(":etag"), s.etag)
        .bind(QStringLiteral(":receiver"), s.receiverId)
        .bind(QStringLiteral(":resource"), s.resource)
        .bind(QStringLiteral(":action"), s.action)
        .bind(QStringLiteral(":active"), s.active ? 1 : 0)
        .bind(QStringLiteral(":created_by"), s.createdBy.id ? QVariant(s.createdBy.id) : QVariant())
        .bind(QStringLiteral(":created_at"), s.createdAtMs)
        .bind(QStringLiteral(":updated_at"), s.updatedAtMs);
    if (Status status = query.exec(); !status)
        return status.error();
    Result<std::optional<Subscription>> stored = find(query.insertedId());
    if (!stored)
        return stored.error();
    return std::move(**stored);
}

Result<bool> SubscriptionStore::update(const Subscription &s, const QString &expectedEtag)
{
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("UPDATE subscriptions SET etag = :etag, resource = :resource, action = :action, "
                       "active = :active, updated_at = :updated_at WHERE id = :id AND etag = :expected"));
    query.bind(QStringLiteral(":etag"), s.etag)
        .bind(QStringLiteral(":resource"), s.resource)
        .bind(QStringLiteral(":action"), s.action)
        .bind(QStringLiteral(":active"), s.active ? 1 : 0)
        .bind(QStringLiteral(":updated_at"), s.updatedAtMs)
        .bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":expected"), expectedEtag);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() == 1;
}

Result<bool> SubscriptionStore::remove(qint64 id, const QString &expectedEtag)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("DELETE FROM subscriptions WHERE id = :id AND etag = :etag"));
    query.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":etag"), expectedEtag);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() == 1;
}

Result<std::optional<Subscription>> SubscriptionStore::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), kSelect + QStringLiteral("WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), id);
    return firstOf(query);
}

Result<std::optional<Subscription>> SubscriptionStore::findPair(qint64 receiverId, const QString &resource,
                                                                const QString &action) const
{
    SqlQuery query(m_db.connection(),
                   kSelect + QStringLiteral("WHERE s.receiver_id = :receiver AND s.resource = :resource "
                                            "AND s.action = :action"));
    query.bind(QStringLiteral(":receiver"), receiverId)
        .bind(QStringLiteral(":resource"), resource)
        .bind(QStringLiteral(":action"), action);
    return firstOf(query);
}

Result<QList<Subscription>> SubscriptionStore::list(const SubscriptionQuery &q) const
{
    SqlQuery query(m_db.connection(),
                   kSelect + whereClause(q, true) + QStringLiteral(" ORDER BY s.id LIMIT :limit"));
    bindWhere(query, q, true);
    query.bind(QStringLiteral(":limit"), q.limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Subscription> subscriptions;
    while (query.next())
        subscriptions.append(subscriptionFrom(query));
    return subscriptions;
}

Result<qint64> SubscriptionStore::count(const SubscriptionQuery &q) const
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT count(*) FROM subscriptions s ") + whereClause(q, false));
    bindWhere(query, q, false);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<FanOutTarget>> SubscriptionStore::fanOutTargets(const QString &resource,
                                                             const QString &action) const
{
    SqlQuery query(m_db.statement(QStringLiteral("SELECT s.id, s.receiver_id FROM subscriptions s "
                                                 "JOIN receivers r ON r.id = s.receiver_id "
                                                 "WHERE s.resource = :resource AND s.action = :action "
                                                 "AND s.active = 1 AND r.active = 1 ORDER BY s.id")));
    query.bind(QStringLiteral(":resource"), resource).bind(QStringLiteral(":action"), action);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<FanOutTarget> targets;
    while (query.next())
        targets.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return targets;
}

} // namespace hookboard
