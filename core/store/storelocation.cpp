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

const QString kField = QStringLiteral("--database");

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

Result<StoreLocation> StoreLocation::parse(const QString &text, const QString &dataDir)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error::badInput(kField, QStringLiteral("postgresql-url"),
                               Text::tr("--database must be a URL of the form "
                                        "postgresql://user@host:port/dbname; got \"%1\"")
                                   .arg(text));
    if (!url.password().isEmpty())
        return Error::badInput(kField, QStringLiteral("no-password"),
                               Text::tr("--database must not carry a password (it would show in the process "
                                        "list); set PGPASSWORD or use --database-password-file"));
    StoreLocation location(dataDir);
    location.host = url.host();
    location.userName = url.userName();
    location.port = url.port(5432);
    location.databaseName = url.path().mid(1);
    if (location.host.isEmpty())
        return Error::badInput(
            kField, QStringLiteral("host-required"),
            Text::tr("--database must name the server's host: postgresql://user@HOST/dbname"));
    if (location.userName.isEmpty())
        return Error::badInput(kField, QStringLiteral("user-required"),
                               Text::tr("--database must name the user: postgresql://USER@host/dbname"));
    if (location.databaseName.isEmpty() || location.databaseName.contains(u'/'))
        return Error::badInput(kField, QStringLiteral("database-required"),
                               Text::tr("--database must name one database: postgresql://user@host/DBNAME"));
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!kKnownOptions.contains(key))
            return Error::badInput(kField, QStringLiteral("known-option"),
                                   Text::tr("--database: the option \"%1\" is not one of %2")
                                       .arg(key, kKnownOptions.join(QStringLiteral(", "))));
        if (value.contains(u';') || value.contains(u'=') || value.isEmpty())
            return Error::badInput(kField, QStringLiteral("option-value"),
                                   Text::tr("--database: the option \"%1\" needs a plain value").arg(key));
        options << key + u'=' + value;
    }
    location.connectOptions = options.join(u';');
    return location;
}

} // namespace hookboard
