#include "runtimeoptions.h"

#include <QCoreApplication>

namespace hookboard {

Result<ListenAddress> ListenAddress::parse(const QString &text, const QString &field)
{
    const auto refuse = [&](const QString &why) {
        return Error::badInput(field, QStringLiteral("host-port"),
                               QCoreApplication::translate("ListenAddress", "%1: must be HOST:PORT, e.g. "
                                                                            "127.0.0.1:8765 or [::1]:0 (%2)")
                                   .arg(field, why));
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return refuse(QCoreApplication::translate("ListenAddress", "no port in \"%1\"").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool numeric = false;
    const uint port = text.mid(colon + 1).toUInt(&numeric);
    if (!numeric || port > 65535)
        return refuse(QCoreApplication::translate("ListenAddress", "port \"%1\" is not 0 to 65535")
                          .arg(text.mid(colon + 1)));
    ListenAddress address;
    address.port = quint16(port);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address.host = QHostAddress(QHostAddress::LocalHost);
    else if (!address.host.setAddress(host))
        return refuse(QCoreApplication::translate("ListenAddress", "\"%1\" is not an IP address or localhost")
                          .arg(host));
    return address;
}

StoreLocation RuntimeOptions::store() const
{
    if (sharedStore.engine() == Engine::SQLite)
        return StoreLocation(dataDir);
    StoreLocation location = sharedStore;
    location.dataDir = dataDir;
    return location;
}

} // namespace hookboard
