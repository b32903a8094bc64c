#include "signatureverifier.h"

#include "delivery/signature.h"

namespace hookboard {

namespace {

// Compares without stopping at the first difference, so that timing does not tell an attacker how
// much of a forged signature is right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

SignatureVerdict SignatureVerifier::standardWebhooks(const HttpRequest &request, qint64 nowMs) const
{
    if (m_secrets.isEmpty())
        return SignatureVerdict::NotChecked;
    const QByteArray id = request.header("webhook-id");
    const QByteArray timestampText = request.header("webhook-timestamp");
    const QByteArray signatures = request.header("webhook-signature");
    if (id.isEmpty() || timestampText.isEmpty() || signatures.isEmpty())
        return SignatureVerdict::Missing;
    bool numeric = false;
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    if (!numeric)
        return SignatureVerdict::Invalid;

    bool matched = false;
    const QList<QByteArray> offered = signatures.split(' ');
    for (const QString &secret : m_secrets) {
        const QByteArray expected = signature::standardWebhooks(secret, id, timestamp, request.body);
        for (const QByteArray &candidate : offered)
            matched = sameBytes(candidate, expected) || matched;
    }
    if (!matched)
        return SignatureVerdict::Invalid;
    if (qAbs(nowMs / 1000 - timestamp) > kToleranceSeconds)
        return SignatureVerdict::Expired;
    return SignatureVerdict::Valid;
}

SignatureVerdict SignatureVerifier::github(const HttpRequest &request) const
{
    if (m_secrets.isEmpty())
        return SignatureVerdict::NotChecked;
    const QByteArray offered = request.header("X-Hub-Signature-256");
    if (offered.isEmpty())
        return SignatureVerdict::Missing;
    bool matched = false;
    for (const QString &secret : m_secrets)
        matched = sameBytes(offered.toLower(), signature::github(secret, request.body)) || matched;
    return matched ? SignatureVerdict::Valid : SignatureVerdict::Invalid;
}

} // namespace hookboard
