#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookboard {

// Where deliveries may go (SPEC §8): link-local and cloud-metadata destinations are refused by
// default, loopback and private ranges are allowed (the sandbox and on-premises systems live
// there). Operators add refused ranges (--deny-cidr) and allow ranges inside refused ones
// (--allow-cidr; an allowed range wins). Addresses are normalised first: an IPv4-mapped IPv6
// address is checked as IPv4.
class OutboundPolicy
{
public:
    // The default policy: 169.254.0.0/16, fe80::/10, fd00:ec2::254, 0.0.0.0/8 and multicast refused.
    OutboundPolicy();

    // The default policy plus the operator's lists. An entry that is not a CIDR range is refused
    // with an error naming its option (--deny-cidr, --allow-cidr) and the rule "cidr".
    static Result<OutboundPolicy> withLists(const QStringList &deny, const QStringList &allow);

    // Why address is refused (the range it falls in, as written in CIDR), or nothing if allowed.
    std::optional<QString> refusal(const QHostAddress &address) const;

    // The ranges, in CIDR, for people to read (Settings).
    QStringList deniedRanges() const;
    QStringList allowedRanges() const;
    // The refused ranges the operator added to the default ones (--deny-cidr, Settings).
    QStringList operatorDeniedRanges() const;

private:
    using Range = QPair<QHostAddress, int>;

    QList<Range> m_denied;
    QList<Range> m_allowed;
};

} // namespace hookboard
