#include "tls/certificates.h"

#include <QHostAddress>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QTest>

using namespace hookboard;

namespace {

QSslCertificateExtension extension(const QSslCertificate &certificate, const QString &name)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &candidate : extensions) {
        if (candidate.name() == name)
            return candidate;
    }
    return {};
}

bool isCa(const QSslCertificate &certificate)
{
    return extension(certificate, QStringLiteral("basicConstraints"))
        .value()
        .toMap()
        .value(QStringLiteral("ca"))
        .toBool();
}

} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT

private:
    certificates::CertificateAndKey m_ca;

private slots:
    void initTestCase()
    {
        Result<certificates::CertificateAndKey> ca =
            certificates::createCertificateAuthority(QStringLiteral("Hookboard test CA"), 30);
        QVERIFY2(ca.ok(), qPrintable(ca ? QString() : ca.error().message));
        m_ca = *ca;
        // QSslCertificate::verify() trusts what the default configuration trusts.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_ca.certificate);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

    void authorityIsACa()
    {
        QVERIFY(isCa(m_ca.certificate));
        QVERIFY(m_ca.certificate.isSelfSigned());
        QCOMPARE(m_ca.certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Hookboard test CA")});
        QVERIFY(extension(m_ca.certificate, QStringLiteral("basicConstraints")).isCritical());
        QCOMPARE(m_ca.key.algorithm(), QSsl::Ec);
        QCOMPARE(m_ca.key.type(), QSsl::PrivateKey);
    }

    void validity_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("1 day") << 1;
        QTest::newRow("a year") << 365;
        QTest::newRow("ten years") << 3650;
    }

    void validity()
    {
        QFETCH(int, days);
        Result<certificates::CertificateAndKey> issued =
            certificates::issueServerCertificate(m_ca, certificates::loopbackHosts(), days);
        QVERIFY(issued.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(issued->certificate.effectiveDate() <= now);
        const qint64 secondsLeft = now.secsTo(issued->certificate.expiryDate());
        QVERIFY(qAbs(secondsLeft - qint64(days) * 86400) < 120);
    }

    void issuedVerifiesAgainstCa_data()
    {
        QTest::addColumn<QString>("hostName");
        QTest::newRow("localhost") << QStringLiteral("localhost");
        QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6 loopback") << QStringLiteral("::1");
    }

    void issuedVerifiesAgainstCa()
    {
        QFETCH(QString, hostName);
        Result<certificates::CertificateAndKey> issued = certificates::issueServerCertificate(m_ca, {}, 30);
        QVERIFY(issued.ok());
        const QList<QSslError> errors = QSslCertificate::verify({issued->certificate}, hostName);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().errorString()));
        QCOMPARE(issued->certificate.issuerDisplayName(), m_ca.certificate.subjectDisplayName());
        QVERIFY(!isCa(issued->certificate));
    }

    void wrongHostDoesNotVerify()
    {
        Result<certificates::CertificateAndKey> issued = certificates::issueServerCertificate(m_ca, {}, 30);
        QVERIFY(issued.ok());
        QVERIFY(!QSslCertificate::verify({issued->certificate}, QStringLiteral("example.org")).isEmpty());
    }

    void otherAuthoritiesDoNotVerify()
    {
        Result<certificates::CertificateAndKey> otherCa =
            certificates::createCertificateAuthority(QStringLiteral("Someone else"), 30);
        QVERIFY(otherCa.ok());
        Result<certificates::CertificateAndKey> foreign =
            certificates::issueServerCertificate(*otherCa, {}, 30);
        QVERIFY(foreign.ok());
        QVERIFY(!QSslCertificate::verify({foreign->certificate}, QStringLiteral("localhost")).isEmpty());

        Result<certificates::CertificateAndKey> selfSigned =
            certificates::selfSignedServerCertificate({}, 30);
        QVERIFY(selfSigned.ok());
        QCOMPARE(selfSigned->certificate.issuerDisplayName(), selfSigned->certificate.subjectDisplayName());
        QVERIFY(!QSslCertificate::verify({selfSigned->certificate}, QStringLiteral("localhost")).isEmpty());
    }

    void subjectAltNames_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QStringList>("ips");
        QTest::newRow("default loopback") << QStringList() << QStringList{QStringLiteral("localhost")}
                                          << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        QTest::newRow("names and addresses")
            << QStringList{QStringLiteral("hooks.example"), QStringLiteral("10.0.0.7"),
                           QStringLiteral("*.x.test")}
            << QStringList{QStringLiteral("hooks.example"), QStringLiteral("*.x.test")}
            << QStringList{QStringLiteral("10.0.0.7")};
    }

    void subjectAltNames()
    {
        QFETCH(QStringList, hosts);
        QFETCH(QStringList, dns);
        QFETCH(QStringList, ips);
        Result<certificates::CertificateAndKey> issued =
            certificates::issueServerCertificate(m_ca, hosts, 30);
        QVERIFY(issued.ok());
        const auto names = issued->certificate.subjectAlternativeNames();
        QStringList gotDns = names.values(QSsl::DnsEntry);
        QStringList gotIps;
        for (const QString &ip : names.values(QSsl::IpAddressEntry))
            gotIps << QHostAddress(ip).toString();
        gotDns.sort();
        gotIps.sort();
        dns.sort();
        ips.sort();
        QCOMPARE(gotDns, dns);
        QCOMPARE(gotIps, ips);
        QCOMPARE(issued->certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{hosts.isEmpty() ? QStringLiteral("localhost") : hosts.first()});
        QVERIFY(extension(issued->certificate, QStringLiteral("extendedKeyUsage"))
                    .value()
                    .toStringList()
                    .contains(QStringLiteral("TLS Web Server Authentication")));
        QVERIFY(extension(issued->certificate, QStringLiteral("keyUsage")).isCritical());
    }

    void badInputRefused_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("field");
        QTest::newRow("comma smuggles a SAN")
            << QStringList{QStringLiteral("a.test,DNS:evil.test")} << 30 << QStringLiteral("hosts");
        QTest::newRow("space") << QStringList{QStringLiteral("a test")} << 30 << QStringLiteral("hosts");
        QTest::newRow("empty name") << QStringList{QString()} << 30 << QStringLiteral("hosts");
        QTest::newRow("zero days") << QStringList() << 0 << QStringLiteral("validDays");
        QTest::newRow("negative days") << QStringList() << -5 << QStringLiteral("validDays");
    }

    void badInputRefused()
    {
        QFETCH(QStringList, hosts);
        QFETCH(int, days);
        QFETCH(QString, field);
        Result<certificates::CertificateAndKey> issued =
            certificates::issueServerCertificate(m_ca, hosts, days);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().code, ErrorCode::BadUserInput);
        QCOMPARE(issued.error().field, field);
        QVERIFY(issued.error().message.startsWith(field));
    }

    void keyMatchesCertificate()
    {
        Result<certificates::CertificateAndKey> issued = certificates::issueServerCertificate(m_ca, {}, 30);
        QVERIFY(issued.ok());
        QVERIFY(certificates::fromPem(issued->certificatePem, issued->keyPem).ok());
        QVERIFY(certificates::fromPem(m_ca.certificatePem, m_ca.keyPem).ok());
        QCOMPARE(issued->certificate.publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(issued->certificate.publicKey().length(), 256);
        QCOMPARE(issued->key.length(), 256);

        const Result<certificates::CertificateAndKey> mismatched =
            certificates::fromPem(issued->certificatePem, m_ca.keyPem);
        QVERIFY(!mismatched.ok());
        QCOMPARE(mismatched.error().rule, QStringLiteral("key-mismatch"));
        QVERIFY(!certificates::fromPem("not a certificate", issued->keyPem).ok());
        QVERIFY(!certificates::fromPem(issued->certificatePem, "not a key").ok());
    }

    void checkIssuedBy()
    {
        Result<certificates::CertificateAndKey> issued = certificates::issueServerCertificate(m_ca, {}, 30);
        Result<certificates::CertificateAndKey> stranger = certificates::selfSignedServerCertificate({}, 30);
        QVERIFY(issued.ok() && stranger.ok());
        QVERIFY(certificates::checkIssuedBy(issued->certificatePem, m_ca.certificatePem).ok());
        QVERIFY(certificates::checkIssuedBy(m_ca.certificatePem, m_ca.certificatePem).ok());
        QVERIFY(!certificates::checkIssuedBy(stranger->certificatePem, m_ca.certificatePem).ok());
        QVERIFY(!certificates::checkIssuedBy("junk", m_ca.certificatePem).ok());
    }

    void pemRoundTrip()
    {
        Result<certificates::CertificateAndKey> issued = certificates::issueServerCertificate(m_ca, {}, 30);
        QVERIFY(issued.ok());
        QVERIFY(issued->certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(issued->keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(QSslCertificate(issued->certificatePem, QSsl::Pem), issued->certificate);
        QCOMPARE(issued->certificate.toPem(), issued->certificatePem);

        Result<certificates::CertificateAndKey> loaded =
            certificates::fromPem(issued->certificatePem, issued->keyPem);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->certificate, issued->certificate);
        QCOMPARE(loaded->key, issued->key);
        QCOMPARE(loaded->key.toDer(), issued->key.toDer());
    }

    void serialsAreRandomAndPositive()
    {
        Result<certificates::CertificateAndKey> one = certificates::issueServerCertificate(m_ca, {}, 30);
        Result<certificates::CertificateAndKey> two = certificates::issueServerCertificate(m_ca, {}, 30);
        QVERIFY(one.ok() && two.ok());
        QVERIFY(one->certificate.serialNumber() != two->certificate.serialNumber());
        QVERIFY(one->certificate.serialNumber().size() >= 16 * 3 - 1); // "xx:xx:..." of 16 bytes
        QVERIFY(one->certificate.digest(QCryptographicHash::Sha256) !=
                two->certificate.digest(QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
