// ReceiverListModel over a real store: the initial load and every live change, under the model tester.
#include "receiverlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hookboard;
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

private:
    static QVariant cell(const ReceiverListModel &model, int row, int column)
    {
        return model.data(model.index(row, column));
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
    QCOMPARE(cell(model, 0, ReceiverListModel::ActiveColumn).toString(), QStringLiteral("Yes"));
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
    QTRY_COMPARE(cell(model, 1, ReceiverListModel::ActiveColumn).toString(), QStringLiteral("No"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QCOMPARE(cell(model, 0, ReceiverListModel::ActiveColumn).toString(), QStringLiteral("Yes"));
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

QTEST_MAIN(TestReceiverListModel)
#include "tst_receiverlistmodel.moc"
