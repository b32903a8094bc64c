#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Shared secrets in the Standard Webhooks form: "whsec_" + base64 of the key bytes.
namespace hookboard::secret {

// A new secret: "whsec_" + base64 of 24 bytes from OpenSSL's RNG.
QString generate();

// Why a typed secret is refused ("whsec_" + strict base64 of 24..64 bytes), or nothing if it is fine.
std::optional<Error> check(const QString &value, const QString &field = QStringLiteral("sharedSecret"));

// The key: the base64-decoded part after "whsec_". Empty if the secret is malformed.
QByteArray keyBytes(const QString &value);

} // namespace hookboard::secret
