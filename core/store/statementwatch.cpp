#include "statementwatch.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <sqlite3.h>

namespace hookboard {

namespace {
constexpr int kKeptStatements = 1000;
// Checked first and without a lock, so that unwatched threads pay one atomic load per statement.
std::atomic<QThread *> g_thread = nullptr;
QMutex g_mutex; // guards g_watch against its destruction while another thread reports
StatementWatch *g_watch = nullptr;

int onTrace(unsigned type, void *, void *statement, void *)
{
    QThread *watched = g_thread.load(std::memory_order_relaxed);
    if (type == SQLITE_TRACE_STMT && watched != nullptr && QThread::currentThread() == watched)
        StatementWatch::seen(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
    return 0;
}
} // namespace

StatementWatch::StatementWatch(QThread *thread)
{
    QMutexLocker lock(&g_mutex);
    if (g_watch)
        qFatal("StatementWatch: only one may exist at a time");
    g_watch = this;
    g_thread.store(thread);
}

StatementWatch::~StatementWatch()
{
    g_thread.store(nullptr);
    QMutexLocker lock(&g_mutex);
    g_watch = nullptr;
}

QStringList StatementWatch::statements() const
{
    QMutexLocker lock(&m_mutex);
    return m_statements;
}

int StatementWatch::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

void StatementWatch::clear()
{
    QMutexLocker lock(&m_mutex);
    m_statements.clear();
    m_count = 0;
}

void StatementWatch::attach(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data()))
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, onTrace, nullptr);
}

void StatementWatch::seen(const char *sql)
{
    QMutexLocker lock(&g_mutex);
    if (!g_watch)
        return;
    QMutexLocker own(&g_watch->m_mutex);
    if (g_watch->m_count++ < kKeptStatements)
        g_watch->m_statements.append(QString::fromUtf8(sql ? sql : ""));
}

} // namespace hookboard
