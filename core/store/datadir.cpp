#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hookboard::datadir {

QString defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("hookboard"));
}

Status ensure(const QString &path)
{
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("dataDir"), QStringLiteral("required"),
                               QCoreApplication::translate("Store", "dataDir: must not be empty"));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error::storeUnusable(
            QStringLiteral("not-a-folder"),
            QCoreApplication::translate("Store", "data folder %1 exists but is not a folder").arg(path));
    if (!info.exists() && !QDir().mkpath(path))
        return Error::storeUnusable(
            QStringLiteral("cannot-create"),
            QCoreApplication::translate("Store", "cannot create the data folder %1").arg(path));
    constexpr auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (!QFile::setPermissions(path, ownerOnly))
        return Error::storeUnusable(
            QStringLiteral("permissions"),
            QCoreApplication::translate("Store", "cannot make the data folder %1 private (0700)").arg(path));
    return {};
}

} // namespace hookboard::datadir
