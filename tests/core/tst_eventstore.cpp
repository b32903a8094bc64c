// EventStore: changes, events and attempts as stored records, read back exactly.
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void attemptRoundTrip();
    void attemptNumbersAreUniquePerEvent();
    void cancelUnfinishedTouchesOnlyUnfinished();
};

namespace {
qint64 publishOne(TestStore &t)
{
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    Result<QList<qint64>> ids =
        t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":1}"});
    if (!ids || ids->size() != 1)
        qFatal("publishOne failed");
    return ids->at(0);
}
} // namespace

void TestEventStore::attemptRoundTrip()
{
    TestStore t;
    const qint64 eventId = publishOne(t);

    Attempt failed;
    failed.eventId = eventId;
    failed.number = 1;
    failed.startedAtMs = 1795435205123;
    failed.durationMs = 15000;
    failed.requestHeaders = {
        {"Content-Type", "application/json"}, {"webhook-id", "evt_1"}, {"X-Dup", "a"}, {"X-Dup", "b"}};
    failed.requestBody = "{\"event_id\":1}";
    failed.error = QStringLiteral("timed out after 15 s");

    Attempt answered;
    answered.eventId = eventId;
    answered.number = 2;
    answered.manual = true;
    answered.startedAtMs = 1795435300000;
    answered.durationMs = 42;
    answered.requestBody = failed.requestBody;
    answered.responseCode = 500;
    answered.responseHeaders = {{"Server", "nginx \xe9"}};
    answered.responseBody = QByteArray("\x00\x01binary", 8);
    answered.responseTruncated = true;

    QVERIFY(t.store().events().insertAttempt(answered).ok()); // order of insertion does not matter
    QVERIFY(t.store().events().insertAttempt(failed).ok());

    Result<QList<Attempt>> attempts = t.store().events().attemptsOf(eventId);
    QVERIFY(attempts.ok());
    QCOMPARE(attempts->size(), 2);
    const Attempt &a = attempts->at(0);
    QCOMPARE(a.number, 1);
    QCOMPARE(a.manual, false);
    QCOMPARE(a.startedAtMs, failed.startedAtMs);
    QCOMPARE(a.durationMs, 15000);
    QCOMPARE(a.requestHeaders, failed.requestHeaders);
    QCOMPARE(a.requestBody, failed.requestBody);
    QVERIFY(!a.responseCode.has_value());
    QVERIFY(a.responseHeaders.isEmpty());
    QVERIFY(a.responseBody.isNull());
    QCOMPARE(a.error, failed.error);
    const Attempt &b = attempts->at(1);
    QCOMPARE(b.number, 2);
    QVERIFY(b.manual);
    QCOMPARE(b.responseCode, std::optional<int>(500));
    QCOMPARE(b.responseHeaders, answered.responseHeaders);
    QCOMPARE(b.responseBody, answered.responseBody);
    QVERIFY(b.responseTruncated);
    QVERIFY(b.error.isEmpty());
}

void TestEventStore::attemptNumbersAreUniquePerEvent()
{
    TestStore t;
    const qint64 eventId = publishOne(t);
    Attempt a;
    a.eventId = eventId;
    a.number = 1;
    QVERIFY(t.store().events().insertAttempt(a).ok());
    QVERIFY(!t.store().events().insertAttempt(a).ok());
    a.eventId = 999; // no such event: the foreign key refuses it
    QVERIFY(!t.store().events().insertAttempt(a).ok());
    QCOMPARE(t.rowCount(QStringLiteral("attempts")), 1);
}

void TestEventStore::cancelUnfinishedTouchesOnlyUnfinished()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    const Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->at(0));
    const QStringList statuses{QStringLiteral("PENDING"),  QStringLiteral("SENDING"),
                               QStringLiteral("RETRYING"), QStringLiteral("SUCCEEDED"),
                               QStringLiteral("FAILED"),   QStringLiteral("CANCELLED")};
    for (int i = 0; i < 6; ++i) {
        QSqlQuery set(t.store().database().connection());
        set.prepare(QStringLiteral("UPDATE events SET status = :s, next_attempt_at = 5 WHERE id = :id"));
        set.bindValue(QStringLiteral(":s"), statuses[i]);
        set.bindValue(QStringLiteral(":id"), ids[i]);
        QVERIFY(set.exec());
    }
    t.clock().advanceMs(500);
    Result<QList<qint64>> cancelled =
        t.store().events().cancelUnfinished({EventOwner::Kind::Subscription, s.id}, t.clock().nowMs());
    QVERIFY(cancelled.ok());
    QCOMPARE(*cancelled, (QList<qint64>{ids[0], ids[1], ids[2]}));
    for (int i = 0; i < 3; ++i) {
        Result<Event> e = t.service().event(ids[i]);
        QCOMPARE(e->status, EventStatus::Cancelled);
        QVERIFY(!e->nextAttemptAtMs.has_value());
        QCOMPARE(e->updatedAtMs, t.clock().nowMs());
    }
    QCOMPARE(t.service().event(ids[3])->status, EventStatus::Succeeded);
    QCOMPARE(t.service().event(ids[4])->status, EventStatus::Failed);
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
