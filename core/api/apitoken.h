#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace hookboard {

class SettingsStore;

// The bearer token the local API accepts, and the name its callers appear under as createdBy.
class ApiToken
{
    Q_DECLARE_TR_FUNCTIONS(ApiToken)
public:
    // Where a generated token is kept in the store's settings.
    static constexpr const char *kSettingKey = "api.token";
    // createdBy names. A token the operator chose (--api-token, HOOKBOARD_API_TOKEN) is "api-token";
    // the token Hookboard generated and keeps in the store is "api". They differ so the audit trail
    // shows which of the two a change came through.
    static constexpr const char *kGivenName = "api-token";
    static constexpr const char *kGeneratedName = "api";

    // The operator's token when given is not empty, otherwise the stored one (generated and stored
    // on first use, then the same on every later load).
    static Result<ApiToken> load(SettingsStore &settings, const QString &given = QString());
    // The operator's token. Refuses an empty one or one with characters an Authorization header
    // cannot carry (only visible ASCII, no spaces); errors name --api-token.
    static Result<ApiToken> fromGiven(const QString &token);
    // A fresh random token: 32 bytes from OpenSSL's RAND_bytes, base64url without padding.
    static Result<QString> generate();

    QString token() const { return m_token; }
    QString name() const { return m_name; }
    bool isGenerated() const { return m_generated; }

    // Whether presented is this token. Compares SHA-256 digests with CRYPTO_memcmp, so the time
    // taken says nothing about how much of a guess was right, nor about the token's length.
    bool matches(QByteArrayView presented) const;

private:
    ApiToken(const QString &token, const QString &name, bool generated);
    static std::optional<Error> check(const QString &token, const QString &field);

    QString m_token;
    QString m_name;
    QByteArray m_digest;
    bool m_generated = false;
};

} // namespace hookboard
