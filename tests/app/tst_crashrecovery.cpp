// Durability (SPEC §2): a headless hookboard is killed with SIGKILL in the middle of a burst of
// publishes and deliveries, then restarted; every publish it acknowledged (202) must reach the
// receiver at least once.
#include "common/clock.h"
#include "service/webhookservice.h"
#include "store/store.h"
#include "testhttpsserverthread.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace hookboard;
using namespace hookboard::test;

namespace {
const QByteArray kToken = "crash-test-token";
}

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killedMidBurstLosesNothingAcknowledged();

private:
    std::unique_ptr<QProcess> startHookboard(QUrl *apiBase);
    QStringList m_arguments;
};

std::unique_ptr<QProcess> TestCrashRecovery::startHookboard(QUrl *apiBase)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(qEnvironmentVariable("HOOKBOARD_EXE"), m_arguments);
    if (!process->waitForStarted(30000))
        return nullptr;
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains('\n') && waited.elapsed() < 30000) {
        process->waitForReadyRead(1000);
        out += process->readAllStandardOutput();
    }
    const QRegularExpressionMatch ready =
        QRegularExpression(QStringLiteral("^ready api=(http://[^/]+)/graphql sandbox=https://\\S+/\\n"))
            .match(QString::fromUtf8(out));
    if (!ready.hasMatch()) {
        qWarning("no ready line; stdout: %s stderr: %s", out.constData(),
                 process->readAllStandardError().constData());
        return nullptr;
    }
    *apiBase = QUrl(ready.captured(1));
    return process;
}

void TestCrashRecovery::killedMidBurstLosesNothingAcknowledged()
{
    TestHttpsServerThread server;
    // Slow answers keep attempts in flight, so the kill lands among SENDING events.
    server->setDefaultBehaviour(TestHttpsServer::Slow{30, TestHttpsServer::Respond{200, {}, {}}});
    QTemporaryDir temp;
    const QString dataDir = temp.filePath(QStringLiteral("data"));
    const QString caFile = temp.filePath(QStringLiteral("test-ca.pem"));
    {
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(server->caCertificate().toPem());
    }
    {
        // The receiver is set up through the store, as the console would; the store is closed again.
        Result<std::unique_ptr<Store>> store = Store::open(dataDir);
        QVERIFY(store.ok());
        SystemClock clock;
        WebhookService service(**store, clock);
        ReceiverInput input;
        input.name = QStringLiteral("crash receiver");
        input.webhookUri = server->url(QStringLiteral("/hook")).toString();
        Result<Receiver> r = service.createReceiver(input, Actor{QStringLiteral("tester")});
        QVERIFY(r.ok());
        QVERIFY(service.createSubscription({r->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}},
                                           Actor{QStringLiteral("tester")}));
    }
    m_arguments = {
        QStringLiteral("--headless"),   QStringLiteral("--data-dir"),  dataDir,
        QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-token"),
        QString::fromLatin1(kToken),    QStringLiteral("--ca-file"),   caFile};

    QUrl api;
    std::unique_ptr<QProcess> first = startHookboard(&api);
    QVERIFY(first);

    // A burst of publishes, 8 at a time; the child is killed once 150 were acknowledged.
    QNetworkAccessManager client;
    QSet<qint64> acknowledged;
    int sent = 0;
    int inFlight = 0;
    bool killed = false;
    constexpr int kBurst = 400;
    std::function<void()> sendOne = [&] {
        QNetworkRequest request(api.resolved(QUrl(QStringLiteral("/v1/events"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        const QByteArray body =
            "{\"resource\":\"RUNS\",\"action\":\"CREATE\",\"data\":{\"n\":" + QByteArray::number(sent++) +
            "}}";
        ++inFlight;
        QNetworkReply *reply = client.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            --inFlight;
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202) {
                const QJsonArray ids =
                    QJsonDocument::fromJson(reply->readAll()).object().value(u"eventIds").toArray();
                for (const QJsonValue &id : ids)
                    acknowledged.insert(id.toInteger());
            }
            if (!killed && acknowledged.size() >= 150) {
                ::kill(qint64(first->processId()), SIGKILL);
                killed = true;
            }
            if (!killed && sent < kBurst)
                sendOne();
        });
    };
    for (int i = 0; i < 8; ++i)
        sendOne();
    QTRY_VERIFY_WITH_TIMEOUT(killed && inFlight == 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), QProcess::NotRunning, 10000);
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    const int receivedBeforeRestart = server->requestCount();
    qInfo("killed after %lld acknowledged publishes; the receiver had %d requests by then",
          qint64(acknowledged.size()), receivedBeforeRestart);
    QVERIFY(receivedBeforeRestart < acknowledged.size()); // the kill really interrupted deliveries

    std::unique_ptr<QProcess> second = startHookboard(&api);
    QVERIFY(second);
    auto received = [&] {
        QSet<qint64> ids;
        for (const TestHttpsServer::Request &request : server->requests())
            ids.insert(request.header("webhook-id").mid(4).toLongLong());
        return ids;
    };
    QTRY_VERIFY_WITH_TIMEOUT(received().contains(acknowledged), 60000);
    qInfo("after the restart, all %lld acknowledged events arrived (%d requests in all, duplicates allowed)",
          qint64(acknowledged.size()), server->requestCount());
    ::kill(qint64(second->processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 30000);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
