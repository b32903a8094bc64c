// WebhookService: etags, cascades, publish fan-out and change signals, on a real SQLite file.
#include "model/secret.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <latch>
#include <thread>

using namespace hookboard;
using namespace hookboard::test;

class TestWebhookService : public QObject
{
    Q_OBJECT

private slots:
    void createReceiverAppliesDefaultsAndGeneratesSecret();
    void createReceiverKeepsEveryField();
    void createReceiverRefusesInvalidInputAndWritesNothing_data();
    void createReceiverRefusesInvalidInputAndWritesNothing();
    void createdByIsTheActor();
    void updateChangesEtagEveryTime();
    void updateWithStaleOrMissingEtagChangesNothing_data();
    void updateWithStaleOrMissingEtagChangesNothing();
    void updateOfUnknownReceiverIsNotFound();
    void invalidUpdateChangesNothing();
    void headersListReplacesOldOne();
    void twoWritersRacingOneReceiverExactlyOneWins();
    void disableAndEnable();
    void rotateSecretKeepsOldOneForGracePeriod();
    void rotateSecretRefusesMalformedSecret();
    void deleteReceiverCascadesAndKeepsAudit();
    void deleteReceiverWithStaleEtagChangesNothing();
    void duplicateSubscriptionRefused();
    void subscriptionRefusesUnknownResourceOrAction_data();
    void subscriptionRefusesUnknownResourceOrAction();
    void subscriptionForUnknownReceiverIsNotFound();
    void updateSubscriptionEtagAndImmutableReceiver();
    void updateSubscriptionRefusesDuplicatePair();
    void deleteSubscriptionCancelsItsPendingEvents();
    void publishFansOutToActiveSubscriptionsOnly();
    void publishKeepsDataTextExactly();
    void publishWithNoSubscriberIsEmpty();
    void publishRefusesBadInputAndWritesNothing_data();
    void publishRefusesBadInputAndWritesNothing();
    void sendTestEventNeedsNoSubscription();
    void subscriptionEventsNewestFirstAndBounded();
    void pagination();
    void filters();
    void everyChangeIsPostedOnceAfterItsCommit();
    void resendFinishedEventOnly();
    void replayByFilter();
    void cancelUnfinishedOnly();
    void eventListFiltersAndPages();
};

namespace {
void setStatus(TestStore &t, qint64 id, const QString &status)
{
    QSqlQuery set(t.store().database().connection());
    set.prepare(QStringLiteral("UPDATE events SET status = :s, attempt_count = 2 WHERE id = :id"));
    set.bindValue(QStringLiteral(":s"), status);
    set.bindValue(QStringLiteral(":id"), id);
    if (!set.exec())
        qFatal("setStatus failed");
}
} // namespace

void TestWebhookService::createReceiverAppliesDefaultsAndGeneratesSecret()
{
    TestStore t;
    ReceiverInput input;
    input.name = QStringLiteral("Our example server");
    input.webhookUri = QStringLiteral("https://whoknows.where.this.leads");
    Result<Receiver> r = t.service().createReceiver(input, tester());
    QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    QVERIFY(r->id > 0);
    QVERIFY(!r->etag.isEmpty());
    QCOMPARE(r->contentType, QStringLiteral("application/json"));
    QCOMPARE(r->expectedResponseCode, 200);
    QVERIFY(r->active);
    QVERIFY(r->headers.isEmpty());
    QVERIFY(r->sharedSecret.startsWith(QStringLiteral("whsec_")));
    QVERIFY(!secret::check(r->sharedSecret).has_value());
    QCOMPARE(secret::keyBytes(r->sharedSecret).size(), 24);
    QCOMPARE(r->createdAtMs, t.clock().nowMs());
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 1);

    // Two generated secrets differ.
    Result<Receiver> other = t.service().createReceiver(input, tester());
    QVERIFY(other.ok());
    QVERIFY(other->sharedSecret != r->sharedSecret);
}

void TestWebhookService::createReceiverKeepsEveryField()
{
    TestStore t;
    ReceiverInput input;
    input.name = QStringLiteral("ERP");
    input.description = QStringLiteral("Purchase orders into the ERP");
    input.webhookUri = QStringLiteral("https://erp.example.com:8443/ion/hooks?tenant=7");
    input.sharedSecret = QStringLiteral("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
    input.contentType = QStringLiteral("application/x-www-form-urlencoded");
    input.expectedResponseCode = 202;
    input.active = false;
    input.headers = QList<WebhookHeader>{{0, QStringLiteral("X-Api-Key"), QStringLiteral("k-123")},
                                         {0, QStringLiteral("X-Tenant"), QStringLiteral("acme")}};
    DeliverySettings delivery;
    delivery.ordered = true;
    delivery.maxInFlight = 2;
    delivery.timeoutMs = 5000;
    delivery.retrySchedule = QList<int>{5, 60};
    input.delivery = delivery;
    Result<Receiver> created = t.service().createReceiver(input, tester());
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));

    Result<Receiver> r = t.service().receiver(created->id); // read back from the file
    QVERIFY(r.ok());
    QCOMPARE(r->name, *input.name);
    QCOMPARE(r->description, *input.description);
    QCOMPARE(r->webhookUri, *input.webhookUri);
    QCOMPARE(r->sharedSecret, *input.sharedSecret);
    QCOMPARE(r->contentType, *input.contentType);
    QCOMPARE(r->expectedResponseCode, 202);
    QCOMPARE(r->active, false);
    QCOMPARE(r->delivery, delivery);
    QCOMPARE(r->headers.size(), 2);
    QCOMPARE(r->headers[0].key, QStringLiteral("X-Api-Key"));
    QCOMPARE(r->headers[1].value, QStringLiteral("acme"));
    QVERIFY(r->headers[0].id > 0 && r->headers[1].id > r->headers[0].id);
}

void TestWebhookService::createReceiverRefusesInvalidInputAndWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("headerKey");

    const QString ok = QStringLiteral("https://ok.example.com/");
    QTest::newRow("empty name") << "name"
                                << "required"
                                << "  " << ok << QString() << 200 << QString();
    QTest::newRow("http uri") << "webhookUri"
                              << "https-only"
                              << "n"
                              << "http://x.example.com/" << QString() << 200 << QString();
    QTest::newRow("user info") << "webhookUri"
                               << "no-userinfo"
                               << "n"
                               << "https://u:p@x.example.com/" << QString() << 200 << QString();
    QTest::newRow("code 99") << "expectedResponseCode"
                             << "range"
                             << "n" << ok << QString() << 99 << QString();
    QTest::newRow("code 600") << "expectedResponseCode"
                              << "range"
                              << "n" << ok << QString() << 600 << QString();
    QTest::newRow("bad secret") << "sharedSecret"
                                << "whsec-prefix"
                                << "n" << ok << "sekrit" << 200 << QString();
    QTest::newRow("reserved header") << "headers[0].key"
                                     << "reserved"
                                     << "n" << ok << QString() << 200 << "Content-Type";
    QTest::newRow("header not a token") << "headers[0].key"
                                        << "http-token"
                                        << "n" << ok << QString() << 200 << "Bad Key";
}

void TestWebhookService::createReceiverRefusesInvalidInputAndWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QString, name);
    QFETCH(QString, uri);
    QFETCH(QString, secret);
    QFETCH(int, code);
    QFETCH(QString, headerKey);

    TestStore t;
    FeedRecorder feed(t.feed());
    ReceiverInput input;
    input.name = name;
    input.webhookUri = uri;
    input.expectedResponseCode = code;
    if (!secret.isEmpty())
        input.sharedSecret = secret;
    if (!headerKey.isEmpty())
        input.headers = QList<WebhookHeader>{{0, headerKey, QStringLiteral("v")}};
    Result<Receiver> r = t.service().createReceiver(input, tester());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BadUserInput);
    QCOMPARE(r.error().field, field);
    QCOMPARE(r.error().rule, rule);
    QVERIFY2(r.error().message.startsWith(field + u':'), qPrintable(r.error().message));
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("receiver_headers")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("users")), 0);
    QVERIFY(feed.all().isEmpty()); // a refused change announces nothing
}

void TestWebhookService::createdByIsTheActor()
{
    TestStore t;
    ReceiverInput input;
    input.name = QStringLiteral("n");
    input.webhookUri = QStringLiteral("https://a.example.com/");
    Result<Receiver> a = t.service().createReceiver(input, Actor{QStringLiteral("ci-token")});
    Result<Receiver> b = t.service().createReceiver(input, Actor{QStringLiteral("ci-token")});
    Result<Receiver> c = t.service().createReceiver(input, Actor{QStringLiteral("maria")});
    QVERIFY(a && b && c);
    QCOMPARE(a->createdBy.name, QStringLiteral("ci-token"));
    QCOMPARE(a->createdBy, b->createdBy);
    QVERIFY(c->createdBy.id != a->createdBy.id);
    QCOMPARE(c->createdBy.name, QStringLiteral("maria"));

    Subscription s = t.subscribe(a->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QCOMPARE(s.createdBy.name, QStringLiteral("tester"));

    Result<Receiver> nobody = t.service().createReceiver(input, Actor{QString()});
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().field, QStringLiteral("createdBy"));
}

void TestWebhookService::updateChangesEtagEveryTime()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    QSet<QString> seen{r.etag};
    for (int i = 0; i < 5; ++i) {
        ReceiverInput changes;
        changes.description = QStringLiteral("rev %1").arg(i);
        t.clock().advanceMs(1000);
        Result<Receiver> updated = t.service().updateReceiver(r.id, r.etag, changes);
        QVERIFY2(updated.ok(), updated ? "" : qPrintable(updated.error().message));
        QVERIFY(!seen.contains(updated->etag));
        seen.insert(updated->etag);
        QCOMPARE(updated->description, *changes.description);
        QCOMPARE(updated->updatedAtMs, t.clock().nowMs());
        QCOMPARE(updated->createdAtMs, r.createdAtMs);
        r = *updated;
    }
    // Even a change that sets the same values is a change: the etag moves.
    Result<Receiver> same = t.service().updateReceiver(r.id, r.etag, {});
    QVERIFY(same.ok());
    QVERIFY(same->etag != r.etag);
}

void TestWebhookService::updateWithStaleOrMissingEtagChangesNothing_data()
{
    QTest::addColumn<bool>("missing");
    QTest::addColumn<QString>("rule");
    QTest::newRow("stale") << false << "stale";
    QTest::newRow("missing") << true << "required";
}

void TestWebhookService::updateWithStaleOrMissingEtagChangesNothing()
{
    QFETCH(bool, missing);
    QFETCH(QString, rule);
    TestStore t;
    const Receiver original = t.makeReceiver();
    Result<Receiver> moved = t.service().updateReceiver(original.id, original.etag, {});
    QVERIFY(moved.ok());
    FeedRecorder feed(t.feed());

    ReceiverInput changes;
    changes.name = QStringLiteral("Renamed");
    changes.headers = QList<WebhookHeader>{{0, QStringLiteral("X-A"), QStringLiteral("1")}};
    const QString etag = missing ? QString() : original.etag;
    Result<Receiver> refused = t.service().updateReceiver(original.id, etag, changes);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::EtagMismatch);
    QCOMPARE(errorCodeName(refused.error().code), QStringLiteral("ETAG_MISMATCH"));
    QCOMPARE(refused.error().field, QStringLiteral("etag"));
    QCOMPARE(refused.error().rule, rule);
    QVERIFY(refused.error().message.startsWith(QStringLiteral("etag:")));

    Result<Receiver> now = t.service().receiver(original.id);
    QCOMPARE(now->name, original.name);
    QCOMPARE(now->etag, moved->etag);
    QCOMPARE(t.rowCount(QStringLiteral("receiver_headers")), 0);
    QVERIFY(feed.all().isEmpty());

    Status deleted = t.service().deleteReceiver(original.id, etag);
    QVERIFY(!deleted.ok());
    QCOMPARE(deleted.error().code, ErrorCode::EtagMismatch);
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 1);
}

void TestWebhookService::updateOfUnknownReceiverIsNotFound()
{
    TestStore t;
    Result<Receiver> r = t.service().updateReceiver(42, QStringLiteral("x"), {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(errorCodeName(r.error().code), QStringLiteral("NOT_FOUND"));
    QVERIFY(r.error().message.contains(QStringLiteral("42")));
    QCOMPARE(t.service().receiver(42).error().code, ErrorCode::NotFound);
    QCOMPARE(t.service().deleteReceiver(42, QStringLiteral("x")).error().code, ErrorCode::NotFound);
}

void TestWebhookService::invalidUpdateChangesNothing()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    ReceiverInput changes;
    changes.name = QStringLiteral("New name");
    changes.webhookUri = QStringLiteral("ftp://files.example.com/");
    Result<Receiver> refused = t.service().updateReceiver(r.id, r.etag, changes);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("webhookUri"));
    Result<Receiver> now = t.service().receiver(r.id);
    QCOMPARE(now->name, r.name);
    QCOMPARE(now->webhookUri, r.webhookUri);
    QCOMPARE(now->etag, r.etag);
}

void TestWebhookService::headersListReplacesOldOne()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    ReceiverInput changes;
    changes.headers = QList<WebhookHeader>{{0, QStringLiteral("X-One"), QStringLiteral("1")},
                                           {0, QStringLiteral("X-Two"), QStringLiteral("2")}};
    Result<Receiver> first = t.service().updateReceiver(r.id, r.etag, changes);
    QVERIFY(first.ok());
    QCOMPARE(first->headers.size(), 2);

    // A change that leaves headers out keeps them.
    ReceiverInput rename;
    rename.name = QStringLiteral("Renamed");
    Result<Receiver> renamed = t.service().updateReceiver(r.id, first->etag, rename);
    QCOMPARE(renamed->headers, first->headers);

    changes.headers =
        QList<WebhookHeader>{{first->headers[1].id, QStringLiteral("X-Three"), QStringLiteral("3")}};
    Result<Receiver> second = t.service().updateReceiver(r.id, renamed->etag, changes);
    QVERIFY(second.ok());
    QCOMPARE(second->headers.size(), 1);
    QCOMPARE(second->headers[0].key, QStringLiteral("X-Three"));
    QVERIFY(second->headers[0].id > first->headers[1].id);
    QCOMPARE(t.rowCount(QStringLiteral("receiver_headers")), 1);

    changes.headers = QList<WebhookHeader>{};
    Result<Receiver> cleared = t.service().updateReceiver(r.id, second->etag, changes);
    QVERIFY(cleared->headers.isEmpty());
    QCOMPARE(t.rowCount(QStringLiteral("receiver_headers")), 0);
}

// Two writers, each with its own connection to the same file, update the same receiver with the
// same etag at the same moment. The store serialises them; the second sees a stale etag.
void TestWebhookService::twoWritersRacingOneReceiverExactlyOneWins()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    const StoreLocation location = t.location();
    constexpr int kRounds = 20;
    QString etag = r.etag;
    for (int round = 0; round < kRounds; ++round) {
        std::latch start(2);
        std::array<std::optional<Error>, 2> outcome;
        std::array<bool, 2> won{false, false};
        auto writer = [&](int index) {
            Result<std::unique_ptr<Store>> store = Store::open(location);
            if (!store) {
                outcome[index] = store.error();
                start.count_down();
                return;
            }
            SystemClock clock;
            ChangeFeed feed;
            WebhookService service(**store, clock, feed);
            ReceiverInput changes;
            changes.name = QStringLiteral("writer %1 round %2").arg(index).arg(round);
            start.arrive_and_wait();
            Result<Receiver> result = service.updateReceiver(r.id, etag, changes);
            if (result)
                won[index] = true;
            else
                outcome[index] = result.error();
        };
        std::thread a(writer, 0);
        std::thread b(writer, 1);
        a.join();
        b.join();
        QCOMPARE(int(won[0]) + int(won[1]), 1);
        const int loser = won[0] ? 1 : 0;
        QVERIFY(outcome[loser].has_value());
        QCOMPARE(outcome[loser]->code, ErrorCode::EtagMismatch);
        Result<Receiver> now = t.service().receiver(r.id);
        QCOMPARE(now->name, QStringLiteral("writer %1 round %2").arg(won[0] ? 0 : 1).arg(round));
        etag = now->etag;
    }
}

void TestWebhookService::disableAndEnable()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Result<Receiver> off = t.service().setReceiverActive(r.id, r.etag, false);
    QVERIFY(off.ok());
    QVERIFY(!off->active);
    QVERIFY(off->etag != r.etag);
    QVERIFY(!t.service().setReceiverActive(r.id, r.etag, true).ok()); // stale
    Result<Receiver> on = t.service().setReceiverActive(r.id, off->etag, true);
    QVERIFY(on.ok());
    QVERIFY(on->active);
}

void TestWebhookService::rotateSecretKeepsOldOneForGracePeriod()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    const qint64 day = 24LL * 3600 * 1000;
    Result<Receiver> rotated = t.service().rotateReceiverSecret(r.id, r.etag, std::nullopt, day);
    QVERIFY2(rotated.ok(), rotated ? "" : qPrintable(rotated.error().message));
    QVERIFY(rotated->sharedSecret != r.sharedSecret);
    QVERIFY(!secret::check(rotated->sharedSecret));
    QCOMPARE(rotated->previousSecret, r.sharedSecret);
    QCOMPARE(rotated->previousSecretExpiresAtMs, t.clock().nowMs() + day);

    const QString typed = QStringLiteral("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
    Result<Receiver> again = t.service().rotateReceiverSecret(r.id, rotated->etag, typed, 0);
    QVERIFY(again.ok());
    QCOMPARE(again->sharedSecret, typed);
    QVERIFY(again->previousSecret.isEmpty()); // no grace period: the old secret stops at once
}

void TestWebhookService::rotateSecretRefusesMalformedSecret()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Result<Receiver> refused =
        t.service().rotateReceiverSecret(r.id, r.etag, QStringLiteral("whsec_short"), 0);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("sharedSecret"));
    Result<Receiver> badGrace = t.service().rotateReceiverSecret(r.id, r.etag, std::nullopt, -1);
    QVERIFY(!badGrace.ok());
    QCOMPARE(badGrace.error().field, QStringLiteral("gracePeriod"));
    QCOMPARE(t.service().receiver(r.id)->sharedSecret, r.sharedSecret);
    QCOMPARE(t.service().receiver(r.id)->etag, r.etag);
}

void TestWebhookService::deleteReceiverCascadesAndKeepsAudit()
{
    TestStore t;
    Receiver doomed = t.makeReceiver(QStringLiteral("doomed"));
    Receiver other = t.makeReceiver(QStringLiteral("other"));
    ReceiverInput withHeader;
    withHeader.headers = QList<WebhookHeader>{{0, QStringLiteral("X-A"), QStringLiteral("1")}};
    doomed = *t.service().updateReceiver(doomed.id, doomed.etag, withHeader);
    t.subscribe(doomed.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(doomed.id, QStringLiteral("PARTS"), QStringLiteral("UPDATE"));
    t.subscribe(other.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    Result<QList<qint64>> ids =
        t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), QByteArray(R"({"id":1})")});
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 2);
    // One of the doomed receiver's events already finished: it must stay as it was.
    QSqlQuery finish(t.store().database().connection());
    QVERIFY(
        finish.exec(QStringLiteral("UPDATE events SET status = 'SUCCEEDED' WHERE id = %1").arg(ids->at(0))));
    Result<QList<qint64>> more =
        t.service().publish({QStringLiteral("PARTS"), QStringLiteral("UPDATE"), QByteArray(R"({"id":2})")});
    QCOMPARE(more->size(), 1);

    FeedRecorder feed(t.feed());
    QVERIFY(t.service().deleteReceiver(doomed.id, doomed.etag).ok());

    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 1);
    QCOMPARE(t.rowCount(QStringLiteral("subscriptions")), 1);
    QCOMPARE(t.rowCount(QStringLiteral("receiver_headers")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("events")), 3); // the audit trail stays
    QCOMPARE(t.service().event(ids->at(0))->status, EventStatus::Succeeded);
    QCOMPARE(t.service().event(more->at(0))->status, EventStatus::Cancelled);
    QCOMPARE(t.service().event(more->at(0))->receiverId, doomed.id);
    QCOMPARE(t.service().event(ids->at(1))->status, EventStatus::Pending); // other receiver's
    QCOMPARE(feed.all().size(), 3);
    QCOMPARE(feed.ids(StoreChange::Kind::EventsChanged), QList<qint64>{more->at(0)});
    const QList<StoreChange> subscriptionsGone = feed.of(StoreChange::Kind::SubscriptionsDeleted);
    QCOMPARE(subscriptionsGone.size(), 1);
    QCOMPARE(subscriptionsGone[0].ids.size(), 2);
    QCOMPARE(subscriptionsGone[0].receiverIds, QList<qint64>(2, doomed.id));
    QCOMPARE(feed.ids(StoreChange::Kind::ReceiversDeleted), QList<qint64>{doomed.id});
    QCOMPARE(t.service().receiver(doomed.id).error().code, ErrorCode::NotFound);
}

void TestWebhookService::deleteReceiverWithStaleEtagChangesNothing()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QVERIFY(t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"}).ok());
    QVERIFY(!t.service().deleteReceiver(r.id, QStringLiteral("0000000000000000")).ok());
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 1);
    QCOMPARE(t.rowCount(QStringLiteral("subscriptions")), 1);
    QCOMPARE(t.rowCount(QStringLiteral("events"), QStringLiteral("status = 'PENDING'")), 1);
}

void TestWebhookService::duplicateSubscriptionRefused()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Receiver other = t.makeReceiver(QStringLiteral("other"));
    const Subscription first = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    SubscriptionInput again{r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), false};
    Result<Subscription> refused = t.service().createSubscription(again, tester());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadUserInput);
    QCOMPARE(refused.error().rule, QStringLiteral("unique"));
    QVERIFY(refused.error().message.startsWith(QStringLiteral("resource:")));
    QVERIFY(refused.error().message.contains(QString::number(first.id)));
    QCOMPARE(t.rowCount(QStringLiteral("subscriptions")), 1);
    // The same pair on another receiver, and another action on this one, are fine.
    QVERIFY(t.service().createSubscription({other.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}},
                                           tester()));
    QVERIFY(t.service().createSubscription({r.id, QStringLiteral("RUNS"), QStringLiteral("UPDATE"), {}},
                                           tester()));
}

void TestWebhookService::subscriptionRefusesUnknownResourceOrAction_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown resource") << "SPACESHIPS"
                                      << "CREATE"
                                      << "resource";
    QTest::newRow("lower-case resource") << "runs"
                                         << "CREATE"
                                         << "resource";
    QTest::newRow("empty resource") << ""
                                    << "CREATE"
                                    << "resource";
    QTest::newRow("unknown action") << "RUNS"
                                    << "ARCHIVE"
                                    << "action";
    QTest::newRow("empty action") << "RUNS"
                                  << ""
                                  << "action";
}

void TestWebhookService::subscriptionRefusesUnknownResourceOrAction()
{
    QFETCH(QString, resource);
    QFETCH(QString, action);
    QFETCH(QString, field);
    TestStore t;
    Receiver r = t.makeReceiver();
    Result<Subscription> refused = t.service().createSubscription({r.id, resource, action, {}}, tester());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadUserInput);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(refused.error().rule, QStringLiteral("one-of"));
    QCOMPARE(t.rowCount(QStringLiteral("subscriptions")), 0);
}

void TestWebhookService::subscriptionForUnknownReceiverIsNotFound()
{
    TestStore t;
    Result<Subscription> refused =
        t.service().createSubscription({77, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}}, tester());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().field, QStringLiteral("receiverId"));
    QVERIFY(refused.error().message.startsWith(QStringLiteral("receiverId:")));
    Result<Subscription> missing = t.service().createSubscription(
        {std::nullopt, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}}, tester());
    QCOMPARE(missing.error().field, QStringLiteral("receiverId"));
    QCOMPARE(missing.error().rule, QStringLiteral("required"));
    QCOMPARE(t.rowCount(QStringLiteral("subscriptions")), 0);
}

void TestWebhookService::updateSubscriptionEtagAndImmutableReceiver()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Receiver other = t.makeReceiver(QStringLiteral("other"));
    Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));

    Result<Subscription> paused = t.service().updateSubscription(s.id, s.etag, {{}, {}, {}, false});
    QVERIFY(paused.ok());
    QVERIFY(!paused->active);
    QVERIFY(paused->etag != s.etag);

    Result<Subscription> stale = t.service().updateSubscription(s.id, s.etag, {{}, {}, {}, true});
    QCOMPARE(stale.error().code, ErrorCode::EtagMismatch);
    Result<Subscription> missing = t.service().updateSubscription(s.id, QString(), {{}, {}, {}, true});
    QCOMPARE(missing.error().code, ErrorCode::EtagMismatch);
    QVERIFY(!t.service().subscription(s.id)->active);

    Result<Subscription> moved = t.service().updateSubscription(s.id, paused->etag, {other.id, {}, {}, {}});
    QCOMPARE(moved.error().rule, QStringLiteral("immutable"));

    Result<Subscription> retargeted = t.service().updateSubscription(
        s.id, paused->etag, {{}, QStringLiteral("ISSUES"), QStringLiteral("DELETE"), {}});
    QVERIFY(retargeted.ok());
    QCOMPARE(retargeted->resource, QStringLiteral("ISSUES"));
    QCOMPARE(retargeted->action, QStringLiteral("DELETE"));

    Result<Subscription> badAction =
        t.service().updateSubscription(s.id, retargeted->etag, {{}, {}, QStringLiteral("MERGE"), {}});
    QCOMPARE(badAction.error().field, QStringLiteral("action"));
    QCOMPARE(t.service().subscription(s.id)->action, QStringLiteral("DELETE"));
}

void TestWebhookService::updateSubscriptionRefusesDuplicatePair()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("UPDATE"));
    Result<Subscription> refused =
        t.service().updateSubscription(s.id, s.etag, {{}, {}, QStringLiteral("CREATE"), {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, QStringLiteral("unique"));
    QCOMPARE(t.service().subscription(s.id)->action, QStringLiteral("UPDATE"));
}

void TestWebhookService::deleteSubscriptionCancelsItsPendingEvents()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Subscription runs = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(r.id, QStringLiteral("PARTS"), QStringLiteral("CREATE"));
    Result<QList<qint64>> runEvents =
        t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    Result<QList<qint64>> partEvents =
        t.service().publish({QStringLiteral("PARTS"), QStringLiteral("CREATE"), "{}"});
    QVERIFY(!t.service().deleteSubscription(runs.id, QStringLiteral("nope")).ok());
    QCOMPARE(t.service().event(runEvents->at(0))->status, EventStatus::Pending);
    QVERIFY(t.service().deleteSubscription(runs.id, runs.etag).ok());
    QCOMPARE(t.service().event(runEvents->at(0))->status, EventStatus::Cancelled);
    QCOMPARE(t.service().event(partEvents->at(0))->status, EventStatus::Pending);
    QCOMPARE(t.service().subscription(runs.id).error().code, ErrorCode::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("events")), 2);
}

void TestWebhookService::publishFansOutToActiveSubscriptionsOnly()
{
    TestStore t;
    Receiver a = t.makeReceiver(QStringLiteral("a"));
    Receiver b = t.makeReceiver(QStringLiteral("b"));
    Receiver inactive = t.makeReceiver(QStringLiteral("off"));
    Receiver c = t.makeReceiver(QStringLiteral("c"));
    Subscription sa = t.subscribe(a.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    Subscription sb = t.subscribe(b.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(inactive.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    Subscription paused = t.subscribe(c.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(c.id, QStringLiteral("RUNS"), QStringLiteral("UPDATE"));  // other action
    t.subscribe(c.id, QStringLiteral("PARTS"), QStringLiteral("CREATE")); // other resource
    QVERIFY(t.service().setReceiverActive(inactive.id, inactive.etag, false));
    QVERIFY(t.service().updateSubscription(paused.id, paused.etag, {{}, {}, {}, false}));

    FeedRecorder feed(t.feed());
    t.clock().advanceMs(1234);
    Result<QList<qint64>> ids = t.service().publish(
        {QStringLiteral("RUNS"), QStringLiteral("CREATE"), R"({"id":1001,"status":"IN_PROGRESS"})"});
    QVERIFY2(ids.ok(), ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(t.rowCount(QStringLiteral("events")), 2);
    QCOMPARE(t.rowCount(QStringLiteral("changes")), 1);
    QCOMPARE(feed.all().size(), 1);
    QCOMPARE(feed.all()[0].kind, StoreChange::Kind::EventsPublished);
    QCOMPARE(feed.all()[0].ids, *ids);

    Result<Event> ea = t.service().event(ids->at(0));
    Result<Event> eb = t.service().event(ids->at(1));
    QCOMPARE(ea->receiverId, a.id);
    QCOMPARE(ea->subscriptionId, std::optional<qint64>(sa.id));
    QCOMPARE(eb->receiverId, b.id);
    QCOMPARE(eb->subscriptionId, std::optional<qint64>(sb.id));
    for (const Event &e : {*ea, *eb}) {
        QCOMPARE(e.status, EventStatus::Pending);
        QCOMPARE(e.resource, QStringLiteral("RUNS"));
        QCOMPARE(e.action, QStringLiteral("CREATE"));
        QCOMPARE(e.attemptCount, 0);
        QCOMPARE(e.createdAtMs, t.clock().nowMs());
        QVERIFY(!e.test);
        QCOMPARE(e.payload, QByteArray(R"({"id":1001,"status":"IN_PROGRESS"})"));
    }
}

void TestWebhookService::publishKeepsDataTextExactly()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("PARTS"), QStringLiteral("UPDATE"));
    const QByteArray published = "{ \"serial\" : 12345678901234567890,\n  \"z\": 1.50, \"a\": [1e400, -0.0],"
                                 " \"name\": \"Tr\\u00e4ger \xc3\xa4\" }";
    Result<QList<qint64>> ids =
        t.service().publish({QStringLiteral("PARTS"), QStringLiteral("UPDATE"), published});
    QVERIFY2(ids.ok(), ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(t.service().event(ids->at(0))->payload,
             QByteArray("{\"serial\":12345678901234567890,\"z\":1.50,\"a\":[1e400,-0.0],"
                        "\"name\":\"Tr\\u00e4ger \xc3\xa4\"}"));
}

void TestWebhookService::publishWithNoSubscriberIsEmpty()
{
    TestStore t;
    FeedRecorder feed(t.feed());
    Result<QList<qint64>> ids =
        t.service().publish({QStringLiteral("ISSUES"), QStringLiteral("DELETE"), "{}"});
    QVERIFY(ids.ok());
    QVERIFY(ids->isEmpty());
    QCOMPARE(t.rowCount(QStringLiteral("changes")), 0);
    QVERIFY(feed.all().isEmpty());
}

void TestWebhookService::publishRefusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::newRow("array data") << "RUNS"
                                << "CREATE" << QByteArray("[1,2]") << "data"
                                << "json-object";
    QTest::newRow("string data") << "RUNS"
                                 << "CREATE" << QByteArray("\"x\"") << "data"
                                 << "json-object";
    QTest::newRow("null data") << "RUNS"
                               << "CREATE" << QByteArray("null") << "data"
                               << "json-object";
    QTest::newRow("malformed") << "RUNS"
                               << "CREATE" << QByteArray("{\"a\":}") << "data"
                               << "json-syntax";
    QTest::newRow("empty") << "RUNS"
                           << "CREATE" << QByteArray() << "data"
                           << "json-syntax";
    QTest::newRow("unknown resource") << "WIDGETS"
                                      << "CREATE" << QByteArray("{}") << "resource"
                                      << "one-of";
    QTest::newRow("unknown action") << "RUNS"
                                    << "UPSERT" << QByteArray("{}") << "action"
                                    << "one-of";
    QByteArray big = "{\"blob\":\"" + QByteArray(WebhookService::kMaxPublishBytes, 'x') + "\"}";
    QTest::newRow("over 1 MiB") << "RUNS"
                                << "CREATE" << big << "data"
                                << "max-size";
}

void TestWebhookService::publishRefusesBadInputAndWritesNothing()
{
    QFETCH(QString, resource);
    QFETCH(QString, action);
    QFETCH(QByteArray, data);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    Result<QList<qint64>> refused = t.service().publish({resource, action, data});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadUserInput);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(refused.error().rule, rule);
    QVERIFY2(refused.error().message.startsWith(field + u':'), qPrintable(refused.error().message));
    QCOMPARE(t.rowCount(QStringLiteral("events")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("changes")), 0);
}

void TestWebhookService::sendTestEventNeedsNoSubscription()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Result<qint64> id = t.service().sendTestEvent(
        r.id, {QStringLiteral("RECEIPTS"), QStringLiteral("CREATE"), R"({"id":5})"});
    QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().message));
    Result<Event> e = t.service().event(*id);
    QVERIFY(e->test);
    QVERIFY(!e->subscriptionId.has_value());
    QCOMPARE(e->receiverId, r.id);
    QCOMPARE(
        t.service().sendTestEvent(999, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"}).error().code,
        ErrorCode::NotFound);
}

void TestWebhookService::subscriptionEventsNewestFirstAndBounded()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        t.clock().advanceMs(10);
        ids.append(t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->at(0));
    }
    Result<QList<Event>> newest = t.service().eventsOfSubscription(s.id, std::nullopt, 3);
    QCOMPARE(newest->size(), 3);
    QCOMPARE(newest->at(0).id, ids.at(4));
    QCOMPARE(newest->at(2).id, ids.at(2));
    QCOMPARE(t.service().eventsOfSubscription(s.id, EventStatus::Succeeded, 100)->size(), 0);
    QCOMPARE(t.service().eventsOfSubscription(s.id, EventStatus::Pending, 100)->size(), 5);
    QCOMPARE(t.service().eventsOfSubscription(s.id, std::nullopt, 1001).error().field,
             QStringLiteral("first"));
}

void TestWebhookService::pagination()
{
    TestStore t;
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids.append(t.makeReceiver(QStringLiteral("r%1").arg(i)).id);
    qint64 after = 0;
    QList<qint64> seen;
    int pages = 0;
    for (;;) {
        Result<Page<Receiver>> page = t.service().receivers({}, after, 3);
        QVERIFY(page.ok());
        QCOMPARE(page->totalCount, 7);
        for (const Receiver &r : page->items)
            seen.append(r.id);
        ++pages;
        if (!page->hasNextPage)
            break;
        after = page->items.constLast().id;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, ids);
    QCOMPARE(t.service().receivers({}, 0, 1001).error().field, QStringLiteral("first"));
    QCOMPARE(t.service().receivers({}, 0, -1).error().field, QStringLiteral("first"));
    QCOMPARE(t.service().receivers({}, 0, 0)->items.size(), 0);
    QCOMPARE(t.service().receivers({}, 0, 0)->hasNextPage, true);
}

void TestWebhookService::filters()
{
    TestStore t;
    Receiver qa = t.makeReceiver(QStringLiteral("QA-line"));
    Receiver erp = t.makeReceiver(QStringLiteral("erp"));
    QVERIFY(t.service().setReceiverActive(erp.id, erp.etag, false));
    t.subscribe(qa.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(qa.id, QStringLiteral("RUNS"), QStringLiteral("UPDATE"));
    t.subscribe(erp.id, QStringLiteral("PURCHASE_ORDERS"), QStringLiteral("CREATE"));

    QCOMPARE(t.service().receivers({true, {}})->totalCount, 1);
    QCOMPARE(t.service().receivers({false, {}})->items.at(0).id, erp.id);
    QCOMPARE(t.service().receivers({{}, QStringLiteral("qa-LI")})->items.at(0).id, qa.id);
    QCOMPARE(t.service().receivers({true, QStringLiteral("erp")})->totalCount, 0);
    QCOMPARE(t.service().receivers({{}, QStringLiteral("%")})->totalCount, 0); // no LIKE wildcards

    QCOMPARE(t.service().subscriptions({qa.id, {}, {}, {}})->totalCount, 2);
    QCOMPARE(
        t.service().subscriptions({{}, QStringLiteral("RUNS"), QStringLiteral("UPDATE"), {}})->totalCount, 1);
    QCOMPARE(t.service().subscriptions({{}, QStringLiteral("PURCHASE_ORDERS"), {}, true})->totalCount, 1);
    QCOMPARE(t.service().subscriptionsOf(qa.id)->size(), 2);
}

void TestWebhookService::everyChangeIsPostedOnceAfterItsCommit()
{
    TestStore t;
    using Kind = StoreChange::Kind;
    FeedRecorder feed(t.feed());
    // Each change is posted once, after its commit: a listener already reads it from the store.
    std::optional<Receiver> seenByListener;
    t.feed().listen(&feed, {Kind::ReceiversUpdated}, [&](const StoreChange &change) {
        seenByListener = *t.service().receiver(change.ids.value(0));
    });

    Receiver r = t.makeReceiver();
    QCOMPARE(feed.all().size(), 1);
    QCOMPARE(feed.ids(Kind::ReceiversCreated), QList<qint64>{r.id});
    Result<Receiver> off = t.service().setReceiverActive(r.id, r.etag, false);
    QCOMPARE(feed.ids(Kind::ReceiversUpdated), QList<qint64>{r.id});
    QVERIFY(seenByListener.has_value());
    QCOMPARE(seenByListener->etag, off->etag);
    Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QCOMPARE(feed.ids(Kind::SubscriptionsCreated), QList<qint64>{s.id});
    QCOMPARE(feed.of(Kind::SubscriptionsCreated)[0].receiverIds, QList<qint64>{r.id});
    Result<Subscription> paused = t.service().updateSubscription(s.id, s.etag, {{}, {}, {}, false});
    QCOMPARE(feed.ids(Kind::SubscriptionsUpdated), QList<qint64>{s.id});
    QVERIFY(t.service().deleteSubscription(s.id, paused->etag));
    QCOMPARE(feed.ids(Kind::SubscriptionsDeleted), QList<qint64>{s.id});
    QCOMPARE(feed.of(Kind::SubscriptionsDeleted)[0].receiverIds, QList<qint64>{r.id});
    QCOMPARE(feed.all().size(), 5); // nothing else, nothing twice
}

void TestWebhookService::resendFinishedEventOnly()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const qint64 first = t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->at(0);
    const qint64 second =
        t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->at(0);
    setStatus(t, first, QStringLiteral("FAILED"));
    setStatus(t, second, QStringLiteral("FAILED"));

    Result<Event> pending = t.service().resendEvent(first);
    QVERIFY2(pending.ok(), pending ? "" : qPrintable(pending.error().message));
    QCOMPARE(pending->status, EventStatus::Pending);
    QCOMPARE(pending->attemptCount, 2);                               // numbers continue
    QCOMPARE(t.service().event(second)->status, EventStatus::Failed); // only the one asked for
    QCOMPARE(t.rowCount(QStringLiteral("events"), QStringLiteral("manual_next = 1")), 1);

    Result<Event> again = t.service().resendEvent(first); // PENDING is not finished
    QCOMPARE(again.error().rule, QStringLiteral("finished-only"));
    QVERIFY(again.error().message.contains(QStringLiteral("PENDING")));
    QCOMPARE(t.service().resendEvent(999).error().code, ErrorCode::NotFound);

    QVERIFY(t.service().deleteReceiver(r.id, r.etag)); // the audit stays; resending it cannot work
    Result<Event> orphan = t.service().resendEvent(second);
    QCOMPARE(orphan.error().rule, QStringLiteral("receiver-exists"));
    QCOMPARE(t.service().event(second)->status, EventStatus::Failed);
}

void TestWebhookService::replayByFilter()
{
    TestStore t;
    Receiver a = t.makeReceiver(QStringLiteral("a"));
    Receiver b = t.makeReceiver(QStringLiteral("b"));
    t.subscribe(a.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(b.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        t.clock().advanceMs(1000);
        ids += *t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    }
    // ids: a0 b0 a1 b1 a2 b2
    for (qint64 id : ids)
        setStatus(t, id, QStringLiteral("FAILED"));
    setStatus(t, ids[2], QStringLiteral("SUCCEEDED"));
    FeedRecorder feed(t.feed());

    EventFilter failedOfA;
    failedOfA.receiverId = a.id;
    failedOfA.statuses = {EventStatus::Failed};
    QCOMPARE(*t.service().replayEvents(failedOfA), 2);
    QCOMPARE(t.service().event(ids[0])->status, EventStatus::Pending);
    QCOMPARE(t.service().event(ids[2])->status, EventStatus::Succeeded);
    QCOMPARE(t.service().event(ids[4])->status, EventStatus::Pending);
    QCOMPARE(t.service().event(ids[1])->status, EventStatus::Failed);
    QCOMPARE(feed.all().size(), 1);
    QCOMPARE(feed.of(StoreChange::Kind::EventsChanged)[0].ids.size(), 2);

    EventFilter window;
    window.sinceMs = t.service().event(ids[3])->createdAtMs; // b1 and b2
    window.receiverId = b.id;
    QCOMPARE(*t.service().replayEvents(window), 2);
    QCOMPARE(t.service().event(ids[1])->status, EventStatus::Failed);

    EventFilter pending;
    pending.statuses = {EventStatus::Pending};
    QCOMPARE(t.service().replayEvents(pending).error().field, QStringLiteral("status"));
    EventFilter none;
    none.receiverId = 999;
    QCOMPARE(*t.service().replayEvents(none), 0);
}

void TestWebhookService::cancelUnfinishedOnly()
{
    TestStore t;
    Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const qint64 id = t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->at(0);
    Result<Event> cancelled = t.service().cancelEvent(id);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->status, EventStatus::Cancelled);
    Result<Event> twice = t.service().cancelEvent(id);
    QCOMPARE(twice.error().rule, QStringLiteral("unfinished-only"));
    QCOMPARE(t.service().cancelEvent(404).error().code, ErrorCode::NotFound);
    QVERIFY(t.service().resendEvent(id).ok()); // a cancelled event can be sent after all
}

void TestWebhookService::eventListFiltersAndPages()
{
    TestStore t;
    Receiver a = t.makeReceiver(QStringLiteral("a"));
    t.subscribe(a.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(a.id, QStringLiteral("PARTS"), QStringLiteral("UPDATE"));
    QList<qint64> runs;
    for (int i = 0; i < 5; ++i)
        runs += *t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    QVERIFY(t.service().publish({QStringLiteral("PARTS"), QStringLiteral("UPDATE"), "{}"}));
    QVERIFY(t.service().sendTestEvent(a.id, {QStringLiteral("ISSUES"), QStringLiteral("CREATE"), "{}"}));

    EventFilter onlyRuns;
    onlyRuns.resource = QStringLiteral("RUNS");
    QList<qint64> seen;
    qint64 after = 0;
    for (;;) {
        Result<Page<Event>> page = t.service().events(onlyRuns, after, 2);
        QVERIFY(page.ok());
        QCOMPARE(page->totalCount, 5);
        for (const Event &e : page->items)
            seen.append(e.id);
        if (!page->hasNextPage)
            break;
        after = page->items.constLast().id;
    }
    QCOMPARE(seen, (QList<qint64>{runs[4], runs[3], runs[2], runs[1], runs[0]})); // newest first
    EventFilter tests;
    tests.test = true;
    QCOMPARE(t.service().events(tests)->totalCount, 1);
    EventFilter parts;
    parts.action = QStringLiteral("UPDATE");
    parts.statuses = {EventStatus::Pending};
    QCOMPARE(t.service().events(parts)->totalCount, 1);
    QCOMPARE(t.service().events({})->totalCount, 7);
}

QTEST_GUILESS_MAIN(TestWebhookService)
#include "tst_webhookservice.moc"
