#include "secret.h"

#include <QCoreApplication>
#include <array>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace hookboard::secret {

namespace {

class Secret
{
    Q_DECLARE_TR_FUNCTIONS(Secret)
};

const QString kPrefix = QStringLiteral("whsec_");
constexpr int kGeneratedBytes = 24;
constexpr int kMinBytes = 24;
constexpr int kMaxBytes = 64;

// The key bytes of the part after the prefix, or nothing if it is not canonical standard base64.
// Canonical matters: "AQ==" and "AR==" decode alike, and a secret that two people could write
// differently is a secret two systems could disagree about.
std::optional<QByteArray> decodeStrict(QStringView encoded)
{
    for (const QChar c : encoded) {
        if (c.unicode() > 0x7F)
            return std::nullopt;
    }
    const QByteArray ascii = encoded.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QString generate()
{
    std::array<unsigned char, kGeneratedBytes> bytes{};
    // A secret from a failed RNG would be guessable; there is no safe way to go on without one.
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1)
        qFatal("OpenSSL RAND_bytes failed (error %lu); cannot generate a webhook secret", ERR_get_error());
    const QByteArray key(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    return kPrefix + QString::fromLatin1(key.toBase64());
}

std::optional<Error> check(const QString &value, const QString &field)
{
    if (!value.startsWith(kPrefix))
        return Error::badInput(
            field, QStringLiteral("whsec-prefix"),
            Secret::tr("%1: must start with \"whsec_\" followed by base64 of %2 to %3 bytes")
                .arg(field)
                .arg(kMinBytes)
                .arg(kMaxBytes));
    const auto key = decodeStrict(QStringView(value).sliced(kPrefix.size()));
    if (!key)
        return Error::badInput(field, QStringLiteral("base64"),
                               Secret::tr("%1: the part after \"whsec_\" must be standard base64 "
                                          "(A-Z, a-z, 0-9, + and /) with correct = padding")
                                   .arg(field));
    if (key->size() < kMinBytes || key->size() > kMaxBytes)
        return Error::badInput(
            field, QStringLiteral("key-length"),
            Secret::tr("%1: must be \"whsec_\" followed by base64 of %2 to %3 bytes (got %4 bytes)")
                .arg(field)
                .arg(kMinBytes)
                .arg(kMaxBytes)
                .arg(key->size()));
    return std::nullopt;
}

QByteArray keyBytes(const QString &value)
{
    if (check(value))
        return {};
    return decodeStrict(QStringView(value).sliced(kPrefix.size())).value_or(QByteArray());
}

} // namespace hookboard::secret
