// Runtime: the pieces a running Hookboard is made of, started together. A change published over
// the local API is delivered to a sandbox bin, whose signature checks pass with the receiver's
// secret, which SandboxLink keeps in sync.
#include "api/apiserver.h"
#include "app/runtime.h"
#include "app/sandboxlink.h"
#include "delivery/deliveryengine.h"
#include "sandbox/sandboxserver.h"
#include "service/webhookservice.h"
#include "store/store.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <chrono>
#include <thread>

using namespace hookboard;
using hookboard::test::FeedRecorder;

namespace {

RuntimeOptions optionsIn(const QTemporaryDir &temp)
{
    RuntimeOptions options;
    options.dataDir = temp.filePath(QStringLiteral("data"));
    options.api = ListenAddress{QHostAddress(QHostAddress::LocalHost), 0};
    options.apiToken = QStringLiteral("runtime-test-token");
    return options;
}

Receiver receiverAt(Runtime &runtime, const QUrl &url)
{
    ReceiverInput input;
    input.name = QStringLiteral("sandbox receiver");
    input.webhookUri = url.toString();
    Result<Receiver> r = runtime.service().createReceiver(input, Actor{QStringLiteral("tester")});
    if (!r)
        qFatal("receiverAt: %s", qPrintable(r.error().message));
    return *r;
}

// One HTTP/1.1 request on a blocking socket of the calling thread; the status code, or 0 when no
// answer came within timeoutMs.
int blockingRequest(const QUrl &api, const QByteArray &method, const QByteArray &path, const QByteArray &body,
                    int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(api.host(), quint16(api.port()));
    if (!socket.waitForConnected(timeoutMs))
        return 0;
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: " + api.authority().toLatin1() +
                 "\r\nAuthorization: Bearer runtime-test-token\r\nContent-Type: application/json"
                 "\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    QElapsedTimer waited;
    waited.start();
    while (!answer.contains("\r\n") && waited.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(int(timeoutMs - waited.elapsed())))
            answer += socket.readAll();
    }
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
}

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT

private slots:
    void readyLineNamesBothAddresses();
    void publishOverApiReachesSandboxWithValidSignatures();
    void rotatedSecretStillVerifiesDuringGrace();
    void receiverDisabledByEngineIsPostedOnce();
    void healthzFollowsTheEngineStore();
    void apiAnswersWhileTheMainThreadIsBusy();
    void outboundListsReachTheService();
    void refusesNonLoopbackApiWithoutTls();
    void refusesMissingCaFile();
};

void TestRuntime::readyLineNamesBothAddresses()
{
    QTemporaryDir temp;
    SystemClock clock;
    Runtime runtime(optionsIn(temp), clock);
    QVERIFY(runtime.start().ok());
    const QRegularExpression format(QStringLiteral(
        "^ready api=http://127\\.0\\.0\\.1:(\\d+)/graphql sandbox=https://127\\.0\\.0\\.1:(\\d+)/$"));
    const QRegularExpressionMatch match = format.match(runtime.readyLine());
    QVERIFY2(match.hasMatch(), qPrintable(runtime.readyLine()));
    QVERIFY(match.captured(1).toInt() > 0);
    QCOMPARE(match.captured(2).toInt(), int(runtime.sandbox().port()));
}

void TestRuntime::publishOverApiReachesSandboxWithValidSignatures()
{
    QTemporaryDir temp;
    SystemClock clock;
    Runtime runtime(optionsIn(temp), clock);
    QVERIFY(runtime.start().ok());
    const Receiver r = receiverAt(runtime, runtime.sandbox().binUrl(QStringLiteral("qa-line")));
    QVERIFY(runtime.service().createSubscription({r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}},
                                                 Actor{QStringLiteral("tester")}));
    QSignalSpy caught(&runtime.sandbox(), &SandboxServer::requestCaught);

    QNetworkAccessManager client;
    QNetworkRequest request(runtime.apiUrl().resolved(QUrl(QStringLiteral("/v1/events"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer runtime-test-token");
    QNetworkReply *reply = client.post(
        request, "{\"resource\":\"RUNS\",\"action\":\"CREATE\",\"data\":{\"id\":12345678901234567890}}");
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    const qint64 id =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"eventIds").toArray().at(0).toInteger();
    reply->deleteLater();

    QTRY_COMPARE_WITH_TIMEOUT(runtime.service().event(id)->status, EventStatus::Succeeded, 10000);
    QCOMPARE(caught.size(), 1);
    const CaughtRequest got = caught.at(0).at(1).value<CaughtRequest>();
    QCOMPARE(got.header("webhook-id"), "evt_" + QByteArray::number(id));
    QVERIFY(got.body.contains("\"data\":{\"id\":12345678901234567890}"));
    QCOMPARE(got.standardWebhooks, SignatureVerdict::Valid);
    QCOMPARE(got.github, SignatureVerdict::Valid);
    // The attempt log shows the bin's verdicts too: what a person reads after publishing with curl.
    const QByteArray answer = runtime.service().attemptsOf(id)->at(0).responseBody;
    QVERIFY2(answer.contains("\"signatures\":{\"github\":\"valid\",\"standardWebhooks\":\"valid\"}"),
             answer.constData());
}

void TestRuntime::rotatedSecretStillVerifiesDuringGrace()
{
    QTemporaryDir temp;
    SystemClock clock;
    Runtime runtime(optionsIn(temp), clock);
    QVERIFY(runtime.start().ok());
    Receiver r = receiverAt(runtime, runtime.sandbox().binUrl(QStringLiteral("rotating")));
    const QString oldSecret = r.sharedSecret;
    r = *runtime.service().rotateReceiverSecret(r.id, r.etag, std::nullopt, 3600 * 1000);
    const QStringList secrets = runtime.sandbox().binSettings(QStringLiteral("rotating")).secrets;
    QCOMPARE(secrets, (QStringList{r.sharedSecret, oldSecret}));
    // Settings a person chose for the bin survive the sync.
    SandboxBinSettings settings = runtime.sandbox().binSettings(QStringLiteral("rotating"));
    settings.status = 202;
    QVERIFY(runtime.sandbox().configureBin(QStringLiteral("rotating"), settings));
    ReceiverInput rename;
    rename.name = QStringLiteral("renamed");
    QVERIFY(runtime.service().updateReceiver(r.id, r.etag, rename));
    QCOMPARE(runtime.sandbox().binSettings(QStringLiteral("rotating")).status, 202);
}

// The engine disables on its own connection and posts that to the feed itself: views hear it once,
// without a round trip through the service (which would post a second, ReceiversUpdated, change).
void TestRuntime::receiverDisabledByEngineIsPostedOnce()
{
    QTemporaryDir temp;
    SystemClock clock;
    Runtime runtime(optionsIn(temp), clock);
    QVERIFY(runtime.start().ok());
    SandboxBinSettings gone;
    gone.status = 410;
    QVERIFY(runtime.sandbox().configureBin(QStringLiteral("retired"), gone));
    const Receiver r = receiverAt(runtime, runtime.sandbox().binUrl(QStringLiteral("retired")));
    QVERIFY(runtime.service().sendTestEvent(r.id, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"}));
    FeedRecorder feed(runtime.feed());
    QVERIFY(feed.waitFor(StoreChange::Kind::ReceiversDisabled, 10000));
    QCOMPARE(feed.ids(StoreChange::Kind::ReceiversDisabled), QList<qint64>{r.id});
    QTest::qWait(200);
    QCOMPARE(feed.of(StoreChange::Kind::ReceiversUpdated).size(), 0);
    const Receiver announced = *runtime.service().receiver(r.id);
    QVERIFY(!announced.active);
    QVERIFY2(announced.disabledReason.contains(QStringLiteral("410")), qPrintable(announced.disabledReason));
}

// While the delivery engine cannot write its outcomes (here a trigger fails them as a full disk
// would), /healthz answers 503 and says so; once the store takes writes again, 200.
void TestRuntime::healthzFollowsTheEngineStore()
{
    QTemporaryDir temp;
    SystemClock clock;
    Runtime runtime(optionsIn(temp), clock);
    QVERIFY(runtime.start().ok());
    QNetworkAccessManager client;
    const auto health = [&] {
        QNetworkReply *reply = client.get(QNetworkRequest(runtime.apiUrl().resolved(QUrl(u"/healthz"_qs))));
        [&] {
            QTRY_VERIFY(reply->isFinished());
        }();
        reply->deleteLater();
        return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         reply->readAll());
    };
    QCOMPARE(health().first, 200);

    QSqlQuery sql(runtime.store().database().connection());
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON attempts "
                                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    QSignalSpy failed(&runtime.engine(), &DeliveryEngine::storeFailed);
    QSignalSpy recovered(&runtime.engine(), &DeliveryEngine::storeRecovered);
    const Receiver r = receiverAt(runtime, runtime.sandbox().binUrl(QStringLiteral("health")));
    QVERIFY(runtime.service().sendTestEvent(r.id, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"}));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto failing = health();
    QCOMPARE(failing.first, 503);
    QVERIFY2(failing.second.contains("the disk is full"), failing.second.constData());

    QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER full_disk")));
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
    QTRY_COMPARE(health().first, 200);
}

// The API has a thread and a store connection of its own: while the main thread (the console's GUI
// thread) is held for two seconds, /healthz, a publish (group-committed by the writer's thread) and a
// GraphQL query are all answered.
void TestRuntime::apiAnswersWhileTheMainThreadIsBusy()
{
    QTemporaryDir temp;
    SystemClock clock;
    Runtime runtime(optionsIn(temp), clock);
    QVERIFY(runtime.start().ok());
    const Receiver r = receiverAt(runtime, runtime.sandbox().binUrl(QStringLiteral("busy")));
    QVERIFY(runtime.service().createSubscription({r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}},
                                                 Actor{QStringLiteral("tester")}));

    const QUrl api = runtime.apiUrl();
    std::atomic<bool> clientDone = false;
    QList<int> codes;
    qint64 answeredWithinMs = -1;
    std::thread client([&] {
        QElapsedTimer timer;
        timer.start();
        codes.append(blockingRequest(api, "GET", "/healthz", {}, 1500));
        codes.append(blockingRequest(api, "POST", "/v1/events",
                                     R"({"resource":"RUNS","action":"CREATE","data":{"id":1}})", 1500));
        codes.append(blockingRequest(api, "POST", "/graphql",
                                     R"({"query":"{ webhookEvents { totalCount } }"})", 1500));
        answeredWithinMs = timer.elapsed();
        clientDone = true;
    });
    // Hold the main thread: no events are processed here until the client is done or 2 s passed.
    QElapsedTimer held;
    held.start();
    while (!clientDone && held.elapsed() < 2000)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const bool answeredWhileHeld = clientDone;
    client.join();
    QVERIFY2(answeredWhileHeld, "the API waited for the main thread");
    QCOMPARE(codes, (QList<int>{200, 202, 200}));
    QVERIFY(answeredWithinMs < 2000);
    // The sandbox bin runs on the main thread, so the delivery completes once that runs again.
    QTRY_COMPARE_WITH_TIMEOUT(runtime.service().event(1)->status, EventStatus::Succeeded, 10000);
}

// --deny-cidr applies when a receiver is saved, not only when it is delivered to.
void TestRuntime::outboundListsReachTheService()
{
    QTemporaryDir temp;
    SystemClock clock;
    RuntimeOptions options = optionsIn(temp);
    options.delivery.outbound = *OutboundPolicy::withLists({QStringLiteral("10.0.0.0/8")}, {});
    Runtime runtime(options, clock);
    QVERIFY(runtime.start().ok());
    ReceiverInput input;
    input.name = QStringLiteral("erp");
    input.webhookUri = QStringLiteral("https://10.9.8.7/hooks");
    const Result<Receiver> refused = runtime.service().createReceiver(input, Actor{QStringLiteral("tester")});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, QStringLiteral("outbound-denied"));
    input.webhookUri = QStringLiteral("https://192.168.9.7/hooks");
    QVERIFY(runtime.service().createReceiver(input, Actor{QStringLiteral("tester")}).ok());
}

void TestRuntime::refusesNonLoopbackApiWithoutTls()
{
    QTemporaryDir temp;
    SystemClock clock;
    RuntimeOptions options = optionsIn(temp);
    options.api = ListenAddress{QHostAddress(QHostAddress::AnyIPv4), 0};
    Runtime runtime(options, clock);
    Status started = runtime.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(QStringLiteral("--api-listen")),
             qPrintable(started.error().message));
}

void TestRuntime::refusesMissingCaFile()
{
    QTemporaryDir temp;
    SystemClock clock;
    RuntimeOptions options = optionsIn(temp);
    options.caFiles = {temp.filePath(QStringLiteral("missing.pem"))};
    Runtime runtime(options, clock);
    Status started = runtime.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(QStringLiteral("missing.pem")),
             qPrintable(started.error().message));
}

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
