#pragma once

#include <QByteArray>
#include <QString>

// The two signature schemes of SPEC §3.
namespace hookboard::signature {

// Standard Webhooks: "v1," + base64(HMAC-SHA256(key, "<webhookId>.<timestamp>.<body>")), where key is
// the base64-decoded part of the whsec_ secret.
QByteArray standardWebhooks(const QString &secret, const QByteArray &webhookId, qint64 timestampSeconds,
                            const QByteArray &body);

// GitHub: "sha256=" + hex(HMAC-SHA256(UTF-8 bytes of the whole secret, body)).
QByteArray github(const QString &secret, const QByteArray &body);

} // namespace hookboard::signature
