#include "consolecontext.h"

#include "notify/trayicon.h"

namespace hookboard {

bool ConsoleContext::hasSystemTray() const
{
    return systemTrayAvailable ? systemTrayAvailable() : TrayIcon::isAvailable();
}

} // namespace hookboard
