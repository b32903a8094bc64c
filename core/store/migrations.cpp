#include "migrations.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hookboard {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> steps;

    steps.append(
        {1,
         QStringLiteral("receivers, headers, subscriptions, changes, events, attempts"),
         {
             QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
             QStringLiteral(R"(CREATE TABLE users (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          name TEXT NOT NULL UNIQUE,
                          created_at INTEGER NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE receivers (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          etag TEXT NOT NULL,
                          name TEXT NOT NULL,
                          description TEXT NOT NULL DEFAULT '',
                          webhook_uri TEXT NOT NULL,
                          shared_secret TEXT NOT NULL,
                          previous_secret TEXT,
                          previous_secret_expires_at INTEGER,
                          content_type TEXT NOT NULL DEFAULT 'application/json',
                          expected_response_code INTEGER NOT NULL DEFAULT 200
                              CHECK (expected_response_code BETWEEN 100 AND 599),
                          active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                          created_by INTEGER REFERENCES users(id),
                          created_at INTEGER NOT NULL,
                          updated_at INTEGER NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE receiver_headers (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          receiver_id INTEGER NOT NULL REFERENCES receivers(id) ON DELETE CASCADE,
                          position INTEGER NOT NULL,
                          key TEXT NOT NULL,
                          value TEXT NOT NULL))"),
             QStringLiteral(
                 "CREATE INDEX receiver_headers_receiver ON receiver_headers(receiver_id, position)"),
             QStringLiteral(R"(CREATE TABLE subscriptions (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          etag TEXT NOT NULL,
                          receiver_id INTEGER NOT NULL REFERENCES receivers(id) ON DELETE CASCADE,
                          resource TEXT NOT NULL,
                          action TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
                          active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                          created_by INTEGER REFERENCES users(id),
                          created_at INTEGER NOT NULL,
                          updated_at INTEGER NOT NULL,
                          UNIQUE (receiver_id, resource, action)))"),
             QStringLiteral("CREATE INDEX subscriptions_match ON subscriptions(resource, action, active)"),
             // A published change is stored once; its events (one per subscription) point at it.
             QStringLiteral(R"(CREATE TABLE changes (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          resource TEXT NOT NULL,
                          action TEXT NOT NULL,
                          data TEXT NOT NULL,
                          occurred_at INTEGER NOT NULL))"),
             // receiver_id and subscription_id carry no foreign key on purpose: the audit
             // trail outlives deleted receivers and subscriptions.
             QStringLiteral(R"(CREATE TABLE events (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          change_id INTEGER NOT NULL REFERENCES changes(id),
                          receiver_id INTEGER NOT NULL,
                          subscription_id INTEGER,
                          resource TEXT NOT NULL,
                          action TEXT NOT NULL,
                          test INTEGER NOT NULL DEFAULT 0 CHECK (test IN (0, 1)),
                          status TEXT NOT NULL CHECK (status IN
                              ('PENDING', 'SENDING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
                          attempt_count INTEGER NOT NULL DEFAULT 0,
                          next_attempt_at INTEGER,
                          last_response_code INTEGER,
                          created_at INTEGER NOT NULL,
                          updated_at INTEGER NOT NULL))"),
             // The dispatcher's queue, and the event log's filters (receiver, status, time,
             // resource/action, subscription), each newest first by time.
             QStringLiteral("CREATE INDEX events_due ON events(status, next_attempt_at)"),
             QStringLiteral("CREATE INDEX events_time ON events(created_at)"),
             QStringLiteral("CREATE INDEX events_receiver_time ON events(receiver_id, created_at)"),
             QStringLiteral("CREATE INDEX events_status_time ON events(status, created_at)"),
             QStringLiteral(
                 "CREATE INDEX events_resource_action_time ON events(resource, action, created_at)"),
             QStringLiteral("CREATE INDEX events_subscription_time ON events(subscription_id, created_at)"),
             QStringLiteral(R"(CREATE TABLE attempts (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                          number INTEGER NOT NULL,
                          manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
                          started_at INTEGER NOT NULL,
                          duration_ms INTEGER NOT NULL,
                          request_headers TEXT NOT NULL,
                          request_body BLOB NOT NULL,
                          response_code INTEGER,
                          response_headers TEXT NOT NULL DEFAULT '[]',
                          response_body BLOB,
                          response_truncated INTEGER NOT NULL DEFAULT 0,
                          error TEXT,
                          UNIQUE (event_id, number)))"),
             QStringLiteral(R"(CREATE TABLE settings (
                          key TEXT PRIMARY KEY,
                          value TEXT NOT NULL))"),
         },
         {}});

    steps.append(
        {2,
         QStringLiteral("per-receiver delivery settings and receiver health"),
         {
             QStringLiteral("ALTER TABLE receivers ADD COLUMN ordered INTEGER NOT NULL DEFAULT 0 "
                            "CHECK (ordered IN (0, 1))"),
             QStringLiteral("ALTER TABLE receivers ADD COLUMN max_in_flight INTEGER"),
             QStringLiteral("ALTER TABLE receivers ADD COLUMN timeout_ms INTEGER"),
             QStringLiteral("ALTER TABLE receivers ADD COLUMN retry_schedule TEXT"),
             QStringLiteral("ALTER TABLE receivers ADD COLUMN disabled_reason TEXT NOT NULL DEFAULT ''"),
             // Health changes with every attempt; kept apart so it does not change the
             // receiver's etag under a person editing it.
             QStringLiteral(R"(CREATE TABLE receiver_health (
                          receiver_id INTEGER PRIMARY KEY REFERENCES receivers(id) ON DELETE CASCADE,
                          consecutive_failures INTEGER NOT NULL DEFAULT 0,
                          failing_since INTEGER,
                          last_success_at INTEGER,
                          last_failure_at INTEGER))"),
         },
         {}});
    steps.append(
        {3,
         QStringLiteral("manual resends and the dispatcher's per-receiver queries"),
         {
             // Set by a resend, so the next attempt is recorded as manual.
             QStringLiteral("ALTER TABLE events ADD COLUMN manual_next INTEGER NOT NULL DEFAULT 0 "
                            "CHECK (manual_next IN (0, 1))"),
             QStringLiteral("CREATE INDEX events_receiver_status ON events(receiver_id, status, id)"),
         },
         {}});
    steps.append(
        {4,
         QStringLiteral("delivery statistics over a time range of attempts"),
         {
             // Statistics (success rate, latency percentiles, deliveries per minute) read the
             // attempts of the last minutes to the last day. Without this index every read scans
             // the whole attempts table, bodies and all; covering event_id, duration_ms and
             // response_code, it answers them without touching the wide rows.
             QStringLiteral("CREATE INDEX attempts_time ON attempts(started_at, event_id, duration_ms, "
                            "response_code)"),
         },
         {}});
    steps.append({5,
                  QStringLiteral("claims are leases"),
                  {
                      // Until when the dispatcher that claimed a SENDING event holds it. On SQLite one
                      // process holds the data folder, and at start every lease is void; on a shared
                      // store, another instance may take over an expired lease (SPEC §2, §7).
                      QStringLiteral("ALTER TABLE events ADD COLUMN leased_until INTEGER"),
                  },
                  {}});
    steps.append({6,
                  QStringLiteral("payload text search and retention"),
                  {
                      // Which events a change has: a payload search found few changes, retention removed
                      // events and now removes the changes nothing points at.
                      QStringLiteral("CREATE INDEX events_change ON events(change_id)"),
                      // Every three-character sequence of every change's data (case folded), kept by the
                      // triggers below, so that a payload search over millions of events reads the few
                      // that hold the text (SQLite's FTS5 with the trigram tokenizer). Changes are never
                      // updated: inserts and deletes are all there is to follow.
                      QStringLiteral("CREATE VIRTUAL TABLE changes_text USING fts5(data, content='changes', "
                                     "content_rowid='id', tokenize='trigram')"),
                      QStringLiteral("CREATE TRIGGER changes_text_insert AFTER INSERT ON changes BEGIN "
                                     "INSERT INTO changes_text(rowid, data) VALUES (new.id, new.data); END"),
                      QStringLiteral("CREATE TRIGGER changes_text_delete AFTER DELETE ON changes BEGIN "
                                     "INSERT INTO changes_text(changes_text, rowid, data) "
                                     "VALUES ('delete', old.id, old.data); END"),
                      QStringLiteral("INSERT INTO changes_text(changes_text) VALUES ('rebuild')"),
                  },
                  {
                      QStringLiteral("CREATE INDEX events_change ON events(change_id)"),
                      // PostgreSQL's own trigram index (pg_trgm, a trusted extension that the database's
                      // owner may create) serves LIKE '%text%' directly, and the server keeps it. It is
                      // on the data with ASCII letters folded, as the store searches (EventStore).
                      QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                      QStringLiteral("CREATE INDEX changes_text ON changes USING gin ((translate(data, "
                                     "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) "
                                     "gin_trgm_ops)"),
                  }});
    steps.append({7,
                  QStringLiteral("who holds a lease"),
                  {
                      // The claim holding a SENDING event ("host:pid:random:n", new for every claim):
                      // only the current claim's outcome moves the event on, so a late outcome (an
                      // instance whose lease was taken over, an attempt open across a cancel and a
                      // resend) does not undo the current attempt (SPEC §7).
                      QStringLiteral("ALTER TABLE events ADD COLUMN leased_by TEXT"),
                  },
                  {}});
    return steps;
}

Status execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (Status status = SqlQuery::run(db, sql); !status)
            return status;
    }
    return {};
}

// An SQLite statement of the schema in PostgreSQL's words for the same types: 64-bit integers
// (SQLite's INTEGER is 64-bit; PostgreSQL's is 32), byte strings, identity keys, text in byte order.
QString forPostgres(QString sql)
{
    static const QRegularExpression autoincrement(QStringLiteral("\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    sql.replace(autoincrement, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    // Text compares and sorts by bytes, as SQLite's BINARY collation and the event log's own
    // comparisons (EventOrder::precedes) do, whatever locale the database was created with.
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    sql.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    return sql;
}

} // namespace

QStringList Migration::statementsFor(Engine engine) const
{
    if (engine == Engine::SQLite)
        return statements;
    if (!postgresStatements.isEmpty())
        return postgresStatements;
    QStringList translated;
    for (const QString &sql : statements) {
        if (!sql.startsWith(QLatin1String("PRAGMA ")))
            translated << forPostgres(sql);
    }
    return translated;
}

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

Result<int> schemaVersion(const QSqlDatabase &db, Engine engine)
{
    if (engine == Engine::PostgreSQL) {
        if (Status made = SqlQuery::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS hookboard_schema "
                                                           "(version INTEGER NOT NULL)"));
            !made)
            return made.error();
        SqlQuery row(db, QStringLiteral("SELECT max(version) FROM hookboard_schema"));
        if (Status status = row.exec(); !status)
            return status.error();
        return row.next() ? row.value(0).toInt() : 0;
    }
    SqlQuery query(db, QStringLiteral("PRAGMA user_version"));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::internal(QStringLiteral("store: PRAGMA user_version returned nothing"));
    return query.value(0).toInt();
}

Status migrate(const QSqlDatabase &db, Engine engine, const QList<Migration> &steps)
{
    const Result<int> current = schemaVersion(db, engine);
    if (!current)
        return current.error();
    for (const Migration &step : steps) {
        if (step.version <= *current)
            continue;
        const bool sqlite = engine == Engine::SQLite;
        if (Status begun =
                execAll(db, {sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")});
            !begun)
            return begun;
        QStringList statements = step.statementsFor(engine);
        // The version moves with the step or not at all: SQLite's user_version lives in the file
        // header and is transactional; on PostgreSQL DDL is transactional too.
        statements.append(sqlite ? QStringLiteral("PRAGMA user_version = %1").arg(step.version)
                                 : QStringLiteral("DELETE FROM hookboard_schema"));
        if (!sqlite)
            statements.append(
                QStringLiteral("INSERT INTO hookboard_schema (version) VALUES (%1)").arg(step.version));
        if (Status applied = execAll(db, statements); !applied) {
            (void)execAll(db, {QStringLiteral("ROLLBACK")}); // best effort: the step already failed
            return Error::internal(QCoreApplication::translate("Store",
                                                               "store: migrating to schema version %1 (%2) "
                                                               "failed and was rolled back: %3")
                                       .arg(step.version)
                                       .arg(step.description, applied.error().message));
        }
        if (Status committed = execAll(db, {QStringLiteral("COMMIT")}); !committed) {
            (void)execAll(db, {QStringLiteral("ROLLBACK")}); // best effort: the step already failed
            return committed;
        }
    }
    return {};
}

} // namespace hookboard
