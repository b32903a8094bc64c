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

Result<std::unique_ptr<QLockFile>> lock(const QString &path)
{
    if (Status ensured = ensure(path); !ensured)
        return ensured.error();
    auto lockFile = std::make_unique<QLockFile>(QDir(path).filePath(QStringLiteral("hookboard.lock")));
    // Never stale by age: a Hookboard may run for months. A lock whose process is gone is taken over.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(0))
        return lockFile;
    if (lockFile->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lockFile->getLockInfo(&pid, &host, &application);
        return Error::storeUnusable(
            QStringLiteral("in-use"),
            QCoreApplication::translate("Store",
                                        "the data folder %1 is in use by another Hookboard (process %2); "
                                        "stop it or choose another data folder with --data-dir")
                .arg(path)
                .arg(pid));
    }
    return Error::storeUnusable(
        QStringLiteral("cannot-lock"),
        QCoreApplication::translate("Store", "cannot lock the data folder %1 (hookboard.lock)").arg(path));
}

} // namespace hookboard::datadir
