// ReceiverListModel over a real store: the initial load and every live change, the health badge,
// the last day's statistics from recorded attempts and the active switch, under the model tester.
#include "health/deliverytestsupport.h"
#include "receiverlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hookboard;
using hookboard::test::DeliveredAttempt;
using hookboard::test::TestStore;

class TestReceiverListModel : public QObject
{
    Q_OBJECT

private slots:
    void initialLoad();
    void liveInsert();
    void updateAndDisable();
    void removal();
    void subscriptionCount();
    void statisticsFromRecordedAttempts();
    void healthBadgeFollowsTheEngine();
    void refreshesAreCoalesced();
    void engineDeliveriesShowUpLive();
    void activeSwitchGoesThroughTheService();
    void refusedSwitchIsShownAndRecovers();

private:
    static QVariant cell(const ReceiverListModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role);
    }
    static Qt::CheckState activeState(const ReceiverListModel &model, int row)
    {
        return Qt::CheckState(cell(model, row, ReceiverListModel::ActiveColumn, Qt::CheckStateRole).toInt());
    }
};

void TestReceiverListModel::initialLoad()
{
    TestStore store;
    const Receiver first = store.makeReceiver(QStringLiteral("alpha"));
    const Receiver second = store.makeReceiver(QStringLiteral("beta"));
    store.subscribe(second.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    store.subscribe(second.id, QStringLiteral("RUNS"), QStringLiteral("UPDATE"));

    ReceiverListModel model(store.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QVERIFY(model.loadError().isEmpty());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ReceiverListModel::ColumnCount));
    QCOMPARE(cell(model, 0, ReceiverListModel::NameColumn).toString(), first.name);
    QCOMPARE(cell(model, 0, ReceiverListModel::UrlColumn).toString(), first.webhookUri);
    QCOMPARE(activeState(model, 0), Qt::Checked);
    QVERIFY(model.flags(model.index(0, ReceiverListModel::ActiveColumn)) & Qt::ItemIsUserCheckable);
    QCOMPARE(cell(model, 0, ReceiverListModel::SubscriptionsColumn).toInt(), 0);
    QCOMPARE(cell(model, 1, ReceiverListModel::NameColumn).toString(), second.name);
    QCOMPARE(cell(model, 1, ReceiverListModel::SubscriptionsColumn).toInt(), 2);
    QCOMPARE(model.data(model.index(1, 0), ReceiverListModel::ReceiverIdRole).toLongLong(), second.id);
    QCOMPARE(model.headerData(ReceiverListModel::UrlColumn, Qt::Horizontal).toString(),
             QStringLiteral("URL"));
}

void TestReceiverListModel::liveInsert()
{
    TestStore store;
    store.makeReceiver(QStringLiteral("alpha"));
    ReceiverListModel model(store.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const Receiver added = store.makeReceiver(QStringLiteral("gamma"));

    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(cell(model, 1, ReceiverListModel::NameColumn).toString(), added.name);
}

void TestReceiverListModel::updateAndDisable()
{
    TestStore store;
    store.makeReceiver(QStringLiteral("alpha"));
    const Receiver target = store.makeReceiver(QStringLiteral("beta"));
    ReceiverListModel model(store.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    ReceiverInput rename;
    rename.name = QStringLiteral("Renamed receiver");
    const Result<Receiver> renamed = store.service().updateReceiver(target.id, target.etag, rename);
    QVERIFY2(renamed.ok(), renamed.ok() ? "" : qPrintable(renamed.error().message));
    QTRY_COMPARE(cell(model, 1, ReceiverListModel::NameColumn).toString(),
                 QStringLiteral("Renamed receiver"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);

    const Result<Receiver> disabled = store.service().setReceiverActive(target.id, renamed->etag, false);
    QVERIFY(disabled.ok());
    QTRY_COMPARE(activeState(model, 1), Qt::Unchecked);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QCOMPARE(cell(model, 1, ReceiverListModel::HealthColumn).toString(), QStringLiteral("DISABLED"));
    QCOMPARE(activeState(model, 0), Qt::Checked);
    QCOMPARE(reset.count(), 0);
}

void TestReceiverListModel::removal()
{
    TestStore store;
    const Receiver first = store.makeReceiver(QStringLiteral("alpha"));
    const Receiver doomed = store.makeReceiver(QStringLiteral("beta"));
    const Receiver last = store.makeReceiver(QStringLiteral("gamma"));
    store.subscribe(doomed.id, QStringLiteral("PARTS"), QStringLiteral("DELETE"));
    ReceiverListModel model(store.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const Result<Receiver> current = store.service().receiver(doomed.id);
    QVERIFY(current.ok());
    QVERIFY(store.service().deleteReceiver(doomed.id, current->etag).ok());

    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowOf(doomed.id), -1);
    QCOMPARE(cell(model, 0, ReceiverListModel::NameColumn).toString(), first.name);
    QCOMPARE(cell(model, 1, ReceiverListModel::NameColumn).toString(), last.name);
}

void TestReceiverListModel::subscriptionCount()
{
    TestStore store;
    const Receiver other = store.makeReceiver(QStringLiteral("alpha"));
    const Receiver target = store.makeReceiver(QStringLiteral("beta"));
    ReceiverListModel model(store.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const Subscription runs = store.subscribe(target.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    store.subscribe(target.id, QStringLiteral("ISSUES"), QStringLiteral("UPDATE"));
    QTRY_COMPARE(cell(model, 1, ReceiverListModel::SubscriptionsColumn).toInt(), 2);
    QCOMPARE(changed.count(), 2);
    const QModelIndex countCell = changed.at(0).at(0).toModelIndex();
    QCOMPARE(countCell.row(), 1);
    QCOMPARE(countCell.column(), int(ReceiverListModel::SubscriptionsColumn));

    QVERIFY(store.service().deleteSubscription(runs.id, runs.etag).ok());
    QTRY_COMPARE(cell(model, 1, ReceiverListModel::SubscriptionsColumn).toInt(), 1);
    QCOMPARE(cell(model, 0, ReceiverListModel::SubscriptionsColumn).toInt(), 0);
    QCOMPARE(model.rowOf(other.id), 0);
}

void TestReceiverListModel::statisticsFromRecordedAttempts()
{
    TestStore store;
    const Receiver a = store.makeReceiver(QStringLiteral("alpha"));
    const Receiver b = store.makeReceiver(QStringLiteral("beta"));
    store.makeReceiver(QStringLiteral("idle"));
    for (const DeliveredAttempt &attempt : {DeliveredAttempt{100, 200}, DeliveredAttempt{200, 200},
                                            DeliveredAttempt{300, 200}, DeliveredAttempt{400, 500}})
        deliverAttempt(store, a.id, attempt);
    deliverAttempt(store, b.id, {50, std::nullopt});

    ReceiverListModel model(hookboard::test::consoleContextFor(store));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(ReceiverListModel::SuccessRateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Success (24 h)"));

    // Read off the GUI thread: the figures show once read.
    QTRY_COMPARE(cell(model, 0, ReceiverListModel::SuccessRateColumn).toString(), QStringLiteral("75.0 %"));
    QCOMPARE(
        cell(model, 0, ReceiverListModel::SuccessRateColumn, ReceiverListModel::StatValueRole).toDouble(),
        0.75);
    QVERIFY(cell(model, 0, ReceiverListModel::SuccessRateColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("3 of 4 attempts")));
    QCOMPARE(cell(model, 0, ReceiverListModel::MedianLatencyColumn).toString(), QStringLiteral("250 ms"));
    QCOMPARE(
        cell(model, 0, ReceiverListModel::MedianLatencyColumn, ReceiverListModel::StatValueRole).toDouble(),
        250.0);
    const QString latencyTip =
        cell(model, 0, ReceiverListModel::MedianLatencyColumn, Qt::ToolTipRole).toString();
    QVERIFY2(latencyTip.contains(QLatin1String("p90 370 ms")) &&
                 latencyTip.contains(QLatin1String("p99 397 ms")),
             qPrintable(latencyTip));
    // alpha's last attempt failed, beta's only one too: both are FAILING; idle has nothing to show.
    QCOMPARE(cell(model, 0, ReceiverListModel::HealthColumn).toString(), QStringLiteral("FAILING"));
    QCOMPARE(cell(model, 0, ReceiverListModel::HealthColumn, ReceiverListModel::HealthStateRole).toInt(),
             int(HealthBadge::State::Failing));
    QVERIFY(cell(model, 0, ReceiverListModel::HealthColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("The last attempt failed")));
    QCOMPARE(cell(model, 1, ReceiverListModel::SuccessRateColumn).toString(), QStringLiteral("0 %"));
    QCOMPARE(cell(model, 1, ReceiverListModel::MedianLatencyColumn).toString(), QStringLiteral("50 ms"));
    QCOMPARE(cell(model, 2, ReceiverListModel::SuccessRateColumn).toString(), QStringLiteral("\u2014"));
    QCOMPARE(cell(model, 2, ReceiverListModel::MedianLatencyColumn).toString(), QStringLiteral("\u2014"));
    QVERIFY(
        !cell(model, 2, ReceiverListModel::SuccessRateColumn, ReceiverListModel::StatValueRole).isValid());
    QCOMPARE(cell(model, 2, ReceiverListModel::HealthColumn).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!cell(model, 2, ReceiverListModel::HealthColumn, Qt::DecorationRole).value<QIcon>().isNull());

    // Without a store the model still knows health (from the service), but has no statistics.
    ReceiverListModel plain(store.service());
    QCOMPARE(cell(plain, 0, ReceiverListModel::HealthColumn).toString(), QStringLiteral("FAILING"));
    QVERIFY(!cell(plain, 0, ReceiverListModel::SuccessRateColumn).isValid());
}

void TestReceiverListModel::healthBadgeFollowsTheEngine()
{
    TestStore store;
    const Receiver gone = store.makeReceiver(QStringLiteral("gone"));
    const Receiver flaky = store.makeReceiver(QStringLiteral("flaky"));
    deliverAttempt(store, flaky.id, {10, 503});
    ReceiverListModel model(hookboard::test::consoleContextFor(store));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(cell(model, 1, ReceiverListModel::HealthColumn).toString(), QStringLiteral("FAILING"));

    // The engine disables a receiver that answers 410 and announces it through the service.
    const QString reason = QStringLiteral("disabled automatically: the receiver answered 410 Gone");
    deliverAttempt(store, gone.id, {10, 410, {}, reason});
    QTRY_COMPARE(cell(model, 0, ReceiverListModel::HealthColumn).toString(), QStringLiteral("DISABLED"));
    QCOMPARE(cell(model, 0, ReceiverListModel::HealthColumn, ReceiverListModel::HealthStateRole).toInt(),
             int(HealthBadge::State::DisabledAutomatically));
    QVERIFY(cell(model, 0, ReceiverListModel::HealthColumn, Qt::ToolTipRole).toString().contains(reason));
    QCOMPARE(activeState(model, 0), Qt::Unchecked);

    // A success ends the failing streak.
    deliverAttempt(store, flaky.id, {10, 200});
    model.refreshStatistics();
    QTRY_COMPARE(cell(model, 1, ReceiverListModel::HealthColumn).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(cell(model, 1, ReceiverListModel::SuccessRateColumn).toString(), QStringLiteral("50.0 %"));
}

void TestReceiverListModel::refreshesAreCoalesced()
{
    TestStore store;
    const Receiver r = store.makeReceiver();
    ReceiverListModel model(hookboard::test::consoleContextFor(store));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy refreshed(&model, &ReceiverListModel::statisticsRefreshed);
    QVERIFY(refreshed.wait()); // the first read, made when the rows were loaded
    QCOMPARE(cell(model, 0, ReceiverListModel::SuccessRateColumn).toString(), QStringLiteral("\u2014"));

    deliverAttempt(store, r.id, {120, 200});
    deliverAttempt(store, r.id, {80, 200});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 20; ++i)
        model.scheduleRefresh();
    // Nothing is read while asked: the one refresh comes when the coalescing timer fires.
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(cell(model, 0, ReceiverListModel::SuccessRateColumn).toString(), QStringLiteral("100 %"));
    QCOMPARE(cell(model, 0, ReceiverListModel::MedianLatencyColumn).toString(), QStringLiteral("100 ms"));
    QTest::qWait(ReceiverListModel::kCoalesceMs * 2); // room for a second refresh, which must not come
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(ReceiverListModel::HealthColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(ReceiverListModel::MedianLatencyColumn));
}

void TestReceiverListModel::engineDeliveriesShowUpLive()
{
    TestStore store;
    hookboard::test::LiveDeliveries live(store);
    ReceiverListModel model(live.context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(live.engine->start().ok());
    live.publish(3);
    // Only the engine's signal can bring this within the test's time: the periodic refresh is 30 s.
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ReceiverListModel::SuccessRateColumn, Qt::ToolTipRole)
                                  .toString()
                                  .contains(QLatin1String("3 of 3 attempts")),
                              true, 10000);
    QCOMPARE(cell(model, 0, ReceiverListModel::SuccessRateColumn).toString(), QStringLiteral("100 %"));
    QCOMPARE(cell(model, 0, ReceiverListModel::HealthColumn).toString(), QStringLiteral("ACTIVE"));
    live.engine->stop();
}

void TestReceiverListModel::activeSwitchGoesThroughTheService()
{
    TestStore store;
    const Receiver r = store.makeReceiver();
    ReceiverListModel model(hookboard::test::consoleContextFor(store));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex active = model.index(0, ReceiverListModel::ActiveColumn);

    QVERIFY(!model.setData(active, Qt::Checked, Qt::CheckStateRole)); // already on: nothing to do
    QVERIFY(model.setData(active, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!store.service().receiver(r.id)->active);
    QCOMPARE(activeState(model, 0), Qt::Unchecked);
    QCOMPARE(cell(model, 0, ReceiverListModel::HealthColumn).toString(), QStringLiteral("DISABLED"));
    QCOMPARE(cell(model, 0, ReceiverListModel::HealthColumn, ReceiverListModel::HealthStateRole).toInt(),
             int(HealthBadge::State::Disabled));

    QVERIFY(model.setData(active, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(store.service().receiver(r.id)->active);
    QCOMPARE(activeState(model, 0), Qt::Checked);
    QCOMPARE(cell(model, 0, ReceiverListModel::HealthColumn).toString(), QStringLiteral("ACTIVE"));
}

void TestReceiverListModel::refusedSwitchIsShownAndRecovers()
{
    TestStore store;
    const Receiver r = store.makeReceiver();
    ReceiverListModel model(hookboard::test::consoleContextFor(store));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&model, &ReceiverListModel::activeChangeFailed);
    hookboard::test::changeEtagBehindTheService(store, r.id);
    const QModelIndex active = model.index(0, ReceiverListModel::ActiveColumn);

    QVERIFY(!model.setData(active, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toLongLong(), r.id);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(store.service().receiver(r.id)->active); // refused: nothing changed
    QCOMPARE(activeState(model, 0), Qt::Checked);
    QVERIFY(cell(model, 0, ReceiverListModel::ActiveColumn, Qt::ToolTipRole).toString().contains(message));
    QVERIFY(!cell(model, 0, ReceiverListModel::ActiveColumn, Qt::DecorationRole).value<QIcon>().isNull());

    // The row was read again, so the next click works on the current version.
    QCOMPARE(model.receiverAt(0).etag, QStringLiteral("changed-elsewhere"));
    QVERIFY(model.setData(active, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!store.service().receiver(r.id)->active);
    QVERIFY(!cell(model, 0, ReceiverListModel::ActiveColumn, Qt::ToolTipRole).toString().contains(message));
    QVERIFY(!cell(model, 0, ReceiverListModel::ActiveColumn, Qt::DecorationRole).isValid());
}

QTEST_MAIN(TestReceiverListModel)
#include "tst_receiverlistmodel.moc"
