// The subscriptions grid: clicking cells subscribes, pauses and unsubscribes (checked in the store),
// the grid follows changes made through the API at once, and event counts follow publishes.
#include "consoletestsupport.h"
#include "model/resourcecatalog.h"
#include "receiverlistmodel.h"
#include "receivers/subscriptiongridmodel.h"
#include "receivers/subscriptionpanel.h"
#include "receiverspage.h"
#include "receiverstestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace hookboard;
using hookboard::test::clickCell;
using hookboard::test::find;
using hookboard::test::TestStore;
using State = SubscriptionGridModel::State;

class TestSubscriptionGrid : public QObject
{
    Q_OBJECT

private slots:
    void clicksCycleThroughStates();
    void keyboardAndMenuChoices();
    void apiChangesShowAtOnce();
    void countsFollowPublishes();
    void noReceiverMeansDisabledCells();
    void anotherReceiverStartsAtTheTop();
    void wholeRowColumnOrGridAndUndo();

private:
    struct Rig
    {
        explicit Rig(TestStore &store) : page(hookboard::test::consoleContextFor(store))
        {
            if (!hookboard::test::showAndWait(page))
                qFatal("page not shown");
            find<QTabWidget>(page, "receiverTabs")->setCurrentWidget(page.subscriptions());
            grid = page.subscriptions()->grid();
            model = page.subscriptions()->model();
        }
        State state(const QString &resource, const QString &action) const
        {
            return State(model->indexOf(resource, action).data(SubscriptionGridModel::StateRole).toInt());
        }
        ReceiversPage page;
        QTableView *grid = nullptr;
        SubscriptionGridModel *model = nullptr;
    };

    static QList<Subscription> subscriptionsOf(TestStore &store, qint64 receiverId)
    {
        return *store.service().subscriptionsOf(receiverId);
    }
};

void TestSubscriptionGrid::clicksCycleThroughStates()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("grid"));
    Rig rig(store);
    QAbstractItemModelTester tester(rig.model);
    QCOMPARE(rig.model->receiverId(), receiver.id);
    QCOMPARE(rig.model->rowCount(), ResourceCatalog::builtIn().resources().size()); // a row per resource
    QCOMPARE(rig.model->columnCount(), 3);
    const QModelIndex runsCreate = rig.model->indexOf(QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QModelIndex partsDelete = rig.model->indexOf(QStringLiteral("PARTS"), QStringLiteral("DELETE"));

    clickCell(rig.grid, runsCreate);
    QList<Subscription> stored = subscriptionsOf(store, receiver.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().resource, QStringLiteral("RUNS"));
    QCOMPARE(stored.constFirst().action, QStringLiteral("CREATE"));
    QVERIFY(stored.constFirst().active);
    QCOMPARE(stored.constFirst().createdBy.name, QStringLiteral("tester"));
    QCOMPARE(rig.state(QStringLiteral("RUNS"), QStringLiteral("CREATE")), SubscriptionGridModel::Subscribed);
    QCOMPARE(runsCreate.data(SubscriptionGridModel::SubscriptionIdRole).toLongLong(), stored.constFirst().id);

    clickCell(rig.grid, partsDelete);
    QCOMPARE(subscriptionsOf(store, receiver.id).size(), 2);

    // Second click: paused, the subscription kept with active = false.
    clickCell(rig.grid, runsCreate);
    stored = subscriptionsOf(store, receiver.id);
    QCOMPARE(stored.size(), 2);
    QVERIFY(!stored.constFirst().active);
    QCOMPARE(rig.state(QStringLiteral("RUNS"), QStringLiteral("CREATE")), SubscriptionGridModel::Paused);
    QVERIFY(runsCreate.data().toString().startsWith(QLatin1String("Paused")));

    // Third click: unsubscribed, the subscription gone.
    clickCell(rig.grid, runsCreate);
    stored = subscriptionsOf(store, receiver.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().resource, QStringLiteral("PARTS"));
    QCOMPARE(rig.state(QStringLiteral("RUNS"), QStringLiteral("CREATE")),
             SubscriptionGridModel::Unsubscribed);
    QCOMPARE(store.rowCount(QStringLiteral("subscriptions")), 1);

    // The receiver list counts along.
    const QModelIndex count = rig.page.model()->index(0, ReceiverListModel::SubscriptionsColumn);
    QCOMPARE(count.data().toInt(), 1);
}

void TestSubscriptionGrid::keyboardAndMenuChoices()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("keys"));
    Rig rig(store);
    const QModelIndex issuesUpdate = rig.model->indexOf(QStringLiteral("ISSUES"), QStringLiteral("UPDATE"));
    rig.grid->setFocus();
    rig.grid->setCurrentIndex(issuesUpdate);
    QTest::keyClick(rig.grid, Qt::Key_Space);
    QCOMPARE(rig.state(QStringLiteral("ISSUES"), QStringLiteral("UPDATE")),
             SubscriptionGridModel::Subscribed);
    QTest::keyClick(rig.grid, Qt::Key_Space);
    QCOMPARE(rig.state(QStringLiteral("ISSUES"), QStringLiteral("UPDATE")), SubscriptionGridModel::Paused);

    // A paused subscription resumes straight away (what the context menu's Resume does).
    QVERIFY(rig.model->setState(issuesUpdate, SubscriptionGridModel::Subscribed).ok());
    const QList<Subscription> stored = subscriptionsOf(store, receiver.id);
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.constFirst().active);
    // A paused one can also be made from nothing.
    const QModelIndex receipts = rig.model->indexOf(QStringLiteral("RECEIPTS"), QStringLiteral("DELETE"));
    QVERIFY(rig.model->setState(receipts, SubscriptionGridModel::Paused).ok());
    QCOMPARE(store.rowCount(QStringLiteral("subscriptions"), QStringLiteral("active = 0")), 1);
}

void TestSubscriptionGrid::apiChangesShowAtOnce()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("live"));
    const Receiver other = store.makeReceiver(QStringLiteral("other"));
    Rig rig(store);
    QAbstractItemModelTester tester(rig.model);
    QCOMPARE(rig.model->receiverId(), receiver.id);

    // Made through the API (the service is all the API uses).
    const Subscription made =
        store.subscribe(receiver.id, QStringLiteral("PROCEDURES"), QStringLiteral("UPDATE"));
    QCOMPARE(rig.state(QStringLiteral("PROCEDURES"), QStringLiteral("UPDATE")),
             SubscriptionGridModel::Subscribed);
    store.subscribe(other.id, QStringLiteral("RUNS"), QStringLiteral("CREATE")); // another receiver's
    QCOMPARE(rig.state(QStringLiteral("RUNS"), QStringLiteral("CREATE")),
             SubscriptionGridModel::Unsubscribed);

    SubscriptionInput pause;
    pause.active = false;
    const Result<Subscription> paused = store.service().updateSubscription(made.id, made.etag, pause);
    QVERIFY(paused.ok());
    QCOMPARE(rig.state(QStringLiteral("PROCEDURES"), QStringLiteral("UPDATE")),
             SubscriptionGridModel::Paused);

    // Moved to another action: the old cell empties, the new one fills.
    SubscriptionInput move;
    move.action = QStringLiteral("DELETE");
    const Result<Subscription> moved = store.service().updateSubscription(made.id, paused->etag, move);
    QVERIFY(moved.ok());
    QCOMPARE(rig.state(QStringLiteral("PROCEDURES"), QStringLiteral("UPDATE")),
             SubscriptionGridModel::Unsubscribed);
    QCOMPARE(rig.state(QStringLiteral("PROCEDURES"), QStringLiteral("DELETE")),
             SubscriptionGridModel::Paused);

    // A click on a cell whose subscription changed elsewhere uses the etag the grid was told of.
    clickCell(rig.grid, rig.model->indexOf(QStringLiteral("PROCEDURES"), QStringLiteral("DELETE")));
    QCOMPARE(
        store.rowCount(QStringLiteral("subscriptions"), QStringLiteral("receiver_id = %1").arg(receiver.id)),
        0);

    QVERIFY(store.service().deleteReceiver(other.id, other.etag).ok());
    QCOMPARE(rig.model->receiverId(), receiver.id);
}

void TestSubscriptionGrid::countsFollowPublishes()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("counts"));
    const Subscription runs = store.subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            store.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":1}"}).ok());
    Rig rig(store);
    QAbstractItemModelTester tester(rig.model);
    const QModelIndex cell = rig.model->indexOf(QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QCOMPARE(cell.data(SubscriptionGridModel::EventCountRole).toLongLong(), 3); // counted on load
    QVERIFY(cell.data().toString().contains(QLatin1String("3 events")));

    // A burst of publishes is counted once, after a short delay.
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            store.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":2}"}).ok());
    QCOMPARE(cell.data(SubscriptionGridModel::EventCountRole).toLongLong(), 3);
    QTRY_COMPARE(cell.data(SubscriptionGridModel::EventCountRole).toLongLong(), 8);
    // Other resources' publishes and test events (which have no subscription) are not counted here.
    QVERIFY(store.service().publish({QStringLiteral("PARTS"), QStringLiteral("CREATE"), "{\"id\":3}"}).ok());
    QVERIFY(store.service()
                .sendTestEvent(receiver.id, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})
                .ok());
    QVERIFY(store.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":4}"}).ok());
    QTRY_VERIFY(!rig.model->isCountScheduled());
    QCOMPARE(cell.data(SubscriptionGridModel::EventCountRole).toLongLong(), 9);

    // Hidden, the grid does not count, only notes that it owes a count; shown again, it catches up.
    find<QTabWidget>(rig.page, "receiverTabs")->setCurrentIndex(0);
    QVERIFY(!rig.grid->isVisible());
    QVERIFY(store.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":5}"}).ok());
    QVERIFY(!rig.model->isCountScheduled());
    QVERIFY(rig.model->areCountsStale());
    find<QTabWidget>(rig.page, "receiverTabs")->setCurrentWidget(rig.page.subscriptions());
    QVERIFY(rig.model->isCountScheduled());
    QTRY_COMPARE(cell.data(SubscriptionGridModel::EventCountRole).toLongLong(), 10);
    QVERIFY(!rig.model->areCountsStale());
    QCOMPARE(cell.data(SubscriptionGridModel::SubscriptionIdRole).toLongLong(), runs.id);
}

void TestSubscriptionGrid::noReceiverMeansDisabledCells()
{
    TestStore store;
    ReceiversPage page(hookboard::test::consoleContextFor(store));
    QVERIFY(hookboard::test::showAndWait(page));
    SubscriptionGridModel *model = page.subscriptions()->model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->receiverId(), 0);
    const QModelIndex cell = model->index(0, 0);
    QVERIFY(!(cell.flags() & Qt::ItemIsEnabled));
    const Status refused = model->setState(cell, SubscriptionGridModel::Subscribed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("receiverId"));
    QCOMPARE(store.rowCount(QStringLiteral("subscriptions")), 0);
}

// Scrolled down the grid of one receiver, the next receiver's grid starts at its top.
void TestSubscriptionGrid::anotherReceiverStartsAtTheTop()
{
    TestStore store;
    const Receiver first = store.makeReceiver(QStringLiteral("one"));
    const Receiver second = store.makeReceiver(QStringLiteral("two"));
    Rig rig(store);
    rig.page.resize(1024, 640);
    QScrollBar *bar = rig.grid->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0); // more resources than rows fit
    rig.grid->scrollToBottom();
    QVERIFY(bar->value() > 0);
    rig.page.selectReceiver(second.id);
    QCOMPARE(rig.model->receiverId(), second.id);
    QCOMPARE(bar->value(), 0);
    rig.grid->scrollToBottom();
    rig.page.selectReceiver(first.id);
    QCOMPARE(bar->value(), 0);
}

// A resource's whole row from its header's menu, an action's column, the whole grid; each one
// step that the Undo beside the grid takes back, as it does a single click.
void TestSubscriptionGrid::wholeRowColumnOrGridAndUndo()
{
    TestStore store;
    const Receiver receiver = store.makeReceiver(QStringLiteral("bulk"));
    Rig rig(store);
    SubscriptionPanel *panel = rig.page.subscriptions();
    auto *undoLine = find<QLabel>(rig.page, "subscriptionUndoText");
    auto *undo = find<QPushButton>(rig.page, "subscriptionUndoButton");
    const int runs = rig.model->indexOf(QStringLiteral("RUNS"), QStringLiteral("CREATE")).row();
    int enabledInRow = 0;
    for (const QModelIndex &cell : panel->rowCells(runs))
        enabledInRow += (cell.flags() & Qt::ItemIsEnabled) ? 1 : 0;
    QVERIFY(enabledInRow > 0);

    // The RUNS header's menu, as a right-click opens it.
    QHeaderView *rows = rig.grid->verticalHeader();
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(QLatin1String("Subscribe to every action of")))
                action->trigger();
        }
        menu->close();
    });
    const QPoint atRuns(rows->width() / 2, rows->sectionViewportPosition(runs) + rows->sectionSize(runs) / 2);
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, atRuns, rows->viewport()->mapToGlobal(atRuns));
    QApplication::sendEvent(rows->viewport(), &rightClick);
    QCOMPARE(subscriptionsOf(store, receiver.id).size(), enabledInRow);
    for (const Subscription &subscription : subscriptionsOf(store, receiver.id))
        QCOMPARE(subscription.resource, QStringLiteral("RUNS"));
    QVERIFY(undoLine->isVisible());
    QCOMPARE(undoLine->text(), QStringLiteral("%1 changes subscribed").arg(enabledInRow));

    // Undo takes the whole row back.
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(subscriptionsOf(store, receiver.id).size(), 0);
    QVERIFY(!undoLine->isVisible());

    // A column, then the whole grid; cells already in that state are left alone (and not undone).
    const int create = rig.model->indexOf(QStringLiteral("RUNS"), QStringLiteral("CREATE")).column();
    panel->apply(panel->columnCells(create), SubscriptionGridModel::Subscribed);
    const qsizetype column = subscriptionsOf(store, receiver.id).size();
    QVERIFY(column > 1);
    panel->apply(panel->allCells(), SubscriptionGridModel::Subscribed);
    const qsizetype everything = subscriptionsOf(store, receiver.id).size();
    QVERIFY(everything > column);
    QCOMPARE(undoLine->text(), QStringLiteral("%1 changes subscribed").arg(everything - column));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(subscriptionsOf(store, receiver.id).size(), column);

    // One click, undone the same way.
    const QModelIndex partsDelete = rig.model->indexOf(QStringLiteral("PARTS"), QStringLiteral("DELETE"));
    QCOMPARE(rig.state(QStringLiteral("PARTS"), QStringLiteral("DELETE")),
             SubscriptionGridModel::Unsubscribed);
    clickCell(rig.grid, partsDelete);
    QCOMPARE(rig.state(QStringLiteral("PARTS"), QStringLiteral("DELETE")), SubscriptionGridModel::Subscribed);
    QCOMPARE(undoLine->text(), QStringLiteral("1 change subscribed"));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(rig.state(QStringLiteral("PARTS"), QStringLiteral("DELETE")),
             SubscriptionGridModel::Unsubscribed);
    QCOMPARE(subscriptionsOf(store, receiver.id).size(), column);
}

QTEST_MAIN(TestSubscriptionGrid)
#include "tst_subscriptiongrid.moc"
