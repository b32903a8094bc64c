// Export and import from the console, driven as a person would: the event log's Export menu with
// a filter typed in, and the receivers page's Configuration menu moving a configuration from one
// data folder to another through its file, its preview and its Import button. Files and stores
// are real; every dialog is the real widget, answered through its controls.
#include "consoletestsupport.h"
#include "eventlog/eventfilterbar.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogpage.h"
#include "receiverspage.h"
#include "transfer/importpreviewdialog.h"
#include "widgets/statuslabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace hookboard;
using namespace hookboard::test;

namespace {

// Runs act on the modal dialog named name as soon as it is shown (polling, since exec() blocks the
// caller); fails the test if it never appears.
void whenModal(const char *name, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, act = std::move(act), waited] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == QLatin1String(name)) {
            timer->deleteLater();
            act(modal);
        } else if (++*waited > 500) {
            timer->deleteLater();
            QFAIL(qPrintable(QStringLiteral("no dialog %1 appeared").arg(QLatin1String(name))));
        }
    });
    timer->start(20);
}

void chooseFile(const QString &path)
{
    whenModal("transferFileDialog", [path](QWidget *dialog) {
        // Typed into the name field, as a person does; Enter then goes through QFileDialog's checks.
        auto *name = find<QLineEdit>(*dialog, "fileNameEdit");
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

QString messageOf(const QWidget &root, const char *name)
{
    return find<QLabel>(root, name)->text();
}

} // namespace

class TestTransferUi : public QObject
{
    Q_OBJECT

private slots:
    void eventLogExportsTheFilteredEvents();
    void configurationMovesBetweenDataFoldersThroughItsPreview();
    void aBadFileSaysWhereAndImportsNothing();
};

void TestTransferUi::eventLogExportsTheFilteredEvents()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver();
    store.subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    for (int i = 0; i < 230; ++i)
        QVERIFY(store.service()
                    .publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"),
                              i % 2 ? QByteArray("{\"lot\":\"needle\"}") : QByteArray("{\"lot\":\"hay\"}")})
                    .ok());
    EventLogPage page(consoleContextFor(store));
    page.filterBar()->setTypingDelayMs(10);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(find<QLineEdit>(page, "payloadFilter"), QStringLiteral("needle"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->filter().payloadContains.value_or(QString()),
                              QStringLiteral("needle"), 5000);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("needles.csv"));
    chooseFile(path);
    find<QAction>(page, "export_csv")->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(messageOf(page, "eventLogMessage").startsWith(u"Exported 115 events"),
                              qPrintable(messageOf(page, "eventLogMessage")), 10000);
    QVERIFY(find<QWidget>(page, "exportEventsButton")->isEnabled());
    QFile file(path);
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions()); // attempts carry request headers, which may be credentials
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 115 + 1); // header, events, the empty rest after the last CRLF
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY2(lines[i].contains("needle"), lines[i].constData());

    // An export can be stopped: it stops after the page under way and leaves no file.
    for (int i = 0; i < 1000; ++i)
        QVERIFY(store.service()
                    .publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"lot\":\"needle\"}"})
                    .ok());
    const QString stopped = dir.filePath(QStringLiteral("stopped.jsonl"));
    chooseFile(stopped);
    find<QAction>(page, "export_jsonl")->trigger();
    QPushButton *stop = find<QPushButton>(page, "stopExportButton");
    QVERIFY(stop->isVisible());
    stop->click();
    QTRY_VERIFY2_WITH_TIMEOUT(messageOf(page, "eventLogMessage").contains(u"cancelled"),
                              qPrintable(messageOf(page, "eventLogMessage")), 10000);
    QVERIFY(!stop->isVisible());
    QVERIFY2(!QFile::exists(stopped), "a stopped export leaves no file");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("needles.csv")});

    // A file that cannot be written is said, and the button comes back.
    chooseFile(dir.filePath(QStringLiteral("no/such/folder/x.har")));
    find<QAction>(page, "export_har")->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(
        messageOf(page, "eventLogMessage").startsWith(u"The events were not exported") &&
            messageOf(page, "eventLogMessage").contains(u"cannot be written"),
        qPrintable(messageOf(page, "eventLogMessage")), 10000);
    QVERIFY(find<QWidget>(page, "exportEventsButton")->isEnabled());
}

void TestTransferUi::configurationMovesBetweenDataFoldersThroughItsPreview()
{
    TestStore from;
    ReceiverInput qa;
    qa.name = QStringLiteral("QA intake");
    qa.webhookUri = QStringLiteral("https://qa.example.com/hooks");
    qa.headers = QList<WebhookHeader>{{0, QStringLiteral("X-Team"), QStringLiteral("qa")}};
    const Receiver made = *from.service().createReceiver(qa, tester());
    from.subscribe(made.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    from.makeReceiver(QStringLiteral("erp"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    {
        ReceiversPage page(consoleContextFor(from));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        whenModal("exportConfigurationDialog", [path](QWidget *dialog) {
            find<QCheckBox>(*dialog, "includeSecretsCheck")->setChecked(true);
            chooseFile(path);
            find<QPushButton>(*dialog, "exportConfigurationButton")->click();
        });
        find<QAction>(page, "exportConfigurationAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(messageOf(page, "configurationMessage").startsWith(u"Exported 2 receivers"),
                                 10000);
    }
    QFile file(path);
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(made.sharedSecret.toUtf8()));

    TestStore to;
    to.makeReceiver(QStringLiteral("erp")); // the same name: updated, not doubled
    ReceiversPage page(consoleContextFor(to));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QStringList planShown;
    bool importEnabled = false;
    whenModal("importPreviewDialog", [&](QWidget *dialog) {
        QTreeWidget *tree = static_cast<ImportPreviewDialog *>(dialog)->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            planShown << tree->topLevelItem(i)->text(0) + u'=' + tree->topLevelItem(i)->text(1);
        QPushButton *import = find<QPushButton>(*dialog, "importButton");
        importEnabled = import->isEnabled();
        import->click();
    });
    chooseFile(path);
    find<QAction>(page, "importConfigurationAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(messageOf(page, "configurationMessage").startsWith(u"Imported."), 10000);
    QCOMPARE(planShown,
             QStringList({QStringLiteral("QA intake=New"), QStringLiteral("Receiver erp=Changed")}));
    QVERIFY(importEnabled);
    QCOMPARE(to.rowCount(QStringLiteral("receivers")), 2);
    QCOMPARE(to.rowCount(QStringLiteral("subscriptions")), 1);
    QCOMPARE(to.rowCount(QStringLiteral("receivers"),
                         QStringLiteral("shared_secret = '%1'").arg(made.sharedSecret)),
             1);
    // The list shows the new receiver (it heard of it from the change feed).
    QTRY_COMPARE_WITH_TIMEOUT(find<QTableView>(page, "receiverTable")->model()->rowCount(), 2, 5000);

    // Importing the same file again changes nothing: the preview says so and offers no Import.
    whenModal("importPreviewDialog", [&](QWidget *dialog) {
        importEnabled = find<QPushButton>(*dialog, "importButton")->isEnabled();
        static_cast<QDialog *>(dialog)->reject();
    });
    chooseFile(path);
    find<QAction>(page, "importConfigurationAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!importEnabled && QApplication::activeModalWidget() == nullptr, 10000);
    QCOMPARE(to.rowCount(QStringLiteral("receivers")), 2);
}

void TestTransferUi::aBadFileSaysWhereAndImportsNothing()
{
    TestStore store;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile bad(path);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"hookboard-configuration","version":1,"receivers":[
        {"name":"A","webhookUri":"https://a.example.com/"},{"name":"B","webhookUri":"ftp://b.example.com/"}]})");
    bad.close();
    ReceiversPage page(consoleContextFor(store));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    chooseFile(path);
    find<QAction>(page, "importConfigurationAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(messageOf(page, "configurationMessage").startsWith(u"Nothing was imported"),
                             10000);
    QVERIFY2(messageOf(page, "configurationMessage").contains(u"receivers[1].webhookUri"),
             qPrintable(messageOf(page, "configurationMessage")));
    QCOMPARE(find<StatusLabel>(page, "configurationMessage")->tone(), StatusLabel::Failure);
    QCOMPARE(store.rowCount(QStringLiteral("receivers")), 0);
}

QTEST_MAIN(TestTransferUi)
#include "tst_transferui.moc"
