#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

// Keys and X.509 certificates made on the spot with OpenSSL: the sandbox's local CA and server
// certificate, and the throwaway CAs of the network tests. EC P-256 keys, SHA-256 signatures.
namespace hookboard::certificates {

// A certificate with its private key, both as Qt objects and as the PEM text they came from (the
// PEM is what gets written to disk).
struct CertificateAndKey
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
    QByteArray keyPem; // PKCS#8, unencrypted
};

// A self-signed certificate authority (basicConstraints critical CA:TRUE, keyCertSign/cRLSign).
// validDays must be 1..36500.
Result<CertificateAndKey> createCertificateAuthority(const QString &commonName, int validDays);

// A TLS server certificate signed by ca for hosts (DNS names or IP addresses, which go into the
// subjectAltName as DNS: or IP: entries; the first host is also the common name). Empty hosts means
// Whether certificatePem carries a valid signature by the key of the CA in caPem (the signature
// only: dates and host names are the caller's business).
Status checkIssuedBy(const QByteArray &certificatePem, const QByteArray &caPem);

// localhost, 127.0.0.1 and ::1.
Result<CertificateAndKey> issueServerCertificate(const CertificateAndKey &ca, const QStringList &hosts,
                                                 int validDays);

// A server certificate that signs itself: for a peer that must NOT be trusted.
Result<CertificateAndKey> selfSignedServerCertificate(const QStringList &hosts, int validDays);

// Loads a pair from PEM text, refusing a key that does not belong to the certificate.
Result<CertificateAndKey> fromPem(const QByteArray &certificatePem, const QByteArray &keyPem);

// Whether certificatePem carries a valid signature by the key of the CA in caPem (the signature
// only: dates and host names are the caller's business).
Status checkIssuedBy(const QByteArray &certificatePem, const QByteArray &caPem);

// localhost, 127.0.0.1 and ::1: what a loopback server is reached by.
QStringList loopbackHosts();

} // namespace hookboard::certificates
