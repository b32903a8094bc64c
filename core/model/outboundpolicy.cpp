#include "outboundpolicy.h"

#include <QCoreApplication>

namespace hookboard {

namespace {

QString cidr(const QPair<QHostAddress, int> &range)
{
    return QStringLiteral("%1/%2").arg(range.first.toString()).arg(range.second);
}

QStringList cidrs(const QList<QPair<QHostAddress, int>> &ranges)
{
    QStringList out;
    for (const auto &range : ranges)
        out.append(cidr(range));
    return out;
}

// ::ffff:169.254.169.254 is 169.254.169.254.
QHostAddress normalised(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(ipv4);
    return address;
}

Result<QList<QPair<QHostAddress, int>>> parseRanges(const QStringList &texts, const QString &option)
{
    QList<QPair<QHostAddress, int>> ranges;
    for (const QString &text : texts) {
        const QPair<QHostAddress, int> range = QHostAddress::parseSubnet(text.trimmed());
        if (range.first.isNull() || !text.contains(u'/'))
            return Error::badInput(option, QStringLiteral("cidr"),
                                   QCoreApplication::translate("OutboundPolicy",
                                                               "%1: \"%2\" is not a CIDR range such as "
                                                               "10.20.0.0/16 or fd12::/48")
                                       .arg(option, text));
        ranges.append({normalised(range.first), range.second});
    }
    return ranges;
}

bool contains(const QList<QPair<QHostAddress, int>> &ranges, const QHostAddress &address,
              QString *which = nullptr)
{
    for (const auto &range : ranges) {
        if (address.isInSubnet(range.first, range.second)) {
            if (which)
                *which = cidr(range);
            return true;
        }
    }
    return false;
}

} // namespace

OutboundPolicy::OutboundPolicy()
{
    for (const char *range :
         {"169.254.0.0/16", "0.0.0.0/8", "224.0.0.0/4", "fe80::/10", "fd00:ec2::254/128", "ff00::/8"})
        m_denied.append(QHostAddress::parseSubnet(QString::fromLatin1(range)));
}

Result<OutboundPolicy> OutboundPolicy::withLists(const QStringList &deny, const QStringList &allow)
{
    Result<QList<Range>> denied = parseRanges(deny, QStringLiteral("--deny-cidr"));
    if (!denied)
        return denied.error();
    Result<QList<Range>> allowed = parseRanges(allow, QStringLiteral("--allow-cidr"));
    if (!allowed)
        return allowed.error();
    OutboundPolicy policy;
    policy.m_denied += *denied;
    policy.m_allowed = *allowed;
    return policy;
}

std::optional<QString> OutboundPolicy::refusal(const QHostAddress &address) const
{
    const QHostAddress checked = normalised(address);
    if (contains(m_allowed, checked))
        return std::nullopt;
    QString range;
    if (contains(m_denied, checked, &range))
        return range;
    return std::nullopt;
}

QStringList OutboundPolicy::deniedRanges() const
{
    return cidrs(m_denied);
}

QStringList OutboundPolicy::operatorDeniedRanges() const
{
    return cidrs(m_denied.mid(OutboundPolicy().m_denied.size()));
}

QStringList OutboundPolicy::allowedRanges() const
{
    return cidrs(m_allowed);
}

} // namespace hookboard
