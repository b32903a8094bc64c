#pragma once

#include "common/result.h"
#include "tls/certificates.h"

#include <QSslCertificate>
#include <QString>

namespace hookboard {

// The sandbox's TLS identity: a local "Hookboard sandbox CA" and a server certificate for localhost,
// 127.0.0.1 and ::1 that it signed, kept in the data folder (files 0600) and reused on later starts.
//
// The CA's private key is thrown away as soon as the server certificate is signed. Hookboard trusts
// this CA for its own deliveries, so a kept key would let anyone who reads the data folder mint
// certificates Hookboard trusts for any host. The price: a new server certificate means a new CA.
class SandboxIdentity
{
public:
    static constexpr const char *kCaFile = "sandbox-ca.pem";
    static constexpr const char *kCertificateFile = "sandbox-cert.pem";
    static constexpr const char *kKeyFile = "sandbox-key.pem";
    static constexpr int kValidDays = 3650;
    // Renewed this long before it expires, so a running sandbox never presents an expired one.
    static constexpr int kRenewDaysBefore = 30;

    // Reads the files in dataDir; makes and writes new ones when any is missing, unreadable, does
    // not match the others or expires within kRenewDaysBefore days of nowMs.
    static Result<SandboxIdentity> loadOrCreate(const QString &dataDir, qint64 nowMs);

    QSslCertificate caCertificate() const { return m_caCertificate; }
    const certificates::CertificateAndKey &server() const { return m_server; }
    // Whether loadOrCreate had to make new files.
    bool isNew() const { return m_new; }

private:
    static Result<SandboxIdentity> load(const QString &dataDir, qint64 nowMs);
    static Result<SandboxIdentity> create(const QString &dataDir);

    QSslCertificate m_caCertificate;
    certificates::CertificateAndKey m_server;
    bool m_new = false;
};

} // namespace hookboard
