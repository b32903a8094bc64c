// EventLogModel over a real store: paging, live batches, filters and orders, every case under
// QAbstractItemModelTester, and every row checked against what the store holds.
#include "consoletestsupport.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/receiverdirectory.h"
#include "eventlogtestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;

namespace {

// A store with two receivers subscribed to RUNS/CREATE and PARTS/UPDATE, and a model over it.
struct Rig
{
    explicit Rig(int pageSize = 10)
    {
        a = subscribedReceiver(t, QStringLiteral("a"));
        b = subscribedReceiver(t, QStringLiteral("b"), QStringLiteral("PARTS"), QStringLiteral("UPDATE"));
        receivers = std::make_unique<ReceiverDirectory>(t.service());
        model = std::make_unique<EventLogModel>(consoleContextFor(t), *receivers);
        model->setPageSize(pageSize);
        model->setBatchIntervalMs(20);
        model->reload();
        if (!loaded())
            qFatal("the first page was not read");
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // count publishes of resource/action (one event each), a millisecond apart.
    QList<qint64> publish(int count, const QString &resource = QStringLiteral("RUNS"),
                          const QString &action = QStringLiteral("CREATE"), const QByteArray &data = "{}")
    {
        return publishMany(t, count, resource, action, data);
    }

    QList<qint64> rowIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->eventAt(row).id);
        return ids;
    }

    // What the store lists for the model's filter and order, all of it.
    QList<qint64> storeIds() const
    {
        EventQuery query = eventQueryFor(model->filter());
        query.order = model->order();
        query.limit = 100000;
        QList<qint64> ids;
        const Result<QList<Event>> listed = t.store().events().list(query);
        if (!listed)
            qWarning() << listed.error().message;
        for (const Event &e : *listed)
            ids.append(e.id);
        return ids;
    }

    // Pages are read on the reader's thread: wait for the first one after a reload.
    bool loaded() const
    {
        return QTest::qWaitFor([this] { return !model->isLoading(); }, 10000);
    }

    // Pages are read on the reader's thread (and the tester asks for them on every change).
    void fetchAll()
    {
        while (model->canFetchMore({})) {
            model->fetchMore({});
            QCoreApplication::processEvents();
        }
    }

    mutable TestStore t;
    Receiver a;
    Receiver b;
    std::unique_ptr<ReceiverDirectory> receivers;
    std::unique_ptr<EventLogModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QList<qint64> reversed(QList<qint64> ids)
{
    std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesNewestFirstWithEveryColumn();
    void liveEventsArriveInOneBatchAtTheTop();
    void changedRowsUpdateInPlace();
    void filtersNarrowTheRowsAndFollowLiveChanges();
    void eachColumnSortsInTheStore_data();
    void eachColumnSortsInTheStore();
    void statusOrderMovesARowWhoseStatusChanged();
    void oldestFirstTakesNewEventsOnlyAtTheEnd();
    void trimmedRowsComeBackWithFetchMore();
    void receiverNamesFollowRenamesAndDeletes();
};

void TestEventLogModel::pagesNewestFirstWithEveryColumn()
{
    Rig rig;
    const QList<qint64> ids = rig.publish(25);
    rig.model->reload();
    QVERIFY(rig.loaded());
    QCOMPARE(rig.model->rowCount(), 10);
    QVERIFY(rig.model->canFetchMore({}));
    QCOMPARE(rig.model->eventAt(0).id, ids.last());
    QSignalSpy inserted(rig.model.get(), &QAbstractItemModel::rowsInserted);
    rig.model->fetchMore({});
    QCOMPARE(rig.model->rowCount(), 10); // queued: it goes in from the event loop
    rig.fetchAll();
    QCOMPARE(rig.rowIds(), reversed(ids));
    // A page at a time, each appended below the last.
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 19);
    QCOMPARE(inserted.at(1).at(1).toInt(), 20);
    QCOMPARE(inserted.at(1).at(2).toInt(), 24);

    Attempt attempt;
    attempt.eventId = ids.last();
    attempt.number = 1;
    attempt.durationMs = 1234;
    attempt.responseCode = 503;
    QVERIFY(rig.t.store().events().insertAttempt(attempt).ok());
    setEventColumns(rig.t, ids.last(), QStringLiteral("RETRYING"));
    QSqlQuery code(rig.t.store().database().connection());
    QVERIFY(code.exec(
        QStringLiteral("UPDATE events SET last_response_code = 503 WHERE id = %1").arg(ids.last())));
    rig.model->noteEventsChanged({ids.last()});
    QSignalSpy applied(rig.model.get(), &EventLogModel::batchApplied);
    rig.model->applyPendingUpdates();
    QVERIFY(applied.wait()); // read off the GUI thread, then applied

    const auto cell = [&](int column) {
        return rig.model->index(0, column).data().toString();
    };
    QCOMPARE(cell(EventLogModel::EventColumn), QStringLiteral("RUNS.CREATE"));
    QCOMPARE(cell(EventLogModel::ReceiverColumn), rig.a.name);
    QCOMPARE(cell(EventLogModel::StatusColumn), QStringLiteral("Retrying"));
    QCOMPARE(cell(EventLogModel::AttemptsColumn), QStringLiteral("1"));
    QCOMPARE(cell(EventLogModel::ResponseColumn), QStringLiteral("503"));
    QCOMPARE(cell(EventLogModel::DurationColumn), QStringLiteral("1.23 s"));
    QCOMPARE(cell(EventLogModel::TimeColumn), QDateTime::fromMSecsSinceEpoch(rig.t.clock().nowMs())
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY(
        !rig.model->index(0, EventLogModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(rig.model->index(1, EventLogModel::ResponseColumn).data().toString(), QStringLiteral("—"));
}

void TestEventLogModel::liveEventsArriveInOneBatchAtTheTop()
{
    Rig rig;
    const QList<qint64> old = rig.publish(15);
    rig.model->reload();
    QVERIFY(rig.loaded());
    QCOMPARE(rig.model->rowCount(), 10);
    QSignalSpy inserted(rig.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(rig.model.get(), &QAbstractItemModel::modelReset);

    const QList<qint64> fresh = rig.publish(30); // thirty publishes, thirty signals
    QCOMPARE(rig.model->rowCount(), 10);         // nothing yet: they gather for one batch
    QTRY_COMPARE(rig.model->pendingUpdateCount(), 0);
    QList<QList<QVariant>> atTop;
    for (const QList<QVariant> &signal : std::as_const(inserted)) {
        if (signal.at(1).toInt() == 0)
            atTop.append(signal);
    }
    QCOMPARE(atTop.size(), 1); // one beginInsertRows for the whole batch
    QCOMPARE(atTop.at(0).at(2).toInt(), 29);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(rig.rowIds().mid(0, 30), reversed(fresh));
    // Paging (asked for by the tester meanwhile) continues below the old rows, repeating none.
    rig.fetchAll();
    QCOMPARE(rig.rowIds(), reversed(old + fresh));
}

void TestEventLogModel::changedRowsUpdateInPlace()
{
    Rig rig;
    const QList<qint64> ids = rig.publish(5);
    rig.model->reload();
    QVERIFY(rig.loaded());
    QSignalSpy changed(rig.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(rig.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(rig.model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(rig.t.service().cancelEvent(ids[1]).ok()); // announced through eventsChanged
    QVERIFY(rig.t.service().cancelEvent(ids[2]).ok());
    const int row = rig.model->rowOf(ids[1]);
    QTRY_COMPARE(rig.model->index(row, EventLogModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
    QCOMPARE(rig.model->eventAt(rig.model->rowOf(ids[2])).status, EventStatus::Cancelled);
    QCOMPARE(changed.size(), 1); // two neighbouring rows, one signal
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), rig.model->rowOf(ids[2]));
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), rig.model->rowOf(ids[1]));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(rig.rowIds(), reversed(ids));
}

void TestEventLogModel::filtersNarrowTheRowsAndFollowLiveChanges()
{
    Rig rig(100);
    const QList<qint64> runs =
        rig.publish(6, QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"order\":\"A-1\"}");
    const QList<qint64> parts =
        rig.publish(4, QStringLiteral("PARTS"), QStringLiteral("UPDATE"), "{\"order\":\"B-2\"}");
    setEventColumns(rig.t, runs[0], QStringLiteral("FAILED"));
    setEventColumns(rig.t, parts[0], QStringLiteral("FAILED"));

    EventFilter filter;
    filter.receiverId = rig.b.id;
    rig.model->setFilter(filter);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), reversed(parts));
    filter = {};
    filter.statuses = {EventStatus::Failed};
    rig.model->setFilter(filter);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), (QList<qint64>{parts[0], runs[0]}));
    filter = {};
    filter.resource = QStringLiteral("RUNS");
    rig.model->setFilter(filter);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), reversed(runs));
    filter = {};
    filter.action = QStringLiteral("UPDATE");
    rig.model->setFilter(filter);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), reversed(parts));
    filter = {};
    filter.payloadContains = QStringLiteral("b-2");
    rig.model->setFilter(filter);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), reversed(parts));
    filter = {};
    filter.sinceMs = rig.t.service().event(runs[4])->createdAtMs;
    filter.untilMs = rig.t.service().event(parts[1])->createdAtMs;
    rig.model->setFilter(filter);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), (QList<qint64>{parts[0], runs[5], runs[4]}));

    // Live: under "pending only", a cancelled row leaves, a new matching one comes, others do not.
    filter = {};
    filter.statuses = {EventStatus::Pending};
    filter.receiverId = rig.a.id;
    rig.model->setFilter(filter);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), reversed(runs.mid(1)));
    QVERIFY(rig.t.service().cancelEvent(runs[3]).ok());
    const QList<qint64> newRun = rig.publish(1);
    rig.publish(1, QStringLiteral("PARTS"), QStringLiteral("UPDATE")); // receiver b: not shown
    QTRY_COMPARE(rig.model->pendingUpdateCount(), 0);
    QCOMPARE(rig.rowIds(), (QList<qint64>{newRun[0], runs[5], runs[4], runs[2], runs[1]}));
    QCOMPARE(rig.rowIds(), rig.storeIds());
}

void TestEventLogModel::eachColumnSortsInTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        if (!EventLogModel::isSortable(column))
            continue;
        QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
    }
}

void TestEventLogModel::eachColumnSortsInTheStore()
{
    QFETCH(int, column);
    QFETCH(int, order);
    Rig rig(4);
    QList<qint64> ids = rig.publish(7);
    ids += rig.publish(6, QStringLiteral("PARTS"), QStringLiteral("UPDATE"));
    const QStringList statuses{QStringLiteral("FAILED"), QStringLiteral("SUCCEEDED"),
                               QStringLiteral("PENDING")};
    for (qsizetype i = 0; i < ids.size(); ++i)
        setEventColumns(rig.t, ids[i], statuses.at(i % 3), int(i % 4));
    rig.model->reload();
    QVERIFY(rig.loaded());
    rig.model->sort(column, Qt::SortOrder(order));
    QVERIFY(rig.loaded());
    QCOMPARE(rig.model->order().key, EventLogModel::orderKeyOf(column));
    QCOMPARE(rig.model->order().ascending, order == Qt::AscendingOrder);
    rig.fetchAll();
    QCOMPARE(rig.model->rowCount(), ids.size());
    QCOMPARE(rig.rowIds(), rig.storeIds());
    for (int row = 1; row < rig.model->rowCount(); ++row)
        QVERIFY(rig.model->order().precedes(rig.model->eventAt(row - 1), rig.model->eventAt(row)));

    // Duration has no index behind it: asking to sort by it changes nothing.
    rig.model->sort(EventLogModel::DurationColumn, Qt::AscendingOrder);
    QCOMPARE(rig.model->order().key, EventLogModel::orderKeyOf(column));
}

void TestEventLogModel::statusOrderMovesARowWhoseStatusChanged()
{
    Rig rig(100);
    const QList<qint64> ids = rig.publish(6);
    for (qint64 id : ids.mid(0, 3))
        setEventColumns(rig.t, id, QStringLiteral("FAILED"));
    rig.model->sort(EventLogModel::StatusColumn, Qt::AscendingOrder); // FAILED before PENDING
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), (QList<qint64>{ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]}));
    QSignalSpy moved(rig.model.get(), &QAbstractItemModel::rowsMoved);

    QVERIFY(rig.t.service().cancelEvent(ids[4]).ok()); // CANCELLED sorts first of all
    QTRY_COMPARE(rig.model->pendingUpdateCount(), 0);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(rig.rowIds(), (QList<qint64>{ids[4], ids[0], ids[1], ids[2], ids[3], ids[5]}));
    QCOMPARE(rig.rowIds(), rig.storeIds());
}

void TestEventLogModel::oldestFirstTakesNewEventsOnlyAtTheEnd()
{
    Rig rig(5);
    const QList<qint64> ids = rig.publish(8);
    rig.model->sort(EventLogModel::TimeColumn, Qt::AscendingOrder);
    QVERIFY(rig.loaded());
    QCOMPARE(rig.rowIds(), ids.mid(0, 5));
    // More are stored than loaded: a new event belongs after them and waits for fetchMore.
    const QList<qint64> first = rig.publish(2);
    // Read while the next pages are read too: they must not land between the loaded rows.
    rig.model->applyPendingUpdates();
    rig.fetchAll();
    QTRY_COMPARE(rig.model->pendingUpdateCount(), 0);
    QCOMPARE(rig.rowIds(), ids + first);
    // Everything loaded: new events are appended as they come.
    const QList<qint64> second = rig.publish(3);
    QTRY_COMPARE(rig.model->rowCount(), 13);
    QCOMPARE(rig.rowIds(), ids + first + second);
}

void TestEventLogModel::trimmedRowsComeBackWithFetchMore()
{
    Rig rig(10);
    const QList<qint64> ids = rig.publish(30);
    rig.model->reload();
    QVERIFY(rig.loaded());
    rig.fetchAll();
    QCOMPARE(rig.model->rowCount(), 30);
    rig.model->trimTo(5);
    QCOMPARE(rig.model->rowCount(), 5);
    QVERIFY(rig.model->canFetchMore({}));
    rig.fetchAll();
    QCOMPARE(rig.rowIds(), reversed(ids));
}

void TestEventLogModel::receiverNamesFollowRenamesAndDeletes()
{
    Rig rig;
    rig.publish(2);
    rig.model->reload();
    QVERIFY(rig.loaded());
    QSignalSpy changed(rig.model.get(), &QAbstractItemModel::dataChanged);
    ReceiverInput rename;
    rename.name = QStringLiteral("Billing");
    QVERIFY(rig.t.service().updateReceiver(rig.a.id, rig.a.etag, rename).ok());
    QCOMPARE(rig.model->index(0, EventLogModel::ReceiverColumn).data().toString(), QStringLiteral("Billing"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(rig.t.service().deleteReceiver(rig.a.id, rig.t.service().receiver(rig.a.id)->etag).ok());
    QCOMPARE(rig.model->index(0, EventLogModel::ReceiverColumn).data().toString(),
             QStringLiteral("Billing (deleted)"));
    // Deleting cancelled its pending events, and the log shows it.
    QTRY_COMPARE(rig.model->index(0, EventLogModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
}

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
