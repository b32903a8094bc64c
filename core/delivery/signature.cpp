#include "signature.h"

#include "model/secret.h"

#include <QMessageAuthenticationCode>

namespace hookboard::signature {

QByteArray standardWebhooks(const QString &secret, const QByteArray &webhookId, qint64 timestampSeconds,
                            const QByteArray &body)
{
    const QByteArray signedContent = webhookId + '.' + QByteArray::number(timestampSeconds) + '.' + body;
    const QByteArray mac =
        QMessageAuthenticationCode::hash(signedContent, secret::keyBytes(secret), QCryptographicHash::Sha256);
    return "v1," + mac.toBase64();
}

QByteArray github(const QString &secret, const QByteArray &body)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256);
    return "sha256=" + mac.toHex();
}

} // namespace hookboard::signature
