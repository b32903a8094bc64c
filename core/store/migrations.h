#pragma once

#include "common/result.h"
#include "storelocation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hookboard {

// "HkBd": marks an SQLite file as a Hookboard store (PRAGMA application_id).
inline constexpr int kApplicationId = 0x486B4264;

// One step of the schema: the statements that take version-1 to version. They are written for
// SQLite; on PostgreSQL the same statements run with its names for the same types (BIGINT for
// INTEGER, BYTEA for BLOB, identity columns for AUTOINCREMENT; PRAGMAs have no counterpart),
// unless the step gives PostgreSQL statements of its own (where the engines' features differ).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    QStringList postgresStatements; // empty: statements, translated

    // What runs on engine.
    QStringList statementsFor(Engine engine) const;
};

// Every step from an empty file to the current schema, in order.
const QList<Migration> &schemaMigrations();
int latestSchemaVersion();

// The schema version of the open database: SQLite's PRAGMA user_version, or the row of the
// hookboard_schema table on PostgreSQL (0 when there is none yet).
Result<int> schemaVersion(const QSqlDatabase &db, Engine engine = Engine::SQLite);

// Applies the steps above the database's version, each inside its own transaction together with
// the version bump, so a failing step leaves the store at the previous version, untouched.
Status migrate(const QSqlDatabase &db, Engine engine, const QList<Migration> &steps);
inline Status migrate(const QSqlDatabase &db, const QList<Migration> &steps)
{
    return migrate(db, Engine::SQLite, steps);
}

} // namespace hookboard
