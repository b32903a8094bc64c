// The console's main window, driven as a person would: navigation, the receiver table, and what it
// remembers between runs.
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogpage.h"
#include "health/deliverytestsupport.h"
#include "mainwindow.h"
#include "notify/trayicon.h"
#include "receivers/testeventpanel.h"
#include "receiverspage.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace hookboard;
using hookboard::test::DeliveredAttempt;
using hookboard::test::find;
using hookboard::test::TestStore;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void navigationSwitchesPages();
    void eventDetailShowsMoreThanFiveLinesAtTheDefaultSize();
    void sidebarAndStatusBarFollowTheTheme();
    void receiverFormFitsFromTheSmallestSize();
    void receiverTableIsLive();
    void statusBarNamesStoreAndOperator();
    void geometryAndPagePersist();
    void apiAddressShownAndTokenCopied();
    void statusBarShowsDeliveryFigures();
    void statusBarFollowsTheDispatcher();
    void testEventFromReceiversShowsInTheEventLog();
    void closingKeepsRunningInTheTrayWhenChosen();

private:
    static void click(QListWidget *list, int row)
    {
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }
};

namespace {

// The colour most of widget's pixels have (its background, where nothing is drawn).
QColor backgroundOf(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    QHash<QRgb, int> seen;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ++seen[image.pixel(x, y)];
    }
    QRgb most = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() > seen.value(most))
            most = it.key();
    }
    return QColor(most);
}

} // namespace

// Switching themes, and starting in one, repaints the sidebar (its list, its selection) and the
// status bar in the new theme's colours, not the previous one's.
void TestMainWindow::sidebarAndStatusBarFollowTheTheme()
{
    TestStore store;
    QSettings(QDir(store.dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        .setValue(QStringLiteral("console/theme"), QStringLiteral("dark"));
    MainWindow window(hookboard::test::consoleContextFor(store, QStringLiteral("tester")));
    window.resize(1240, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = find<QListWidget>(window, "navigation");
    auto *combo = find<QComboBox>(window, "themeCombo");
    for (const QString &choice :
         {QString(), QStringLiteral("Light"), QStringLiteral("Dark"), QStringLiteral("Light")}) {
        if (!choice.isEmpty()) {
            combo->setCurrentIndex(combo->findText(choice));
            emit combo->activated(combo->currentIndex());
        }
        QCoreApplication::processEvents();
        const QPalette palette = QApplication::palette();
        const QString when = choice.isEmpty() ? QStringLiteral("at start (dark)") : choice;
        const QColor list = backgroundOf(navigation->viewport());
        QVERIFY2(list == palette.color(QPalette::AlternateBase),
                 qPrintable(when + QStringLiteral(": sidebar is ") + list.name()));
        const QColor bar = backgroundOf(window.statusBar());
        QVERIFY2(bar == palette.color(QPalette::Window),
                 qPrintable(when + QStringLiteral(": status bar is ") + bar.name()));
        // The selected page's row is drawn in the theme's highlight (the style shades it a little).
        const QRect selected = navigation->visualItemRect(navigation->currentItem());
        const QColor drawn =
            navigation->viewport()->grab().toImage().pixel(selected.right() - 4, selected.center().y());
        const QColor highlight = palette.color(QPalette::Highlight);
        QVERIFY2(std::abs(drawn.red() - highlight.red()) < 24 &&
                     std::abs(drawn.green() - highlight.green()) < 24 &&
                     std::abs(drawn.blue() - highlight.blue()) < 24,
                 qPrintable(when + QStringLiteral(": selection is ") + drawn.name() +
                            QStringLiteral(", not near ") + highlight.name()));
    }
    Theme::apply(Theme::System);
}

// At the default size and at 1024×640 the receiver form needs no sideways scrolling and cuts off
// no label, in English and with the window's whole width.
void TestMainWindow::receiverFormFitsFromTheSmallestSize()
{
    TestStore store;
    store.makeReceiver(QStringLiteral("fit"));
    MainWindow window(hookboard::test::consoleContextFor(store, QStringLiteral("tester")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QSize size : {QSize(1240, 800), QSize(1024, 640)}) {
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        QCoreApplication::processEvents();
        auto *scroll = find<QScrollArea>(window, "receiverFormScroll");
        QVERIFY(scroll->isVisible());
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("at %1×%2 the form scrolls sideways by %3 px")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scroll->horizontalScrollBar()->maximum())));
        for (QLabel *label : scroll->widget()->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("at %1×%2 \"%3\" is %4 of %5 px")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(label->text())
                                    .arg(label->width())
                                    .arg(label->minimumSizeHint().width())));
        }
    }
}

void TestMainWindow::navigationSwitchesPages()
{
    TestStore store;
    MainWindow window(hookboard::test::consoleContextFor(store, QStringLiteral("tester")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Hookboard"));

    auto *navigation = find<QListWidget>(window, "navigation");
    auto *pages = find<QStackedWidget>(window, "pages");
    const QStringList expected{QStringLiteral("Receivers"), QStringLiteral("Event log"),
                               QStringLiteral("Sandbox"), QStringLiteral("API explorer"),
                               QStringLiteral("Settings")};
    QCOMPARE(navigation->count(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(navigation->item(row)->text(), expected.at(row));
    QCOMPARE(pages->count(), expected.size());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("receiversPage"));

    const char *pageNames[] = {"receiversPage", "eventLogPage", "sandboxPage", "apiExplorerPage",
                               "settingsPage"};
    for (const int row : {3, 1, 4, 2, 0}) {
        click(navigation, row);
        QTRY_COMPARE(pages->currentIndex(), row);
        QCOMPARE(pages->currentWidget()->objectName(), QLatin1String(pageNames[row]));
        QVERIFY(pages->currentWidget()->isVisible());
    }
}

// At the default size of a first start (1240×800), the event log's split leaves the payload room
// for more than five lines, and the table above it more than five rows.
void TestMainWindow::eventDetailShowsMoreThanFiveLinesAtTheDefaultSize()
{
    TestStore store;
    MainWindow window(hookboard::test::consoleContextFor(store, QStringLiteral("tester")));
    window.resize(1240, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    click(find<QListWidget>(window, "navigation"), 1);
    auto *payload = find<QPlainTextEdit>(window, "payloadView");
    QTRY_VERIFY(payload->isVisible());
    const int lines = payload->viewport()->height() / payload->fontMetrics().lineSpacing();
    QVERIFY2(lines > 5, qPrintable(QString::number(lines)));
    auto *table = find<QTableView>(window, "eventTable");
    // The table's place (the store is empty, so a note stands in it for now).
    QVERIFY(table->parentWidget()->height() / table->verticalHeader()->defaultSectionSize() > 5);
}

void TestMainWindow::receiverTableIsLive()
{
    TestStore store;
    const Receiver before = store.makeReceiver(QStringLiteral("before"));
    MainWindow window(hookboard::test::consoleContextFor(store, QStringLiteral("tester")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *table = find<QTableView>(window, "receiverTable");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), before.name);
    QTRY_VERIFY(table->isVisible());

    const Receiver after = store.makeReceiver(QStringLiteral("after"));
    store.subscribe(after.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(1, 0).data().toString(), after.name);
    QCOMPARE(table->model()->index(1, 1).data().toString(), after.webhookUri);
    QTRY_COMPARE(table->model()->index(1, 3).data().toInt(), 1);
}

void TestMainWindow::statusBarNamesStoreAndOperator()
{
    TestStore store;
    MainWindow window(hookboard::test::consoleContextFor(store, QStringLiteral("ada")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(find<QLabel>(window, "storeLabel")
                ->text()
                .contains(store.dataDir() + QStringLiteral("/hookboard.db")));
    QVERIFY(find<QLabel>(window, "operatorLabel")->text().contains(QLatin1String("ada")));

    // With no receivers the page explains itself instead of showing an empty table.
    QTRY_VERIFY(find<QLabel>(window, "receiversEmptyNote")->isVisible());
    QVERIFY(!find<QTableView>(window, "receiverTable")->isVisible());
}

void TestMainWindow::geometryAndPagePersist()
{
    TestStore store;
    QSize size;
    {
        MainWindow window(hookboard::test::consoleContextFor(store, QStringLiteral("tester")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Any size the pages allow, other than the one a first start gets.
        size = window.minimumSizeHint().expandedTo(QSize(900, 560)) + QSize(41, 23);
        QVERIFY(size != window.size());
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        click(find<QListWidget>(window, "navigation"), MainWindow::SandboxPageIndex);
        QTRY_COMPARE(window.currentPage(), int(MainWindow::SandboxPageIndex));
        window.close();
    }
    QVERIFY(QFile::exists(store.dataDir() + QStringLiteral("/settings.ini")));

    MainWindow reopened(hookboard::test::consoleContextFor(store));
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QTRY_COMPARE(reopened.size(), size);
    QCOMPARE(reopened.currentPage(), int(MainWindow::SandboxPageIndex));
    QCOMPARE(find<QStackedWidget>(reopened, "pages")->currentWidget()->objectName(),
             QStringLiteral("sandboxPage"));
    QCOMPARE(find<QListWidget>(reopened, "navigation")->currentRow(), int(MainWindow::SandboxPageIndex));
}

void TestMainWindow::apiAddressShownAndTokenCopied()
{
    hookboard::test::TestStore store;
    {
        MainWindow apiOff(hookboard::test::consoleContextFor(store));
        QVERIFY(!find<QToolButton>(apiOff, "copyApiTokenButton")->isEnabled()); // nothing to copy
        QCOMPARE(find<QLabel>(apiOff, "apiLabel")->text(), QStringLiteral("API: off"));
    }
    hookboard::ConsoleContext context = hookboard::test::consoleContextFor(store);
    context.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8765/graphql"));
    context.apiToken = QStringLiteral("t0ken");
    MainWindow window(context);
    auto *copy = find<QToolButton>(window, "copyApiTokenButton");
    QVERIFY(
        find<QLabel>(window, "apiLabel")->text().contains(QStringLiteral("http://127.0.0.1:8765/graphql")));
    QVERIFY(copy->isEnabled());
    QVERIFY(!copy->autoRaise()); // framed like a button, not flat like the texts beside it
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("t0ken"));
}

void TestMainWindow::statusBarShowsDeliveryFigures()
{
    TestStore store;
    const qint64 now = store.clock().nowMs();
    const Receiver r = store.makeReceiver();
    // Ten attempts in the last five minutes, three of them failed, and one more failure earlier on.
    for (int i = 0; i < 10; ++i)
        deliverAttempt(store, r.id, {50, i < 7 ? 200 : 503, now - i * 20000});
    deliverAttempt(store, r.id, {50, 500, now - 30 * 60 * 1000});
    deliverAttempt(store, r.id, {50, 500, now - 2 * 60 * 60 * 1000}); // over an hour ago

    MainWindow window(hookboard::test::consoleContextFor(store));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(find<QLabel>(window, "dispatcherLabel")->text(), QStringLiteral("Dispatcher off"));
    // 0, 20 and 40 s ago; 60 s ago is a minute ago, out.
    QCOMPARE(find<QLabel>(window, "deliveryRateLabel")->text(), QStringLiteral("3 attempts in 1 min"));
    QCOMPARE(find<QLabel>(window, "failuresLabel")->text(), QStringLiteral("4 failures in 1 h"));

    // Without an engine to say so, the periodic refresh picks up what happens next.
    for (int i = 0; i < 3; ++i)
        deliverAttempt(store, r.id, {50, 200});
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(window, "deliveryRateLabel")->text(),
                              QStringLiteral("6 attempts in 1 min"), 8000);
    // Traffic stopped a minute ago: the rate reads 0, not an average of the minutes before.
    store.clock().advanceMs(60'000);
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(window, "deliveryRateLabel")->text(),
                              QStringLiteral("0 attempts in 1 min"), 8000);
    store.clock().advanceMs(-60'000);

    const QString shots = qEnvironmentVariable("HOOKBOARD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        for (Theme::Kind kind : {Theme::Light, Theme::Dark}) {
            Theme::apply(kind);
            QCoreApplication::processEvents();
            QVERIFY(window.statusBar()->grab().save(
                QDir(shots).filePath(QStringLiteral("health-statusbar-%1.png").arg(Theme::key(kind)))));
        }
        Theme::apply(Theme::System);
    }
}

void TestMainWindow::statusBarFollowsTheDispatcher()
{
    TestStore store;
    const Receiver r = store.makeReceiver();
    DeliveryEngine engine(store.dataDir(), store.clock(), DeliveryConfig{}, {}, store.feed());
    ConsoleContext context = hookboard::test::consoleContextFor(store);
    context.engine = &engine;
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dispatcher = find<QLabel>(window, "dispatcherLabel");
    QCOMPARE(dispatcher->text(), QStringLiteral("Dispatcher stopped"));
    QVERIFY(engine.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher->text(), QStringLiteral("Dispatcher running"), 8000);

    // Store failures are announced by the engine and shown at once.
    emit engine.storeFailed(QStringLiteral("disk I/O error"));
    QCOMPARE(dispatcher->text(), QStringLiteral("Dispatcher: store failure"));
    QVERIFY(dispatcher->toolTip().contains(QLatin1String("disk I/O error")));
    emit engine.storeRecovered();
    QCOMPARE(dispatcher->text(), QStringLiteral("Dispatcher running"));
    engine.stop();
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher->text(), QStringLiteral("Dispatcher stopped"), 8000);

    // Recorded attempts show within the coalescing delay, well before the periodic refresh. (With
    // the engine stopped: a running one would claim the test event before deliverAttempt does.)
    auto *failures = find<QLabel>(window, "failuresLabel");
    QCOMPARE(failures->text(), QStringLiteral("0 failures in 1 h"));
    deliverAttempt(store, r.id, {50, std::nullopt});
    QElapsedTimer waited;
    waited.start();
    store.feed().post(StoreChange::Kind::EventsAttempted, {1}); // as the engine's recorder does
    QTRY_COMPARE(failures->text(), QStringLiteral("1 failure in 1 h"));
    QVERIFY(waited.elapsed() < 4000);
}

// The walk through the console: a test event sent from the receivers page reaches a
// sandbox bin over HTTPS and shows in the event log as delivered, without any refresh.
void TestMainWindow::testEventFromReceiversShowsInTheEventLog()
{
    hookboard::test::DeliveryRig rig;
    const Receiver receiver = rig.receiverAt(QStringLiteral("walkthrough"));
    MainWindow window(rig.context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ReceiversPage *receivers = window.receiversPage();
    QVERIFY(receivers->selectReceiver(receiver.id));
    find<QTabWidget>(*receivers, "receiverTabs")->setCurrentWidget(receivers->testEvents());
    auto *resource = find<QComboBox>(*receivers, "testResourceCombo");
    resource->setCurrentIndex(resource->findData(QStringLiteral("PURCHASE_ORDERS")));
    QTest::mouseClick(find<QPushButton>(*receivers, "sendTestButton"), Qt::LeftButton);
    const qint64 eventId = receivers->testEvents()->lastEventId();
    QVERIFY(eventId > 0);

    click(find<QListWidget>(window, "navigation"), MainWindow::EventLogPageIndex);
    auto *log = find<EventLogPage>(window, "eventLogPage");
    QTRY_VERIFY(log->isVisible());
    EventLogModel *model = log->model();
    const auto rowOfEvent = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(EventLogModel::EventIdRole).toLongLong() == eventId)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOfEvent() >= 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(rowOfEvent(), EventLogModel::StatusColumn).data(EventLogModel::StatusRole).toInt(),
        int(EventStatus::Succeeded), 15000);
    const int row = rowOfEvent();
    QCOMPARE(model->index(row, EventLogModel::EventColumn).data().toString(),
             QStringLiteral("PURCHASE_ORDERS.CREATE (test)"));
    QCOMPARE(model->index(row, EventLogModel::ReceiverColumn).data().toString(), receiver.name);
    QCOMPARE(model->index(row, EventLogModel::ResponseColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(rig.sandbox.caughtRequests(QStringLiteral("walkthrough")).size(), 1);
}

// Offscreen has no system tray, so the test answers "there is one", as a desktop with a tray would.
void TestMainWindow::closingKeepsRunningInTheTrayWhenChosen()
{
    TestStore store;
    hookboard::ConsoleContext context = hookboard::test::consoleContextFor(store);
    context.systemTrayAvailable = [] {
        return true;
    };
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrayIcon *tray = window.trayIcon();
    QVERIFY(tray);
    QAction *keepAction = tray->menu()->findChild<QAction *>(QStringLiteral("trayKeepRunningAction"));
    QVERIFY(keepAction && !keepAction->isChecked());

    // Chosen in Settings: stored, and the tray menu's switch follows.
    click(find<QListWidget>(window, "navigation"), MainWindow::SettingsPageIndex);
    auto *keep = find<QCheckBox>(window, "keepInTrayCheck");
    QTRY_VERIFY(keep->isVisible());
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(8, keep->height() / 2));
    QVERIFY(keep->isChecked());
    QVERIFY(tray->keepRunningInTray());
    QVERIFY(keepAction->isChecked());

    // Closing hides the window and leaves everything running; Open brings it back.
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    QVERIFY(!window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(lastClosed.count(), 0);
    tray->menu()->findChild<QAction *>(QStringLiteral("trayOpenAction"))->trigger();
    QTRY_VERIFY(window.isVisible());

    // Switched off in the tray menu: closing closes again.
    keepAction->trigger();
    QVERIFY(!tray->keepRunningInTray());
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
