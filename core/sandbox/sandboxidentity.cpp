#include "sandboxidentity.h"

#include "store/datadir.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace hookboard {

namespace {

constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The messages of this file, under the context "SandboxIdentity".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxIdentity)
};

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

// Written whole or not at all (QSaveFile), and private from the first byte: the permissions are set
// on the temporary file before anything goes in.
Status writePrivateFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(content) != content.size() || !file.commit())
        return Error::internal(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<SandboxIdentity> SandboxIdentity::loadOrCreate(const QString &dataDir, qint64 nowMs)
{
    if (const Status ready = datadir::ensure(dataDir); !ready)
        return ready.error();
    Result<SandboxIdentity> loaded = load(dataDir, nowMs);
    if (loaded)
        return loaded;
    return create(dataDir);
}

Result<SandboxIdentity> SandboxIdentity::load(const QString &dataDir, qint64 nowMs)
{
    const QDir dir(dataDir);
    const Result<QByteArray> caPem = readFile(dir.filePath(QLatin1String(kCaFile)));
    const Result<QByteArray> certificatePem = readFile(dir.filePath(QLatin1String(kCertificateFile)));
    const Result<QByteArray> keyPem = readFile(dir.filePath(QLatin1String(kKeyFile)));
    if (!caPem)
        return caPem.error();
    if (!certificatePem)
        return certificatePem.error();
    if (!keyPem)
        return keyPem.error();
    Result<certificates::CertificateAndKey> server = certificates::fromPem(*certificatePem, *keyPem);
    if (!server)
        return server.error();
    if (const Status issued = certificates::checkIssuedBy(*certificatePem, *caPem); !issued)
        return issued.error();

    SandboxIdentity identity;
    identity.m_caCertificate = QSslCertificate(*caPem, QSsl::Pem);
    identity.m_server = std::move(server).value();
    const QDateTime renewAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addDays(kRenewDaysBefore);
    if (identity.m_caCertificate.isNull() || identity.m_caCertificate.expiryDate() <= renewAt ||
        identity.m_server.certificate.expiryDate() <= renewAt)
        return Error::internal(Text::tr("the sandbox certificates are expired or about to expire"));
    // Someone may have loosened them since; the key must stay private.
    for (const char *name : {kCaFile, kCertificateFile, kKeyFile})
        QFile::setPermissions(dir.filePath(QLatin1String(name)), kOwnerOnly);
    return identity;
}

Result<SandboxIdentity> SandboxIdentity::create(const QString &dataDir)
{
    Result<certificates::CertificateAndKey> ca =
        certificates::createCertificateAuthority(QStringLiteral("Hookboard sandbox CA"), kValidDays);
    if (!ca)
        return ca.error();
    Result<certificates::CertificateAndKey> server =
        certificates::issueServerCertificate(*ca, certificates::loopbackHosts(), kValidDays);
    if (!server)
        return server.error();

    const QDir dir(dataDir);
    // A crash half-way leaves files that do not match each other: the next start sees that (key
    // against certificate, certificate against CA) and makes them all again.
    for (const auto &[name, content] :
         {std::pair{kKeyFile, server->keyPem}, std::pair{kCertificateFile, server->certificatePem},
          std::pair{kCaFile, ca->certificatePem}}) {
        if (const Status written = writePrivateFile(dir.filePath(QLatin1String(name)), content); !written)
            return written.error();
    }
    SandboxIdentity identity;
    identity.m_caCertificate = ca->certificate;
    identity.m_server = std::move(server).value();
    identity.m_new = true;
    return identity;
}

} // namespace hookboard
