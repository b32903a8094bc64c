#pragma once

#include "common/result.h"
#include "delivery/delivery.h"
#include "store/storelocation.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace hookboard {

// An address to listen on, from "HOST:PORT" ("127.0.0.1:8765", "[::1]:0", "localhost:9000").
struct ListenAddress
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;

    // field names the option in errors ("--api-listen"); port 0 means "pick a free one".
    static Result<ListenAddress> parse(const QString &text, const QString &field);
};

// Everything the command line (or the console's settings) decides about a running Hookboard.
struct RuntimeOptions
{
    QString dataDir;
    // --database: a PostgreSQL store shared with other instances; SQLite in dataDir when not given.
    StoreLocation sharedStore;
    ListenAddress api{QHostAddress(QHostAddress::LocalHost), 8765};
    QString apiToken; // empty: generated once and kept in the store
    QString apiTlsCertificate;
    QString apiTlsKey;
    QStringList caFiles;
    ListenAddress sandbox{QHostAddress(QHostAddress::LocalHost), 0};
    DeliveryConfig delivery;
    // The options given on the command line, by name without dashes ("retry-schedule"): they win
    // over the settings kept in the store (OperatorSettings) for this run.
    QStringList commandLine;

    // Where this run's store is: sharedStore when given, else the SQLite file in dataDir.
    StoreLocation store() const;
};

} // namespace hookboard
