// DeliveryStore: the dispatcher's queue in SQL. Claims respect caps, order and held events;
// outcomes move events on, keep health, and disable receivers that are gone or always failing.
#include "store/deliverystore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;

namespace {

QList<qint64> publishMany(TestStore &t, const QString &resource, int count)
{
    QList<qint64> all;
    for (int i = 0; i < count; ++i) {
        Result<QList<qint64>> ids = t.service().publish({resource, QStringLiteral("CREATE"), "{\"n\":1}"});
        if (!ids)
            qFatal("publish failed: %s", qPrintable(ids.error().message));
        all += *ids;
    }
    return all;
}

QList<qint64> idsOf(const QList<Delivery> &deliveries)
{
    QList<qint64> ids;
    for (const Delivery &d : deliveries)
        ids.append(d.event.id);
    return ids;
}

Outcome outcomeFor(const Delivery &d, EventStatus status, std::optional<int> code, qint64 startedAtMs)
{
    Outcome o;
    o.eventId = d.event.id;
    o.receiverId = d.receiver.id;
    o.lease = d.lease;
    o.status = status;
    o.attempt.eventId = d.event.id;
    o.attempt.number = d.event.attemptCount + 1;
    o.attempt.manual = d.manual;
    o.attempt.startedAtMs = startedAtMs;
    o.attempt.responseCode = code;
    o.attempt.requestBody = "{}";
    if (!code)
        o.attempt.error = QStringLiteral("connection refused");
    o.succeeded = status == EventStatus::Succeeded;
    return o;
}

// One event claimed, then cancelled and resent while that claim's attempt is still open: what a
// person does who resends during an attempt. Returns the first claim's delivery.
Delivery claimCancelAndResend(TestStore &t)
{
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const qint64 id = publishMany(t, QStringLiteral("RUNS"), 1).at(0);
    Result<QList<Delivery>> first = t.store().deliveries().claim(10, 8, t.clock().nowMs());
    if (!first || first->size() != 1)
        qFatal("claimCancelAndResend: the event was not claimed alone");
    if (!t.service().cancelEvent(id).ok() || !t.service().resendEvent(id).ok())
        qFatal("claimCancelAndResend: cancel or resend failed");
    return first->at(0);
}

} // namespace

class TestDeliveryStore : public QObject
{
    Q_OBJECT

private slots:
    void claimMarksSendingAndCarriesTheReceiver();
    void claimRespectsPerReceiverCap();
    void claimRespectsReceiverOverrideAndLimit();
    void claimIsALease();
    void finishedOutcomesFreeTheirSlotBeforeTheyAreWritten();
    void claimAheadIsBoundedByTheCap();
    void claimReadsEachReceiverOnce();
    void orderedReceiverGetsOneAtATimeInOrder();
    void heldEventsWaitForEnable();
    void retryingEventsWaitForTheirTime();
    void requeueInterruptedReturnsSendingToPending();
    void recordWritesAttemptAndStatus();
    void recordKeepsCancelledEventsCancelled();
    void anOutcomeMovesOnlyTheClaimItWasSentUnder();
    void aLateOutcomeLeavesAResentEventWaiting();
    void leasesAreRenewedOnlyForTheirClaimant();
    void goneDisablesAtOnce();
    void seventyTwoHoursOfFailuresDisable();
    void successResetsHealth();
    void receiverHealthFollowsOutcomes();
};

void TestDeliveryStore::claimMarksSendingAndCarriesTheReceiver()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<qint64> ids = publishMany(t, QStringLiteral("RUNS"), 3);
    Result<QList<Delivery>> claimed = t.store().deliveries().claim(10, 8, t.clock().nowMs());
    QVERIFY2(claimed.ok(), claimed ? "" : qPrintable(claimed.error().message));
    QCOMPARE(idsOf(*claimed), ids);
    for (const Delivery &d : *claimed) {
        QCOMPARE(d.receiver.id, r.id);
        QCOMPARE(d.receiver.sharedSecret, r.sharedSecret);
        QCOMPARE(d.event.payload, QByteArray("{\"n\":1}"));
        QVERIFY(!d.manual);
        QCOMPARE(t.service().event(d.event.id)->status, EventStatus::Sending);
    }
    QVERIFY(t.store().deliveries().claim(10, 8, t.clock().nowMs())->isEmpty()); // nothing twice
}

void TestDeliveryStore::claimRespectsPerReceiverCap()
{
    TestStore t;
    Receiver slow = t.makeReceiver(QStringLiteral("slow"));
    Receiver fast = t.makeReceiver(QStringLiteral("fast"));
    t.subscribe(slow.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 20); // slow's events come first
    t.subscribe(fast.id, QStringLiteral("PARTS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("PARTS"), 5);

    Result<QList<Delivery>> first = t.store().deliveries().claim(100, 8, t.clock().nowMs());
    int toSlow = 0, toFast = 0;
    for (const Delivery &d : *first)
        (d.receiver.id == slow.id ? toSlow : toFast)++;
    QCOMPARE(toSlow, 8); // capped, so the fast receiver is not starved behind the slow one
    QCOMPARE(toFast, 5);
    // While those 8 are SENDING, the slow receiver gets nothing more.
    QVERIFY(t.store().deliveries().claim(100, 8, t.clock().nowMs())->isEmpty());
}

namespace {

// leased_until of an event, empty when NULL.
std::optional<qint64> leaseOf(TestStore &t, qint64 eventId)
{
    QSqlQuery q(t.store().database().connection());
    q.prepare(QStringLiteral("SELECT leased_until FROM events WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), eventId);
    if (!q.exec() || !q.next())
        qFatal("no event %lld", eventId);
    return q.value(0).isNull() ? std::nullopt : std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace

// A claim is a lease with an expiry (SPEC §2), released when the outcome is written and voided
// when a restart requeues the event.
void TestDeliveryStore::claimIsALease()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<qint64> ids = publishMany(t, QStringLiteral("RUNS"), 3);
    QCOMPARE(leaseOf(t, ids[0]), std::nullopt);
    ClaimOptions options;
    options.leaseMs = 45'000;
    Result<QList<Delivery>> claimed = t.store().deliveries().claim(10, 8, t.clock().nowMs(), options);
    QCOMPARE(idsOf(*claimed), ids);
    for (qint64 id : ids) {
        if (!t.onPostgres()) {
            QCOMPARE(leaseOf(t, id), std::optional<qint64>(t.clock().nowMs() + 45'000));
            continue;
        }
        // A shared store leases by the server's clock, which every instance agrees on.
        const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(leaseOf(t, id).has_value());
        QVERIFY2(qAbs(*leaseOf(t, id) - (realNow + 45'000)) < 10'000,
                 qPrintable(QString::number(*leaseOf(t, id))));
    }
    QVERIFY(t.store().deliveries().record(
        {outcomeFor(claimed->at(0), EventStatus::Succeeded, 200, t.clock().nowMs())}, t.clock().nowMs(),
        72LL * 3600 * 1000));
    QCOMPARE(leaseOf(t, ids[0]), std::nullopt);
    if (t.onPostgres()) {
        // A restart on a shared store leaves live leases to their holders (requeueInterrupted-
        // ReturnsSendingToPending shows expired ones going back).
        QCOMPARE(*t.store().deliveries().requeueInterrupted(t.clock().nowMs()), 0);
        QVERIFY(leaseOf(t, ids[1]).has_value());
        QCOMPARE(t.service().event(ids[1])->status, EventStatus::Sending);
        return;
    }
    QCOMPARE(*t.store().deliveries().requeueInterrupted(t.clock().nowMs()), 2);
    QCOMPARE(leaseOf(t, ids[1]), std::nullopt);
    QCOMPARE(t.service().event(ids[1])->status, EventStatus::Pending);
}

// An outcome the claimant holds but has not written yet frees its slot: the next claim does not
// wait for the write.
void TestDeliveryStore::finishedOutcomesFreeTheirSlotBeforeTheyAreWritten()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 10);
    QCOMPARE(t.store().deliveries().claim(100, 3, t.clock().nowMs())->size(), 3);
    QVERIFY(t.store().deliveries().claim(100, 3, t.clock().nowMs())->isEmpty());
    ClaimOptions options;
    options.finishedUnwritten.insert(r.id, 2);
    QCOMPARE(t.store().deliveries().claim(100, 3, t.clock().nowMs(), options)->size(), 2);
    // Those two are SENDING now as well: 5 SENDING, of which 2 finished, is the cap of 3 again.
    QVERIFY(t.store().deliveries().claim(100, 3, t.clock().nowMs(), options)->isEmpty());
    QCOMPARE(t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'SENDING'")), 5);
}

void TestDeliveryStore::claimAheadIsBoundedByTheCap()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 20);
    ClaimOptions options;
    options.ahead = 100;
    // Cap 4: at most as many again may wait ahead, so 8 in all.
    QCOMPARE(t.store().deliveries().claim(100, 4, t.clock().nowMs(), options)->size(), 8);
    QVERIFY(t.store().deliveries().claim(100, 4, t.clock().nowMs(), options)->isEmpty());
}

// Receivers come from the caller's cache when it has them: a claim reads each once at most.
void TestDeliveryStore::claimReadsEachReceiverOnce()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 4);
    QHash<qint64, Receiver> cache;
    ClaimOptions options;
    options.receiverCache = &cache;
    QCOMPARE(t.store().deliveries().claim(2, 8, t.clock().nowMs(), options)->size(), 2);
    QCOMPARE(cache.size(), 1);
    // What the cache says is what the claim carries while the receiver's stored version is unchanged.
    cache[r.id].name = QStringLiteral("from the cache");
    Result<QList<Delivery>> next = t.store().deliveries().claim(2, 8, t.clock().nowMs(), options);
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->at(0).receiver.name, QStringLiteral("from the cache"));

    // Changed since (a rotated secret), the claim reads it afresh even if nobody cleared the cache
    // yet: a delivery right after a rotation carries the new secret and the old one in its grace.
    const QString oldSecret = r.sharedSecret;
    r = *t.service().rotateReceiverSecret(r.id, r.etag, std::nullopt, 3600 * 1000);
    publishMany(t, QStringLiteral("RUNS"), 1);
    next = t.store().deliveries().claim(2, 8, t.clock().nowMs(), options);
    QCOMPARE(next->size(), 1);
    QCOMPARE(next->at(0).receiver.sharedSecret, r.sharedSecret);
    QCOMPARE(next->at(0).receiver.previousSecret, oldSecret);
    QCOMPARE(next->at(0).receiver.name, r.name);
    QCOMPARE(cache.value(r.id).etag, r.etag);
}

void TestDeliveryStore::claimRespectsReceiverOverrideAndLimit()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    ReceiverInput changes;
    DeliverySettings delivery;
    delivery.maxInFlight = 2;
    changes.delivery = delivery;
    r = *t.service().updateReceiver(r.id, r.etag, changes);
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 5);
    QCOMPARE(t.store().deliveries().claim(100, 8, t.clock().nowMs())->size(), 2);

    TestStore u;
    Receiver q = u.makeReceiver();
    u.subscribe(q.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(u, QStringLiteral("RUNS"), 5);
    QCOMPARE(u.store().deliveries().claim(3, 8, u.clock().nowMs())->size(), 3);
}

void TestDeliveryStore::orderedReceiverGetsOneAtATimeInOrder()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    ReceiverInput changes;
    DeliverySettings delivery;
    delivery.ordered = true;
    changes.delivery = delivery;
    r = *t.service().updateReceiver(r.id, r.etag, changes);
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<qint64> ids = publishMany(t, QStringLiteral("RUNS"), 3);

    Result<QList<Delivery>> first = t.store().deliveries().claim(100, 8, t.clock().nowMs());
    QCOMPARE(idsOf(*first), QList<qint64>{ids[0]});
    QVERIFY(t.store().deliveries().claim(100, 8, t.clock().nowMs())->isEmpty());

    // The first fails and waits for a retry: the later ones wait behind it, in order.
    QVERIFY(t.store().deliveries().record(
        {outcomeFor(first->at(0), EventStatus::Retrying, 500, t.clock().nowMs())}, t.clock().nowMs(),
        72LL * 3600 * 1000));
    QSqlQuery later(t.store().database().connection());
    QVERIFY(later.exec(QStringLiteral("UPDATE events SET next_attempt_at = %1 WHERE id = %2")
                           .arg(t.clock().nowMs() + 5000)
                           .arg(ids[0])));
    QVERIFY(t.store().deliveries().claim(100, 8, t.clock().nowMs())->isEmpty());
    t.clock().advanceMs(5000);
    Result<QList<Delivery>> retry = t.store().deliveries().claim(100, 8, t.clock().nowMs());
    QCOMPARE(idsOf(*retry), QList<qint64>{ids[0]});
    QCOMPARE(retry->at(0).event.attemptCount, 1);
    QVERIFY(t.store().deliveries().record(
        {outcomeFor(retry->at(0), EventStatus::Succeeded, 200, t.clock().nowMs())}, t.clock().nowMs(),
        72LL * 3600 * 1000));
    QCOMPARE(idsOf(*t.store().deliveries().claim(100, 8, t.clock().nowMs())), QList<qint64>{ids[1]});
}

void TestDeliveryStore::heldEventsWaitForEnable()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<qint64> ids = publishMany(t, QStringLiteral("RUNS"), 2);

    Result<Receiver> off = t.service().setReceiverActive(r.id, r.etag, false);
    QVERIFY(t.store().deliveries().claim(100, 8, t.clock().nowMs())->isEmpty());
    QCOMPARE(t.service().event(ids[0])->status, EventStatus::Pending); // held, not lost
    QVERIFY(t.service().setReceiverActive(r.id, off->etag, true));

    Result<Subscription> paused = t.service().updateSubscription(s.id, s.etag, {{}, {}, {}, false});
    QVERIFY(t.store().deliveries().claim(100, 8, t.clock().nowMs())->isEmpty());
    QVERIFY(t.service().updateSubscription(s.id, paused->etag, {{}, {}, {}, true}));
    QCOMPARE(idsOf(*t.store().deliveries().claim(100, 8, t.clock().nowMs())), ids);
}

void TestDeliveryStore::retryingEventsWaitForTheirTime()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 1);
    Result<QList<Delivery>> first = t.store().deliveries().claim(10, 8, t.clock().nowMs());
    Outcome failed = outcomeFor(first->at(0), EventStatus::Retrying, 503, t.clock().nowMs());
    failed.nextAttemptAtMs = t.clock().nowMs() + 300000;
    QVERIFY(t.store().deliveries().record({failed}, t.clock().nowMs(), 72LL * 3600 * 1000));
    QCOMPARE(*t.store().deliveries().nextRetryAtMs(), std::optional<qint64>(t.clock().nowMs() + 300000));
    t.clock().advanceMs(299999);
    QVERIFY(t.store().deliveries().claim(10, 8, t.clock().nowMs())->isEmpty());
    t.clock().advanceMs(1);
    QCOMPARE(t.store().deliveries().claim(10, 8, t.clock().nowMs())->size(), 1);
    QVERIFY(!t.store().deliveries().nextRetryAtMs()->has_value());
}

void TestDeliveryStore::requeueInterruptedReturnsSendingToPending()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<qint64> ids = publishMany(t, QStringLiteral("RUNS"), 4);
    ClaimOptions shortLease;
    shortLease.leaseMs = 2000; // long enough that a loaded machine still checks it while it runs
    QCOMPARE(t.store().deliveries().claim(3, 8, t.clock().nowMs(), shortLease)->size(), 3);
    if (t.onPostgres()) {
        // On a shared store a live lease is another instance's work: only an expired one goes back.
        QCOMPARE(*t.store().deliveries().requeueInterrupted(t.clock().nowMs()), 0);
        QTest::qWait(2500);
    }
    Result<int> requeued = t.store().deliveries().requeueInterrupted(t.clock().nowMs());
    QCOMPARE(*requeued, 3);
    QCOMPARE(t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'PENDING'")), 4);
    QCOMPARE(idsOf(*t.store().deliveries().claim(10, 8, t.clock().nowMs())), ids);
}

void TestDeliveryStore::recordWritesAttemptAndStatus()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 2);
    Result<QList<Delivery>> claimed = t.store().deliveries().claim(10, 8, t.clock().nowMs());
    const QList<Outcome> outcomes{
        outcomeFor(claimed->at(0), EventStatus::Succeeded, 200, t.clock().nowMs()),
        outcomeFor(claimed->at(1), EventStatus::Failed, std::nullopt, t.clock().nowMs())};
    Result<QList<ReceiverDisabled>> disabled =
        t.store().deliveries().record(outcomes, t.clock().nowMs(), 72LL * 3600 * 1000);
    QVERIFY(disabled.ok());
    QVERIFY(disabled->isEmpty());
    Result<Event> ok = t.service().event(claimed->at(0).event.id);
    QCOMPARE(ok->status, EventStatus::Succeeded);
    QCOMPARE(ok->attemptCount, 1);
    QCOMPARE(ok->lastResponseCode, std::optional<int>(200));
    Result<Event> failed = t.service().event(claimed->at(1).event.id);
    QCOMPARE(failed->status, EventStatus::Failed);
    QVERIFY(!failed->lastResponseCode.has_value());
    Result<QList<Attempt>> attempts = t.store().events().attemptsOf(failed->id);
    QCOMPARE(attempts->size(), 1);
    QCOMPARE(attempts->at(0).error, QStringLiteral("connection refused"));
}

void TestDeliveryStore::recordKeepsCancelledEventsCancelled()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 1);
    Result<QList<Delivery>> claimed = t.store().deliveries().claim(10, 8, t.clock().nowMs());
    QVERIFY(t.service().deleteSubscription(s.id, s.etag)); // cancels the SENDING event
    QVERIFY(t.store().deliveries().record(
        {outcomeFor(claimed->at(0), EventStatus::Succeeded, 200, t.clock().nowMs())}, t.clock().nowMs(),
        72LL * 3600 * 1000));
    Result<Event> e = t.service().event(claimed->at(0).event.id);
    QCOMPARE(e->status, EventStatus::Cancelled);
    QCOMPARE(e->attemptCount, 1); // the attempt happened and is on record
    QCOMPARE(t.rowCount(QStringLiteral("attempts")), 1);
}

// Cancelled and resent while its first attempt is open, an event is claimed again under a new
// lease. The first attempt's outcome, arriving late, is recorded but does not move the event:
// the second claim decides where it goes. Numbers follow the order of recording.
void TestDeliveryStore::anOutcomeMovesOnlyTheClaimItWasSentUnder()
{
    TestStore t;
    const Delivery first = claimCancelAndResend(t);
    const qint64 id = first.event.id;
    Result<QList<Delivery>> second = t.store().deliveries().claim(10, 8, t.clock().nowMs());
    QCOMPARE(second->size(), 1);
    QVERIFY(second->at(0).lease != first.lease);
    QCOMPARE(second->at(0).event.attemptCount, 0); // both attempts go out as number 1

    QVERIFY(t.store().deliveries().record({outcomeFor(first, EventStatus::Retrying, 503, t.clock().nowMs())},
                                          t.clock().nowMs(), 72LL * 3600 * 1000));
    Result<Event> e = t.service().event(id);
    QCOMPARE(e->status, EventStatus::Sending); // still the second claim's
    QCOMPARE(e->attemptCount, 1);
    QVERIFY(!e->lastResponseCode.has_value());

    QVERIFY(t.store().deliveries().record(
        {outcomeFor(second->at(0), EventStatus::Succeeded, 200, t.clock().nowMs())}, t.clock().nowMs(),
        72LL * 3600 * 1000));
    e = t.service().event(id);
    QCOMPARE(e->status, EventStatus::Succeeded);
    QCOMPARE(e->attemptCount, 2);
    QCOMPARE(e->lastResponseCode, std::optional<int>(200));
    Result<QList<Attempt>> attempts = t.store().events().attemptsOf(id);
    QCOMPARE(attempts->size(), 2);
    QCOMPARE(attempts->at(0).responseCode, std::optional<int>(503));
    QCOMPARE(attempts->at(1).number, 2);
    QCOMPARE(attempts->at(1).responseCode, std::optional<int>(200));
    QVERIFY(attempts->at(1).manual);
}

// Cancelled and resent, and the first attempt ends before the event is claimed again: the event
// stays PENDING for the resend, which is still marked manual; the late attempt is on record.
void TestDeliveryStore::aLateOutcomeLeavesAResentEventWaiting()
{
    TestStore t;
    const Delivery first = claimCancelAndResend(t);
    const qint64 id = first.event.id;
    QVERIFY(t.store().deliveries().record({outcomeFor(first, EventStatus::Succeeded, 200, t.clock().nowMs())},
                                          t.clock().nowMs(), 72LL * 3600 * 1000));
    Result<Event> e = t.service().event(id);
    QCOMPARE(e->status, EventStatus::Pending);
    QCOMPARE(e->attemptCount, 1);
    QVERIFY(!e->lastResponseCode.has_value());
    Result<QList<Delivery>> second = t.store().deliveries().claim(10, 8, t.clock().nowMs());
    QCOMPARE(second->size(), 1);
    QVERIFY(second->at(0).manual);
    QCOMPARE(second->at(0).event.attemptCount, 1);
}

// Renewing extends only the leases the claimant holds: an event another claimant took over
// keeps that claimant's lease.
void TestDeliveryStore::leasesAreRenewedOnlyForTheirClaimant()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<qint64> ids = publishMany(t, QStringLiteral("RUNS"), 2);
    ClaimOptions mine;
    mine.claimant = QStringLiteral("host-a:1:0000000a");
    mine.leaseMs = 10'000;
    QCOMPARE(t.store().deliveries().claim(1, 8, t.clock().nowMs(), mine)->size(), 1);
    ClaimOptions theirs = mine;
    theirs.claimant = QStringLiteral("host-a:1:0000000a0"); // a longer name with mine as its start
    QCOMPARE(t.store().deliveries().claim(1, 8, t.clock().nowMs(), theirs)->size(), 1);
    const std::optional<qint64> before = leaseOf(t, ids[1]);
    QVERIFY(before.has_value());
    QTest::qWait(1100); // the PostgreSQL lease clock is the server's
    t.clock().advanceMs(1100);
    QVERIFY(t.store().deliveries().renewLeases(ids, t.clock().nowMs(), 60'000, mine.claimant).ok());
    QVERIFY(*leaseOf(t, ids[0]) >= *before + 50'000);
    QCOMPARE(leaseOf(t, ids[1]), before);
}

void TestDeliveryStore::goneDisablesAtOnce()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    publishMany(t, QStringLiteral("RUNS"), 2);
    Result<QList<Delivery>> claimed = t.store().deliveries().claim(1, 8, t.clock().nowMs());
    Outcome gone = outcomeFor(claimed->at(0), EventStatus::Failed, 410, t.clock().nowMs());
    gone.disableReason = QStringLiteral("answered 410 Gone");
    Result<QList<ReceiverDisabled>> disabled =
        t.store().deliveries().record({gone}, t.clock().nowMs(), 72LL * 3600 * 1000);
    QCOMPARE(disabled->size(), 1);
    QCOMPARE(disabled->at(0).receiverId, r.id);
    Result<Receiver> now = t.service().receiver(r.id);
    QVERIFY(!now->active);
    QCOMPARE(now->disabledReason, QStringLiteral("answered 410 Gone"));
    QVERIFY(now->etag != r.etag);
    QVERIFY(t.store().deliveries().claim(10, 8, t.clock().nowMs())->isEmpty()); // the other is held
    QCOMPARE(t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'PENDING'")), 1);
}

void TestDeliveryStore::seventyTwoHoursOfFailuresDisable()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const qint64 window = 72LL * 3600 * 1000;
    const qint64 start = t.clock().nowMs();
    bool disabled = false;
    int failures = 0;
    // A failure every 6 hours; the one that lands at 72 h after the first turns the receiver off.
    while (!disabled) {
        publishMany(t, QStringLiteral("RUNS"), 1);
        Result<QList<Delivery>> claimed = t.store().deliveries().claim(10, 8, t.clock().nowMs());
        QCOMPARE(claimed->size(), 1);
        Result<QList<ReceiverDisabled>> result = t.store().deliveries().record(
            {outcomeFor(claimed->at(0), EventStatus::Failed, 500, t.clock().nowMs())}, t.clock().nowMs(),
            window);
        ++failures;
        disabled = !result->isEmpty();
        if (disabled) {
            QVERIFY2(result->at(0).reason.contains(isoUtc(start)), qPrintable(result->at(0).reason));
            QVERIFY(result->at(0).reason.contains(QStringLiteral("HTTP 500")));
        } else {
            QVERIFY(t.clock().nowMs() - start < window);
        }
        t.clock().advanceMs(6LL * 3600 * 1000);
        QVERIFY(failures <= 13);
    }
    QCOMPARE(failures, 13); // 0 h, 6 h, ... 72 h
    QVERIFY(!t.service().receiver(r.id)->active);
    QVERIFY(!t.service().receiver(r.id)->disabledReason.isEmpty());
}

void TestDeliveryStore::successResetsHealth()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const qint64 window = 72LL * 3600 * 1000;
    auto attempt = [&](EventStatus status, std::optional<int> code) {
        publishMany(t, QStringLiteral("RUNS"), 1);
        Result<QList<Delivery>> claimed = t.store().deliveries().claim(10, 8, t.clock().nowMs());
        return t.store().deliveries().record({outcomeFor(claimed->at(0), status, code, t.clock().nowMs())},
                                             t.clock().nowMs(), window);
    };
    QVERIFY(attempt(EventStatus::Failed, 500)->isEmpty());
    t.clock().advanceMs(window - 1000);
    QVERIFY(attempt(EventStatus::Succeeded, 200)->isEmpty()); // a success in between...
    t.clock().advanceMs(2000);
    QVERIFY(attempt(EventStatus::Failed, 500)->isEmpty()); // ...so the 72 h start over
    QVERIFY(t.service().receiver(r.id)->active);
    QCOMPARE(t.rowCount(QStringLiteral("receiver_health"), QStringLiteral("consecutive_failures = 1")), 1);
}

void TestDeliveryStore::receiverHealthFollowsOutcomes()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const qint64 window = 72LL * 3600 * 1000;
    auto attempt = [&](EventStatus status, std::optional<int> code, qint64 startedAtMs) {
        publishMany(t, QStringLiteral("RUNS"), 1);
        Result<QList<Delivery>> claimed = t.store().deliveries().claim(10, 8, t.clock().nowMs());
        QCOMPARE(claimed->size(), 1);
        QVERIFY(
            t.store()
                .deliveries()
                .record({outcomeFor(claimed->at(0), status, code, startedAtMs)}, t.clock().nowMs(), window)
                .ok());
    };

    // No attempt has finished yet: no row, so no failures and no times.
    Result<ReceiverHealth> fresh = t.service().receiverHealth(r.id);
    QVERIFY2(fresh.ok(), fresh ? "" : qPrintable(fresh.error().message));
    QCOMPARE(*fresh, ReceiverHealth{});
    QCOMPARE(t.rowCount(QStringLiteral("receiver_health")), 0);

    // Two failures: failingSince is when the first one started, lastFailureAt when the last was recorded.
    const qint64 firstStart = t.clock().nowMs();
    t.clock().advanceMs(1000);
    attempt(EventStatus::Retrying, 500, firstStart);
    t.clock().advanceMs(5000);
    attempt(EventStatus::Retrying, std::nullopt, t.clock().nowMs() - 100);
    const qint64 lastFailure = t.clock().nowMs();
    Result<ReceiverHealth> failing = t.service().receiverHealth(r.id);
    QVERIFY(failing.ok());
    QCOMPARE(failing->consecutiveFailures, 2);
    QCOMPARE(failing->failingSinceMs, std::optional<qint64>(firstStart));
    QCOMPARE(failing->lastFailureAtMs, std::optional<qint64>(lastFailure));
    QCOMPARE(failing->lastSuccessAtMs, std::nullopt);

    // A success resets the run of failures but keeps when the last failure was.
    t.clock().advanceMs(7000);
    attempt(EventStatus::Succeeded, 200, t.clock().nowMs() - 50);
    Result<ReceiverHealth> healthy = t.service().receiverHealth(r.id);
    QVERIFY(healthy.ok());
    QCOMPARE(healthy->consecutiveFailures, 0);
    QCOMPARE(healthy->failingSinceMs, std::nullopt);
    QCOMPARE(healthy->lastSuccessAtMs, std::optional<qint64>(t.clock().nowMs()));
    QCOMPARE(healthy->lastFailureAtMs, std::optional<qint64>(lastFailure));

    // The store answers for any id; the service knows which receivers exist.
    QCOMPARE(*t.store().receivers().health(r.id + 1000), ReceiverHealth{});
    Result<ReceiverHealth> unknown = t.service().receiverHealth(r.id + 1000);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestDeliveryStore)
#include "tst_deliverystore.moc"
