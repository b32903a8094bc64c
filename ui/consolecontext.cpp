#include "consolecontext.h"

#include "notify/trayicon.h"

namespace hookboard {

bool ConsoleContext::hasSystemTray() const
{
    return systemTrayAvailable ? systemTrayAvailable() : TrayIcon::isAvailable();
}

StoreLocation ConsoleContext::storeLocation() const
{
    if (sharedStore.engine() == Engine::SQLite)
        return StoreLocation(dataDir);
    StoreLocation location = sharedStore;
    location.dataDir = dataDir;
    return location;
}

} // namespace hookboard
