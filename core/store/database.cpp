#include "database.h"

#include "sqlquery.h"
#include "statementwatch.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <chrono>

namespace hookboard {

namespace {

// The messages of this file, under the context "Store".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hookboard-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checks the file before SQLite touches it, so a foreign or read-only file is refused unchanged.
Status checkFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        // Created here with 0600 so that not even a moment passes with the umask's permissions.
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::storeUnusable(
                QStringLiteral("cannot-create"),
                Text::tr("cannot create the store %1: %2").arg(filePath, file.errorString()));
        file.close();
        if (!QFile::setPermissions(filePath, QFile::ReadOwner | QFile::WriteOwner))
            return Error::storeUnusable(QStringLiteral("permissions"),
                                        Text::tr("cannot make the store %1 private (0600)").arg(filePath));
        return {};
    }
    if (!info.isFile())
        return Error::storeUnusable(QStringLiteral("not-hookboard"),
                                    Text::tr("%1 is not a Hookboard store: it is not a file").arg(filePath));
    // The owner's write bit is honoured even for root, who could write anyway: a store someone
    // marked read-only is left alone rather than quietly changed.
    if (!(info.permissions() & QFile::WriteOwner) || !info.isWritable())
        return Error::storeUnusable(
            QStringLiteral("read-only"),
            Text::tr("the store %1 is read-only; make it writable (chmod u+w) or choose "
                     "another data folder")
                .arg(filePath));
    // An empty file where a store should be is most likely one that lost its content (a failed
    // copy, a full disk): starting afresh would hide that. Hookboard creates new stores itself.
    if (info.size() == 0)
        return Error::storeUnusable(
            QStringLiteral("empty"),
            Text::tr("the store %1 is an empty file (0 bytes); if it should hold your "
                     "receivers and events, restore it from a backup; delete it to "
                     "start with a new store")
                .arg(filePath));
    // The header is not read here: opening and closing any descriptor of the file would drop the
    // POSIX locks that this process's SQLite connections hold on it (they are per process), and an
    // outside reader could then delete the live WAL. SQLite itself refuses a file that is not a
    // database, without writing to it (Database::configure).
    return {};
}

Result<QVariant> pragma(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return QVariant();
    return query.value(0);
}

// A store whose schema is newer than steps reach came from a newer Hookboard: left alone, on either engine.
Status refuseNewer(const QString &name, int version, const QList<Migration> &steps)
{
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (version <= latest)
        return {};
    return Error::storeUnusable(QStringLiteral("newer-version"),
                                Text::tr("the store %1 has schema version %2, newer than this Hookboard %3 "
                                         "understands (%4); use a newer Hookboard")
                                    .arg(name)
                                    .arg(version)
                                    .arg(QStringLiteral(HOOKBOARD_VERSION))
                                    .arg(latest));
}

} // namespace

Database::Database(QSqlDatabase db, QString filePath, Engine engine)
    : m_db(std::move(db)), m_filePath(std::move(filePath)), m_connectionName(m_db.connectionName()),
      m_engine(engine)
{}

Database::~Database()
{
    m_statements.clear(); // statements first: they belong to the connection
    m_retired.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, const QList<Migration> &steps,
                                                 Durability durability)
{
    if (Status status = checkFile(filePath); !status)
        return status.error();
    // The Database owns the only handle to the connection, so that on any refusal below its
    // destructor can remove the connection cleanly.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()), filePath,
                     Engine::SQLite));
    database->m_db.setDatabaseName(filePath);
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database->m_db.open())
        return Error::storeUnusable(
            QStringLiteral("cannot-open"),
            Text::tr("cannot open the store %1: %2").arg(filePath, database->m_db.lastError().text()));
    StatementWatch::attach(database->m_db);
    if (Status configured = database->configure(steps, durability); !configured)
        return configured.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const StoreLocation &location, const QList<Migration> &steps,
                                                 Durability durability)
{
    if (location.engine() == Engine::SQLite)
        return open(location.displayName(), steps, durability);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storeUnusable(
            QStringLiteral("no-driver"),
            Text::tr("cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed; "
                     "install the package libqt6sql6-psql")
                .arg(location.displayName()));
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName()),
                     location.displayName(), Engine::PostgreSQL));
    QSqlDatabase &db = database->m_db;
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.databaseName);
    db.setUserName(location.userName);
    if (!location.password.isEmpty())
        db.setPassword(location.password);
    // A server that does not answer is said within seconds rather than hanging the start, and a
    // connection whose other end vanished (a host cut off) is found by TCP keepalives in seconds.
    QString options = location.connectOptions;
    for (const QString &option :
         {QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives_idle=10"),
          QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=3")}) {
        if (!options.contains(option.section(u'=', 0, 0) + u'='))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + option;
    }
    db.setConnectOptions(options);
    if (!db.open())
        return Error::storeUnusable(QStringLiteral("cannot-open"),
                                    Text::tr("cannot open the store %1: %2")
                                        .arg(location.displayName(), db.lastError().text().trimmed()));
    database->m_durability = durability;
    if (Status configured = database->configurePostgres(steps); !configured)
        return configured.error();
    return database;
}

QString Database::leaseClock() const
{
    return m_engine == Engine::SQLite
               ? QStringLiteral(":now")
               : QStringLiteral("CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)");
}

QString Database::idsIn(const QString &placeholder) const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("SELECT value FROM json_each(%1)").arg(placeholder);
    return QStringLiteral(
               "SELECT CAST(value AS BIGINT) FROM jsonb_array_elements_text(CAST(%1 AS jsonb)) AS value")
        .arg(placeholder);
}

Status Database::setUpPostgresSession() const
{
    // Bookkeeping commits need not wait for the server's WAL flush: a server crash then loses at
    // most the last moments of outcomes, and those events are sent again (as SQLite's NORMAL).
    const QString synchronous = m_durability == Durability::Acknowledged
                                    ? QStringLiteral("SET synchronous_commit = on")
                                    : QStringLiteral("SET synchronous_commit = off");
    // An instance stopped or cut off inside a transaction must not hold its locks (the claims'
    // turn among them) for long: the server ends such a transaction after 30 s.
    for (const QString &sql : {QStringLiteral("SET client_min_messages = warning"), synchronous,
                               QStringLiteral("SET idle_in_transaction_session_timeout = '30s'")}) {
        if (Status set = SqlQuery::run(m_db, sql); !set)
            return set;
    }
    return {};
}

void Database::reconnectIfLost() const
{
    // QPSQL's isOpen() is libpq's connection status, which turns bad once a statement has found the
    // connection gone (a server restart, a failover, a terminated backend). Within a transaction
    // nothing is redone here: the transaction is lost with its connection, and it fails as a whole.
    if (m_engine != Engine::PostgreSQL || m_depth > 0 || m_db.isOpen())
        return;
    // A server that is away would hold every caller for the connect timeout: after a failed try,
    // the next comes 2 s later, and in between statements fail at once on the closed connection.
    const qint64 nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
    if (m_lastFailedReconnectMs != 0 && nowMs - m_lastFailedReconnectMs < 2000)
        return;
    m_lastFailedReconnectMs = nowMs;
    m_db.close();
    if (!m_db.open() || !SqlQuery::run(m_db, QStringLiteral("SELECT 1")).ok()) {
        m_db.close(); // tried again at a later statement
        return;
    }
    // Kept statements belong to the old session: new ones are made as they are asked for. The old
    // ones are kept alive until the next reconnection, since a caller may still hold one.
    m_retired.clear();
    for (auto &kept : m_statements)
        m_retired.push_back(std::move(kept.second));
    m_statements.clear();
    if (Status session = setUpPostgresSession(); !session) {
        m_db.close();
        return;
    }
    m_lastFailedReconnectMs = 0;
    ++m_reconnections;
    qWarning("hookboard: the connection to the store %s was lost; connected again", qPrintable(m_filePath));
}

Status Database::configurePostgres(const QList<Migration> &steps)
{
    if (Status session = setUpPostgresSession(); !session)
        return session;
    // Instances started together migrate one after the other; the later ones find nothing to do.
    const QString lock = QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kApplicationId);
    const QString unlock = QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kApplicationId);
    if (Status locked = SqlQuery::run(m_db, lock); !locked)
        return locked;
    Status migrated = [&]() -> Status {
        const Result<QVariant> ours =
            pragma(m_db, QStringLiteral("SELECT to_regclass('hookboard_schema') IS NOT NULL"));
        const Result<QVariant> tables = pragma(
            m_db,
            QStringLiteral(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
        if (!ours)
            return ours.error();
        if (!tables)
            return tables.error();
        if (!ours->toBool() && tables->toInt() > 0)
            return Error::storeUnusable(
                QStringLiteral("not-hookboard"),
                Text::tr("the database %1 holds tables of another program, not a Hookboard store; "
                         "give Hookboard an empty database of its own")
                    .arg(m_filePath));
        const Result<int> version = schemaVersion(m_db, m_engine);
        if (!version)
            return version.error();
        if (Status usable = refuseNewer(m_filePath, *version, steps); !usable)
            return usable;
        return migrate(m_db, m_engine, steps);
    }();
    (void)SqlQuery::run(m_db, unlock); // also released when the connection ends
    return migrated;
}

Status Database::configure(const QList<Migration> &steps, Durability durability)
{
    const Result<QVariant> applicationId = pragma(m_db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        const bool notSqlite = applicationId.error().message.contains(QLatin1String("not a database"));
        return Error::storeUnusable(
            QStringLiteral("not-hookboard"),
            notSqlite
                ? Text::tr("%1 is not a Hookboard store (it is not an SQLite database); move it away or "
                           "choose another data folder")
                      .arg(m_filePath)
                : Text::tr("%1 is not a Hookboard store (%2)")
                      .arg(m_filePath, applicationId.error().message));
    }
    const Result<int> version = schemaVersion(m_db, m_engine);
    if (!version)
        return version.error();
    const Result<QVariant> tableCount =
        pragma(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"));
    if (!tableCount)
        return tableCount.error();
    const bool empty = tableCount->toInt() == 0 && *version == 0;
    if (!empty && applicationId->toInt() != kApplicationId)
        return Error::storeUnusable(
            QStringLiteral("not-hookboard"),
            Text::tr("%1 is an SQLite database of another program, not a Hookboard store; "
                     "move it away or choose another data folder")
                .arg(m_filePath));
    if (Status usable = refuseNewer(m_filePath, *version, steps); !usable)
        return usable;

    // WAL lets readers (the console's log) go on while the dispatcher writes; FULL syncs the WAL on
    // every commit, so an acknowledged publish survives power loss too.
    const Result<QVariant> mode = pragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return Error::storeUnusable(
            QStringLiteral("read-only"),
            Text::tr("cannot write to the store %1: %2").arg(m_filePath, mode.error().message));
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::storeUnusable(
            QStringLiteral("no-wal"),
            Text::tr("the store %1 cannot use write-ahead logging (journal mode stays %2)")
                .arg(m_filePath, mode->toString()));
    const char *synchronous =
        durability == Durability::Acknowledged ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL";
    for (const char *sql : {"PRAGMA foreign_keys = ON", synchronous}) {
        if (Result<QVariant> set = pragma(m_db, QString::fromLatin1(sql)); !set)
            return set.error();
    }
    const Result<QVariant> foreignKeys = pragma(m_db, QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys || foreignKeys->toInt() != 1)
        return Error::internal(Text::tr("store: SQLite refused to turn foreign keys on"));
    return migrate(m_db, m_engine, steps);
}

Status Database::checkIntegrity()
{
    // A PostgreSQL server checks its own pages (checksums, WAL replay); there is no quick_check.
    if (m_engine == Engine::PostgreSQL)
        return {};
    SqlQuery check(m_db, QStringLiteral("PRAGMA quick_check(5)"));
    Status ran = check.exec();
    QStringList problems;
    while (ran && check.next())
        problems.append(check.value(0).toString());
    if (ran && problems == QStringList{QStringLiteral("ok")})
        return {};
    const QString found = ran ? problems.join(QLatin1String("; ")) : ran.error().message;
    return Error::storeUnusable(
        QStringLiteral("damaged"),
        Text::tr("the store %1 is damaged (SQLite's quick_check found: %2); Hookboard "
                 "will not write into it. Restore it from a backup, or move it away "
                 "to start with an empty store")
            .arg(m_filePath, found));
}

QSqlQuery &Database::statement(const QString &sql)
{
    reconnectIfLost();
    std::unique_ptr<QSqlQuery> &kept = m_statements[sql];
    if (!kept) {
        kept = std::make_unique<QSqlQuery>(m_db);
        kept->setForwardOnly(true);
        // One that fails to prepare fails again on exec(), where SqlQuery reports the error.
        kept->prepare(sql);
    }
    return *kept;
}

Status Database::begin()
{
    // PostgreSQL takes row locks as it writes and has no IMMEDIATE: a plain BEGIN.
    const QString outer =
        m_engine == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    const QString sql = m_depth == 0 ? outer : QStringLiteral("SAVEPOINT nested_%1").arg(m_depth);
    reconnectIfLost();
    Status begun = SqlQuery::run(m_db, sql);
    if (!begun && m_depth == 0 && m_engine == Engine::PostgreSQL && !m_db.isOpen()) {
        // The connection was found lost by this BEGIN: nothing was done yet, so connect again and
        // begin there, rather than failing work that a new connection can do.
        reconnectIfLost();
        begun = SqlQuery::run(m_db, sql);
    }
    if (begun)
        ++m_depth;
    return begun;
}

Status Database::commit()
{
    if (m_depth == 0)
        return SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    const QString sql =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE nested_%1").arg(m_depth - 1);
    Status committed = SqlQuery::run(m_db, sql);
    if (committed)
        --m_depth;
    return committed;
}

void Database::rollback()
{
    if (m_depth <= 1) {
        m_depth = 0;
        // Fails harmlessly when SQLite already rolled back by itself (e.g. on a full disk).
        (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
        return;
    }
    --m_depth;
    // Undoes the savepoint's changes, then ends it; the outer transaction goes on. When SQLite has
    // already rolled the whole transaction back by itself (a full disk, an I/O error), the savepoint
    // is gone: nothing is open any more, so the outer commit() fails instead of committing a part.
    if (!SqlQuery::run(m_db, QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth)).ok()) {
        m_depth = 0;
        (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
        return;
    }
    (void)SqlQuery::run(m_db, QStringLiteral("RELEASE nested_%1").arg(m_depth));
}

} // namespace hookboard
