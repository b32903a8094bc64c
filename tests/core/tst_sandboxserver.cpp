#include "common/clock.h"
#include "delivery/signature.h"
#include "sandbox/sandboxbin.h"
#include "sandbox/sandboxidentity.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace hookboard;

namespace {

const QString kSecret = QStringLiteral("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
const QString kOldSecret = QStringLiteral("whsec_GBcWFRQTEhEQDw4NDAsKCQgHBgUEAwIB");
const QByteArray kBody = R"({"event_id":42,"resource":"RUNS","action":"CREATE","data":{"id":1001}})";
constexpr qint64 kNowMs = 1795435205000;

// How a test request is signed.
enum Signing
{
    SignBoth,          // both schemes, with the signing secret
    SignNone,          // no signature headers at all
    SignWithDecoyFirst // webhook-signature holds a wrong v1 entry before the right one
};

QFile::Permissions ownerReadWrite()
{
    return QFile::ReadOwner | QFile::WriteOwner;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dataDir;
    ManualClock m_clock{kNowMs};
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_client;

    QNetworkRequest requestTo(const QUrl &url) const
    {
        QNetworkRequest request(url);
        // Trusts the sandbox CA and nothing from the system: what Hookboard's dispatcher adds.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_sandbox->caCertificate()});
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return request;
    }

    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &body)
    {
        QNetworkReply *reply = m_client->post(request, body);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        }();
        return reply;
    }

    QNetworkReply *post(const QString &bin, const QByteArray &body = kBody)
    {
        return post(requestTo(m_sandbox->binUrl(bin)), body);
    }

    static int statusOf(const QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        m_clock.setNowMs(kNowMs);
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->setClock(&m_clock);
        const Status started = m_sandbox->start(m_dataDir->path());
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
        m_client = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
        m_dataDir.reset();
    }

    void signatureVerdicts_data()
    {
        QTest::addColumn<QStringList>("binSecrets");
        QTest::addColumn<QString>("signingSecret");
        QTest::addColumn<int>("signing");
        QTest::addColumn<qint64>("timestampOffsetSeconds");
        QTest::addColumn<bool>("tamperBody");
        QTest::addColumn<int>("standardVerdict");
        QTest::addColumn<int>("githubVerdict");

        const auto verdict = [](SignatureVerdict v) {
            return int(v);
        };
        const int valid = verdict(SignatureVerdict::Valid);
        const int invalid = verdict(SignatureVerdict::Invalid);
        QTest::newRow("correctly signed")
            << QStringList{kSecret} << kSecret << int(SignBoth) << qint64(0) << false << valid << valid;
        QTest::newRow("right signature after a wrong one")
            << QStringList{kSecret} << kSecret << int(SignWithDecoyFirst) << qint64(0) << false << valid
            << valid;
        QTest::newRow("rotated-out secret still accepted")
            << QStringList{kSecret, kOldSecret} << kOldSecret << int(SignBoth) << qint64(0) << false << valid
            << valid;
        QTest::newRow("wrong secret") << QStringList{kSecret} << kOldSecret << int(SignBoth) << qint64(0)
                                      << false << invalid << invalid;
        QTest::newRow("body changed after signing")
            << QStringList{kSecret} << kSecret << int(SignBoth) << qint64(0) << true << invalid << invalid;
        QTest::newRow("unsigned") << QStringList{kSecret} << kSecret << int(SignNone) << qint64(0) << false
                                  << verdict(SignatureVerdict::Missing) << verdict(SignatureVerdict::Missing);
        QTest::newRow("timestamp ten minutes old")
            << QStringList{kSecret} << kSecret << int(SignBoth) << qint64(-600) << false
            << verdict(SignatureVerdict::Expired) << valid;
        QTest::newRow("timestamp four minutes ahead")
            << QStringList{kSecret} << kSecret << int(SignBoth) << qint64(240) << false << valid << valid;
        QTest::newRow("bin without a secret")
            << QStringList() << kSecret << int(SignBoth) << qint64(0) << false
            << verdict(SignatureVerdict::NotChecked) << verdict(SignatureVerdict::NotChecked);
    }

    void signatureVerdicts()
    {
        QFETCH(QStringList, binSecrets);
        QFETCH(QString, signingSecret);
        QFETCH(int, signing);
        QFETCH(qint64, timestampOffsetSeconds);
        QFETCH(bool, tamperBody);
        QFETCH(int, standardVerdict);
        QFETCH(int, githubVerdict);

        SandboxBinSettings settings;
        settings.secrets = binSecrets;
        QVERIFY(m_sandbox->configureBin(QStringLiteral("signed"), settings).ok());

        const qint64 timestamp = kNowMs / 1000 + timestampOffsetSeconds;
        QNetworkRequest request = requestTo(m_sandbox->binUrl(QStringLiteral("signed")));
        if (signing != SignNone) {
            QByteArray standard = signature::standardWebhooks(signingSecret, "evt_42", timestamp, kBody);
            if (signing == SignWithDecoyFirst)
                standard =
                    signature::standardWebhooks(signingSecret, "evt_41", timestamp, kBody) + ' ' + standard;
            request.setRawHeader("webhook-id", "evt_42");
            request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
            request.setRawHeader("webhook-signature", standard);
            request.setRawHeader("X-Hub-Signature-256", signature::github(signingSecret, kBody));
        }
        QSignalSpy caught(m_sandbox.get(), &SandboxServer::requestCaught);
        QNetworkReply *reply = post(request, tamperBody ? kBody + ' ' : kBody);
        QCOMPARE(statusOf(reply), 200);

        QCOMPARE(caught.size(), 1);
        QCOMPARE(caught.first().at(0).toString(), QStringLiteral("signed"));
        const auto seen = caught.first().at(1).value<CaughtRequest>();
        QCOMPARE(int(seen.standardWebhooks), standardVerdict);
        QCOMPARE(int(seen.github), githubVerdict);
        const QList<CaughtRequest> stored = m_sandbox->caughtRequests(QStringLiteral("signed"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(int(stored.first().standardWebhooks), standardVerdict);
        QCOMPARE(int(stored.first().github), githubVerdict);
    }

    void recordsWhatArrived()
    {
        QSignalSpy created(m_sandbox.get(), &SandboxServer::binCreated);
        QNetworkRequest request = requestTo(m_sandbox->binUrl(QStringLiteral("orders")));
        request.setRawHeader("X-Trace", "abc");
        QCOMPARE(statusOf(post(request, kBody)), 200);
        m_clock.advanceMs(1500);
        QNetworkRequest deeper = requestTo(
            QUrl(m_sandbox->binUrl(QStringLiteral("orders")).toString() + QStringLiteral("/hooks/ion?x=1")));
        QNetworkReply *reply = post(deeper, "second");
        QCOMPARE(statusOf(reply), 200);
        QCOMPARE(
            reply->readAll(),
            QByteArray(
                R"({"bin":"orders","sequence":2,"signatures":{"github":"not-checked","standardWebhooks":"not-checked"},"status":200})"));

        QCOMPARE(created.size(), 1);
        QCOMPARE(m_sandbox->bins(), QStringList{QStringLiteral("orders")});
        const QList<CaughtRequest> stored = m_sandbox->caughtRequests(QStringLiteral("orders"));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].sequence, quint64(1));
        QCOMPARE(stored[0].method, QByteArray("POST"));
        QCOMPARE(stored[0].target, QByteArray("/orders"));
        QCOMPARE(stored[0].header("x-trace"), QByteArray("abc"));
        QCOMPARE(stored[0].body, kBody);
        QCOMPARE(stored[0].receivedMs, kNowMs);
        QCOMPARE(stored[0].answeredStatus, 200);
        QCOMPARE(stored[1].sequence, quint64(2));
        QCOMPARE(stored[1].target, QByteArray("/orders/hooks/ion?x=1"));
        QCOMPARE(stored[1].receivedMs, kNowMs + 1500);

        m_sandbox->clearBin(QStringLiteral("orders"));
        QVERIFY(m_sandbox->caughtRequests(QStringLiteral("orders")).isEmpty());
        m_sandbox->removeBin(QStringLiteral("orders"));
        QVERIFY(m_sandbox->bins().isEmpty());
    }

    void configuredStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("204") << 204;
        QTest::newRow("410") << 410;
        QTest::newRow("503") << 503;
    }

    void configuredStatus()
    {
        QFETCH(int, status);
        SandboxBinSettings settings;
        settings.status = status;
        QVERIFY(m_sandbox->configureBin(QStringLiteral("answers"), settings).ok());
        QCOMPARE(statusOf(post(QStringLiteral("answers"))), status);
        QCOMPARE(m_sandbox->caughtRequests(QStringLiteral("answers")).first().answeredStatus, status);
    }

    void failNextThenRecover()
    {
        SandboxBinSettings settings;
        settings.status = 202;
        settings.failNext = 2;
        settings.failureStatus = 503;
        QVERIFY(m_sandbox->configureBin(QStringLiteral("flaky"), settings).ok());
        QCOMPARE(statusOf(post(QStringLiteral("flaky"))), 503);
        QCOMPARE(m_sandbox->binSettings(QStringLiteral("flaky")).failNext, 1);
        QCOMPARE(statusOf(post(QStringLiteral("flaky"))), 503);
        QCOMPARE(statusOf(post(QStringLiteral("flaky"))), 202);
        QCOMPARE(statusOf(post(QStringLiteral("flaky"))), 202);
        QCOMPARE(m_sandbox->binSettings(QStringLiteral("flaky")).failNext, 0);
    }

    void delayedAnswer()
    {
        SandboxBinSettings settings;
        settings.delayMs = 400;
        QVERIFY(m_sandbox->configureBin(QStringLiteral("slow"), settings).ok());
        QSignalSpy caught(m_sandbox.get(), &SandboxServer::requestCaught);
        QElapsedTimer elapsed;
        elapsed.start();
        QNetworkReply *reply = m_client->post(requestTo(m_sandbox->binUrl(QStringLiteral("slow"))), kBody);
        // Caught (and shown) at once; answered later.
        QTRY_COMPARE(caught.size(), 1);
        QVERIFY(!reply->isFinished());
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(statusOf(reply), 200);
        QVERIFY(elapsed.elapsed() >= 390);
    }

    void badTargets_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("root") << QStringLiteral("/") << 404;
        QTest::newRow("space") << QStringLiteral("/bad name") << 400;
        QTest::newRow("dot") << QStringLiteral("/a.b") << 400;
        QTest::newRow("65 characters") << QLatin1Char('/') + QString(65, u'x') << 400;
        QTest::newRow("non-ASCII") << QStringLiteral("/b\u00e4d") << 400;
        QTest::newRow("64 characters is fine") << QLatin1Char('/') + QString(64, u'x') << 200;
        QTest::newRow("dash and underscore") << QStringLiteral("/a-b_C9") << 200;
    }

    void badTargets()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QUrl url = m_sandbox->baseUrl();
        url.setPath(path);
        QCOMPARE(statusOf(post(requestTo(url), kBody)), status);
        QCOMPARE(m_sandbox->bins().size(), status == 200 ? 1 : 0);
    }

    void largeBodyRefused()
    {
        QNetworkReply *reply = post(QStringLiteral("big"), QByteArray(SandboxServer::kMaxBodyBytes + 1, 'x'));
        QCOMPARE(statusOf(reply), 413);
        QVERIFY(m_sandbox->caughtRequests(QStringLiteral("big")).isEmpty());
        m_client = std::make_unique<QNetworkAccessManager>();
        QCOMPARE(statusOf(post(QStringLiteral("big"), QByteArray(SandboxServer::kMaxBodyBytes, 'x'))), 200);
    }

    void reachableAsLocalhost()
    {
        QUrl url = m_sandbox->binUrl(QStringLiteral("named"));
        url.setHost(QStringLiteral("localhost"));
        QCOMPARE(statusOf(post(requestTo(url), kBody)), 200);
    }

    void untrustedWithoutTheCa()
    {
        QNetworkRequest request(m_sandbox->binUrl(QStringLiteral("x")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({});
        request.setSslConfiguration(tls);
        QCOMPARE(post(request, kBody)->error(), QNetworkReply::SslHandshakeFailedError);
    }

    void configureBinValidates_data()
    {
        QTest::addColumn<QString>("bin");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<int>("failureStatus");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad name") << QStringLiteral("no/slash") << 200 << 0 << 500 << QStringLiteral("bin");
        QTest::newRow("status 99") << QStringLiteral("ok") << 99 << 0 << 500 << QStringLiteral("status");
        QTest::newRow("status 600") << QStringLiteral("ok") << 600 << 0 << 500 << QStringLiteral("status");
        QTest::newRow("negative delay")
            << QStringLiteral("ok") << 200 << -1 << 500 << QStringLiteral("delayMs");
        QTest::newRow("failure status 0")
            << QStringLiteral("ok") << 200 << 0 << 0 << QStringLiteral("failureStatus");
    }

    void configureBinValidates()
    {
        QFETCH(QString, bin);
        QFETCH(int, status);
        QFETCH(int, delayMs);
        QFETCH(int, failureStatus);
        QFETCH(QString, field);
        SandboxBinSettings settings;
        settings.status = status;
        settings.delayMs = delayMs;
        settings.failureStatus = failureStatus;
        const Status configured = m_sandbox->configureBin(bin, settings);
        QVERIFY(!configured.ok());
        QCOMPARE(configured.error().field, field);
        QVERIFY(configured.error().message.startsWith(field));
        QVERIFY(m_sandbox->bins().isEmpty());
    }

    void ringKeepsTheLastThousand()
    {
        SandboxBin bin(QStringLiteral("ring"));
        const int keep = SandboxBinSettings().keep;
        QCOMPARE(keep, 1000);
        for (int i = 0; i < keep + 5; ++i)
            bin.catchRequest(CaughtRequest());
        QCOMPARE(bin.requests().size(), keep);
        QCOMPARE(bin.requests().first().sequence, quint64(6));
        QCOMPARE(bin.requests().last().sequence, quint64(keep + 5));
        QCOMPARE(bin.dropped(), quint64(5)); // said, not silent
        bin.clear();
        QCOMPARE(bin.dropped(), quint64(0));
    }

    void keepIsChosenPerBin()
    {
        SandboxBin bin(QStringLiteral("ring"));
        SandboxBinSettings settings;
        settings.keep = 3;
        bin.setSettings(settings);
        for (int i = 0; i < 5; ++i)
            bin.catchRequest(CaughtRequest());
        QCOMPARE(bin.requests().size(), 3);
        QCOMPARE(bin.dropped(), quint64(2));
        settings.keep = 1; // lowered: the oldest go at once
        bin.setSettings(settings);
        QCOMPARE(bin.requests().size(), 1);
        QCOMPARE(bin.requests().first().sequence, quint64(5));
        QCOMPARE(bin.dropped(), quint64(4));
        for (const int bad : {0, SandboxBin::kMaxKeep + 1}) {
            settings.keep = bad;
            const std::optional<Error> refused = SandboxBin::check(settings);
            QVERIFY(refused.has_value());
            QCOMPARE(refused->field, QStringLiteral("keep"));
            QCOMPARE(refused->rule, QStringLiteral("range"));
        }
    }

    void ringBoundsStoredBytes()
    {
        SandboxBin bin(QStringLiteral("ring"));
        CaughtRequest large;
        large.body = QByteArray(SandboxServer::kMaxBodyBytes, 'x');
        const int fit = int(SandboxBin::kMaxStoredBodyBytes / SandboxServer::kMaxBodyBytes);
        for (int i = 0; i < fit + 3; ++i)
            bin.catchRequest(large);
        QCOMPARE(bin.requests().size(), fit);
        QCOMPARE(bin.requests().last().sequence, quint64(fit + 3));
    }

    void certificateFilesMadeOnceAndReused()
    {
        const QDir dir(m_dataDir->path());
        QByteArrayList before;
        for (const char *name :
             {SandboxIdentity::kCaFile, SandboxIdentity::kCertificateFile, SandboxIdentity::kKeyFile}) {
            const QString path = dir.filePath(QLatin1String(name));
            QVERIFY2(QFile::exists(path), name);
            QCOMPARE(QFile::permissions(path), // 0600
                     ownerReadWrite() | QFile::ReadUser | QFile::WriteUser);
            before << readAll(path);
        }
        QCOMPARE(QSslCertificate(before[0]), m_sandbox->caCertificate());
        QCOMPARE(SandboxServer::caFilePath(m_dataDir->path()),
                 dir.filePath(QLatin1String(SandboxIdentity::kCaFile)));
        QCOMPARE(m_sandbox->caCertificate().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Hookboard sandbox CA")});
        const QSslCertificate firstCa = m_sandbox->caCertificate();

        // A second start in the same folder (the app restarted) reuses the files untouched.
        m_client.reset();
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->setClock(&m_clock);
        QVERIFY(m_sandbox->start(m_dataDir->path()).ok());
        QCOMPARE(m_sandbox->caCertificate(), firstCa);
        QByteArrayList after;
        for (const char *name :
             {SandboxIdentity::kCaFile, SandboxIdentity::kCertificateFile, SandboxIdentity::kKeyFile})
            after << readAll(dir.filePath(QLatin1String(name)));
        QCOMPARE(after, before);
        m_client = std::make_unique<QNetworkAccessManager>();
        QCOMPARE(statusOf(post(QStringLiteral("again"))), 200);
    }

    void certificatesRemadeWhenUnusable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // null: delete the file
        QTest::addColumn<qint64>("advanceDays");
        QTest::newRow("key missing") << QString::fromLatin1(SandboxIdentity::kKeyFile) << QByteArray()
                                     << qint64(0);
        QTest::newRow("CA garbled") << QString::fromLatin1(SandboxIdentity::kCaFile) << QByteArray("garbage")
                                    << qint64(0);
        QTest::newRow("certificate garbled") << QString::fromLatin1(SandboxIdentity::kCertificateFile)
                                             << QByteArray("-----BEGIN CERTIFICATE-----\n") << qint64(0);
        QTest::newRow("about to expire")
            << QString() << QByteArray() << qint64(SandboxIdentity::kValidDays - 10);
    }

    void certificatesRemadeWhenUnusable()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(qint64, advanceDays);
        const QSslCertificate firstCa = m_sandbox->caCertificate();
        m_client.reset();
        m_sandbox.reset();

        const QString path = QDir(m_dataDir->path()).filePath(file);
        if (!file.isEmpty() && content.isNull()) {
            QVERIFY(QFile::remove(path));
        } else if (!file.isEmpty()) {
            QFile garble(path);
            QVERIFY(garble.open(QIODevice::WriteOnly | QIODevice::Truncate));
            garble.write(content);
        }
        m_clock.advanceMs(advanceDays * 24 * 3600 * 1000);

        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->setClock(&m_clock);
        QVERIFY(m_sandbox->start(m_dataDir->path()).ok());
        QVERIFY(!m_sandbox->caCertificate().isNull());
        QVERIFY(m_sandbox->caCertificate() != firstCa);
        QCOMPARE(QSslCertificate(readAll(SandboxServer::caFilePath(m_dataDir->path()))),
                 m_sandbox->caCertificate());
        m_clock.setNowMs(QDateTime::currentMSecsSinceEpoch());
        m_client = std::make_unique<QNetworkAccessManager>();
        QCOMPARE(statusOf(post(QStringLiteral("renewed"))), 200);
    }

    void loopbackOnly()
    {
        SandboxServer other;
        const Status started = other.start(m_dataDir->path(), QHostAddress::Any, 0);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().field, QStringLiteral("sandboxListen"));
        QVERIFY(!other.isListening());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
