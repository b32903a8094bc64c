#include "storelocation.h"

#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace hookboard {

namespace {

// The messages of this file, under the context "StoreLocation".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)
};

// libpq connection options a URL may carry; anything else is more likely a typo than intended.
const QStringList kKnownOptions{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                QStringLiteral("connect_timeout"), QStringLiteral("application_name")};

} // namespace

QString StoreLocation::displayName() const
{
    if (engine() == Engine::SQLite)
        return QDir(dataDir).filePath(QLatin1String(Store::kFileName));
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(userName, host).arg(port).arg(databaseName);
}

Result<StoreLocation> StoreLocation::parse(const QString &text, const QString &dataDir, const QString &option)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error::badInput(option, QStringLiteral("postgresql-url"),
                               Text::tr("%1 must be a URL of the form "
                                        "postgresql://user@host:port/dbname; got \"%2\"")
                                   .arg(option, text));
    if (!url.password().isEmpty())
        return Error::badInput(option, QStringLiteral("no-password"),
                               Text::tr("%1 must not carry a password (it would show in the process "
                                        "list); set PGPASSWORD or use --database-password-file")
                                   .arg(option));
    StoreLocation location(dataDir);
    location.host = url.host();
    location.userName = url.userName();
    location.port = url.port(5432);
    location.databaseName = url.path().mid(1);
    if (location.host.isEmpty())
        return Error::badInput(
            option, QStringLiteral("host-required"),
            Text::tr("%1 must name the server's host: postgresql://user@HOST/dbname").arg(option));
    if (location.userName.isEmpty())
        return Error::badInput(option, QStringLiteral("user-required"),
                               Text::tr("%1 must name the user: postgresql://USER@host/dbname").arg(option));
    if (location.databaseName.isEmpty() || location.databaseName.contains(u'/'))
        return Error::badInput(
            option, QStringLiteral("database-required"),
            Text::tr("%1 must name one database: postgresql://user@host/DBNAME").arg(option));
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!kKnownOptions.contains(key))
            return Error::badInput(option, QStringLiteral("known-option"),
                                   Text::tr("%1: the option \"%2\" is not one of %3")
                                       .arg(option, key, kKnownOptions.join(QStringLiteral(", "))));
        if (value.contains(u';') || value.contains(u'=') || value.isEmpty())
            return Error::badInput(option, QStringLiteral("option-value"),
                                   Text::tr("%1: the option \"%2\" needs a plain value").arg(option, key));
        options << key + u'=' + value;
    }
    location.connectOptions = options.join(u';');
    return location;
}

} // namespace hookboard
