// The Sandbox page driven as a person would, on a real SandboxServer and a real DeliveryEngine:
// bins, a receiver aimed at one, requests arriving live with their signature verdicts, the bin's
// answer, clearing and removing.
#include "app/sandboxlink.h"
#include "consoletestsupport.h"
#include "delivery/deliveryengine.h"
#include "sandbox/caughtrequestdetails.h"
#include "sandbox/caughtrequestmodel.h"
#include "sandbox/sandboxbinlistmodel.h"
#include "sandbox/sandboxpage.h"
#include "sandbox/sandboxserver.h"
#include "theme.h"
#include "widgets/codecolors.h"
#include "widgets/statuslabel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace hookboard;
using hookboard::test::find;
using namespace hookboard::test;

namespace {

// What a client got from the sandbox.
struct Answer
{
    int status = 0;
    qint64 elapsedMs = 0;
};

} // namespace

class TestSandboxPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxLink> m_link;
    std::unique_ptr<DeliveryEngine> m_engine;
    std::unique_ptr<SandboxPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QNetworkAccessManager m_client;

    // The page over the rig, every model it shows under the tester from the start.
    void openPage(ConsoleContext context)
    {
        m_page = std::make_unique<SandboxPage>(context);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_page->binModel()),
                                          static_cast<QAbstractItemModel *>(m_page->requestModel()),
                                          find<QTableWidget>(*m_page, "requestHeaders")->model()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    ConsoleContext context() const
    {
        ConsoleContext c = consoleContextFor(*m_store, QStringLiteral("operator-jo"));
        c.sandbox = m_sandbox.get();
        c.engine = m_engine.get();
        return c;
    }

    void typeInto(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(*m_page, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void setSpin(const char *name, int value)
    {
        auto *spin = find<QSpinBox>(*m_page, name);
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }

    void click(const char *name) { QTest::mouseClick(find<QPushButton>(*m_page, name), Qt::LeftButton); }

    QString cell(int row, int column) const
    {
        const CaughtRequestModel *model = m_page->requestModel();
        return model->data(model->index(row, column)).toString();
    }

    // POSTs body to bin as any client would, trusting only the sandbox's CA.
    Answer post(const QString &bin, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &body = "{\"hello\":1}")
    {
        QNetworkRequest request(m_sandbox->binUrl(bin));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_sandbox->caCertificate()});
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(m_client.post(request, body));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        }();
        return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), timer.elapsed()};
    }

    // Makes bin through the page, as a person does.
    void createBinByHand(const QString &bin)
    {
        typeInto("newBinEdit", bin);
        click("createBinButton");
        QCOMPARE(m_page->currentBin(), bin);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->setClock(&m_store->clock());
        const Status started = m_sandbox->start(m_store->dataDir());
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        // Wired as the Runtime wires them: bins check signatures with the secret of the receiver
        // aimed at them, and the engine trusts the sandbox's CA.
        m_link = std::make_unique<SandboxLink>(m_store->service(), *m_sandbox);
        m_engine = std::make_unique<DeliveryEngine>(m_store->dataDir(), m_store->clock(), DeliveryConfig(),
                                                    QList<QSslCertificate>{m_sandbox->caCertificate()},
                                                    m_store->feed());
        QVERIFY(m_engine->start().ok());
    }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_engine.reset();
        m_link.reset();
        m_sandbox.reset();
        m_store.reset();
    }

    // The CA file other tools need is shown whole, and one click copies its path; the file is there.
    void caFilePathIsShownAndCopied()
    {
        openPage(context());
        auto *path = find<QLineEdit>(*m_page, "sandboxCaFile");
        const QString expected = QDir::toNativeSeparators(SandboxServer::caFilePath(m_store->dataDir()));
        QCOMPARE(path->text(), expected);
        QVERIFY(path->isReadOnly());
        QVERIFY(QFile::exists(expected));
        QApplication::clipboard()->clear();
        QTest::mouseClick(find<QPushButton>(*m_page, "copyCaFileButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void binNamesAreCheckedAndBinsCreated()
    {
        openPage(context());
        QVERIFY(find<QLabel>(*m_page, "noBinNote")->isVisible());
        auto *create = find<QPushButton>(*m_page, "createBinButton");
        auto *error = find<QLabel>(*m_page, "binNameError");
        QVERIFY(!create->isEnabled());

        typeInto("newBinEdit", QStringLiteral("my orders"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("letters, digits")));
        QVERIFY(!create->isEnabled());

        createBinByHand(QStringLiteral("orders"));
        QVERIFY(m_sandbox->hasBin(QStringLiteral("orders")));
        QCOMPARE(find<QLineEdit>(*m_page, "newBinEdit")->text(), QString());
        QVERIFY(error->isHidden());
        QCOMPARE(m_page->binModel()->rowCount(), 1);
        QCOMPARE(find<QLabel>(*m_page, "binTitle")->text(), QStringLiteral("orders"));
        QCOMPARE(find<QLineEdit>(*m_page, "binUrlEdit")->text(),
                 m_sandbox->binUrl(QStringLiteral("orders")).toString());
        QVERIFY(
            find<QLineEdit>(*m_page, "binUrlEdit")->text().startsWith(QLatin1String("https://127.0.0.1:")));
        click("copyBinUrlButton");
        QCOMPARE(QApplication::clipboard()->text(), m_sandbox->binUrl(QStringLiteral("orders")).toString());
        QVERIFY(find<QLabel>(*m_page, "receiverStatus")->text().contains(QLatin1String("not checked")));

        // A taken name is refused before the click.
        typeInto("newBinEdit", QStringLiteral("orders"));
        QVERIFY(!create->isEnabled());
        QVERIFY(error->text().contains(QLatin1String("already")));

        // Bins come into being on first use too: the list hears of it.
        QCOMPARE(post(QStringLiteral("adhoc")).status, 200);
        QTRY_COMPARE(m_page->binModel()->rowCount(), 2);
        QCOMPARE(m_page->binModel()->binAt(0), QStringLiteral("adhoc")); // by name
        QCOMPARE(m_page->currentBin(), QStringLiteral("orders"));        // the selection stays
    }

    void receiverCreatedFromThePanelPointsAtTheBin()
    {
        openPage(context());
        createBinByHand(QStringLiteral("orders"));
        QSignalSpy open(m_page.get(), &SandboxPage::openReceiverRequested);
        click("createReceiverButton");

        const Result<Page<Receiver>> receivers = m_store->service().receivers({});
        QVERIFY(receivers.ok());
        QCOMPARE(receivers->items.size(), 1);
        const Receiver receiver = receivers->items.first();
        QCOMPARE(receiver.webhookUri, m_sandbox->binUrl(QStringLiteral("orders")).toString());
        QCOMPARE(receiver.name, QStringLiteral("Sandbox orders"));
        QCOMPARE(receiver.createdBy.name, QStringLiteral("operator-jo"));
        QCOMPARE(m_store->rowCount(QStringLiteral("receivers")), 1);

        // The bin now checks signatures with that receiver's secret, and says so.
        QCOMPARE(m_sandbox->binSettings(QStringLiteral("orders")).secrets,
                 QStringList{receiver.sharedSecret});
        auto *status = find<StatusLabel>(*m_page, "receiverStatus");
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(),
                 QStringLiteral("Created “Sandbox orders”; signatures here are checked with its secret."));
        QCOMPARE(status->tone(), StatusLabel::Success);

        auto *openButton = find<QPushButton>(*m_page, "openReceiverButton");
        QVERIFY(openButton->isVisible());
        QTest::mouseClick(openButton, Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), receiver.id);
    }

    void deliveryArrivesLiveWithValidSignatures()
    {
        openPage(context());
        createBinByHand(QStringLiteral("orders"));
        click("createReceiverButton");
        const Receiver receiver = m_store->service().receivers({})->items.first();

        const Result<qint64> event =
            m_store->service().sendTestEvent(receiver.id, {QStringLiteral("RUNS"), QStringLiteral("CREATE"),
                                                           "{\"id\":1001,\"status\":\"IN_PROGRESS\"}"});
        QVERIFY(event.ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_page->requestModel()->rowCount(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->service().event(*event)->status, EventStatus::Succeeded, 15000);

        QCOMPARE(cell(0, CaughtRequestModel::MethodColumn), QStringLiteral("POST"));
        QCOMPARE(cell(0, CaughtRequestModel::PathColumn), QStringLiteral("/orders"));
        QCOMPARE(cell(0, CaughtRequestModel::AnswerColumn), QStringLiteral("200"));
        QCOMPARE(cell(0, CaughtRequestModel::StandardWebhooksColumn), QStringLiteral("valid"));
        QCOMPARE(cell(0, CaughtRequestModel::GithubColumn), QStringLiteral("valid"));
        QCOMPARE(
            m_page->binModel()->data(m_page->binModel()->index(0, SandboxBinListModel::CountColumn)).toInt(),
            1);

        // The newest request is shown in full, without a click.
        QCOMPARE(find<QTableView>(*m_page, "requestTable")->currentIndex().row(), 0);
        QCOMPARE(find<QLabel>(*m_page, "standardWebhooksVerdict")->text(),
                 QStringLiteral("Standard Webhooks: valid — a receiver would accept it"));
        QCOMPARE(find<QLabel>(*m_page, "githubVerdict")->text(),
                 QStringLiteral("GitHub signature: valid — a receiver would accept it"));
        // Why, for whoever debugs their own receiver.
        QVERIFY(find<QLabel>(*m_page, "githubVerdict")
                    ->toolTip()
                    .contains(QLatin1String("HMAC-SHA256 of the body")));
        const QString body = find<QPlainTextEdit>(*m_page, "requestBody")->toPlainText();
        QVERIFY2(body.startsWith(QLatin1String("{\n  \"event_id\": ") + QString::number(*event) +
                                 QLatin1Char(',')),
                 qPrintable(body));
        auto *headers = find<QTableWidget>(*m_page, "requestHeaders");
        const QList<QTableWidgetItem *> id =
            headers->findItems(QStringLiteral("webhook-id"), Qt::MatchFixedString);
        QCOMPARE(id.size(), 1);
        QCOMPARE(headers->item(id.first()->row(), 1)->text(),
                 QStringLiteral("evt_") + QString::number(*event));

        // A request signed with something else is told apart, live.
        QCOMPARE(post(QStringLiteral("orders"), {{"X-Hub-Signature-256", "sha256=00ff"}}).status, 200);
        QTRY_COMPARE(m_page->requestModel()->rowCount(), 2);
        QCOMPARE(cell(0, CaughtRequestModel::GithubColumn), QStringLiteral("invalid"));
        QCOMPARE(cell(0, CaughtRequestModel::StandardWebhooksColumn), QStringLiteral("missing"));
        QCOMPARE(cell(1, CaughtRequestModel::GithubColumn), QStringLiteral("valid"));
        // Following the newest request, the details now show the forged one.
        QCOMPARE(find<QLabel>(*m_page, "githubVerdict")->text(),
                 QStringLiteral("GitHub signature: invalid — no secret matches: a receiver would refuse it"));
        QCOMPARE(find<QLabel>(*m_page, "standardWebhooksVerdict")->text(),
                 QStringLiteral("Standard Webhooks: missing — not signed: a receiver would refuse it"));
    }

    void answerIsSetOnTheRunningServer()
    {
        openPage(context());
        createBinByHand(QStringLiteral("flaky"));
        setSpin("failNextSpin", 2);
        setSpin("failureStatusSpin", 503);
        setSpin("answerDelaySpin", 300);
        QVERIFY(find<QLabel>(*m_page, "answerSummary")->text().contains(QLatin1String("not applied")));
        QCOMPARE(m_sandbox->binSettings(QStringLiteral("flaky")).failNext, 0); // nothing before Apply
        click("applyAnswerButton");
        const SandboxBinSettings applied = m_sandbox->binSettings(QStringLiteral("flaky"));
        QCOMPARE(applied.failNext, 2);
        QCOMPARE(applied.failureStatus, 503);
        QCOMPARE(applied.delayMs, 300);
        QCOMPARE(applied.status, 200);

        const Answer first = post(QStringLiteral("flaky"));
        QCOMPARE(first.status, 503);
        QVERIFY2(first.elapsedMs >= 300, qPrintable(QString::number(first.elapsedMs)));
        // The form follows the bin: one failure left.
        QTRY_COMPARE(find<QSpinBox>(*m_page, "failNextSpin")->value(), 1);
        QCOMPARE(post(QStringLiteral("flaky")).status, 503);
        QCOMPARE(post(QStringLiteral("flaky")).status, 200);
        QTRY_COMPARE(find<QSpinBox>(*m_page, "failNextSpin")->value(), 0);
        QTRY_COMPARE(m_page->requestModel()->rowCount(), 3);
        QCOMPARE(cell(0, CaughtRequestModel::AnswerColumn), QStringLiteral("200"));
        QCOMPARE(cell(1, CaughtRequestModel::AnswerColumn), QStringLiteral("503"));
        QCOMPARE(cell(2, CaughtRequestModel::AnswerColumn), QStringLiteral("503"));

        // Answer 410 from now on: a delivery there disables its receiver, as SPEC §2 says.
        setSpin("answerDelaySpin", 0);
        setSpin("answerStatusSpin", 410);
        click("applyAnswerButton");
        QCOMPARE(post(QStringLiteral("flaky")).status, 410);
    }

    // A bin keeps its last N requests, N chosen next to its answer; what it dropped is said in the
    // list of bins, not lost silently.
    void keptRequestsAreChosenAndDropsAreSaid()
    {
        openPage(context());
        createBinByHand(QStringLiteral("short"));
        setSpin("keepSpin", 3);
        click("applyAnswerButton");
        QCOMPARE(m_sandbox->binSettings(QStringLiteral("short")).keep, 3);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(post(QStringLiteral("short")).status, 200);
        const QModelIndex count = m_page->binModel()->index(0, SandboxBinListModel::CountColumn);
        QTRY_COMPARE(count.data().toString(), QStringLiteral("3 (+2 dropped)"));
        QVERIFY(count.data(Qt::ToolTipRole).toString().contains(QLatin1String("last 3 requests")));
        QTRY_COMPARE(m_page->requestModel()->rowCount(), 3);

        // Lowered: the oldest go at once, from the list of requests too.
        setSpin("keepSpin", 1);
        click("applyAnswerButton");
        QCOMPARE(count.data().toString(), QStringLiteral("1 (+4 dropped)"));
        QCOMPARE(m_page->requestModel()->rowCount(), 1);
    }

    void clearAndRemove()
    {
        openPage(context());
        createBinByHand(QStringLiteral("old"));
        QCOMPARE(post(QStringLiteral("old")).status, 200);
        QCOMPARE(post(QStringLiteral("old")).status, 200);
        QTRY_COMPARE(m_page->requestModel()->rowCount(), 2);
        click("clearBinButton");
        QCOMPARE(m_page->requestModel()->rowCount(), 0);
        QVERIFY(m_sandbox->caughtRequests(QStringLiteral("old")).isEmpty());
        QCOMPARE(
            m_page->binModel()->data(m_page->binModel()->index(0, SandboxBinListModel::CountColumn)).toInt(),
            0);
        QVERIFY(
            find<QLabel>(*m_page, "requestSummary")->text().startsWith(QLatin1String("Select a request")));

        click("removeBinButton");
        QVERIFY(!m_sandbox->hasBin(QStringLiteral("old")));
        QCOMPARE(m_page->binModel()->rowCount(), 0);
        QVERIFY(find<QLabel>(*m_page, "noBinNote")->isVisible());
    }

    void verdictColoursFollowTheTheme()
    {
        openPage(context());
        createBinByHand(QStringLiteral("orders"));
        click("createReceiverButton");
        const Receiver receiver = m_store->service().receivers({})->items.first();
        QVERIFY(
            m_store->service()
                .sendTestEvent(receiver.id, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":7}"})
                .ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_page->requestModel()->rowCount(), 1, 15000);
        QCOMPARE(post(QStringLiteral("orders"), {{"X-Hub-Signature-256", "sha256=00ff"}}).status, 200);
        QTRY_COMPARE(m_page->requestModel()->rowCount(), 2);
        // The valid delivery is shown in full.
        find<QTableView>(*m_page, "requestTable")->selectRow(1);

        const CaughtRequestModel *model = m_page->requestModel();
        const auto colourOf = [model](int row, int column) {
            return model->data(model->index(row, column), Qt::ForegroundRole).value<QColor>();
        };
        const QString shots = qEnvironmentVariable("HOOKBOARD_SCREENSHOT_DIR");
        for (Theme::Kind kind : {Theme::Light, Theme::Dark}) {
            Theme::apply(kind);
            QCoreApplication::processEvents();
            const CodeColors colours = CodeColors::forPalette(m_page->palette());
            QCOMPARE(colourOf(1, CaughtRequestModel::GithubColumn), colours.success);
            QCOMPARE(colourOf(0, CaughtRequestModel::GithubColumn), colours.error);
            QCOMPARE(colourOf(0, CaughtRequestModel::StandardWebhooksColumn), colours.error); // missing
            QVERIFY(!colourOf(0, CaughtRequestModel::PathColumn).isValid());
            QCOMPARE(find<QLabel>(*m_page, "githubVerdict")->palette().color(QPalette::WindowText),
                     colours.success);
            if (!shots.isEmpty())
                QVERIFY(m_page->grab().save(
                    QDir(shots).filePath(QStringLiteral("sandbox-page-%1.png").arg(Theme::key(kind)))));
        }
        Theme::apply(Theme::System);
    }

    void saysWhenTheSandboxIsNotRunning()
    {
        ConsoleContext off = context();
        off.sandbox = nullptr;
        SandboxPage page(off);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(find<QLabel>(page, "sandboxOffNote")->isVisible());
        QVERIFY(find<QLabel>(page, "sandboxOffNote")->text().contains(QLatin1String("not running")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("createBinButton")));
    }
};

QTEST_MAIN(TestSandboxPage)
#include "tst_sandboxpage.moc"
