#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hookboard {

// "HkBd": marks an SQLite file as a Hookboard store (PRAGMA application_id).
inline constexpr int kApplicationId = 0x486B4264;

// One step of the schema: the statements that take version-1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Every step from an empty file to the current schema, in order.
const QList<Migration> &schemaMigrations();
int latestSchemaVersion();

// PRAGMA user_version of the open database.
Result<int> schemaVersion(const QSqlDatabase &db);

// Applies the steps above the database's version, each inside its own transaction together with
// the version bump, so a failing step leaves the store at the previous version, untouched.
Status migrate(const QSqlDatabase &db, const QList<Migration> &steps);

} // namespace hookboard
