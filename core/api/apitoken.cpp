#include "apitoken.h"

#include "store/settingsstore.h"

#include <QCryptographicHash>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace hookboard {

namespace {

constexpr int kGeneratedBytes = 32;

QByteArray digestOf(QByteArrayView text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

} // namespace

ApiToken::ApiToken(const QString &token, const QString &name, bool generated)
    : m_token(token), m_name(name), m_digest(digestOf(token.toUtf8())), m_generated(generated)
{}

std::optional<Error> ApiToken::check(const QString &token, const QString &field)
{
    if (token.isEmpty())
        return Error::badInput(field, QStringLiteral("required"), tr("%1: must not be empty").arg(field));
    for (const QChar c : token) {
        // RFC 6750 tokens are visible ASCII; anything else cannot be typed into a header reliably.
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Error::badInput(
                field, QStringLiteral("visible-ascii"),
                tr("%1: must be visible ASCII characters only, without spaces").arg(field));
    }
    return std::nullopt;
}

Result<ApiToken> ApiToken::fromGiven(const QString &token)
{
    if (std::optional<Error> error = check(token, QStringLiteral("--api-token")))
        return *error;
    return ApiToken(token, QLatin1String(kGivenName), false);
}

Result<QString> ApiToken::generate()
{
    QByteArray bytes(kGeneratedBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), kGeneratedBytes) != 1)
        return Error::internal(tr("cannot generate an API token: the system's random source failed"));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<ApiToken> ApiToken::load(SettingsStore &settings, const QString &given)
{
    if (!given.isEmpty())
        return fromGiven(given);
    const QString key = QLatin1String(kSettingKey);
    // Only read first: a token that is already stored must not cost a write (or a random draw).
    Result<std::optional<QString>> stored = settings.value(key);
    if (!stored)
        return stored.error();
    QString token;
    if (stored->has_value()) {
        token = **stored;
    } else {
        Result<QString> fresh = generate();
        if (!fresh)
            return fresh.error();
        Result<QString> kept = settings.ensure(key, *fresh);
        if (!kept)
            return kept.error();
        token = *kept;
    }
    // A hand-edited store could hold something no client can send; say so instead of locking
    // every client out.
    if (std::optional<Error> error = check(token, key))
        return *error;
    return ApiToken(token, QLatin1String(kGeneratedName), true);
}

bool ApiToken::matches(QByteArrayView presented) const
{
    const QByteArray digest = digestOf(presented);
    return digest.size() == m_digest.size() &&
           CRYPTO_memcmp(digest.constData(), m_digest.constData(), size_t(digest.size())) == 0;
}

} // namespace hookboard
