#pragma once

#include "caughtrequest.h"
#include "http/httprequest.h"

#include <QStringList>

namespace hookboard {

// Checks the two signature schemes of SPEC §3 the way a receiver would, against any of a bin's
// secrets (several while a rotated secret is in its grace period).
class SignatureVerifier
{
public:
    // How far webhook-timestamp may be from now, as the Standard Webhooks libraries allow.
    static constexpr qint64 kToleranceSeconds = 5 * 60;

    explicit SignatureVerifier(const QStringList &secrets) : m_secrets(secrets) {}

    // webhook-signature over "<webhook-id>.<webhook-timestamp>.<body>"; any of its space-separated
    // "v1,..." entries may match.
    SignatureVerdict standardWebhooks(const HttpRequest &request, qint64 nowMs) const;
    // X-Hub-Signature-256 over the body.
    SignatureVerdict github(const HttpRequest &request) const;

private:
    QStringList m_secrets;
};

} // namespace hookboard
