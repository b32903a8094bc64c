// One live log (SPEC §7): on a shared PostgreSQL store, what one instance commits reaches every
// other instance's change feed through LISTEN/NOTIFY, ids only, and what an instance missed while
// its connection was down is caught up by id when it is back. Two FeedRelays on one database
// stand for two instances.
#include "service/changefeed.h"
#include "service/feedrelay.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;
using Kind = StoreChange::Kind;

namespace {

// Two instances on one store: this test's (t, its feed, relayed by here) and another one's feed,
// relayed by there.
struct TwoInstances
{
    TestStore t;
    ChangeFeed otherFeed;
    FeedRelay here{t.location(), t.feed()};
    FeedRelay there{t.location(), otherFeed};

    bool start() { return here.start().ok() && there.start().ok(); }
};

} // namespace

class TestFeedRelay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(TestDatabase::wanted(), "runs against PostgreSQL only"); }

    // A change posted on one instance arrives on the other, marked as coming from another
    // instance, and is not sent back.
    void aChangeReachesTheOtherInstanceOnce()
    {
        TwoInstances two;
        QVERIFY(two.start());
        TestStore &t = two.t;
        ChangeFeed &otherFeed = two.otherFeed;
        FeedRecorder heardHere(t.feed());
        FeedRecorder heardThere(otherFeed);

        const Receiver r = t.makeReceiver(); // the service posts ReceiversCreated here
        QVERIFY(heardThere.waitFor(Kind::ReceiversCreated));
        QCOMPARE(heardThere.ids(Kind::ReceiversCreated), QList<qint64>{r.id});
        QVERIFY(heardThere.of(Kind::ReceiversCreated).constFirst().fromOtherInstance);

        // Subscriptions carry their receivers along.
        const Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        QVERIFY(heardThere.waitFor(Kind::SubscriptionsCreated));
        QCOMPARE(heardThere.of(Kind::SubscriptionsCreated).constFirst().ids, QList<qint64>{s.id});
        QCOMPARE(heardThere.of(Kind::SubscriptionsCreated).constFirst().receiverIds, QList<qint64>{r.id});

        // The other instance's own change comes back here once, and is not echoed to it again.
        otherFeed.post(Kind::EventsChanged, {7});
        QVERIFY(heardHere.waitFor(Kind::EventsChanged));
        QTest::qWait(500);
        QCOMPARE(heardHere.ids(Kind::EventsChanged), QList<qint64>{7});
        QCOMPARE(heardThere.ids(Kind::EventsChanged), QList<qint64>{7});      // its own post, once
        QCOMPARE(heardHere.ids(Kind::ReceiversCreated), QList<qint64>{r.id}); // not echoed back
        QVERIFY(!heardHere.of(Kind::ReceiversCreated).constFirst().fromOtherInstance);
    }

    // Thousands of ids do not fit one NOTIFY (8000 bytes): they arrive whole, in order, over several.
    void manyIdsArriveWhole()
    {
        TwoInstances two;
        QVERIFY(two.start());
        TestStore &t = two.t;
        FeedRecorder heardThere(two.otherFeed);
        QList<qint64> ids;
        for (qint64 id = 1'000'000'000'000; ids.size() < 5000; id += 3)
            ids.append(id);
        t.feed().post(Kind::EventsAttempted, ids);
        QTRY_COMPARE_WITH_TIMEOUT(heardThere.ids(Kind::EventsAttempted).size(), ids.size(), 10000);
        QCOMPARE(heardThere.ids(Kind::EventsAttempted), ids);
        QVERIFY(heardThere.of(Kind::EventsAttempted).size() > 1);
    }

    // An instance whose connection dropped connects again and posts what it missed: the events
    // published meanwhile, by id.
    void aDroppedConnectionCatchesUpById()
    {
        TestStore t;
        const Receiver r = t.makeReceiver();
        t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        ChangeFeed otherFeed;
        FeedRelay there(t.location(), otherFeed);
        QVERIFY(there.start().ok());
        FeedRecorder heardThere(otherFeed);

        // Its connection is cut by the server; meanwhile this instance publishes without a relay
        // (so nothing is sent): only catching up can find the event.
        QSqlQuery cut(t.store().database().connection());
        QVERIFY2(cut.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                         "datname = current_database() AND application_name = "
                                         "'hookboard-feed-relay'")),
                 qPrintable(cut.lastError().text()));
        QVERIFY(cut.next());
        QVERIFY(cut.value(0).toBool());
        Result<QList<qint64>> published =
            t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"n\":1}"});
        QVERIFY(published.ok());
        QTRY_VERIFY_WITH_TIMEOUT(heardThere.ids(Kind::EventsPublished).contains(published->constFirst()),
                                 15000);
        QVERIFY(heardThere.of(Kind::EventsPublished).constFirst().fromOtherInstance);

        // Listening again: the next change arrives as usual.
        FeedRelay here(t.location(), t.feed());
        QVERIFY(here.start().ok());
        t.feed().post(Kind::EventsChanged, {42});
        QVERIFY(heardThere.waitFor(Kind::EventsChanged, 10000));
        QVERIFY(heardThere.ids(Kind::EventsChanged).contains(42));
    }

    // A change committed here while this instance's connection is down is not lost: it waits, and
    // goes out once the relay has connected again.
    void aChangeCommittedWhileDisconnectedIsSentOnceBack()
    {
        TestStore t;
        StoreLocation hereLocation = t.location();
        hereLocation.connectOptions +=
            (hereLocation.connectOptions.isEmpty() ? QString() : QStringLiteral(";")) +
            QStringLiteral("application_name=relay-here");
        FeedRelay here(hereLocation, t.feed());
        ChangeFeed otherFeed;
        FeedRelay there(t.location(), otherFeed);
        QVERIFY(here.start().ok() && there.start().ok());
        FeedRecorder heardThere(otherFeed);

        QSqlQuery admin(t.store().database().connection());
        const auto hereConnections = [&] {
            QSqlQuery count(t.store().database().connection());
            if (!count.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                           "'relay-here'")) ||
                !count.next())
                qFatal("%s", qPrintable(count.lastError().text()));
            return count.value(0).toInt();
        };
        QCOMPARE(hereConnections(), 1);
        QVERIFY2(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                           "application_name = 'relay-here'")),
                 qPrintable(admin.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(hereConnections(), 0, 5000);
        // Its connection is gone and it does not know yet: these go out on a dead connection.
        t.feed().post(Kind::EventsChanged, {42});
        t.feed().post(Kind::EventsAttempted, {43, 44});
        QTRY_VERIFY_WITH_TIMEOUT(heardThere.ids(Kind::EventsAttempted).contains(44), 15000);
        QCOMPARE(heardThere.ids(Kind::EventsChanged), QList<qint64>{42});
        QCOMPARE(heardThere.ids(Kind::EventsAttempted), (QList<qint64>{43, 44}));
        QCOMPARE(hereConnections(), 1);
    }

    // An instance that cannot reach the store says so at start.
    void anUnreachableStoreIsAnError()
    {
        TestStore t;
        StoreLocation nowhere = t.location();
        nowhere.port = 1;
        ChangeFeed feed;
        FeedRelay relay(nowhere, feed);
        const Status started = relay.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QStringLiteral("cannot open the store")),
                 qPrintable(started.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFeedRelay)
#include "tst_feedrelay.moc"
