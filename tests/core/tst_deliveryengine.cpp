// DeliveryEngine end to end: the store, the dispatcher's threads and a real HTTPS receiver on
// loopback that misbehaves on purpose. Each case checks the recorded attempt and the status.
#include "delivery/deliveryengine.h"
#include "delivery/sendresult.h"
#include "delivery/signature.h"
#include "testhttpsserverthread.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;
using Server = TestHttpsServer;

namespace {

// A store, a receiver pointing at a path of the test server, and a running engine.
struct Rig
{
    explicit Rig(DeliveryConfig config = {})
    {
        engine = std::make_unique<DeliveryEngine>(t.location(), t.clock(), config,
                                                  QList<QSslCertificate>{server->caCertificate()}, t.feed());
    }

    Receiver receiverAt(const QString &path, const std::function<void(ReceiverInput &)> &adjust = {})
    {
        ReceiverInput input;
        input.name = path;
        input.webhookUri = server->url(path).toString();
        if (adjust)
            adjust(input);
        Result<Receiver> r = t.service().createReceiver(input, tester());
        if (!r)
            qFatal("receiverAt: %s", qPrintable(r.error().message));
        t.subscribe(r->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        return *r;
    }

    qint64 publish(const QByteArray &data = "{\"id\":1001,\"status\":\"IN_PROGRESS\"}")
    {
        Result<QList<qint64>> ids =
            t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), data});
        if (!ids)
            qFatal("publish failed: %s", qPrintable(ids.error().message));
        if (ids->isEmpty())
            qFatal("publish failed: no event (is the receiver subscribed?)");
        return ids->constLast();
    }

    EventStatus status(qint64 id) { return t.service().event(id)->status; }
    QList<Attempt> attempts(qint64 id) { return *t.service().attemptsOf(id); }

    TestStore t;
    TestHttpsServerThread server;
    std::unique_ptr<DeliveryEngine> engine;
};

// Makes the store refuse one kind of write, as a full disk would: a trigger named name raising
// "database or disk is full" (on PostgreSQL with the server's own code for it, 53100) before
// every `what` ("INSERT ON attempts", "UPDATE ON events"). allowWrites drops it again.
void refuseWrites(TestStore &t, const QString &name, const QString &what)
{
    QSqlQuery sql(t.store().database().connection());
    const bool made =
        t.onPostgres()
            ? sql.exec(
                  QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE "
                                 "EXCEPTION 'database or disk is full' USING ERRCODE = 'disk_full'; END$$")
                      .arg(name)) &&
                  sql.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                               .arg(name, what))
            : sql.exec(
                  QStringLiteral("CREATE TRIGGER %1 BEFORE %2 BEGIN SELECT RAISE(ABORT, 'database or disk "
                                 "is full'); END")
                      .arg(name, what));
    if (!made)
        qFatal("refuseWrites: %s", qPrintable(sql.lastError().text()));
}

void allowWrites(TestStore &t, const QString &name, const QString &table)
{
    QSqlQuery sql(t.store().database().connection());
    if (!sql.exec(t.onPostgres() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
                                 : QStringLiteral("DROP TRIGGER %1").arg(name)))
        qFatal("allowWrites: %s", qPrintable(sql.lastError().text()));
}

} // namespace

class TestDeliveryEngine : public QObject
{
    Q_OBJECT

private slots:
    void deliversSignedRequest();
    void serverErrorSchedulesRetryAndRetrySucceeds();
    void expectedResponseCodeDecidesSuccess();
    void timeoutIsAFailedAttempt();
    void connectionResetIsAFailedAttempt();
    void redirectIsNotFollowed();
    void goneDisablesReceiverAndHoldsTheRest();
    void retryAfterIsHonoured();
    void hugeResponseIsTruncated();
    void untrustedCertificateIsRefused();
    void attemptsRunOutAndFail();
    void resendKeepsWebhookIdAndMarksManual();
    void resendWhileTheCancelledAttemptIsInFlightKeepsBothAttempts();
    void interruptedEventsAreRequeuedAtStart();
    void orderedReceiverGetsEventsOneByOneInOrder();
    void slowReceiverDoesNotDelayAHealthyOne();
    void globalCapBoundsAttemptsInFlight();
    void unwrittenOutcomesNeverGateTheNextSend();
    void stopFinishesQuickAttemptsAndRequeuesHangingOnes();
    void globalScheduleAndTimeoutApplyToReceiversWithoutTheirOwn();
    void failingStoreStopsDispatchingAndLosesNothing();
    void aClaimThatFailedWithNothingInFlightIsTriedAgain();
    void publishWhileStoppedWaitsForTheNextStart();
    void aRunningEngineRemovesEventsPastRetention();
    void retryNowSendsARetryingEventAtOnce();
};

void TestDeliveryEngine::deliversSignedRequest()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/ok"),
                             Server::Respond{200, {{"Content-Type", "text/plain"}}, "thanks"});
    const Receiver r = rig.receiverAt(QStringLiteral("/ok"), [](ReceiverInput &in) {
        in.headers = QList<WebhookHeader>{{0, QStringLiteral("X-Tenant"), QStringLiteral("acme")}};
    });
    QVERIFY(rig.engine->start().ok());
    const QByteArray data = "{\"serial\":12345678901234567890,\"ok\":true}";
    const qint64 id = rig.publish(data);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);

    QCOMPARE(rig.server->requestCount(), 1);
    const Server::Request got = rig.server->requests().at(0);
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.path, QByteArray("/ok"));
    const QByteArray body = "{\"event_id\":" + QByteArray::number(id) + ",\"subscription_id\":" +
                            QByteArray::number(*rig.t.service().event(id)->subscriptionId) +
                            ",\"receiver_id\":" + QByteArray::number(r.id) +
                            ",\"resource\":\"RUNS\",\"action\":\"CREATE\",\"occurred_at\":\"" +
                            isoUtc(rig.t.clock().nowMs()).toUtf8() + "\",\"data\":" + data + "}";
    QCOMPARE(got.body, body);
    QCOMPARE(got.header("content-type"), QByteArray("application/json"));
    QCOMPARE(got.header("user-agent"), QByteArray("Hookboard/" HOOKBOARD_VERSION));
    QCOMPARE(got.header("x-tenant"), QByteArray("acme"));
    const QByteArray webhookId = "evt_" + QByteArray::number(id);
    QCOMPARE(got.header("webhook-id"), webhookId);
    const qint64 timestamp = got.header("webhook-timestamp").toLongLong();
    QCOMPARE(timestamp, rig.t.clock().nowMs() / 1000);
    QCOMPARE(got.header("webhook-signature"),
             signature::standardWebhooks(r.sharedSecret, webhookId, timestamp, body));
    QCOMPARE(got.header("x-hub-signature-256"), signature::github(r.sharedSecret, body));

    const QList<Attempt> attempts = rig.attempts(id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts[0].number, 1);
    QVERIFY(!attempts[0].manual);
    QCOMPARE(attempts[0].responseCode, std::optional<int>(200));
    QCOMPARE(attempts[0].responseBody, QByteArray("thanks"));
    QCOMPARE(headerValue(attempts[0].responseHeaders, "content-type"), QByteArray("text/plain"));
    QCOMPARE(attempts[0].requestBody, body);
    QCOMPARE(headerValue(attempts[0].requestHeaders, "webhook-id"), webhookId);
    QVERIFY(attempts[0].error.isEmpty());
    QCOMPARE(rig.t.service().event(id)->attemptCount, 1);
}

void TestDeliveryEngine::serverErrorSchedulesRetryAndRetrySucceeds()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/flaky"), Server::Respond{500, {}, "database down"});
    rig.receiverAt(QStringLiteral("/flaky"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 10000);
    const Event waiting = *rig.t.service().event(id);
    QCOMPARE(waiting.lastResponseCode, std::optional<int>(500));
    const qint64 delay = *waiting.nextAttemptAtMs - rig.t.clock().nowMs();
    QVERIFY2(delay >= 4000 && delay <= 6000, qPrintable(QString::number(delay))); // 5 s ± 20 %
    QCOMPARE(rig.attempts(id).at(0).responseBody, QByteArray("database down"));

    rig.server->setBehaviour(QStringLiteral("/flaky"), Server::Respond{200, {}, {}});
    rig.t.clock().advanceMs(delay - 1);
    rig.engine->poke();
    QTest::qWait(300); // not due yet: nothing may happen (a negative check needs a short wait)
    QCOMPARE(rig.server->requestCount(), 1);
    rig.t.clock().advanceMs(1);
    rig.engine->poke();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);
    const QList<Attempt> attempts = rig.attempts(id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts[1].number, 2);
    QCOMPARE(rig.server->requests().at(0).body, rig.server->requests().at(1).body); // same bytes
}

void TestDeliveryEngine::expectedResponseCodeDecidesSuccess()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/accepted"), Server::Respond{202, {}, {}});
    rig.server->setBehaviour(QStringLiteral("/plain"), Server::Respond{202, {}, {}});
    rig.receiverAt(QStringLiteral("/accepted"), [](ReceiverInput &in) { in.expectedResponseCode = 202; });
    rig.receiverAt(QStringLiteral("/plain")); // expects 200
    QVERIFY(rig.engine->start().ok());
    Result<QList<qint64>> ids =
        rig.t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(ids->at(0)), EventStatus::Succeeded, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(ids->at(1)), EventStatus::Retrying, 10000);
}

void TestDeliveryEngine::timeoutIsAFailedAttempt()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/hang"), Server::Hang{});
    rig.receiverAt(QStringLiteral("/hang"), [](ReceiverInput &in) {
        DeliverySettings d;
        d.timeoutMs = 1000;
        in.delivery = d;
    });
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 15000);
    const Attempt a = rig.attempts(id).at(0);
    QVERIFY(!a.responseCode.has_value());
    QVERIFY2(a.error.contains(QStringLiteral("timed out")), qPrintable(a.error));
    QVERIFY2(a.durationMs >= 900, qPrintable(QString::number(a.durationMs)));
}

void TestDeliveryEngine::connectionResetIsAFailedAttempt()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/reset"), Server::Reset{});
    rig.receiverAt(QStringLiteral("/reset"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 10000);
    const Attempt a = rig.attempts(id).at(0);
    QVERIFY(!a.responseCode.has_value());
    QVERIFY(!a.error.isEmpty());
}

void TestDeliveryEngine::redirectIsNotFollowed()
{
    Rig rig;
    rig.server->setBehaviour(
        QStringLiteral("/moved"),
        Server::Respond{301, {{"Location", rig.server->url(QStringLiteral("/new")).toEncoded()}}, {}});
    rig.receiverAt(QStringLiteral("/moved"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 10000);
    QCOMPARE(rig.attempts(id).at(0).responseCode, std::optional<int>(301));
    QCOMPARE(rig.server->requestCount(), 1);
    QCOMPARE(rig.server->requests().at(0).path, QByteArray("/moved"));
}

void TestDeliveryEngine::goneDisablesReceiverAndHoldsTheRest()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/gone"), Server::Respond{410, {}, {}});
    const Receiver r = rig.receiverAt(QStringLiteral("/gone"), [](ReceiverInput &in) {
        DeliverySettings d;
        d.ordered = true; // so the second event cannot go before the 410 is recorded
        in.delivery = d;
    });
    FeedRecorder feed(rig.t.feed());
    // Both published before the engine starts: a disabled receiver gets no new events (SPEC §2),
    // so a second publish after the 410 was recorded would create none.
    const qint64 first = rig.publish();
    const qint64 second = rig.publish();
    QVERIFY(rig.engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(first), EventStatus::Failed, 10000);
    QVERIFY(feed.waitFor(StoreChange::Kind::ReceiversDisabled));
    QCOMPARE(feed.ids(StoreChange::Kind::ReceiversDisabled), QList<qint64>{r.id});
    const Receiver now = *rig.t.service().receiver(r.id);
    QVERIFY(!now.active);
    QVERIFY2(now.disabledReason.contains(QStringLiteral("410")), qPrintable(now.disabledReason));
    QTest::qWait(300);
    QCOMPARE(rig.status(second), EventStatus::Pending); // held, not lost
    QCOMPARE(rig.server->requestCount(), 1);

    rig.server->setBehaviour(QStringLiteral("/gone"), Server::Respond{200, {}, {}});
    QVERIFY(rig.t.service().setReceiverActive(r.id, now.etag, true));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(second), EventStatus::Succeeded, 10000);
    QVERIFY(rig.t.service().receiver(r.id)->disabledReason.isEmpty());
}

void TestDeliveryEngine::retryAfterIsHonoured()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/busy"), Server::Respond{429, {{"Retry-After", "120"}}, {}});
    rig.receiverAt(QStringLiteral("/busy"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 10000);
    QCOMPARE(*rig.t.service().event(id)->nextAttemptAtMs, rig.t.clock().nowMs() + 120000);
}

void TestDeliveryEngine::hugeResponseIsTruncated()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/huge"), Server::HugeBody{10 * 1024 * 1024});
    rig.receiverAt(QStringLiteral("/huge"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 15000);
    const Attempt a = rig.attempts(id).at(0);
    QCOMPARE(a.responseBody.size(), SendResult::kMaxResponseBody);
    QVERIFY(a.responseTruncated);
}

void TestDeliveryEngine::untrustedCertificateIsRefused()
{
    Rig rig;
    rig.server->setPresentUntrustedCertificate(true);
    rig.receiverAt(QStringLiteral("/tls"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 10000);
    const Attempt a = rig.attempts(id).at(0);
    QVERIFY(!a.responseCode.has_value());
    QVERIFY2(!a.error.isEmpty(), "a TLS failure must say why");
    QCOMPARE(rig.server->requestCount(), 0);
}

void TestDeliveryEngine::attemptsRunOutAndFail()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/down"), Server::Respond{503, {}, {}});
    rig.receiverAt(QStringLiteral("/down"), [](ReceiverInput &in) {
        DeliverySettings d;
        d.retrySchedule = QList<int>{1, 1}; // three attempts in all
        in.delivery = d;
    });
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QTRY_COMPARE_WITH_TIMEOUT(rig.t.service().event(id)->attemptCount, attempt, 10000);
        QCOMPARE(rig.status(id), EventStatus::Retrying);
        rig.t.clock().advanceMs(2000);
        rig.engine->poke();
    }
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Failed, 10000);
    QCOMPARE(rig.attempts(id).size(), 3);
}

void TestDeliveryEngine::resendKeepsWebhookIdAndMarksManual()
{
    Rig rig;
    rig.receiverAt(QStringLiteral("/ok"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);
    QVERIFY(rig.t.service().resendEvent(id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.attempts(id).size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);
    const QList<Attempt> attempts = rig.attempts(id);
    QCOMPARE(attempts[1].number, 2);
    QVERIFY(attempts[1].manual);
    QCOMPARE(rig.server->requests().at(1).header("webhook-id"),
             rig.server->requests().at(0).header("webhook-id"));
    QCOMPARE(rig.server->requests().at(1).body, rig.server->requests().at(0).body);
}

// A person cancels an event while its attempt is in flight and resends it before that attempt
// has answered: the second attempt starts while the first is open. Both are recorded, numbered
// 1 and 2 whichever ends first, and the event ends SUCCEEDED; nothing stalls the writer.
void TestDeliveryEngine::resendWhileTheCancelledAttemptIsInFlightKeepsBothAttempts()
{
    Rig rig;
    // Long enough that a loaded machine still cancels and resends while the first attempt is open.
    rig.server->setBehaviour(QStringLiteral("/slow"), Server::Slow{4000, {200, {}, {}}});
    rig.receiverAt(QStringLiteral("/slow"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->requestCount(), 1, 10000);
    QVERIFY(rig.t.service().cancelEvent(id).ok());
    QCOMPARE(rig.status(id), EventStatus::Cancelled);
    QVERIFY(rig.t.service().resendEvent(id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->requestCount(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.attempts(id).size(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);
    const QList<Attempt> attempts = rig.attempts(id);
    QCOMPARE(attempts[0].number, 1);
    QCOMPARE(attempts[1].number, 2);
    QCOMPARE(rig.t.service().event(id)->attemptCount, 2);
    // The writer still works: a later event is delivered and recorded.
    const qint64 next = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(next), EventStatus::Succeeded, 10000);
}

void TestDeliveryEngine::interruptedEventsAreRequeuedAtStart()
{
    Rig rig;
    rig.receiverAt(QStringLiteral("/ok"));
    const qint64 id = rig.publish();
    QSqlQuery crash(rig.t.store().database().connection());
    QVERIFY(crash.exec(QStringLiteral("UPDATE events SET status = 'SENDING' WHERE id = %1").arg(id)));
    Result<int> requeued = rig.engine->start();
    QVERIFY(requeued.ok());
    QCOMPARE(*requeued, 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);
}

void TestDeliveryEngine::orderedReceiverGetsEventsOneByOneInOrder()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/ordered"), Server::Slow{50, Server::Respond{200, {}, {}}});
    rig.receiverAt(QStringLiteral("/ordered"), [](ReceiverInput &in) {
        DeliverySettings d;
        d.ordered = true;
        in.delivery = d;
    });
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(rig.publish("{\"n\":" + QByteArray::number(i) + "}"));
    QVERIFY(rig.engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(ids.constLast()), EventStatus::Succeeded, 15000);
    const QList<Server::Request> got = rig.server->requests();
    QCOMPARE(got.size(), 6);
    for (int i = 0; i < 6; ++i)
        QVERIFY(got[i].body.contains(QByteArray("\"data\":{\"n\":" + QByteArray::number(i) + "}")));
    // One at a time: each request arrives after the previous answer (50 ms later at least).
    for (int i = 1; i < 6; ++i)
        QVERIFY2(got[i].arrivedMs - got[i - 1].arrivedMs >= 45,
                 qPrintable(QString::number(got[i].arrivedMs - got[i - 1].arrivedMs)));
}

// A receiver that hangs until the timeout must not hold up deliveries to a healthy one.
void TestDeliveryEngine::slowReceiverDoesNotDelayAHealthyOne()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/stuck"), Server::Hang{});
    rig.server->setBehaviour(QStringLiteral("/healthy"), Server::Respond{200, {}, {}});
    const Receiver stuck = rig.receiverAt(QStringLiteral("/stuck"), [](ReceiverInput &in) {
        DeliverySettings d;
        d.timeoutMs = 8000;
        in.delivery = d;
    });
    Receiver healthy = rig.receiverAt(QStringLiteral("/healthy"));
    // The stuck receiver's backlog is published first: 40 events, more than its cap of 8.
    Result<Receiver> off = rig.t.service().setReceiverActive(healthy.id, healthy.etag, false);
    QList<qint64> stuckIds;
    for (int i = 0; i < 40; ++i)
        stuckIds.append(rig.publish());
    QVERIFY(rig.t.service().setReceiverActive(healthy.id, off->etag, true));
    QVERIFY(rig.engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'SENDING'")),
                              8, 10000);

    QElapsedTimer timer;
    timer.start();
    QList<qint64> healthyIds;
    for (int i = 0; i < 20; ++i) {
        Result<qint64> id = rig.t.service().sendTestEvent(
            healthy.id, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
        healthyIds.append(*id);
    }
    for (qint64 id : std::as_const(healthyIds))
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 7000);
    const qint64 healthyMs = timer.elapsed();
    qInfo("20 deliveries to the healthy receiver took %lld ms while the stuck one held 8 attempts open "
          "(timeout 8000 ms)",
          healthyMs);
    QVERIFY2(healthyMs < 7000, "the healthy receiver waited for the stuck one's timeouts");
    QCOMPARE(rig.t.rowCount(QStringLiteral("events"),
                            QStringLiteral("status = 'SENDING' AND receiver_id = %1").arg(stuck.id)),
             8);
}

// Outcomes are written in batches that never hold up the next attempt: with writes held back
// (a long write interval and a huge batch), a receiver capped at 2 still gets all 30 events one
// slot after another, and the outcomes are all written when the engine stops.
void TestDeliveryEngine::unwrittenOutcomesNeverGateTheNextSend()
{
    DeliveryConfig config;
    config.writeIntervalMs = 600'000;
    config.writeBatch = 100'000;
    Rig rig(config);
    rig.receiverAt(QStringLiteral("/capped"), [](ReceiverInput &in) {
        DeliverySettings d;
        d.maxInFlight = 2;
        in.delivery = d;
    });
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids.append(rig.publish());
    QVERIFY(rig.engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->requestCount(), 30, 20000);
    // Nothing is written yet: every event still reads SENDING (or PENDING), none SUCCEEDED.
    QCOMPARE(rig.t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'SUCCEEDED'")), 0);
    rig.engine->stop();
    for (qint64 id : std::as_const(ids))
        QCOMPARE(rig.status(id), EventStatus::Succeeded);
    QCOMPARE(rig.server->requestCount(), 30); // and none twice
}

void TestDeliveryEngine::globalCapBoundsAttemptsInFlight()
{
    DeliveryConfig config;
    config.maxInFlight = 5;
    Rig rig(config);
    rig.server->setDefaultBehaviour(Server::Hang{});
    for (const QString &path : {QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c")}) {
        rig.receiverAt(path, [](ReceiverInput &in) {
            DeliverySettings d;
            d.timeoutMs = 60000;
            in.delivery = d;
        });
    }
    for (int i = 0; i < 4; ++i)
        rig.publish(); // 4 events for each of the 3 receivers
    QVERIFY(rig.engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->requestCount(), 5, 10000);
    QTest::qWait(500); // a negative check: nothing more may start while 5 hang
    QCOMPARE(rig.server->requestCount(), 5);
    QCOMPARE(rig.t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'SENDING'")), 5);
}

void TestDeliveryEngine::globalScheduleAndTimeoutApplyToReceiversWithoutTheirOwn()
{
    DeliveryConfig config;
    config.retryScheduleSeconds = {100}; // two attempts in all
    config.timeoutMs = 700;
    Rig rig(config);
    rig.server->setBehaviour(QStringLiteral("/hang"), Server::Hang{});
    rig.receiverAt(QStringLiteral("/hang"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 10000);
    const qint64 delay = *rig.t.service().event(id)->nextAttemptAtMs - rig.t.clock().nowMs();
    QVERIFY2(delay >= 80000 && delay <= 120000, qPrintable(QString::number(delay)));
    QVERIFY2(rig.attempts(id).at(0).durationMs < 5000,
             "the global 700 ms timeout applies, not the default 15 s");
    rig.t.clock().advanceMs(delay);
    rig.engine->poke();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Failed, 10000);
    QCOMPARE(rig.attempts(id).size(), 2);
}

// SIGTERM's path: attempts that finish within the grace period are recorded as usual; those that
// do not are cut off and their events go back to the queue, not to RETRYING or FAILED.
void TestDeliveryEngine::stopFinishesQuickAttemptsAndRequeuesHangingOnes()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/slow"), Server::Slow{400, Server::Respond{200, {}, {}}});
    rig.server->setBehaviour(QStringLiteral("/hang"), Server::Hang{});
    rig.receiverAt(QStringLiteral("/slow"));
    rig.receiverAt(QStringLiteral("/hang"));
    QVERIFY(rig.engine->start().ok());
    Result<QList<qint64>> ids =
        rig.t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    QCOMPARE(ids->size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->requestCount(), 2, 10000);
    rig.engine->stop(1500);
    QCOMPARE(rig.status(ids->at(0)), EventStatus::Succeeded);
    QCOMPARE(rig.status(ids->at(1)), EventStatus::Pending);
    const QList<Attempt> cut = rig.attempts(ids->at(1));
    QCOMPARE(cut.size(), 1);
    QVERIFY2(cut.at(0).error.contains(QStringLiteral("shutdown")), qPrintable(cut.at(0).error));
    QCOMPARE(rig.t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'SENDING'")), 0);
}

// A store that refuses writes (here a trigger, as a full disk would) stops dispatching with a
// clear error; the outcomes wait in memory and are written once the store takes writes again.
void TestDeliveryEngine::failingStoreStopsDispatchingAndLosesNothing()
{
    Rig rig;
    rig.receiverAt(QStringLiteral("/ok"));
    QSignalSpy failed(rig.engine.get(), &DeliveryEngine::storeFailed);
    QSignalSpy recovered(rig.engine.get(), &DeliveryEngine::storeRecovered);
    QVERIFY(rig.engine->start().ok());
    refuseWrites(rig.t, QStringLiteral("full_disk"), QStringLiteral("INSERT ON attempts"));
    const qint64 first = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("disk is full")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(rig.server->requestCount(), 1);
    QCOMPARE(rig.status(first), EventStatus::Sending); // not lost, not pretended delivered

    const qint64 second = rig.publish(); // acknowledged (committed) even now...
    QTest::qWait(1500);                  // ...but not dispatched while outcomes cannot be written
    QCOMPARE(rig.server->requestCount(), 1);
    QCOMPARE(rig.status(second), EventStatus::Pending);

    allowWrites(rig.t, QStringLiteral("full_disk"), QStringLiteral("attempts"));
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(first), EventStatus::Succeeded, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(second), EventStatus::Succeeded, 10000);
    QCOMPARE(rig.attempts(first).size(), 1);
    QCOMPARE(rig.server->requestCount(), 2);
}

// A store that refuses claims while nothing is in flight (a server restarting, a full disk) is
// asked again every 2 s: once it answers, delivery goes on without a restart.
void TestDeliveryEngine::aClaimThatFailedWithNothingInFlightIsTriedAgain()
{
    Rig rig;
    rig.receiverAt(QStringLiteral("/ok"));
    QSignalSpy failed(rig.engine.get(), &DeliveryEngine::storeFailed);
    QSignalSpy recovered(rig.engine.get(), &DeliveryEngine::storeRecovered);
    QVERIFY(rig.engine->start().ok());
    // Claiming marks events SENDING (an UPDATE); publishing only inserts.
    refuseWrites(rig.t, QStringLiteral("no_claims"), QStringLiteral("UPDATE ON events"));
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QTest::qWait(2500); // at least one retry, which fails too: said once, not again
    QCOMPARE(failed.size(), 1);
    QCOMPARE(rig.server->requestCount(), 0);
    QCOMPARE(rig.status(id), EventStatus::Pending);

    allowWrites(rig.t, QStringLiteral("no_claims"), QStringLiteral("events"));
    QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);
    QCOMPARE(rig.server->requestCount(), 1);
}

// The console keeps its service after the engine stops (quitting from the tray, a failed start):
// a publish then pokes an engine whose threads have ended, which must leave the event for later.
void TestDeliveryEngine::publishWhileStoppedWaitsForTheNextStart()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/ok"), Server::Respond{200, {}, "ok"});
    rig.receiverAt(QStringLiteral("/ok"));
    const qint64 beforeStart = rig.publish(); // pokes an engine that has not started
    QCoreApplication::processEvents();
    QVERIFY(rig.engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(beforeStart), EventStatus::Succeeded, 10000);
    rig.engine->stop();

    const qint64 afterStop = rig.publish();
    rig.engine->poke();
    QCoreApplication::processEvents();
    QCOMPARE(rig.status(afterStop), EventStatus::Pending);
    QCOMPARE(rig.server->requestCount(), 1);

    rig.engine =
        std::make_unique<DeliveryEngine>(rig.t.location(), rig.t.clock(), DeliveryConfig{},
                                         QList<QSslCertificate>{rig.server->caCertificate()}, rig.t.feed());
    QVERIFY(rig.engine->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(afterStop), EventStatus::Succeeded, 10000);
    QCOMPARE(rig.server->requestCount(), 2);
}

// The engine's store thread sweeps: delivered events older than the retention period go, while
// new ones are delivered as usual.
void TestDeliveryEngine::aRunningEngineRemovesEventsPastRetention()
{
    DeliveryConfig config;
    config.retention.keepMs = 3600 * 1000;
    config.retention.firstSweepMs = 1;
    config.retention.everyMs = 20;
    Rig rig(config);
    rig.server->setBehaviour(QStringLiteral("/ok"), Server::Respond{200, {}, "ok"});
    rig.receiverAt(QStringLiteral("/ok"));
    FeedRecorder recorder(rig.t.feed());
    QVERIFY(rig.engine->start().ok());
    const qint64 old = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(old), EventStatus::Succeeded, 10000);
    rig.t.clock().advanceMs(2 * 3600 * 1000);
    const qint64 recent = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.ids(StoreChange::Kind::EventsRemoved), QList<qint64>{old}, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(recent), EventStatus::Succeeded, 10000);
    QVERIFY(!rig.t.service().event(old));
    QCOMPARE(rig.t.rowCount(QStringLiteral("attempts")), qint64(1));
    rig.engine->stop();
}

// Retry now: a RETRYING event is attempted at once instead of at its scheduled time; the attempt is
// an ordinary one (not manual, the next number). Events in any other status are left alone.
void TestDeliveryEngine::retryNowSendsARetryingEventAtOnce()
{
    Rig rig;
    rig.server->setBehaviour(QStringLiteral("/flaky"), Server::Respond{503, {}, "later"});
    rig.receiverAt(QStringLiteral("/flaky"));
    QVERIFY(rig.engine->start().ok());
    const qint64 id = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Retrying, 10000);
    rig.server->setBehaviour(QStringLiteral("/flaky"), Server::Respond{200, {}, {}});
    const qint64 finished = rig.publish();
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(finished), EventStatus::Succeeded, 10000);

    FeedRecorder recorder(rig.t.feed());
    const Result<QList<qint64>> moved = rig.t.service().retryNow({id, finished, 999});
    QVERIFY(moved.ok());
    QCOMPARE(*moved, QList<qint64>{id});
    QCOMPARE(recorder.ids(StoreChange::Kind::EventsChanged), QList<qint64>{id});
    // The clock stands still: only retry now can have made it due.
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), EventStatus::Succeeded, 10000);
    const QList<Attempt> attempts = rig.attempts(id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts[1].number, 2);
    QVERIFY(!attempts[1].manual);
    QCOMPARE(rig.attempts(finished).size(), 1);
}

QTEST_GUILESS_MAIN(TestDeliveryEngine)
#include "tst_deliveryengine.moc"
