#pragma once

#include "store/storelocation.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace hookboard {

class Clock;
class DeliveryEngine;
class SandboxServer;
class SettingsService;
class Store;
class StoreReader;
class WebhookService;

// What the console's pages work with: the core's public objects, owned by the Runtime (or by a
// test). service, store, reader and clock are always set; engine and sandbox may be null where a test runs
// without delivery or sandbox, and the pages that need them then say so instead of failing.
struct ConsoleContext
{
    WebhookService *service = nullptr;
    Store *store = nullptr;        // read-only queries (event log, statistics); changes go through service
    StoreReader *reader = nullptr; // reads off the GUI thread (statistics, counts, live updates)
    const Clock *clock = nullptr;
    DeliveryEngine *engine = nullptr;
    SandboxServer *sandbox = nullptr;
    SettingsService *settings = nullptr; // the operator's settings; null: the page only shows them
    QString dataDir;                     // where settings.ini is kept
    StoreLocation sharedStore;           // --database: a PostgreSQL store; none: SQLite in dataDir
    QString operatorName;                // createdBy of what the console creates
    QUrl apiUrl;                         // the local GraphQL endpoint, empty when the API is off
    QString apiToken;                    // its bearer token
    // Whether the desktop has a system tray; empty asks QSystemTrayIcon. Tests answer it, since
    // offscreen and Xvfb have none and closing to the tray must still be exercised.
    std::function<bool()> systemTrayAvailable;

    bool hasSystemTray() const;
    // Where the store is, for readers that open connections of their own.
    StoreLocation storeLocation() const;
};

} // namespace hookboard
