#pragma once

#include "http/httprequest.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace hookboard {

// What checking one signature scheme of a caught request found.
enum class SignatureVerdict
{
    NotChecked, // the bin has no secret to check with
    Missing,    // the request carries no signature (or lacks a header the scheme needs)
    Valid,
    Invalid, // a signature is there but none matches
    Expired, // Standard Webhooks only: the signature matches but the timestamp is too far off
};

// A request that the sandbox caught in a bin, with what a receiver would make of its signatures.
// "valid", "invalid", ...: how the sandbox's answers and the console name a verdict.
inline QString signatureVerdictName(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::NotChecked:
        return QStringLiteral("not-checked");
    case SignatureVerdict::Missing:
        return QStringLiteral("missing");
    case SignatureVerdict::Valid:
        return QStringLiteral("valid");
    case SignatureVerdict::Invalid:
        return QStringLiteral("invalid");
    case SignatureVerdict::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

struct CaughtRequest
{
    quint64 sequence = 0; // 1, 2, ... per bin, never reused
    QByteArray method;
    QByteArray target; // as sent: "/bin/sub?x=1"
    HttpHeaders headers;
    QByteArray body;
    qint64 receivedMs = 0; // Unix ms
    int answeredStatus = 0;
    SignatureVerdict standardWebhooks = SignatureVerdict::NotChecked;
    SignatureVerdict github = SignatureVerdict::NotChecked;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace hookboard

Q_DECLARE_METATYPE(hookboard::CaughtRequest)
