#pragma once

#include "common/result.h"

#include <QString>

namespace hookboard {

// Which engine holds a store.
enum class Engine
{
    SQLite,     // a file in the data folder: the embedded default, one process at a time
    PostgreSQL, // a database shared by any number of Hookboard instances (SPEC §7)
};

// Where a Hookboard store lives: the data folder's SQLite file, or a PostgreSQL database named by a
// postgresql:// URL. The data folder is there in both cases (it holds the instance's lock and
// files); the password never comes from the URL (it would show in the process list), only from
// PGPASSWORD (libpq reads it) or a password file.
struct StoreLocation
{
    QString dataDir;
    // Empty for SQLite. Otherwise the parts of the postgresql:// URL.
    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password;       // from --database-password-file; empty lets libpq use PGPASSWORD
    QString connectOptions; // libpq options from the URL's query ("sslmode=require;connect_timeout=5")

    StoreLocation() = default;
    // SQLite in dataDir: how every caller that knows only a data folder opens a store.
    StoreLocation(QString folder) : dataDir(std::move(folder)) {} // NOLINT(google-explicit-constructor)

    Engine engine() const { return host.isEmpty() ? Engine::SQLite : Engine::PostgreSQL; }
    // The URL without the password, for messages and logs ("postgresql://hb@db:5432/hookboard"),
    // or the SQLite file's path.
    QString displayName() const;

    // Parses --database: "postgresql://user@host[:port]/dbname[?sslmode=…&connect_timeout=…]"
    // ("postgres://" too). A password in the URL, another scheme, a missing user, host or database
    // name, or an unknown query option is refused naming the option the URL came with and the rule.
    static Result<StoreLocation> parse(const QString &url, const QString &dataDir,
                                       const QString &option = QStringLiteral("--database"));
};

} // namespace hookboard
