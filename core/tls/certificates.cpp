#include "certificates.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hookboard::certificates {

namespace {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

constexpr int kMaxValidDays = 36500;

// The messages of this file, under the context "Certificates".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Certificates)
};

// OpenSSL keeps its reasons on a thread-local queue; take them all so the next call starts clean.
QString openSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons << QString::fromLatin1(buffer);
    }
    return reasons.join(QStringLiteral("; "));
}

Error failure(const char *what)
{
    return Error::internal(Text::tr("cannot make the certificate: %1 failed (%2)")
                               .arg(QString::fromLatin1(what), openSslErrors()));
}

Status checkValidDays(int validDays)
{
    if (validDays < 1 || validDays > kMaxValidDays)
        return Error::badInput(QStringLiteral("validDays"), QStringLiteral("range"),
                               Text::tr("validDays: must be between 1 and %1").arg(kMaxValidDays));
    return {};
}

// Hosts become one subjectAltName value such as "DNS:localhost,IP:127.0.0.1". Names are checked
// strictly first, since a comma or colon in a name would smuggle extra entries into that text.
Result<QByteArray> subjectAltName(const QStringList &hosts)
{
    static const QRegularExpression dnsName(
        QStringLiteral("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$"));
    QByteArrayList entries;
    for (const QString &host : hosts) {
        QHostAddress address;
        if (address.setAddress(host))
            entries << "IP:" + address.toString().toLatin1();
        else if (host.size() <= 253 && dnsName.match(host).hasMatch())
            entries << "DNS:" + host.toLatin1();
        else
            return Error::badInput(
                QStringLiteral("hosts"), QStringLiteral("host-name"),
                Text::tr("hosts: \"%1\" is neither a DNS name nor an IP address").arg(host));
    }
    return entries.join(',');
}

PKeyPtr newKey()
{
    return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

// 16 random bytes with the top bit cleared: positive, and unguessable as RFC 5280 asks.
bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01; // never zero
    BigNumPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

Result<QByteArray> toPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return failure("PEM_write_bio_X509");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

Result<QByteArray> toPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failure("PEM_write_bio_PrivateKey");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

Result<CertificateAndKey> toQt(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    CertificateAndKey made;
    made.certificatePem = certificatePem;
    made.keyPem = keyPem;
    made.certificate = QSslCertificate(certificatePem, QSsl::Pem);
    made.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (made.certificate.isNull() || made.key.isNull())
        return Error::internal(Text::tr("cannot load the certificate or its key into Qt's TLS backend"));
    return made;
}

enum class Kind
{
    Authority,
    Server,
};

// Makes one certificate for a fresh key. issuer/issuerKey are null for a self-signed one.
Result<CertificateAndKey> makeCertificate(Kind kind, const QString &commonName, const QByteArray &altNames,
                                          X509 *issuer, EVP_PKEY *issuerKey, int validDays)
{
    if (const Status days = checkValidDays(validDays); !days)
        return days.error();
    PKeyPtr key = newKey();
    if (!key)
        return failure("EVP_PKEY_Q_keygen");
    X509Ptr cert(X509_new());
    if (!cert)
        return failure("X509_new");
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return failure("X509 serial");
    // An hour of slack backwards, so a peer whose clock is a little behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), validDays, 0, nullptr))
        return failure("X509 validity");
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addNameEntry(subject, "O", QStringLiteral("Hookboard")) || !addNameEntry(subject, "CN", commonName))
        return failure("X509_NAME_add_entry_by_txt");
    X509 *signer = issuer ? issuer : cert.get();
    EVP_PKEY *signerKey = issuerKey ? issuerKey : key.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1 ||
        X509_set_pubkey(cert.get(), key.get()) != 1)
        return failure("X509_set_pubkey");

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, signer, cert.get(), nullptr, nullptr, 0);
    bool added = addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
    if (kind == Kind::Authority) {
        added =
            added && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
            addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        added = added && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
                addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyAgreement") &&
                addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth") &&
                addExtension(cert.get(), &ctx, NID_subject_alt_name, altNames);
    }
    if (issuer)
        added = added && addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    if (!added)
        return failure("X509V3 extensions");
    if (X509_sign(cert.get(), signerKey, EVP_sha256()) <= 0)
        return failure("X509_sign");

    const Result<QByteArray> certificatePem = toPem(cert.get());
    if (!certificatePem)
        return certificatePem.error();
    const Result<QByteArray> keyPem = toPem(key.get());
    if (!keyPem)
        return keyPem.error();
    return toQt(*certificatePem, *keyPem);
}

struct Parsed
{
    X509Ptr certificate;
    PKeyPtr key;
};

Result<Parsed> parse(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    Parsed parsed;
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certBio || !keyBio)
        return failure("BIO_new_mem_buf");
    parsed.certificate.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    parsed.key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    openSslErrors(); // what failed is said below, in words
    if (!parsed.certificate)
        return Error::badInput(QStringLiteral("certificate"), QStringLiteral("pem"),
                               Text::tr("certificate: not a PEM X.509 certificate"));
    if (!parsed.key)
        return Error::badInput(QStringLiteral("key"), QStringLiteral("pem"),
                               Text::tr("key: not an unencrypted PEM private key"));
    if (X509_check_private_key(parsed.certificate.get(), parsed.key.get()) != 1) {
        openSslErrors();
        return Error::badInput(QStringLiteral("key"), QStringLiteral("key-mismatch"),
                               Text::tr("key: does not belong to the certificate"));
    }
    return parsed;
}

} // namespace

QStringList loopbackHosts()
{
    return {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
}

Result<CertificateAndKey> createCertificateAuthority(const QString &commonName, int validDays)
{
    if (commonName.trimmed().isEmpty() || commonName.size() > 64)
        return Error::badInput(QStringLiteral("commonName"), QStringLiteral("length"),
                               Text::tr("commonName: must be 1 to 64 characters"));
    return makeCertificate(Kind::Authority, commonName, {}, nullptr, nullptr, validDays);
}

Result<CertificateAndKey> issueServerCertificate(const CertificateAndKey &ca, const QStringList &hosts,
                                                 int validDays)
{
    const QStringList names = hosts.isEmpty() ? loopbackHosts() : hosts;
    const Result<QByteArray> altNames = subjectAltName(names);
    if (!altNames)
        return altNames.error();
    Result<Parsed> issuer = parse(ca.certificatePem, ca.keyPem);
    if (!issuer)
        return issuer.error();
    return makeCertificate(Kind::Server, names.first(), *altNames, issuer->certificate.get(),
                           issuer->key.get(), validDays);
}

Result<CertificateAndKey> selfSignedServerCertificate(const QStringList &hosts, int validDays)
{
    const QStringList names = hosts.isEmpty() ? loopbackHosts() : hosts;
    const Result<QByteArray> altNames = subjectAltName(names);
    if (!altNames)
        return altNames.error();
    return makeCertificate(Kind::Server, names.first(), *altNames, nullptr, nullptr, validDays);
}

Result<CertificateAndKey> fromPem(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const Result<Parsed> parsed = parse(certificatePem, keyPem);
    if (!parsed)
        return parsed.error();
    return toQt(certificatePem, keyPem);
}

Status checkIssuedBy(const QByteArray &certificatePem, const QByteArray &caPem)
{
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    BioPtr caBio(BIO_new_mem_buf(caPem.constData(), int(caPem.size())));
    if (!certBio || !caBio)
        return failure("BIO_new_mem_buf");
    const X509Ptr certificate(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    const X509Ptr ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
    EVP_PKEY *caKey = ca ? X509_get0_pubkey(ca.get()) : nullptr;
    const bool issued = certificate && caKey && X509_verify(certificate.get(), caKey) == 1;
    openSslErrors();
    if (!issued)
        return Error::badInput(QStringLiteral("certificate"), QStringLiteral("issuer"),
                               Text::tr("certificate: not signed by the given certificate authority"));
    return {};
}

} // namespace hookboard::certificates
