// A shared PostgreSQL store outlives its connections (SPEC §7): when the server drops them (a
// restart, a failover, an operator's pg_terminate_backend), the store's users connect again at
// their next statement instead of failing from then on. PostgreSQL only: an SQLite store has no
// connection to lose.
#include "delivery/deliveryengine.h"
#include "testhttpsserverthread.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;

namespace {

// Ends every other session on the test's database, as a server restart would, and waits until
// they are gone. Runs on a connection of its own.
void dropEveryConnection(const TestStore &t)
{
    Result<std::unique_ptr<Database>> admin = Database::open(t.location());
    if (!admin)
        qFatal("%s", qPrintable(admin.error().message));
    QSqlQuery drop((*admin)->connection());
    if (!drop.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                  "datname = current_database() AND pid <> pg_backend_pid()")))
        qFatal("%s", qPrintable(drop.lastError().text()));
    for (int i = 0; i < 100; ++i) {
        QSqlQuery left((*admin)->connection());
        if (left.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                     "current_database() AND pid <> pg_backend_pid()")) &&
            left.next() && left.value(0).toInt() == 0)
            return;
        QTest::qWait(50);
    }
    qFatal("the sessions did not end");
}

} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(TestDatabase::wanted(), "runs against PostgreSQL only"); }

    // Writes (a transaction) and reads (kept statements, and plain queries) carry on at once.
    void theStoreCarriesOnAfterItsConnectionIsDropped()
    {
        TestStore t;
        const Receiver r = t.makeReceiver();
        t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        QVERIFY(t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"}).ok());
        dropEveryConnection(t);
        // The publish's BEGIN finds the connection gone, and begins again on a new one.
        Result<QList<qint64>> published =
            t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"n\":2}"});
        QVERIFY2(published.ok(), published ? "" : qPrintable(published.error().message));
        QVERIFY(t.service().event(published->constFirst()).ok());
        QVERIFY(t.service().attemptsOf(published->constFirst()).ok());

        // A read outside a transaction fails once (the connection is found lost by it), then the
        // next one connects again.
        dropEveryConnection(t);
        (void)t.service().receiver(r.id);
        Result<Receiver> again = t.service().receiver(r.id);
        QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->name, r.name);
        Result<QList<Attempt>> attempts = t.service().attemptsOf(published->constFirst());
        QVERIFY2(attempts.ok(), attempts ? "" : qPrintable(attempts.error().message));
    }

    // A running engine keeps delivering: its claims and outcomes begin on a new connection.
    void aRunningEngineKeepsDeliveringAfterItsConnectionIsDropped()
    {
        TestStore t;
        TestHttpsServerThread server;
        ReceiverInput input;
        input.name = QStringLiteral("qa");
        input.webhookUri = server->url(QStringLiteral("/hook")).toString();
        const Receiver r = *t.service().createReceiver(input, tester());
        t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        DeliveryEngine engine(t.location(), t.clock(), DeliveryConfig{}, {server->caCertificate()}, t.feed());
        QVERIFY(engine.start().ok());
        const qint64 first =
            t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->at(0);
        QTRY_COMPARE_WITH_TIMEOUT(t.service().event(first)->status, EventStatus::Succeeded, 10000);

        dropEveryConnection(t);
        Result<QList<qint64>> second =
            t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"n\":2}"});
        QVERIFY2(second.ok(), second ? "" : qPrintable(second.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(t.service().event(second->constFirst())->status, EventStatus::Succeeded,
                                  15000);
        QCOMPARE(server->requestCount(), 2);
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
