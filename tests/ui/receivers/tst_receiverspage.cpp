// The Receivers page as a whole: the list and the selected receiver's tabs, deleting with a
// confirmation, unsaved edits guarded when the selection moves, the banner of a receiver the
// dispatcher disabled (with its one-click re-enable), and test events delivered for real to the
// sandbox receiver over HTTPS by a running DeliveryEngine.
#include "consoletestsupport.h"
#include "delivery/deliveryengine.h"
#include "receiverlistmodel.h"
#include "receivers/conflictdialog.h"
#include "receivers/disabledbanner.h"
#include "receivers/fielderrorlabel.h"
#include "receivers/receiverdraft.h"
#include "receivers/receiverform.h"
#include "receivers/testeventpanel.h"
#include "receiverspage.h"
#include "receiverstestsupport.h"
#include "sandbox/sandboxserver.h"
#include "widgets/confirmation.h"
#include "widgets/statuslabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace hookboard;
using hookboard::test::clickCell;
using hookboard::test::DeliveryRig;
using hookboard::test::find;
using hookboard::test::TestStore;

namespace {

void typePayload(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, text);
}

} // namespace

class TestReceiversPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void layoutShowsSelectedReceiver();
    void namesFitAndColumnsHoldStill();
    void anEmptyPageOffersASandboxBin();
    void deleteAsksFirst();
    void unsavedEditsGuardTheSelection();
    void testEventDeliveredToSandbox();
    void testEventWithoutDispatcherWaits();
    void autoDisabledBannerAndReenable();
};

void TestReceiversPage::cleanup()
{
    // A scripted answer left over would answer the next test's question.
    QVERIFY(!Confirmation::hasPendingAnswer());
}

void TestReceiversPage::layoutShowsSelectedReceiver()
{
    TestStore store;
    const Receiver first = store.makeReceiver(QStringLiteral("one"));
    const Receiver second = store.makeReceiver(QStringLiteral("two"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));

    // The first receiver is selected and shown.
    QCOMPARE(page.form()->receiverId(), first.id);
    QCOMPARE(find<QLabel>(page, "receiverTitle")->text(), first.name);
    QVERIFY(find<QLabel>(page, "receiverSubtitle")->text().contains(QLatin1String("tester")));
    QVERIFY(!find<DisabledBanner>(page, "disabledBanner")->isVisible());

    clickCell(page.table(), page.model()->index(1, ReceiverListModel::NameColumn));
    QCOMPARE(page.form()->receiverId(), second.id);
    QCOMPARE(find<QLineEdit>(page, "nameEdit")->text(), second.name);
    QCOMPARE(find<QLineEdit>(page, "urlEdit")->text(), second.webhookUri);

    // A name changed through the API shows in the title and the (clean) form at once.
    ReceiverInput rename;
    rename.name = QStringLiteral("Renamed by API");
    QVERIFY(store.service().updateReceiver(second.id, second.etag, rename).ok());
    QCOMPARE(find<QLabel>(page, "receiverTitle")->text(), QStringLiteral("Renamed by API"));
    QCOMPARE(find<QLineEdit>(page, "nameEdit")->text(), QStringLiteral("Renamed by API"));

    // A new receiver cannot be subscribed or tested before it is saved.
    QTest::mouseClick(find<QPushButton>(page, "newReceiverButton"), Qt::LeftButton);
    auto *tabs = find<QTabWidget>(page, "receiverTabs");
    QCOMPARE(find<QLabel>(page, "receiverTitle")->text(), QStringLiteral("New receiver"));
    QVERIFY(!tabs->isTabEnabled(1));
    QVERIFY(!tabs->isTabEnabled(2));
    QVERIFY(!page.table()->selectionModel()->hasSelection());
    QVERIFY(!find<QPushButton>(page, "deleteReceiverButton")->isVisible());
}

void TestReceiversPage::deleteAsksFirst()
{
    TestStore store;
    const Receiver doomed = store.makeReceiver(QStringLiteral("doomed"));
    const Receiver kept = store.makeReceiver(QStringLiteral("kept"));
    store.subscribe(doomed.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    store.subscribe(doomed.id, QStringLiteral("RUNS"), QStringLiteral("DELETE"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    QCOMPARE(page.form()->receiverId(), doomed.id);

    QString question;
    Confirmation::setNextAnswer([&](const QString &text) {
        question = text;
        return false;
    });
    QTest::mouseClick(find<QPushButton>(page, "deleteReceiverButton"), Qt::LeftButton);
    QVERIFY(question.contains(doomed.name));
    QVERIFY(question.contains(QLatin1String("2 subscriptions")));
    QCOMPARE(store.rowCount(QStringLiteral("receivers")), 2);

    Confirmation::setNextAnswer([](const QString &) { return true; });
    QTest::mouseClick(find<QPushButton>(page, "deleteReceiverButton"), Qt::LeftButton);
    QCOMPARE(store.rowCount(QStringLiteral("receivers")), 1);
    QCOMPARE(store.rowCount(QStringLiteral("subscriptions")), 0);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.form()->receiverId(), kept.id); // the list moved on to the one left

    // The last one going leaves the page explaining itself.
    page.table()->setFocus();
    Confirmation::setNextAnswer([](const QString &) { return true; });
    QTest::keyClick(page.table(), Qt::Key_Delete);
    QCOMPARE(store.rowCount(QStringLiteral("receivers")), 0);
    QTRY_VERIFY(find<QLabel>(page, "receiversEmptyNote")->isVisible());
    QVERIFY(!find<QWidget>(page, "receiverDetails")->isVisible());
    QVERIFY(!page.form()->isEditing());
    // New receiver brings the details back.
    QTest::mouseClick(find<QPushButton>(page, "newReceiverButton"), Qt::LeftButton);
    QVERIFY(find<QWidget>(page, "receiverDetails")->isVisible());
    QVERIFY(page.form()->isNew());
}

void TestReceiversPage::unsavedEditsGuardTheSelection()
{
    TestStore store;
    const Receiver first = store.makeReceiver(QStringLiteral("first"));
    const Receiver second = store.makeReceiver(QStringLiteral("second"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    auto *name = find<QLineEdit>(page, "nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Half-edited"));
    QCOMPARE(find<QTabWidget>(page, "receiverTabs")->tabText(0), QStringLiteral("Settings *"));

    int asked = 0;
    Confirmation::setNextAnswer([&](const QString &text) {
        ++asked;
        return !text.contains(first.name); // "keep editing"
    });
    clickCell(page.table(), page.model()->index(1, 0));
    QCOMPARE(asked, 1);
    QCOMPARE(page.form()->receiverId(), first.id);
    QCOMPARE(page.table()->currentIndex().row(), 0);
    QCOMPARE(name->text(), QStringLiteral("Half-edited"));

    Confirmation::setNextAnswer([&](const QString &) {
        ++asked;
        return true; // discard
    });
    clickCell(page.table(), page.model()->index(1, 0));
    QCOMPARE(asked, 2);
    QCOMPARE(page.form()->receiverId(), second.id);
    QCOMPARE(name->text(), second.name);
    QCOMPARE(store.service().receiver(first.id)->name, first.name);
    QCOMPARE(find<QTabWidget>(page, "receiverTabs")->tabText(0), QStringLiteral("Settings"));

    // A clean form switches without asking.
    clickCell(page.table(), page.model()->index(0, 0));
    QCOMPARE(asked, 2);
    QCOMPARE(page.form()->receiverId(), first.id);
}

void TestReceiversPage::testEventDeliveredToSandbox()
{
    DeliveryRig rig;
    const Receiver receiver = rig.receiverAt(QStringLiteral("console"));
    ReceiversPage page(rig.context());
    QVERIFY(hookboard::test::showAndWait(page));
    find<QTabWidget>(page, "receiverTabs")->setCurrentWidget(page.testEvents());

    auto *resource = find<QComboBox>(page, "testResourceCombo");
    auto *payload = find<QPlainTextEdit>(page, "testPayloadEdit");
    auto *payloadError = find<FieldErrorLabel>(page, "payloadError");
    auto *send = find<QPushButton>(page, "sendTestButton");
    // The catalog's sample is there, laid out for editing, numbers exactly as written.
    resource->setCurrentIndex(resource->findData(QStringLiteral("RUNS")));
    QVERIFY(payload->toPlainText().contains(QLatin1String("\n  \"id\": 1001")));
    QVERIFY(payload->toPlainText().contains(QLatin1String("12345678901234567890")));
    QVERIFY(send->isEnabled());

    resource->setCurrentIndex(resource->findData(QStringLiteral("PARTS")));
    find<QComboBox>(page, "testActionCombo")->setCurrentText(QStringLiteral("UPDATE"));
    typePayload(payload, QStringLiteral("{\"id\": 7, \"serial\": 12345678901234567890"));
    QVERIFY(payloadError->isVisible());
    QCOMPARE(payloadError->rules(), QStringList{QStringLiteral("json-syntax")});
    QVERIFY(!send->isEnabled());
    typePayload(payload, QStringLiteral("[1, 2]"));
    QCOMPARE(payloadError->rules(), QStringList{QStringLiteral("json-object")});
    QVERIFY(!send->isEnabled());
    typePayload(payload, QStringLiteral("{\"id\": 7, \"serial\": 12345678901234567890}"));
    QVERIFY(!payloadError->isVisible());
    QVERIFY(send->isEnabled());

    QTest::mouseClick(send, Qt::LeftButton);
    const qint64 eventId = page.testEvents()->lastEventId();
    QVERIFY(eventId > 0);
    QVERIFY(find<QWidget>(page, "testResultDetails")->isVisible());
    QVERIFY(!find<QLabel>(page, "testResultPlaceholder")->isVisible());
    auto *status = find<StatusLabel>(page, "testStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Succeeded")), 15000);
    QCOMPARE(status->tone(), StatusLabel::Success);
    QCOMPARE(find<QLabel>(page, "testResponseLabel")->text(), QStringLiteral("HTTP 200"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+ ms$"))
                .match(find<QLabel>(page, "testDurationLabel")->text())
                .hasMatch());
    QCOMPARE(find<QLabel>(page, "testAttemptsLabel")->text(), QStringLiteral("1"));
    QVERIFY(find<QLabel>(page, "testEventLabel")->text().contains(QStringLiteral("#%1").arg(eventId)));
    QVERIFY(!find<StatusLabel>(page, "testDispatcherNote")->isVisible());

    const Event stored = *rig.store.service().event(eventId);
    QVERIFY(stored.test);
    QCOMPARE(stored.receiverId, receiver.id);
    QCOMPARE(stored.resource, QStringLiteral("PARTS"));
    QCOMPARE(stored.action, QStringLiteral("UPDATE"));
    QCOMPARE(stored.status, EventStatus::Succeeded);
    QCOMPARE(stored.payload, QByteArray("{\"id\":7,\"serial\":12345678901234567890}"));
    const QList<CaughtRequest> caught = rig.sandbox.caughtRequests(QStringLiteral("console"));
    QCOMPARE(caught.size(), 1);
    QVERIFY(caught.constFirst().body.contains("\"serial\":12345678901234567890"));

    // The edited payload stays when the resource changes; Reset brings the sample back.
    resource->setCurrentIndex(resource->findData(QStringLiteral("RUNS")));
    QVERIFY(payload->toPlainText().contains(QLatin1String("\"serial\"")));
    QTest::mouseClick(find<QPushButton>(page, "resetPayloadButton"), Qt::LeftButton);
    QVERIFY(payload->toPlainText().contains(QLatin1String("\"id\": 1001")));
}

void TestReceiversPage::testEventWithoutDispatcherWaits()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("idle"));
    store.makeReceiver(QStringLiteral("other"));
    ReceiversPage page(hookboard::test::consoleContextFor(store)); // no engine
    QVERIFY(hookboard::test::showAndWait(page));
    find<QTabWidget>(page, "receiverTabs")->setCurrentWidget(page.testEvents());
    QTest::mouseClick(find<QPushButton>(page, "sendTestButton"), Qt::LeftButton);

    const qint64 eventId = page.testEvents()->lastEventId();
    QVERIFY(eventId > 0);
    const Event stored = *store.service().event(eventId);
    QVERIFY(stored.test);
    QCOMPARE(stored.status, EventStatus::Pending);
    QCOMPARE(stored.receiverId, receiver.id);
    QVERIFY(find<StatusLabel>(page, "testStatusLabel")->text().startsWith(QLatin1String("Pending")));
    auto *note = find<StatusLabel>(page, "testDispatcherNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("dispatcher is not running")));

    // Cancelled elsewhere (the event log): the panel follows.
    QVERIFY(store.service().cancelEvent(eventId).ok());
    QVERIFY(find<StatusLabel>(page, "testStatusLabel")->text().startsWith(QLatin1String("Cancelled")));
    QVERIFY(!note->isVisible());

    // Another receiver has no result of its own; coming back finds this one's again.
    const auto rowOf = [&page](const QString &name) {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->index(row, ReceiverListModel::NameColumn).data().toString().contains(name))
                return row;
        }
        return -1;
    };
    clickCell(page.table(),
              page.model()->index(rowOf(QStringLiteral("other")), ReceiverListModel::NameColumn));
    QTRY_VERIFY(find<QLabel>(page, "testResultPlaceholder")->isVisible());
    QVERIFY(!find<QWidget>(page, "testResultDetails")->isVisible());
    clickCell(page.table(),
              page.model()->index(rowOf(QStringLiteral("idle")), ReceiverListModel::NameColumn));
    QTRY_VERIFY(find<QWidget>(page, "testResultDetails")->isVisible());
    QCOMPARE(page.testEvents()->lastEventId(), eventId);
    QVERIFY(find<StatusLabel>(page, "testStatusLabel")->text().startsWith(QLatin1String("Cancelled")));
}

void TestReceiversPage::autoDisabledBannerAndReenable()
{
    DeliveryRig rig;
    SandboxBinSettings gone;
    gone.status = 410;
    QVERIFY(rig.sandbox.configureBin(QStringLiteral("gone"), gone).ok());
    const Receiver receiver = rig.receiverAt(QStringLiteral("gone"));
    ReceiversPage page(rig.context());
    QVERIFY(hookboard::test::showAndWait(page));
    auto *banner = find<DisabledBanner>(page, "disabledBanner");
    QVERIFY(!banner->isVisible());

    // The receiver answers 410 Gone to a test event, and the dispatcher disables it.
    find<QTabWidget>(page, "receiverTabs")->setCurrentWidget(page.testEvents());
    QTest::mouseClick(find<QPushButton>(page, "sendTestButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    const Receiver disabled = *rig.store.service().receiver(receiver.id);
    QVERIFY(!disabled.active);
    QVERIFY(disabled.disabledReason.contains(QLatin1String("410 Gone")));
    const QString bannerText = find<QLabel>(page, "disabledBannerText")->text();
    QVERIFY(bannerText.contains(QLatin1String("answered 410 Gone")));
    // The API's reason has the UTC time; the banner says it in local time.
    const QString at = QDateTime::fromMSecsSinceEpoch(rig.store.clock().nowMs())
                           .toLocalTime()
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(bannerText.contains(QStringLiteral("at ") + at), qPrintable(bannerText));
    QVERIFY2(!bannerText.contains(QRegularExpression(QStringLiteral("\\d\\dT\\d\\d"))),
             qPrintable(bannerText));
    QVERIFY(!find<QCheckBox>(page, "activeCheck")->isChecked());
    QCOMPARE(page.model()->index(0, ReceiverListModel::ActiveColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));

    // An unsaved edit made meanwhile survives the re-enable, and saves without a conflict.
    find<QTabWidget>(page, "receiverTabs")->setCurrentWidget(page.form());
    auto *description = find<QPlainTextEdit>(page, "descriptionEdit");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Moved to a new host"));
    QTest::mouseClick(find<QPushButton>(page, "reenableButton"), Qt::LeftButton);
    Receiver after = *rig.store.service().receiver(receiver.id);
    QVERIFY(after.active);
    QVERIFY(after.disabledReason.isEmpty());
    QVERIFY(!banner->isVisible());
    QVERIFY(find<QCheckBox>(page, "activeCheck")->isChecked());
    QCOMPARE(description->toPlainText(), QStringLiteral("Moved to a new host"));
    QVERIFY(page.form()->isDirty());

    QVERIFY(!hookboard::test::saveRaisesConflict(page));
    after = *rig.store.service().receiver(receiver.id);
    QVERIFY(after.active);
    QCOMPARE(after.description, QStringLiteral("Moved to a new host"));
}

// The name column is as wide as the longest name (within reason) while the URL takes the rest,
// and no column moves when a receiver turns DISABLED.
void TestReceiversPage::namesFitAndColumnsHoldStill()
{
    TestStore store;
    const QString longName = QStringLiteral("Quality assurance, plant 2 (Dresden)");
    ReceiverInput input;
    input.name = longName;
    input.webhookUri = QStringLiteral(
        "https://erp.example.com/integrations/hookboard/v2/receivers/quality-assurance/events");
    const Receiver qa = *store.service().createReceiver(input, hookboard::test::tester());
    store.makeReceiver(QStringLiteral("one"));
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QTableView *table = page.table();
    QHeaderView *header = table->horizontalHeader();
    const auto positions = [&] {
        QList<int> at;
        for (int column = 0; column < ReceiverListModel::ColumnCount; ++column)
            at << header->sectionPosition(column) << header->sectionSize(column);
        return at;
    };
    for (const QSize size : {QSize(1240, 800), QSize(1024, 640)}) {
        page.resize(size);
        QVERIFY(hookboard::test::showAndWait(page));
        // What the view itself says the longest name needs to show unelided.
        const int needed =
            static_cast<QAbstractItemView *>(table)->sizeHintForColumn(ReceiverListModel::NameColumn);
        QVERIFY(needed > table->fontMetrics().horizontalAdvance(longName));
        const int nameWidth = header->sectionSize(ReceiverListModel::NameColumn);
        QVERIFY2(
            nameWidth >= needed,
            qPrintable(QStringLiteral("%1 of %2 px at %3").arg(nameWidth).arg(needed).arg(size.width())));
        QVERIFY(header->sectionSize(ReceiverListModel::UrlColumn) >= 150);
    }

    const QList<int> before = positions();
    QVERIFY(store.service().setReceiverActive(qa.id, qa.etag, false).ok());
    const QModelIndex health =
        page.model()->index(page.model()->rowOf(qa.id), ReceiverListModel::HealthColumn);
    QTRY_COMPARE(health.data().toString(), QStringLiteral("DISABLED"));
    QCoreApplication::processEvents();
    QCOMPARE(positions(), before);

    // A name too long to show whole takes at most its share; the URL keeps the rest.
    ReceiverInput rename;
    rename.name = QString(120, u'n');
    QVERIFY(store.service().updateReceiver(qa.id, store.service().receiver(qa.id)->etag, rename).ok());
    QTRY_COMPARE(page.model()->index(page.model()->rowOf(qa.id), 0).data().toString(), *rename.name);
    QTRY_VERIFY(header->sectionSize(ReceiverListModel::NameColumn) < table->viewport()->width() / 2);
    QVERIFY(header->sectionSize(ReceiverListModel::UrlColumn) >= 150);
}

// With no receiver yet, one click starts a receiver aimed at a sandbox bin; saved, the bin gets
// its deliveries. Without a running sandbox the button is not offered.
void TestReceiversPage::anEmptyPageOffersASandboxBin()
{
    {
        TestStore store;
        ReceiversPage page(hookboard::test::consoleContextFor(store));
        QVERIFY(hookboard::test::showAndWait(page));
        QTRY_VERIFY(find<QLabel>(page, "receiversEmptyNote")->isVisible());
        QVERIFY(!find<QPushButton>(page, "useSandboxBinButton")->isVisible());
    }
    DeliveryRig rig;
    ReceiversPage page(rig.context());
    QVERIFY(hookboard::test::showAndWait(page));
    auto *use = find<QPushButton>(page, "useSandboxBinButton");
    QTRY_VERIFY(use->isVisible());
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(page.form()->isEditing());
    const QString url = rig.sandbox.binUrl(QStringLiteral("my-first-bin")).toString();
    QCOMPARE(find<QLineEdit>(page, "urlEdit")->text(), url);
    QTest::keyClicks(find<QLineEdit>(page, "nameEdit"), QStringLiteral("First try"));
    QTest::mouseClick(find<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QCOMPARE(rig.store.rowCount(QStringLiteral("receivers")), qint64(1));
    QCOMPARE(rig.store.service().receiver(page.form()->receiverId())->webhookUri, url);
}

QTEST_MAIN(TestReceiversPage)
#include "tst_receiverspage.moc"
