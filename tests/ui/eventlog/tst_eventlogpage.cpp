// The Event log page driven as a person would: filters typed and picked, rows selected while new
// ones arrive, resend, replay and cancel clicked, with a real delivery engine sending to a local
// HTTPS server where it matters; every outcome checked in the store.
#include "consoletestsupport.h"
#include "delivery/deliveryengine.h"
#include "delivery/outgoingrequest.h"
#include "eventlog/eventfilterbar.h"
#include "eventlog/eventinspector.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogpage.h"
#include "eventlog/eventstatusstyle.h"
#include "eventlog/eventtableview.h"
#include "eventlogtestsupport.h"
#include "testhttpsserverthread.h"
#include "theme.h"
#include "widgets/confirmation.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace hookboard;
using namespace hookboard::test;

namespace {

// A page over a store, shown at a realistic size, its model under the tester.
struct PageRig
{
    explicit PageRig(ConsoleContext context)
    {
        page = std::make_unique<EventLogPage>(context);
        page->resize(1000, 760);
        page->model()->setBatchIntervalMs(20);
        page->filterBar()->setTypingDelayMs(20);
        tester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    bool show()
    {
        page->show();
        return QTest::qWaitForWindowExposed(page.get()) && settled();
    }

    // Pages are read on the model's reader thread: true once the last reload's first page is in.
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !page->model()->isLoading(); }, 10000);
    }

    EventLogModel &model() const { return *page->model(); }
    EventTableView &table() const { return *page->table(); }

    QList<qint64> rowIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model().rowCount(); ++row)
            ids.append(model().eventAt(row).id);
        return ids;
    }

    QString statusOf(qint64 id) const
    {
        const int row = model().rowOf(id);
        return row < 0 ? QString() : model().index(row, EventLogModel::StatusColumn).data().toString();
    }

    void select(qint64 id, QItemSelectionModel::SelectionFlags how = QItemSelectionModel::ClearAndSelect)
    {
        const QModelIndex index = model().index(model().rowOf(id), 0);
        table().selectionModel()->setCurrentIndex(index, how | QItemSelectionModel::Rows);
    }

    void choose(const char *comboName, const QVariant &data)
    {
        auto *combo = find<QComboBox>(*page, comboName);
        const int index = combo->findData(data);
        if (index < 0)
            qFatal("%s has no item for %s", comboName, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
        if (!settled())
            qFatal("the events for %s were not read", comboName);
    }

    // Ticks exactly these statuses in the status filter's menu (none: "Any status").
    void chooseStatuses(const QList<EventStatus> &statuses)
    {
        QMenu *menu = find<QToolButton>(*page, "statusFilter")->menu();
        if (statuses.isEmpty()) {
            menu->findChild<QAction *>(QStringLiteral("anyStatusAction"))->trigger();
        } else {
            for (QAction *action : menu->actions()) {
                if (action->isCheckable())
                    action->setChecked(statuses.contains(EventStatus(action->data().toInt())));
            }
        }
        if (!settled())
            qFatal("the events for the status filter were not read");
    }

    std::unique_ptr<EventLogPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// A store whose receiver points at a local HTTPS server, with a running delivery engine.
struct EngineRig
{
    EngineRig()
    {
        engine = std::make_unique<DeliveryEngine>(t.dataDir(), t.clock(), DeliveryConfig{},
                                                  QList<QSslCertificate>{server->caCertificate()}, t.feed());
    }

    Receiver receiverAt(const QString &path, std::optional<QList<int>> retrySchedule = {})
    {
        ReceiverInput input;
        input.name = QStringLiteral("Server %1").arg(path);
        input.webhookUri = server->url(path).toString();
        if (retrySchedule) {
            DeliverySettings settings;
            settings.retrySchedule = retrySchedule;
            input.delivery = settings;
        }
        Result<Receiver> r = t.service().createReceiver(input, tester());
        if (!r)
            qFatal("receiverAt: %s", qPrintable(r.error().message));
        t.subscribe(r->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        return *r;
    }

    ConsoleContext context()
    {
        ConsoleContext c = consoleContextFor(t);
        c.engine = engine.get();
        return c;
    }

    TestStore t;
    TestHttpsServerThread server;
    std::unique_ptr<DeliveryEngine> engine;
};

} // namespace

class TestEventLogPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void filtersNarrowTheRows();
    void timeRangeAndClear();
    void selectionAndScrollStayWhileRowsArrive();
    void atTheTopNewRowsShowAsTheyCome();
    void deliveriesShowLiveFromTheEngine();
    void resendAFailedEventSendsItBackToPending();
    void replayAsksWithTheCountFirst();
    void replayOfAReceiver();
    void cancelPendingEvents();
    void retryNowBringsTheNextAttemptForward();
    void findGoesToThePayloadSearch();
    void theCountFollowsFiltersAndNewEvents();
    void resendingSeveralAsksFirst();
    void aFilteredOutEventLeavesThePaneAndTheActions();
    void messagesGoWithTheEventTheyDescribe();
    void showReceiverJumpsToItsEvents();
    void headerSortsInTheStore();
    void emptyAndUnmatchedLogsSaySo();
    void readableInLightAndDarkThemes();
};

void TestEventLogPage::cleanup()
{
    QVERIFY(!Confirmation::hasPendingAnswer()); // every scripted answer was used
}

void TestEventLogPage::filtersNarrowTheRows()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const Receiver b =
        subscribedReceiver(t, QStringLiteral("b"), QStringLiteral("PARTS"), QStringLiteral("UPDATE"));
    t.subscribe(b.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<qint64> runs = publishMany(t, 4, QStringLiteral("RUNS"), QStringLiteral("CREATE"),
                                           "{\"order\":\"PO-7731\",\"qty\":3}"); // a and b each
    const QList<qint64> parts =
        publishMany(t, 3, QStringLiteral("PARTS"), QStringLiteral("UPDATE"), "{\"sku\":\"X-1\"}");
    setEventColumns(t, runs[0], QStringLiteral("FAILED"));
    setEventColumns(t, parts[1], QStringLiteral("FAILED"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    QCOMPARE(rig.model().rowCount(), 11);

    // What the store answers for the filter the widgets describe.
    const auto storeCount = [&] {
        return t.service().events(rig.page->filterBar()->filter())->totalCount;
    };

    rig.choose("receiverFilter", b.id);
    QCOMPARE(rig.model().rowCount(), 7);
    QCOMPARE(rig.model().rowCount(), storeCount());
    for (int row = 0; row < rig.model().rowCount(); ++row)
        QCOMPARE(rig.model().eventAt(row).receiverId, b.id);

    rig.chooseStatuses({EventStatus::Failed});
    QCOMPARE(rig.rowIds(), (QList<qint64>{parts[1]}));
    // Several statuses at once: events in any of them.
    rig.chooseStatuses({EventStatus::Failed, EventStatus::Pending});
    QVERIFY(rig.model().rowCount() > 1);
    QCOMPARE(rig.model().rowCount(), storeCount());
    for (int row = 0; row < rig.model().rowCount(); ++row)
        QVERIFY(rig.model().eventAt(row).status == EventStatus::Failed ||
                rig.model().eventAt(row).status == EventStatus::Pending);
    QCOMPARE(find<QToolButton>(*rig.page, "statusFilter")->text(), QStringLiteral("Pending, Failed"));

    rig.chooseStatuses({}); // "Any status"
    QCOMPARE(find<QToolButton>(*rig.page, "statusFilter")->text(), QStringLiteral("Any status"));
    rig.choose("resourceFilter", QStringLiteral("RUNS"));
    QCOMPARE(rig.model().rowCount(), 4);
    rig.choose("actionFilter", QStringLiteral("UPDATE"));
    QCOMPARE(rig.model().rowCount(), 0);
    QCOMPARE(storeCount(), 0);
    rig.choose("actionFilter", QVariant());
    rig.choose("resourceFilter", QVariant());
    rig.choose("receiverFilter", QVariant());
    QCOMPARE(rig.model().rowCount(), 11);

    // Text in the payload: typed, applied after the pause (or at once with Return).
    auto *payload = find<QLineEdit>(*rig.page, "payloadFilter");
    QTest::keyClicks(payload, QStringLiteral("po-7731"));
    QTRY_COMPARE(rig.model().rowCount(), 8);
    QCOMPARE(rig.model().rowCount(), storeCount());
    payload->clear();
    QTest::keyClicks(payload, QStringLiteral("\"sku\":\"X-1\""));
    QTest::keyClick(payload, Qt::Key_Return);
    QVERIFY(rig.settled());
    QCOMPARE(rig.rowIds(), (QList<qint64>{parts[2], parts[1], parts[0]}));
}

void TestEventLogPage::timeRangeAndClear()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> old = publishMany(t, 2);
    t.clock().advanceMs(2 * 3600 * 1000);
    const QList<qint64> recent = publishMany(t, 3);
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());

    rig.choose("timeFilter", 60); // last hour
    QCOMPARE(rig.rowIds(), (QList<qint64>{recent[2], recent[1], recent[0]}));

    rig.choose("timeFilter", -1); // custom range
    auto *since = find<QDateTimeEdit>(*rig.page, "sinceFilter");
    auto *until = find<QDateTimeEdit>(*rig.page, "untilFilter");
    QVERIFY(since->isVisible() && until->isVisible());
    const QDateTime oldTime = QDateTime::fromMSecsSinceEpoch(t.service().event(old[0])->createdAtMs);
    since->setDateTime(oldTime.addSecs(-60));
    until->setDateTime(oldTime.addSecs(60));
    QVERIFY(rig.settled());
    QCOMPARE(rig.rowIds(), (QList<qint64>{old[1], old[0]}));

    QTest::mouseClick(find<QToolButton>(*rig.page, "clearFilters"), Qt::LeftButton);
    QVERIFY(rig.settled());
    QVERIFY(!since->isVisible());
    QCOMPARE(rig.model().rowCount(), 5);
}

void TestEventLogPage::selectionAndScrollStayWhileRowsArrive()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    publishMany(t, 300);
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    EventTableView &table = rig.table();
    QTRY_COMPARE(rig.model().rowCount(), 300); // the tester has asked for every page by now
    QTRY_VERIFY(table.verticalScrollBar()->maximum() > 0);

    // Scrolled down a little, reading one event.
    table.verticalScrollBar()->setValue(table.rowHeight(0) * 40 + 3);
    const int top = table.topVisibleRow();
    QVERIFY(top >= 40);
    const qint64 topId = rig.model().eventAt(top).id;
    const int topY = table.rowViewportPosition(top);
    const qint64 selectedId = rig.model().eventAt(top + 5).id;
    rig.select(selectedId);
    QTRY_COMPARE(rig.page->inspector()->eventId(), selectedId);
    const int rowsBefore = rig.model().rowCount();

    const QList<qint64> fresh = publishMany(t, 25);
    QTRY_COMPARE(rig.model().rowOf(fresh.last()), 0);
    QCOMPARE(rig.model().rowCount(), rowsBefore + 25);
    // The same row at the same height, the same event selected and inspected.
    QCOMPARE(rig.model().eventAt(table.topVisibleRow()).id, topId);
    QCOMPARE(table.rowViewportPosition(table.topVisibleRow()), topY);
    QCOMPARE(rig.page->selectedEvents().size(), 1);
    QCOMPARE(rig.page->selectedEvents().at(0).id, selectedId);
    QCOMPARE(table.currentIndex().data(EventLogModel::EventIdRole).toLongLong(), selectedId);
    QCOMPARE(rig.page->inspector()->eventId(), selectedId);

    // The rows that came in above are counted on a button that takes the reader up to them.
    auto *newer = find<QToolButton>(*rig.page, "newerEventsButton");
    QVERIFY(newer->isVisible());
    QVERIFY(newer->text().contains(QLatin1String("25")));
    QTest::mouseClick(newer, Qt::LeftButton);
    QCOMPARE(table.verticalScrollBar()->value(), 0);
    QCOMPARE(table.topVisibleRow(), 0);
    QVERIFY(!newer->isVisible());
    QCOMPARE(rig.page->selectedEvents().at(0).id, selectedId); // still selected, now off screen
}

void TestEventLogPage::atTheTopNewRowsShowAsTheyCome()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    publishMany(t, 50);
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    QVERIFY(rig.table().isFollowing());
    const QList<qint64> fresh = publishMany(t, 3);
    QTRY_COMPARE(rig.model().eventAt(0).id, fresh.last());
    QCOMPARE(rig.table().verticalScrollBar()->value(), 0);
    QCOMPARE(rig.table().topVisibleRow(), 0);
    QVERIFY(!find<QToolButton>(*rig.page, "newerEventsButton")->isVisible());
}

void TestEventLogPage::deliveriesShowLiveFromTheEngine()
{
    EngineRig engine;
    engine.server->setBehaviour(QStringLiteral("/ok"), TestHttpsServer::Respond{200, {}, "thanks"});
    engine.receiverAt(QStringLiteral("/ok"));
    PageRig rig(engine.context());
    QVERIFY(rig.show());
    QVERIFY(engine.engine->start().ok());
    // The service announces the publish; only the engine can tell of the delivery.
    const QList<qint64> ids = publishMany(engine.t, 3);
    for (qint64 id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(rig.statusOf(id), QStringLiteral("Succeeded"), 10000);
    const int row = rig.model().rowOf(ids[0]);
    QCOMPARE(rig.model().index(row, EventLogModel::ResponseColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(rig.model().index(row, EventLogModel::AttemptsColumn).data().toString(), QStringLiteral("1"));
    QVERIFY(rig.model()
                .index(row, EventLogModel::DurationColumn)
                .data()
                .toString()
                .endsWith(QLatin1String("ms")));
}

void TestEventLogPage::resendAFailedEventSendsItBackToPending()
{
    EngineRig engine;
    engine.server->setBehaviour(QStringLiteral("/down"), TestHttpsServer::Respond{500, {}, "broken"});
    engine.receiverAt(QStringLiteral("/down"), QList<int>{1}); // two attempts in all
    PageRig rig(engine.context());
    QVERIFY(rig.show());
    QVERIFY(engine.engine->start().ok());
    const qint64 id = publishMany(engine.t, 1).at(0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.statusOf(id), QStringLiteral("Retrying"), 10000);
    engine.t.clock().advanceMs(5000);
    engine.engine->poke();
    QTRY_COMPARE_WITH_TIMEOUT(rig.statusOf(id), QStringLiteral("Failed"), 10000);
    QCOMPARE(engine.t.service().event(id)->status, EventStatus::Failed);
    // With the dispatcher stopped, the resent event stays where resend puts it.
    engine.engine->stop();

    auto *resend = find<QPushButton>(*rig.page, "resendButton");
    auto *cancel = find<QPushButton>(*rig.page, "cancelButton");
    QVERIFY(!resend->isEnabled());
    rig.select(id);
    QVERIFY(resend->isEnabled());
    QVERIFY(!cancel->isEnabled()); // a failed event is finished: nothing to cancel
    QTest::mouseClick(resend, Qt::LeftButton);
    QCOMPARE(engine.t.service().event(id)->status, EventStatus::Pending);
    QTRY_COMPARE(rig.statusOf(id), QStringLiteral("Pending"));
    QVERIFY(find<QLabel>(*rig.page, "eventLogMessage")->text().contains(QLatin1String("sent again")));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!resend->isEnabled());
}

void TestEventLogPage::replayAsksWithTheCountFirst()
{
    TestStore t;
    const Receiver a = subscribedReceiver(t, QStringLiteral("a"));
    const Receiver b = subscribedReceiver(t, QStringLiteral("b"));
    const QList<qint64> ids = publishMany(t, 4); // a0 b0 a1 b1 a2 b2 a3 b3
    for (int i : {0, 1, 2, 4})
        setEventColumns(t, ids[i], QStringLiteral("FAILED"));
    setEventColumns(t, ids[6], QStringLiteral("SUCCEEDED"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    auto *replay = find<QToolButton>(*rig.page, "replayButton");

    QString asked;
    Confirmation::setNextAnswer([&](const QString &text) {
        asked = text;
        return false; // the person changes their mind
    });
    QTest::mouseClick(replay, Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("Replay 4 failed")), qPrintable(asked));
    QCOMPARE(t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'FAILED'")), 4);

    rig.choose("receiverFilter", a.id); // replay what the filters show: a's failed events
    Confirmation::setNextAnswer([&](const QString &text) {
        asked = text;
        return true;
    });
    QTest::mouseClick(replay, Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("Replay 3 failed")), qPrintable(asked));
    QCOMPARE(t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'FAILED'")), 1);
    for (int i : {0, 2, 4})
        QTRY_COMPARE(rig.statusOf(ids[i]), QStringLiteral("Pending"));
    QCOMPARE(rig.statusOf(ids[6]), QStringLiteral("Succeeded"));
    QVERIFY(find<QLabel>(*rig.page, "eventLogMessage")->text().contains(QLatin1String("3 failed event")));

    // Nothing left to replay: said so, without a question.
    QTest::mouseClick(replay, Qt::LeftButton);
    QVERIFY(find<QLabel>(*rig.page, "eventLogMessage")->text().contains(QLatin1String("No failed events")));
}

void TestEventLogPage::replayOfAReceiver()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const Receiver b = subscribedReceiver(t, QStringLiteral("b"));
    const QList<qint64> ids = publishMany(t, 3); // a0 b0 a1 b1 a2 b2
    for (qint64 id : ids)
        setEventColumns(t, id, QStringLiteral("FAILED"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    auto *ofReceiver = rig.page->findChild<QAction *>(QStringLiteral("replayReceiverAction"));
    QVERIFY(ofReceiver);
    QVERIFY(!ofReceiver->isEnabled()); // no receiver chosen or selected yet
    rig.select(ids[1]);
    QVERIFY(ofReceiver->isEnabled());
    QVERIFY(ofReceiver->text().contains(b.name));
    QString asked;
    Confirmation::setNextAnswer([&](const QString &text) {
        asked = text;
        return true;
    });
    ofReceiver->trigger();
    QVERIFY2(asked.contains(QLatin1String("Replay 3 failed")) && asked.contains(b.name), qPrintable(asked));
    for (int i : {1, 3, 5})
        QCOMPARE(t.service().event(ids[i])->status, EventStatus::Pending);
    for (int i : {0, 2, 4})
        QCOMPARE(t.service().event(ids[i])->status, EventStatus::Failed);
    QTRY_COMPARE(rig.statusOf(ids[5]), QStringLiteral("Pending"));
}

void TestEventLogPage::cancelPendingEvents()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> ids = publishMany(t, 3);
    setEventColumns(t, ids[2], QStringLiteral("SUCCEEDED"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    rig.select(ids[0]);
    rig.select(ids[1], QItemSelectionModel::Select);
    rig.select(ids[2], QItemSelectionModel::Select); // finished: left alone
    auto *cancel = find<QPushButton>(*rig.page, "cancelButton");
    QVERIFY(cancel->isEnabled());

    QString asked;
    Confirmation::setNextAnswer([&](const QString &text) {
        asked = text;
        return true;
    });
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("Cancel 2 event")), qPrintable(asked));
    // The buttons say what they do: "Cancel" alone would read as "do not cancel them".
    QCOMPARE(Confirmation::lastQuestion().acceptText, QStringLiteral("Cancel 2 events"));
    QCOMPARE(Confirmation::lastQuestion().rejectText, QStringLiteral("Keep them"));
    QCOMPARE(t.service().event(ids[0])->status, EventStatus::Cancelled);
    QCOMPARE(t.service().event(ids[1])->status, EventStatus::Cancelled);
    QCOMPARE(t.service().event(ids[2])->status, EventStatus::Succeeded);
    QTRY_COMPARE(rig.statusOf(ids[0]), QStringLiteral("Cancelled"));
    QCOMPARE(rig.statusOf(ids[1]), QStringLiteral("Cancelled"));
    QTRY_VERIFY(!cancel->isEnabled());
}

// Selected, then filtered out of the list: the pane, the selection and the buttons all let go of it
// (a cancelled event must not stay open with Resend enabled while the list shows RETRYING ones).
// Retrying events show when they are tried next (in the list and the detail header), and Retry now
// makes the selected ones due at once, leaving the others alone.
void TestEventLogPage::retryNowBringsTheNextAttemptForward()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> ids = publishMany(t, 3);
    const qint64 now = t.clock().nowMs();
    const QList<qint64> next{now + 2 * 3600 * 1000, now + 5 * 60 * 1000};
    for (int i = 0; i < 2; ++i) {
        setEventColumns(t, ids[i], QStringLiteral("RETRYING"), 1, 503);
        QSqlQuery later(t.store().database().connection());
        QVERIFY(later.exec(
            QStringLiteral("UPDATE events SET next_attempt_at = %1 WHERE id = %2").arg(next[i]).arg(ids[i])));
    }
    setEventColumns(t, ids[2], QStringLiteral("SUCCEEDED"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    const auto cell = [&](qint64 id, int column) {
        return rig.model().index(rig.model().rowOf(id), column).data().toString();
    };
    const auto local = [](qint64 ms, const char *format = "yyyy-MM-dd HH:mm:ss") {
        return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QLatin1String(format));
    };
    // In the list, short: the time alone on the same day, the date without the year on another.
    const auto listed = [&](qint64 ms) {
        const bool today = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date() ==
                           QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date();
        return local(ms, today ? "HH:mm:ss" : "MM-dd HH:mm");
    };
    QCOMPARE(cell(ids[0], EventLogModel::IdColumn), QStringLiteral("evt_%1").arg(ids[0]));
    QCOMPARE(cell(ids[0], EventLogModel::NextAttemptColumn), listed(next[0]));
    t.clock().advanceMs(24LL * 3600 * 1000); // tomorrow: the date is shown too
    rig.model().reload();
    QVERIFY(rig.settled());
    QCOMPARE(cell(ids[1], EventLogModel::NextAttemptColumn), local(next[1], "MM-dd HH:mm"));
    t.clock().setNowMs(now);
    QCOMPARE(cell(ids[2], EventLogModel::NextAttemptColumn), QStringLiteral("—"));

    auto *retryNow = find<QPushButton>(*rig.page, "retryNowButton");
    auto *title = find<QLabel>(*rig.page, "inspectorTitle");
    rig.select(ids[2]);
    QVERIFY(!retryNow->isEnabled());
    rig.select(ids[0]);
    QTRY_VERIFY2(title->text().contains(QStringLiteral("next at ") + local(next[0])),
                 qPrintable(title->text()));
    rig.select(ids[1], QItemSelectionModel::Select);
    rig.select(ids[2], QItemSelectionModel::Select);
    QVERIFY(retryNow->isEnabled());
    QTest::mouseClick(retryNow, Qt::LeftButton);

    for (int i = 0; i < 2; ++i)
        QCOMPARE(t.service().event(ids[i])->nextAttemptAtMs, std::optional<qint64>(now));
    QCOMPARE(t.service().event(ids[2])->status, EventStatus::Succeeded);
    QCOMPARE(find<QLabel>(*rig.page, "eventLogMessage")->text(),
             QStringLiteral("2 events are being retried now"));
    QTRY_COMPARE(cell(ids[0], EventLogModel::NextAttemptColumn), listed(now));
}

// Ctrl+F (Find) from the table puts the cursor in the payload search, its text selected.
void TestEventLogPage::findGoesToThePayloadSearch()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    publishMany(t, 2);
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    QApplication::setActiveWindow(rig.page.get());
    QVERIFY(QTest::qWaitForWindowActive(rig.page.get()));
    auto *search = find<QLineEdit>(*rig.page, "payloadFilter");
    search->setText(QStringLiteral("ORD-1"));
    rig.table().setFocus();
    QTRY_VERIFY(rig.table().hasFocus());
    QTest::keySequence(&rig.table(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("ORD-1"));
    QVERIFY(search->placeholderText().contains(
        QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
}

// Beside the actions: how many events match the filters, counted again as new ones arrive.
void TestEventLogPage::theCountFollowsFiltersAndNewEvents()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> ids = publishMany(t, 5);
    setEventColumns(t, ids[0], QStringLiteral("FAILED"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    auto *count = find<QLabel>(*rig.page, "eventCount");
    QTRY_COMPARE(count->text(), QStringLiteral("5 events"));
    rig.chooseStatuses({EventStatus::Failed});
    QTRY_COMPARE(count->text(), QStringLiteral("1 event"));
    rig.chooseStatuses({});
    QTRY_COMPARE(count->text(), QStringLiteral("5 events"));
    publishMany(t, 2);
    QTRY_COMPARE(count->text(), QStringLiteral("7 events"));
}

// Resending several selected events asks first, saying how many; declined, nothing changes.
void TestEventLogPage::resendingSeveralAsksFirst()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> ids = publishMany(t, 3);
    for (qint64 id : ids)
        setEventColumns(t, id, QStringLiteral("FAILED"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    for (qint64 id : ids)
        rig.select(id, QItemSelectionModel::Select);
    auto *resend = find<QPushButton>(*rig.page, "resendButton");

    Confirmation::setNextAnswer([](const QString &) { return false; });
    QTest::mouseClick(resend, Qt::LeftButton);
    QCOMPARE(Confirmation::lastQuestion().acceptText, QStringLiteral("Resend 3 events"));
    for (qint64 id : ids)
        QCOMPARE(t.service().event(id)->status, EventStatus::Failed);

    Confirmation::setNextAnswer([](const QString &) { return true; });
    QTest::mouseClick(resend, Qt::LeftButton);
    for (qint64 id : ids)
        QCOMPARE(t.service().event(id)->status, EventStatus::Pending);
}

void TestEventLogPage::aFilteredOutEventLeavesThePaneAndTheActions()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> ids = publishMany(t, 3);
    setEventColumns(t, ids[0], QStringLiteral("CANCELLED"));
    setEventColumns(t, ids[1], QStringLiteral("RETRYING"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    auto *inspector = find<EventInspector>(*rig.page, "eventInspector");
    auto *resend = find<QPushButton>(*rig.page, "resendButton");
    auto *cancel = find<QPushButton>(*rig.page, "cancelButton");
    rig.select(ids[0]);
    QCOMPARE(inspector->eventId(), ids[0]);
    QVERIFY(resend->isEnabled());

    rig.chooseStatuses({EventStatus::Retrying});
    QCOMPARE(rig.rowIds(), QList<qint64>{ids[1]});
    QCOMPARE(inspector->eventId(), 0);
    QVERIFY(rig.table().selectionModel()->selectedRows().isEmpty());
    QVERIFY(!resend->isEnabled());
    QVERIFY(!cancel->isEnabled());

    // Still listed after a reload (another sort): it stays open and selected.
    rig.select(ids[1]);
    rig.page->model()->sort(EventLogModel::TimeColumn, Qt::AscendingOrder);
    QVERIFY(rig.settled());
    QCOMPARE(inspector->eventId(), ids[1]);
    QCOMPARE(rig.table().selectionModel()->selectedRows().size(), 1);
    QCOMPARE(rig.model().eventAt(rig.table().selectionModel()->selectedRows().constFirst().row()).id, ids[1]);
    QVERIFY(cancel->isEnabled());

    // Clear filters: the list grows, the open event stays.
    rig.chooseStatuses({});
    QCOMPARE(inspector->eventId(), ids[1]);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!resend->isEnabled());
}

// "Copied a curl command … of event N" belongs to event N: it goes when another event is opened.
void TestEventLogPage::messagesGoWithTheEventTheyDescribe()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> ids = publishMany(t, 2);
    Attempt attempt; // something to copy as curl
    attempt.eventId = ids[0];
    attempt.number = 1;
    attempt.requestBody = "{}";
    attempt.responseCode = 503;
    QVERIFY(t.store().events().insertAttempt(attempt).ok());
    setEventColumns(t, ids[0], QStringLiteral("RETRYING"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    auto *message = find<QLabel>(*rig.page, "eventLogMessage");
    rig.select(ids[0]);
    QTest::mouseClick(find<QPushButton>(*rig.page, "copyCurlButton"), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("event %1").arg(ids[0])), qPrintable(message->text()));
    rig.select(ids[1]);
    QVERIFY(!message->isVisible());
}

void TestEventLogPage::showReceiverJumpsToItsEvents()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const Receiver b =
        subscribedReceiver(t, QStringLiteral("b"), QStringLiteral("PARTS"), QStringLiteral("CREATE"));
    publishMany(t, 3);
    const QList<qint64> parts = publishMany(t, 2, QStringLiteral("PARTS"), QStringLiteral("CREATE"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    QMetaObject::invokeMethod(rig.page.get(), "showReceiver", Q_ARG(qint64, b.id));
    QVERIFY(rig.settled());
    QCOMPARE(find<QComboBox>(*rig.page, "receiverFilter")->currentText(), b.name);
    QCOMPARE(rig.rowIds(), (QList<qint64>{parts[1], parts[0]}));
}

void TestEventLogPage::headerSortsInTheStore()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    const QList<qint64> ids = publishMany(t, 4);
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    QHeaderView *header = rig.table().horizontalHeader();
    const auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
    };
    QCOMPARE(rig.rowIds().first(), ids.last()); // newest first to begin with
    clickHeader(EventLogModel::TimeColumn);
    QVERIFY(rig.settled());
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(rig.rowIds(), ids);
    clickHeader(EventLogModel::DurationColumn);
    QCOMPARE(header->sortIndicatorSection(), int(EventLogModel::TimeColumn)); // kept: not sortable
    QCOMPARE(rig.rowIds(), ids);
}

void TestEventLogPage::emptyAndUnmatchedLogsSaySo()
{
    TestStore t;
    subscribedReceiver(t, QStringLiteral("a"));
    PageRig rig(consoleContextFor(t));
    QVERIFY(rig.show());
    auto *note = find<QLabel>(*rig.page, "eventLogEmptyNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("No events yet")));
    publishMany(t, 1);
    QTRY_VERIFY(rig.table().isVisible());
    rig.chooseStatuses({EventStatus::Failed});
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("match")));
}

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A store that looks like a working day: three receivers, every status, attempts recorded with
// the request exactly as the dispatcher builds it.
qint64 fillRealisticLog(TestStore &t)
{
    const QStringList names{QStringLiteral("Billing service"), QStringLiteral("Warehouse sync"),
                            QStringLiteral("ERP bridge")};
    const QStringList resources{QStringLiteral("RUNS"), QStringLiteral("PURCHASE_ORDERS"),
                                QStringLiteral("PARTS"), QStringLiteral("ISSUES")};
    QList<Receiver> receivers;
    for (const QString &name : names) {
        ReceiverInput input;
        input.name = name;
        input.webhookUri =
            QStringLiteral("https://%1.example.com/hooks/ion").arg(name.section(u' ', 0, 0).toLower());
        receivers.append(*t.service().createReceiver(input, tester()));
        for (const QString &resource : resources)
            t.subscribe(receivers.last().id, resource, QStringLiteral("CREATE"));
    }
    qint64 inspected = 0;
    for (int i = 0; i < 16; ++i) {
        t.clock().advanceMs(37000 + i * 1500);
        const QByteArray data =
            "{\"id\":" + QByteArray::number(4100 + i) + ",\"serial\":\"SN-" +
            QByteArray::number(88120 + i * 7) +
            "\",\"status\":\"IN_PROGRESS\",\"quantity\":12.50,\"lot\":12345678901234567890}";
        const QList<qint64> published =
            *t.service().publish({resources.at(i % resources.size()), QStringLiteral("CREATE"), data});
        for (qint64 id : published) {
            const Event event = *t.service().event(id);
            const Receiver receiver = *t.service().receiver(event.receiverId);
            const int kind = int((id * 7) % 10);
            const QString status = kind < 5    ? QStringLiteral("SUCCEEDED")
                                   : kind < 7  ? QStringLiteral("FAILED")
                                   : kind == 7 ? QStringLiteral("RETRYING")
                                   : kind == 8 ? QStringLiteral("PENDING")
                                               : QStringLiteral("CANCELLED");
            const int attempts = status == QLatin1String("FAILED")     ? 3
                                 : status == QLatin1String("RETRYING") ? 2
                                 : status == QLatin1String("PENDING")  ? 0
                                                                       : 1;
            int code = 0;
            for (int n = 1; n <= attempts; ++n) {
                const qint64 at = event.createdAtMs + (n - 1) * 5000 + 40;
                const OutgoingRequest request = buildRequest(event, receiver, at);
                Attempt a;
                a.eventId = id;
                a.number = n;
                a.startedAtMs = at;
                a.durationMs = int(35 + (id * 13 + n * 29) % 400);
                a.requestHeaders = request.headers;
                a.requestBody = request.body;
                const bool ok = status == QLatin1String("SUCCEEDED") || status == QLatin1String("CANCELLED");
                if (ok) {
                    code = 200;
                    a.responseHeaders = {{"Content-Type", "application/json"}, {"Server", "nginx"}};
                    a.responseBody = "{\"received\":true}";
                } else if (n == 2) {
                    a.error = QStringLiteral("Connection timed out after 15000 ms");
                    a.durationMs = 15000;
                    code = 0;
                } else {
                    code = 503;
                    a.responseHeaders = {{"Content-Type", "text/html"}, {"Retry-After", "5"}};
                    a.responseBody = "<html><body><h1>503 Service Unavailable</h1></body></html>";
                }
                a.responseCode = code ? std::optional<int>(code) : std::nullopt;
                if (!t.store().events().insertAttempt(a))
                    qFatal("fillRealisticLog: an attempt was refused");
            }
            setEventColumns(t, id, status, attempts, code ? QVariant(code) : QVariant());
            if (status == QLatin1String("FAILED") && i > 10)
                inspected = id;
        }
    }
    return inspected;
}

} // namespace

void TestEventLogPage::readableInLightAndDarkThemes()
{
    const QString shots = qEnvironmentVariable("HOOKBOARD_SCREENSHOT_DIR");
    TestStore t;
    const qint64 failed = fillRealisticLog(t);
    QVERIFY(failed > 0);
    PageRig rig(consoleContextFor(t));
    rig.page->resize(1180, 860);
    QVERIFY(rig.show());
    rig.select(failed);
    auto *tabs = find<QTabWidget>(*rig.page, "inspectorTabs");
    const QList<EventStatus> statuses{EventStatus::Pending,   EventStatus::Sending, EventStatus::Retrying,
                                      EventStatus::Succeeded, EventStatus::Failed,  EventStatus::Cancelled};
    for (const Theme::Kind kind : {Theme::Light, Theme::Dark}) {
        Theme::apply(kind);
        QApplication::processEvents();
        const QPalette palette = QApplication::palette();
        // Status words are coloured text on the table's base (and alternate) rows: AA contrast.
        for (EventStatus status : statuses) {
            const QColor color = EventStatusStyle::color(status, palette);
            for (const QColor &background :
                 {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)})
                QVERIFY2(contrast(color, background) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: %3")
                                        .arg(color.name(), background.name())
                                        .arg(contrast(color, background))));
        }
        // Column titles fit their columns.
        QHeaderView *header = rig.table().horizontalHeader();
        for (int column = 0; column < EventLogModel::ColumnCount; ++column)
            QVERIFY2(header->sectionSizeHint(column) <= header->sectionSize(column),
                     qPrintable(QStringLiteral("column %1 is clipped: %2 > %3")
                                    .arg(column)
                                    .arg(header->sectionSizeHint(column))
                                    .arg(header->sectionSize(column))));
        const QString name = kind == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        for (const auto &[tab, suffix] :
             {std::pair{0, ""}, std::pair{1, "-request"}, std::pair{3, "-signature"}}) {
            tabs->setCurrentIndex(tab);
            const QImage image = rig.page->grab().toImage();
            QVERIFY(!image.isNull());
            if (!shots.isEmpty())
                QVERIFY(image.save(QDir(shots).filePath(
                    QStringLiteral("eventlog-%1%2.png").arg(name, QLatin1String(suffix)))));
        }
    }
    Theme::apply(Theme::Light);
}

QTEST_MAIN(TestEventLogPage)
#include "tst_eventlogpage.moc"
