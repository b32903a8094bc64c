// The event inspector over real deliveries (a DeliveryEngine sending to a local HTTPS server):
// payload, attempt timeline, request and response, the signature check, and "Copy as curl" run
// through a real shell and curl against the same server to prove it sends the request again.
#include "consoletestsupport.h"
#include "delivery/deliveryengine.h"
#include "eventlog/editresenddialog.h"
#include "eventlog/eventinspector.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogpage.h"
#include "eventlog/eventtableview.h"
#include "eventlog/signaturecheck.h"
#include "eventlogtestsupport.h"
#include "testhttpsserverthread.h"
#include "widgets/codecolors.h"
#include "widgets/codeeditor.h"
#include "widgets/curlcommand.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace hookboard;
using namespace hookboard::test;
using Server = TestHttpsServer;

namespace {

// The table's value for header name, as shown.
QString shownHeader(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0)
            return table->item(row, 1)->text();
    }
    return {};
}

// A store, a running engine and the page, with receivers pointing at a local HTTPS server.
struct Rig
{
    Rig()
    {
        engine = std::make_unique<DeliveryEngine>(t.dataDir(), t.clock(), DeliveryConfig{},
                                                  QList<QSslCertificate>{server->caCertificate()}, t.feed());
        ConsoleContext context = consoleContextFor(t);
        context.engine = engine.get();
        page = std::make_unique<EventLogPage>(context);
        page->resize(1100, 800);
        page->model()->setBatchIntervalMs(20);
        tester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()) || !engine->start().ok())
            qFatal("the page or the engine did not start");
    }

    Receiver receiverAt(const QString &path, const std::function<void(ReceiverInput &)> &adjust = {})
    {
        ReceiverInput input;
        input.name = QStringLiteral("Server %1").arg(path);
        input.webhookUri = server->url(path).toString();
        if (adjust)
            adjust(input);
        Result<Receiver> r = t.service().createReceiver(input, hookboard::test::tester());
        if (!r)
            qFatal("receiverAt: %s", qPrintable(r.error().message));
        t.subscribe(r->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        return *r;
    }

    qint64 publish(const QByteArray &data)
    {
        return t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), data})->at(0);
    }

    // Selects the event's row as a click would, and waits for the inspector to show it.
    bool inspect(qint64 id)
    {
        if (!QTest::qWaitFor([&] { return page->model()->rowOf(id) >= 0; }, 5000))
            return false;
        const QModelIndex index = page->model()->index(page->model()->rowOf(id), 0);
        page->table()->scrollTo(index);
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {},
                          page->table()->visualRect(index).center());
        return page->inspector()->eventId() == id;
    }

    EventInspector &inspector() const { return *page->inspector(); }

    TestStore t;
    TestHttpsServerThread server;
    std::unique_ptr<DeliveryEngine> engine;
    std::unique_ptr<EventLogPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestEventInspector : public QObject
{
    Q_OBJECT

private slots:
    void showsPayloadAttemptAndHeadersAsSent();
    void timelineShowsEveryAttemptAndItsError();
    void signatureCheckFollowsTheSpecVector();
    void signatureCheckAfterRotationNamesThePreviousSecret();
    void copyAsCurlSendsTheSameRequestAgain();
    void editAndSendMakesANewTestEventAndLeavesTheOriginal();
    void copyAsCurlToASandboxBinRunsAsCopied();
    void shellQuotingSurvivesAShell_data();
    void shellQuotingSurvivesAShell();
};

void TestEventInspector::showsPayloadAttemptAndHeadersAsSent()
{
    Rig rig;
    rig.server->setBehaviour(
        QStringLiteral("/ok"),
        Server::Respond{200, {{"Content-Type", "application/json"}}, "{\"thanks\":true}"});
    rig.receiverAt(QStringLiteral("/ok"), [](ReceiverInput &in) {
        in.headers = QList<WebhookHeader>{{0, QStringLiteral("X-Tenant"), QStringLiteral("acme")}};
    });
    const qint64 id = rig.publish("{\"serial\":12345678901234567890,\"lines\":[1,2],\"ok\":true}");
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(id)->status, EventStatus::Succeeded, 10000);
    QVERIFY(rig.inspect(id));

    QVERIFY(find<QLabel>(*rig.page, "inspectorTitle")->text().contains(QStringLiteral("Event %1").arg(id)));
    // The payload laid out with its number text exactly as published, and highlighted.
    auto *payload = find<CodeEditor>(*rig.page, "payloadView");
    QCOMPARE(payload->toPlainText(), QStringLiteral("{\n  \"serial\": 12345678901234567890,\n  \"lines\": [\n"
                                                    "    1,\n    2\n  ],\n  \"ok\": true\n}"));
    const QTextBlock serialLine = payload->document()->findBlockByLineNumber(1);
    const QColor numberColor = CodeColors::forPalette(payload->palette()).number;
    bool numberPainted = false;
    for (const QTextLayout::FormatRange &range : serialLine.layout()->formats())
        numberPainted |=
            range.format.foreground().color() == numberColor &&
            serialLine.text().mid(range.start, range.length) == QLatin1String("12345678901234567890");
    QVERIFY(numberPainted);

    // One attempt, the request as the server got it, signatures included, and the response.
    auto *timeline = find<QListWidget>(*rig.page, "attemptTimeline");
    QCOMPARE(timeline->count(), 1);
    QVERIFY(timeline->item(0)->text().contains(QLatin1String("HTTP 200")));
    const Server::Request got = rig.server->requests().at(0);
    auto *headers = find<QTableWidget>(*rig.page, "requestHeaders");
    for (const char *name : {"webhook-id", "webhook-timestamp", "webhook-signature", "X-Hub-Signature-256",
                             "X-Tenant", "Content-Type", "User-Agent"})
        QCOMPARE(shownHeader(headers, QLatin1String(name)), QString::fromLatin1(got.header(name)));
    QVERIFY(
        find<CodeEditor>(*rig.page, "requestBody")->toPlainText().contains(QLatin1String("\"event_id\": ")));
    QVERIFY(find<QLabel>(*rig.page, "responseSummary")->text().contains(QLatin1String("HTTP 200")));
    QCOMPARE(shownHeader(find<QTableWidget>(*rig.page, "responseHeaders"), QStringLiteral("content-type")),
             QStringLiteral("application/json"));
    QCOMPARE(find<CodeEditor>(*rig.page, "responseBody")->toPlainText(),
             QStringLiteral("{\n  \"thanks\": true\n}"));

    // The signature explained with this attempt's values and the verdict.
    const QString explained = find<QTextBrowser>(*rig.page, "signatureView")->toPlainText();
    QVERIFY(explained.contains(QString::fromLatin1(got.header("webhook-id"))));
    QVERIFY(explained.contains(QString::fromLatin1(got.header("webhook-timestamp"))));
    QVERIFY(explained.contains(QString::fromLatin1(got.header("webhook-signature"))));
    QVERIFY(explained.contains(QLatin1String("current secret gives exactly")));

    // Copy as curl puts the command on the clipboard and says so.
    auto *copy = find<QPushButton>(*rig.page, "copyCurlButton");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), rig.inspector().curlCommand());
    QVERIFY(QGuiApplication::clipboard()->text().contains(rig.server->url(QStringLiteral("/ok")).toString()));
    QVERIFY(find<QLabel>(*rig.page, "eventLogMessage")->text().contains(QLatin1String("curl")));
}

void TestEventInspector::timelineShowsEveryAttemptAndItsError()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/reset"), Server::Reset{});
    rig.receiverAt(QStringLiteral("/reset"), [](ReceiverInput &in) {
        DeliverySettings settings;
        settings.retrySchedule = QList<int>{1};
        in.delivery = settings;
    });
    const qint64 id = rig.publish("{}");
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(id)->attemptCount, 1, 10000);
    QVERIFY(rig.inspect(id));
    auto *timeline = find<QListWidget>(*rig.page, "attemptTimeline");
    QCOMPARE(timeline->count(), 1);

    // The second attempt arrives while the event is inspected: the timeline follows it.
    rig.t.clock().advanceMs(5000);
    rig.engine->poke();
    QTRY_COMPARE_WITH_TIMEOUT(timeline->count(), 2, 10000);
    QTRY_COMPARE(rig.t.service().event(id)->status, EventStatus::Failed);
    QTRY_VERIFY(find<QLabel>(*rig.page, "inspectorTitle")->text().contains(QLatin1String("Failed")));
    QCOMPARE(timeline->currentRow(), 1);
    const QList<Attempt> attempts = *rig.t.service().attemptsOf(id);
    QVERIFY(!attempts.at(1).error.isEmpty());
    QVERIFY(timeline->item(1)->text().startsWith(QLatin1String("#2")));
    QVERIFY(find<QLabel>(*rig.page, "responseSummary")->text().contains(attempts.at(1).error));

    timeline->setCurrentRow(0);
    QVERIFY(find<QLabel>(*rig.page, "requestSummary")->text().contains(QLatin1String("attempt 1")));
    QCOMPARE(
        shownHeader(find<QTableWidget>(*rig.page, "requestHeaders"), QStringLiteral("webhook-timestamp")),
        QString::fromLatin1(headerValue(attempts.at(0).requestHeaders, "webhook-timestamp")));
}

void TestEventInspector::signatureCheckFollowsTheSpecVector()
{
    // SPEC §3's test vector, checked the way the inspector explains it.
    Receiver receiver;
    receiver.sharedSecret = QStringLiteral("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
    Attempt attempt;
    attempt.requestBody = "{\"event_id\":42,\"subscription_id\":7,\"receiver_id\":3,\"resource\":\"RUNS\","
                          "\"action\":\"CREATE\",\"occurred_at\":\"2026-11-23T12:00:00.000Z\",\"data\":"
                          "{\"id\":1001,\"status\":\"IN_PROGRESS\"}}";
    attempt.requestHeaders = {
        {"webhook-id", "evt_42"},
        {"webhook-timestamp", "1795435205"},
        {"webhook-signature", "v1,Je5Nwj+lMgC+qVBLGWBdE91Vqsxc49PBWpoQzIyl/0E="},
        {"X-Hub-Signature-256", "sha256=2aa4f925500e6180d5cf6bee868271e61619ae70d1daa9e14463b5884f86ac22"}};
    SignatureCheck check = SignatureCheck::of(attempt, receiver);
    QCOMPARE(check.signedContent, "evt_42.1795435205." + attempt.requestBody);
    QCOMPARE(check.expected, QByteArray("v1,Je5Nwj+lMgC+qVBLGWBdE91Vqsxc49PBWpoQzIyl/0E="));
    QCOMPARE(check.keyBytes, 24);
    QCOMPARE(check.standard, SignatureCheck::Verdict::Matches);
    QCOMPARE(check.expectedGithub,
             QByteArray("sha256=2aa4f925500e6180d5cf6bee868271e61619ae70d1daa9e14463b5884f86ac22"));
    QCOMPARE(check.github, SignatureCheck::Verdict::Matches);

    // One changed byte of the body and neither matches; without the receiver, nothing is claimed.
    attempt.requestBody.replace("1001", "1002");
    check = SignatureCheck::of(attempt, receiver);
    QCOMPARE(check.standard, SignatureCheck::Verdict::DoesNotMatch);
    QCOMPARE(check.github, SignatureCheck::Verdict::DoesNotMatch);
    check = SignatureCheck::of(attempt, std::nullopt);
    QCOMPARE(check.standard, SignatureCheck::Verdict::ReceiverDeleted);
    attempt.requestHeaders.clear();
    QCOMPARE(SignatureCheck::of(attempt, receiver).standard, SignatureCheck::Verdict::NotSent);
}

void TestEventInspector::signatureCheckAfterRotationNamesThePreviousSecret()
{
    Rig rig;
    const Receiver r = rig.receiverAt(QStringLiteral("/ok"));
    const qint64 id = rig.publish("{}");
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(id)->status, EventStatus::Succeeded, 10000);
    QVERIFY(rig.t.service().rotateReceiverSecret(r.id, r.etag, std::nullopt, 3600 * 1000).ok());
    QVERIFY(rig.inspect(id));
    const QString explained = find<QTextBrowser>(*rig.page, "signatureView")->toPlainText();
    QVERIFY2(explained.contains(QLatin1String("previous secret (rotated out) gives")), qPrintable(explained));
}

// A failed event's payload, edited and sent as a new test event to the same receiver: re-signed,
// delivered, and the original with its attempts untouched.
void TestEventInspector::editAndSendMakesANewTestEventAndLeavesTheOriginal()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/picky"), Server::Respond{422, {}, "missing field"});
    const Receiver receiver = rig.receiverAt(QStringLiteral("/picky"), [](ReceiverInput &in) {
        in.delivery = DeliverySettings{false, std::nullopt, std::nullopt, QList<int>{1}}; // fails after two
    });
    const qint64 id = rig.publish("{\"id\":7}");
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(id)->attemptCount, 1, 10000);
    rig.t.clock().advanceMs(5000);
    rig.engine->poke();
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(id)->status, EventStatus::Failed, 10000);
    const Event original = *rig.t.service().event(id);
    QVERIFY(rig.inspect(id));

    auto *open = find<QPushButton>(*rig.page, "editResendButton");
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    EditResendDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = rig.page->findChild<EditResendDialog *>(QStringLiteral("editResendDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(find<QLabel>(*dialog, "editResendIntro")->text().contains(QStringLiteral("evt_%1").arg(id)));
    auto *send = find<QPushButton>(*dialog, "editResendSendButton");
    auto *problem = find<QLabel>(*dialog, "editResendProblem");
    QCOMPARE(dialog->editor()->toPlainText(), QStringLiteral("{\n  \"id\": 7\n}"));
    QVERIFY(send->isEnabled());

    // Typed into: a payload that is no JSON object cannot go, and says why.
    dialog->editor()->setFocus();
    dialog->editor()->selectAll();
    QTest::keyClicks(dialog->editor(), QStringLiteral("[1, 2"));
    QVERIFY(!send->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QLatin1String("data:")), qPrintable(problem->text()));
    dialog->editor()->selectAll();
    QTest::keyClicks(dialog->editor(), QStringLiteral("{\"id\": 7, \"lot\": \"L-1\"}"));
    QVERIFY(send->isEnabled());
    QVERIFY(!problem->isVisible());

    rig.server->setBehaviour(QStringLiteral("/picky"), Server::Respond{200, {}, "ok"});
    QSignalSpy sent(dialog, &EditResendDialog::sent);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    const qint64 testId = sent.at(0).at(0).toLongLong();
    QVERIFY(testId != id);
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(testId)->status, EventStatus::Succeeded, 10000);
    const Event made = *rig.t.service().event(testId);
    QVERIFY(made.test);
    QCOMPARE(made.receiverId, receiver.id);
    QCOMPARE(made.resource, original.resource);
    QCOMPARE(made.action, original.action);
    QCOMPARE(made.payload, QByteArray("{\"id\":7,\"lot\":\"L-1\"}"));
    // What reached the receiver is the edit, signed like every delivery.
    const Server::Request last = rig.server->requests().constLast();
    QCOMPARE(last.path, QByteArray("/picky"));
    QVERIFY(last.body.contains("\"lot\":\"L-1\""));
    QVERIFY(!headerValue(last.headers, "webhook-signature").isEmpty());
    // The original stays as it was: status, payload, attempts.
    const Event after = *rig.t.service().event(id);
    QCOMPARE(after.status, EventStatus::Failed);
    QCOMPARE(after.payload, original.payload);
    QCOMPARE(after.attemptCount, original.attemptCount);
    QVERIFY(
        find<QLabel>(*rig.page, "eventLogMessage")->text().contains(QStringLiteral("evt_%1").arg(testId)));
}

void TestEventInspector::copyAsCurlSendsTheSameRequestAgain()
{
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    // Not a skip: a suite that passes without running the copied command would prove nothing
    // (scripts/test.sh installs curl).
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() && !sh.isEmpty(),
             "curl and sh are needed to run the copied command: install curl");
    Rig rig;
    // A header value and a payload full of what shells like to interpret.
    rig.receiverAt(QStringLiteral("/again"), [](ReceiverInput &in) {
        in.headers =
            QList<WebhookHeader>{{0, QStringLiteral("X-Quote"), QStringLiteral("it's $HOME `id` \\n \"x\"")}};
    });
    const qint64 id =
        rig.publish("{\"note\":\"it's $(echo hacked) `id` 100% \\\\ \\\"quoted\\\" \\n\",\"n\":1.50}");
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(id)->status, EventStatus::Succeeded, 10000);
    QVERIFY(rig.inspect(id));
    const Attempt sent = rig.t.service().attemptsOf(id)->at(0);
    QString command = rig.inspector().curlCommand();
    QVERIFY(!command.isEmpty());

    // Trust the test server's CA for this run; the command is otherwise run exactly as copied.
    QTemporaryDir dir;
    const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(rig.server->caCertificate().toPem());
    ca.close();
    QVERIFY(command.contains(QLatin1String("| curl ")));
    command.replace(QLatin1String("| curl "),
                    QStringLiteral("| curl --silent --show-error --cacert %1 ")
                        .arg(QString::fromUtf8(CurlCommand::shellQuote(caPath.toUtf8()))));
    rig.server->clearRequests();
    QProcess shell;
    shell.start(sh, {QStringLiteral("-c"), command});
    QVERIFY(shell.waitForFinished(30000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

    QCOMPARE(rig.server->requestCount(), 1);
    const Server::Request again = rig.server->requests().at(0);
    QCOMPARE(again.method, QByteArray("POST"));
    QCOMPARE(again.path, QByteArray("/again"));
    QCOMPARE(again.body, sent.requestBody);
    for (const auto &[name, value] : sent.requestHeaders)
        QCOMPARE(again.header(name), value);
    QVERIFY(again.header("accept").isNull()); // curl's own Accept was suppressed
    QVERIFY(again.header("expect").isNull());
}

// A sandbox bin's certificate comes from Hookboard's own CA: the copied command names that CA file
// (--cacert), so it runs exactly as copied, with nothing added.
void TestEventInspector::copyAsCurlToASandboxBinRunsAsCopied()
{
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() && !sh.isEmpty(),
             "curl and sh are needed to run the copied command: install curl");
    DeliveryRig rig;
    const Receiver r = rig.receiverAt(QStringLiteral("copied"));
    rig.store.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    EventLogPage page(rig.context());
    page.resize(1100, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 id =
        rig.store.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"n\":1}"})->at(0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.store.service().event(id)->status, EventStatus::Succeeded, 10000);
    QTRY_VERIFY(page.model()->rowOf(id) >= 0);
    page.table()->selectionModel()->setCurrentIndex(page.model()->index(page.model()->rowOf(id), 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    QCOMPARE(page.inspector()->eventId(), id);
    const QString command = page.inspector()->curlCommand();
    QVERIFY2(command.contains(QLatin1String("--cacert")), qPrintable(command));

    // The sandbox answers on this thread: wait with the event loop running, not in waitForFinished().
    QProcess shell;
    shell.start(sh, {QStringLiteral("-c"), command + QStringLiteral(" --silent --show-error")});
    QTRY_COMPARE_WITH_TIMEOUT(shell.state(), QProcess::NotRunning, 30000);
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    QCOMPARE(rig.sandbox.caughtRequests(QStringLiteral("copied")).size(), 2); // the delivery, then curl's
}

void TestEventInspector::shellQuotingSurvivesAShell_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << QByteArray("hello");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("single quotes") << QByteArray("it's 'quoted' ''");
    QTest::newRow("expansions") << QByteArray("$HOME ${PATH} $(id) `id` !! * ?");
    QTest::newRow("backslashes and percent") << QByteArray("a\\b\\\\c %s %d \\n");
    QTest::newRow("newlines and tabs") << QByteArray("line 1\nline 2\t\r\nend\n");
    QTest::newRow("UTF-8") << QByteArray("Müller ✓");
}

void TestEventInspector::shellQuotingSurvivesAShell()
{
    QFETCH(QByteArray, text);
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    QVERIFY2(!sh.isEmpty(), "sh is needed to check the quoting");
    QProcess shell;
    shell.start(sh, {QStringLiteral("-c"),
                     QStringLiteral("printf '%s' ") + QString::fromUtf8(CurlCommand::shellQuote(text))});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.readAllStandardOutput(), text);
}

QTEST_MAIN(TestEventInspector)
#include "tst_eventinspector.moc"
