// README's receiver examples (examples/receivers: Node, Python and Go with their standard
// libraries, and Node with the Standard Webhooks library) run against real deliveries: a running
// Hookboard delivers over HTTPS to a sandbox bin, and each example checks the captured request with
// the receiver's secret. A valid delivery passes; a changed body, an old timestamp and a wrong
// secret are refused; after a rotation with a grace period, the old secret still passes the
// Standard Webhooks check (both signatures are sent) but not GitHub's (it signs with the new one).
#include "app/runtime.h"
#include "common/clock.h"
#include "delivery/signature.h"
#include "model/secret.h"
#include "sandbox/sandboxserver.h"
#include "service/webhookservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hookboard;

namespace {

struct Example
{
    QString name;
    QString program;
    QStringList arguments; // the request file is appended
    bool checksGitHub = true;
};

QList<Example> examples()
{
    const QString node = qEnvironmentVariable("HOOKBOARD_NODE");
    const QString nodeDir = qEnvironmentVariable("HOOKBOARD_EXAMPLES_NODE_DIR"); // with node_modules
    const QString sources = qEnvironmentVariable("HOOKBOARD_EXAMPLES");
    return {
        {u"node"_qs, node, {nodeDir + u"/node/verify.mjs"_qs}},
        {u"node + standardwebhooks"_qs, node, {nodeDir + u"/node/verify-library.mjs"_qs}, false},
        {u"python"_qs, qEnvironmentVariable("HOOKBOARD_PYTHON"), {sources + u"/python/verify.py"_qs}},
        {u"go"_qs, qEnvironmentVariable("HOOKBOARD_GO"), {u"run"_qs, sources + u"/go/verify.go"_qs}},
    };
}

struct Verdict
{
    int exitCode = -1;
    QString output;
};

Verdict runExample(const Example &example, const QString &requestFile)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(example.program, example.arguments + QStringList{requestFile});
    if (!process.waitForFinished(120000)) // go run compiles first
        return {-1, u"did not finish: "_qs + process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

class TestReceiverExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examplesVerifyRealDeliveries();

private:
    // The request as the examples read it: {"secret", "headers" (lower-case names), "bodyBase64"}.
    // headers replace the captured ones of the same names.
    QString writeRequest(const QString &name, const QString &secret, const CaughtRequest &request,
                         const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QTemporaryDir m_temp;
};

void TestReceiverExamples::initTestCase()
{
    for (const Example &example : examples())
        QVERIFY2(
            !example.program.isEmpty() && !example.arguments.last().isEmpty(),
            qPrintable(example.name + u": runtime or example path not given (see tests/CMakeLists.txt)"_qs));
}

QString TestReceiverExamples::writeRequest(const QString &name, const QString &secret,
                                           const CaughtRequest &request, const QByteArray &body,
                                           const QList<QPair<QByteArray, QByteArray>> &replaced)
{
    QJsonObject headers;
    for (const auto &[key, value] : request.headers)
        headers.insert(QString::fromLatin1(key.toLower()), QString::fromLatin1(value));
    for (const auto &[key, value] : replaced)
        headers.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    const QString path = m_temp.filePath(name + u".json"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(QJsonObject{{u"secret"_qs, secret},
                                         {u"headers"_qs, headers},
                                         {u"bodyBase64"_qs, QString::fromLatin1(body.toBase64())}})
                   .toJson());
    return path;
}

void TestReceiverExamples::examplesVerifyRealDeliveries()
{
    QTemporaryDir data;
    RuntimeOptions options;
    options.dataDir = data.filePath(QStringLiteral("data"));
    options.api = ListenAddress{QHostAddress(QHostAddress::LocalHost), 0};
    options.apiToken = QStringLiteral("examples-test-token");
    SystemClock clock;
    Runtime runtime(options, clock);
    QVERIFY(runtime.start().ok());
    const Actor tester{QStringLiteral("tester")};
    ReceiverInput input;
    input.name = QStringLiteral("ERP");
    input.webhookUri = runtime.sandbox().binUrl(QStringLiteral("erp")).toString();
    Receiver receiver = *runtime.service().createReceiver(input, tester);
    QSignalSpy caught(&runtime.sandbox(), &SandboxServer::requestCaught);
    const auto deliver = [&](const QByteArray &payload) {
        const int before = int(caught.size());
        const Result<qint64> sent = runtime.service().sendTestEvent(
            receiver.id, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), payload});
        if (!sent)
            qFatal("sendTestEvent: %s", qPrintable(sent.error().message));
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(int(caught.size()), before + 1, 20000);
        }();
        return caught.last().at(1).value<CaughtRequest>();
    };

    // A payload with non-ASCII text: the examples must sign the bytes as received.
    const CaughtRequest first = deliver(R"({"run":"R-1","note":"Prüfung bestanden ✓"})");
    QVERIFY(first.body.contains("Prüfung"));
    QByteArray tampered = first.body;
    tampered.replace("R-1", "R-2");
    // An hour-old timestamp, signed correctly with it: only the timestamp check can refuse it.
    const qint64 hourAgo = QDateTime::currentSecsSinceEpoch() - 3600;
    const QByteArray webhookId = first.header("webhook-id");
    const QByteArray oldSignature =
        signature::standardWebhooks(receiver.sharedSecret, webhookId, hourAgo, first.body);
    const QString valid = writeRequest(u"valid"_qs, receiver.sharedSecret, first, first.body);
    const QString changedBody = writeRequest(u"changed-body"_qs, receiver.sharedSecret, first, tampered);
    const QString oldTimestamp = writeRequest(
        u"old"_qs, receiver.sharedSecret, first, first.body,
        {{"webhook-timestamp", QByteArray::number(hourAgo)}, {"webhook-signature", oldSignature}});
    const QString wrongSecret = writeRequest(u"wrong-secret"_qs, secret::generate(), first, first.body);

    // Rotated with a day of grace: both Standard Webhooks signatures are sent.
    const QString oldSecret = receiver.sharedSecret;
    receiver =
        *runtime.service().rotateReceiverSecret(receiver.id, receiver.etag, std::nullopt, 24 * 3600 * 1000);
    const CaughtRequest rotated = deliver(R"({"run":"R-3"})");
    QVERIFY(rotated.header("webhook-signature").contains(' '));
    const QString newSecretFile =
        writeRequest(u"new-secret"_qs, receiver.sharedSecret, rotated, rotated.body);
    const QString oldSecretFile = writeRequest(u"old-secret"_qs, oldSecret, rotated, rotated.body);

    for (const Example &example : examples()) {
        int checks = 0;
        const auto expect = [&](const QString &file, bool passes, const char *line) {
            ++checks;
            const Verdict verdict = runExample(example, file);
            QVERIFY2(
                verdict.exitCode == (passes ? 0 : 1) && verdict.output.contains(QLatin1String(line)),
                qPrintable(u"%1 on %2: exit %3, said:\n%4"_qs.arg(example.name, QFileInfo(file).fileName())
                               .arg(verdict.exitCode)
                               .arg(verdict.output)));
        };
        expect(valid, true, "standard-webhooks: valid");
        expect(changedBody, false, "standard-webhooks: invalid");
        expect(oldTimestamp, false, "standard-webhooks: invalid");
        if (example.checksGitHub) // its own words say why: the timestamp, not the signature
            expect(oldTimestamp, false, "more than 5 minutes");
        expect(wrongSecret, false, "standard-webhooks: invalid");
        expect(newSecretFile, true, "standard-webhooks: valid");
        if (example.checksGitHub) {
            expect(valid, true, "github: valid");
            expect(changedBody, false, "github: invalid");
            // GitHub's scheme has one signature, with the current secret.
            expect(oldSecretFile, false, "standard-webhooks: valid");
            expect(oldSecretFile, false, "github: invalid");
        } else {
            expect(oldSecretFile, true, "standard-webhooks: valid");
        }
        qInfo("%s: %d checks as expected", qPrintable(example.name), checks);
    }
}

QTEST_GUILESS_MAIN(TestReceiverExamples)
#include "tst_receiverexamples.moc"
