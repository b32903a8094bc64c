#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace hookboard {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_own(std::in_place, db), m_sql(sql)
{
    m_query = &*m_own;
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
}

SqlQuery::SqlQuery(QSqlQuery &kept) : m_query(&kept), m_sql(kept.lastQuery()), m_prepared(true), m_kept(true)
{}

SqlQuery::~SqlQuery()
{
    // A kept statement stays prepared, but must not hold its read snapshot until its next use.
    if (m_kept)
        m_query->finish();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return storeError(QStringLiteral("preparing \"%1\"").arg(m_sql.simplified()),
                          m_query->lastError().text());
    if (!m_query->exec())
        return storeError(QStringLiteral("running \"%1\"").arg(m_sql.simplified()),
                          m_query->lastError().text());
    return {};
}

Status SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return storeError(QStringLiteral("running \"%1\"").arg(sql.simplified()), query.lastError().text());
    return {};
}

Error storeError(const QString &doing, const QString &driverText)
{
    return Error::internal(
        QCoreApplication::translate("Store", "store: %1 failed: %2").arg(doing, driverText));
}

} // namespace hookboard
