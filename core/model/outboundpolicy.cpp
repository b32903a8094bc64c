#include "outboundpolicy.h"

namespace hookboard {

OutboundPolicy::OutboundPolicy()
{
    for (const char *range :
         {"169.254.0.0/16", "0.0.0.0/8", "224.0.0.0/4", "fe80::/10", "fd00:ec2::254/128", "ff00::/8"})
        m_denied.append(QHostAddress::parseSubnet(QString::fromLatin1(range)));
}

std::optional<QString> OutboundPolicy::refusal(const QHostAddress &address) const
{
    QHostAddress checked = address;
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        checked = QHostAddress(ipv4); // ::ffff:169.254.169.254 is 169.254.169.254
    for (const auto &[network, prefix] : m_denied) {
        if (checked.isInSubnet(network, prefix))
            return QStringLiteral("%1/%2").arg(network.toString()).arg(prefix);
    }
    return std::nullopt;
}

} // namespace hookboard
