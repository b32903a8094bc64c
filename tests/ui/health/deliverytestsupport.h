#pragma once

// For GUI tests of delivery statistics: attempts recorded the way the delivery engine records them
// (DeliveryStore::claim, then record), with outcomes and times the test chooses, so statistics and
// receiver health have known values; and a real engine delivering to a local HTTPS server.

#include "consoletestsupport.h"
#include "delivery/delivery.h"
#include "delivery/deliveryengine.h"
#include "testhttpsserverthread.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

namespace hookboard::test {

struct DeliveredAttempt
{
    DeliveredAttempt(int duration, std::optional<int> code, std::optional<qint64> startedAt = std::nullopt,
                     QString disable = {})
        : durationMs(duration), responseCode(code), startedAtMs(startedAt), disableReason(std::move(disable))
    {}

    int durationMs;
    std::optional<int> responseCode;   // empty: no response (a network error)
    std::optional<qint64> startedAtMs; // empty: the clock's now
    QString disableReason;             // non-empty: the engine disables the receiver (410 Gone)
};

// Sends a test event to receiverId and records one attempt of it as described. The receiver must
// be active (the engine claims nothing for a disabled one).
inline void deliverAttempt(TestStore &t, qint64 receiverId, const DeliveredAttempt &spec)
{
    const Result<qint64> eventId =
        t.service().sendTestEvent(receiverId, {QStringLiteral("RUNS"), QStringLiteral("UPDATE"), "{}"});
    if (!eventId)
        qFatal("deliverAttempt: %s", qPrintable(eventId.error().message));
    const qint64 now = t.clock().nowMs();
    const Result<QList<Delivery>> claimed = t.store().deliveries().claim(100, 8, now);
    if (!claimed || claimed->size() != 1 || claimed->at(0).event.id != *eventId)
        qFatal("deliverAttempt: the event was not claimed alone");
    const Delivery &delivery = claimed->at(0);
    const bool ok = spec.responseCode == delivery.receiver.expectedResponseCode;

    Outcome outcome;
    outcome.eventId = delivery.event.id;
    outcome.receiverId = receiverId;
    outcome.lease = delivery.lease;
    outcome.status = ok ? EventStatus::Succeeded : EventStatus::Failed;
    outcome.succeeded = ok;
    outcome.disableReason = spec.disableReason;
    Attempt &attempt = outcome.attempt;
    attempt.eventId = delivery.event.id;
    attempt.number = delivery.event.attemptCount + 1;
    attempt.startedAtMs = spec.startedAtMs.value_or(now);
    attempt.durationMs = spec.durationMs;
    attempt.requestBody = "{}";
    attempt.responseCode = spec.responseCode;
    if (!spec.responseCode)
        attempt.error = QStringLiteral("connection refused");
    const Result<QList<ReceiverDisabled>> recorded =
        t.store().deliveries().record({outcome}, now, 72LL * 3600 * 1000);
    if (!recorded)
        qFatal("deliverAttempt: %s", qPrintable(recorded.error().message));
    // As the engine's recorder does when it disables a receiver.
    if (!recorded->isEmpty())
        t.feed().post(StoreChange::Kind::ReceiversDisabled, {receiverId});
}

// Makes the stored etag of receiverId stale, as a change by another process would.
inline void changeEtagBehindTheService(TestStore &t, qint64 receiverId)
{
    QSqlQuery query(t.store().database().connection());
    query.prepare(QStringLiteral("UPDATE receivers SET etag = 'changed-elsewhere' WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), receiverId);
    if (!query.exec() || query.numRowsAffected() != 1)
        qFatal("changeEtagBehindTheService failed");
}

// A receiver at a local HTTPS test server that answers 200, subscribed to RUNS.CREATE, and a delivery
// engine (not started) that trusts the server and follows the service, set in a console context:
// for tests that watch the console follow real deliveries.
struct LiveDeliveries
{
    explicit LiveDeliveries(TestStore &t) : store(t)
    {
        server->setBehaviour(QStringLiteral("/ok"), TestHttpsServer::Respond{200, {}, "ok"});
        ReceiverInput input;
        input.name = QStringLiteral("local");
        input.webhookUri = server->url(QStringLiteral("/ok")).toString();
        const Result<Receiver> created = t.service().createReceiver(input, tester());
        if (!created)
            qFatal("LiveDeliveries: %s", qPrintable(created.error().message));
        receiver = *created;
        t.subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        engine = std::make_unique<DeliveryEngine>(t.dataDir(), t.clock(), DeliveryConfig{},
                                                  QList<QSslCertificate>{server->caCertificate()}, t.feed());
        context = consoleContextFor(t);
        context.engine = engine.get();
    }

    void publish(int count)
    {
        for (int i = 0; i < count; ++i) {
            if (!store.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"}))
                qFatal("LiveDeliveries: publish failed");
        }
    }

    TestStore &store;
    TestHttpsServerThread server;
    Receiver receiver;
    std::unique_ptr<DeliveryEngine> engine;
    ConsoleContext context;
};

} // namespace hookboard::test
