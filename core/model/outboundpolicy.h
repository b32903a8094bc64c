#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace hookboard {

// Where deliveries may go (SPEC §8): link-local and cloud-metadata destinations are refused by
// default, loopback and private ranges are allowed (the sandbox and on-premises systems live
// there). Addresses are normalised first: an IPv4-mapped IPv6 address is checked as IPv4.
class OutboundPolicy
{
public:
    // The default policy: 169.254.0.0/16, fe80::/10, fd00:ec2::254, 0.0.0.0/8 and multicast refused.
    OutboundPolicy();

    // Why address is refused (the range it falls in, as written in CIDR), or nothing if allowed.
    std::optional<QString> refusal(const QHostAddress &address) const;

private:
    QList<QPair<QHostAddress, int>> m_denied;
};

} // namespace hookboard
