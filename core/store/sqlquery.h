#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace hookboard {

// A prepared statement whose failures come back as Errors naming what the store was doing.
// Values are only ever bound, never spliced into SQL text.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    // The statement prepared once per connection and kept (Database::statement): for the hot
    // paths (claims, outcomes, publishes). Every placeholder must be bound on every use.
    explicit SqlQuery(QSqlQuery &kept);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Runs sql as it is, unprepared: for statements PostgreSQL cannot prepare (BEGIN, SAVEPOINT, SET,
    // CREATE …) and that bind nothing.
    static Status run(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString &column) const { return m_query->value(column); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // The id an INSERT … RETURNING id gave back (on both engines; 0 when it returned no row).
    qint64 insertedId() { return m_query->next() ? m_query->value(0).toLongLong() : 0; }

private:
    std::optional<QSqlQuery> m_own; // empty for a kept statement
    QSqlQuery *m_query;
    QString m_sql;
    bool m_prepared = false;
    bool m_kept = false;
};

// An Error for a failed store operation, with the database's own words.
Error storeError(const QString &doing, const QString &driverText);

} // namespace hookboard
