#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace hookboard {

// A prepared statement whose failures come back as Errors naming what the store was doing.
// Values are only ever bound, never spliced into SQL text.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// An Error for a failed store operation, with the database's own words.
Error storeError(const QString &doing, const QString &driverText);

} // namespace hookboard
