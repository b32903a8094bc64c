#pragma once

#include "common/result.h"
#include "migrations.h"
#include "storelocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

namespace hookboard {

// How hard a connection's commits insist on reaching the disk.
enum class Durability
{
    // fsync on every commit (synchronous=FULL): for writes that are acknowledged to someone, such
    // as a publish, which must survive power loss.
    Acknowledged,
    // fsync at checkpoints only (synchronous=NORMAL; WAL still survives a process crash): for the
    // dispatcher's own bookkeeping, whose loss on power failure only means an event is sent again.
    Bookkeeping,
};

// One connection to a Hookboard store (an SQLite file or a PostgreSQL database), checked and
// migrated on open. A connection belongs to the thread that opened it; other threads open their own.
class Database
{
public:
    // Opens (creating 0600 if missing) and migrates the SQLite store at filePath. Refuses, with a
    // clear StoreUnusable error and without changing the file, one that is not a Hookboard store,
    // comes from a newer Hookboard, or is read-only.
    static Result<std::unique_ptr<Database>> open(const QString &filePath,
                                                  const QList<Migration> &steps = schemaMigrations(),
                                                  Durability durability = Durability::Acknowledged);
    // Opens the store at location: the SQLite file in its data folder, or its PostgreSQL database,
    // which is migrated (one instance at a time) and refused when it holds another program's tables.
    static Result<std::unique_ptr<Database>> open(const StoreLocation &location,
                                                  const QList<Migration> &steps = schemaMigrations(),
                                                  Durability durability = Durability::Acknowledged);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QSqlDatabase &connection() const
    {
        reconnectIfLost();
        return m_db;
    }
    // sql prepared on this connection once and kept for reuse: SQLite then parses and plans it
    // once, not on every call. Only for fixed SQL text (a few dozen statements).
    // On PostgreSQL, statement(), connection() and begin() first connect again when the connection
    // was lost (at most every 2 s; in between they fail at once).
    QSqlQuery &statement(const QString &sql);
    // How often a lost connection was replaced: state tied to a session (LISTEN) is gone each time.
    int reconnections() const { return m_reconnections; }
    // The SQLite file's path, or the PostgreSQL URL without its password: for messages.
    QString filePath() const { return m_filePath; }
    Engine engine() const { return m_engine; }

    // Where the two engines' SQL differs, the store asks for the fragment here.
    // The time leases are set and judged by: the bound :now on SQLite (one process); on PostgreSQL
    // the server's clock, so that instances whose clocks differ agree on when a lease ends.
    QString leaseClock() const;
    // A subquery of the ids in a JSON array bound to placeholder ("[3,5,8]").
    QString idsIn(const QString &placeholder) const;

    // SQLite's quick_check over the whole file: a StoreUnusable error (rule "damaged") naming what
    // it found, when pages are damaged. Reads every page, so it runs once, when Hookboard starts.
    Status checkIntegrity();

    // Writers take the lock up front (BEGIN IMMEDIATE), so two writers never deadlock on the
    // read-to-write upgrade; the second waits (busy timeout) and then sees the first one's result.
    // Inside a transaction, begin() opens a savepoint instead, and commit() and rollback() end
    // that savepoint only: work that runs in a transaction of its own can be part of a larger one.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Runs work inside one transaction: commits when it returns a value, rolls back on an Error.
    // Nested in another, it is a savepoint: its changes are kept only if the outer one commits.
    template <typename Work> auto transaction(Work &&work) -> decltype(work())
    {
        if (Status begun = begin(); !begun)
            return begun.error();
        auto result = work();
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (Status committed = commit(); !committed) {
            rollback();
            return committed.error();
        }
        return result;
    }

private:
    Database(QSqlDatabase db, QString filePath, Engine engine);
    Status configure(const QList<Migration> &steps, Durability durability);
    Status configurePostgres(const QList<Migration> &steps);
    // The session settings every PostgreSQL connection starts with (durability, timeouts).
    Status setUpPostgresSession() const;
    // A new PostgreSQL connection in place of one found lost, outside a transaction. Const, as a
    // cache is: reading through a lost connection makes a new one.
    void reconnectIfLost() const;

    // Mutable: replaced when lost, by readers too (reconnectIfLost).
    mutable QSqlDatabase m_db;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::vector<std::unique_ptr<QSqlQuery>> m_retired; // of the connection before the last one
    mutable int m_reconnections = 0;
    mutable qint64 m_lastFailedReconnectMs = 0; // monotonic; 0 when the last try worked
    QString m_filePath;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
    Durability m_durability = Durability::Acknowledged;
    int m_depth = 0; // transactions open: 1 the outer one, more for savepoints inside it
};

} // namespace hookboard
