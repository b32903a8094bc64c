#pragma once

#include <QMutex>
#include <QStringList>

class QSqlDatabase;
class QThread;

namespace hookboard {

// Records every SQL statement that any store connection runs on one thread, while it exists: the
// console's tests watch the GUI thread with it, since no statement may run there (a read of a busy
// store can take seconds). SQLite reports each statement as it starts (sqlite3_trace_v2), so
// statements run through QSqlQuery directly are seen as well as the stores' own. At most one watch
// exists at a time.
class StatementWatch
{
public:
    explicit StatementWatch(QThread *thread);
    ~StatementWatch();
    StatementWatch(const StatementWatch &) = delete;
    StatementWatch &operator=(const StatementWatch &) = delete;

    // The statements seen so far, oldest first (at most the first 1,000), and how many in all.
    QStringList statements() const;
    int count() const;
    void clear();

    // Called by Database for each connection it opens: reports its statements to the watch.
    static void attach(const QSqlDatabase &connection);

    // From SQLite's trace hook, on the watched thread.
    static void seen(const char *sql);

private:
    mutable QMutex m_mutex;
    QStringList m_statements;
    int m_count = 0;
};

} // namespace hookboard
