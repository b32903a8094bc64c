#include "localuser.h"

#include <QtGlobal>
#include <pwd.h>
#include <unistd.h>

namespace hookboard {

QString localUserName()
{
    // The effective user is who the store's files belong to, so that is who is acting.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral("operator");
}

} // namespace hookboard
