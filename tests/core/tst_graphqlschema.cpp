// GraphQLSchema: the seed documents run verbatim, connections, filters, ids, etags and the event
// mutations, executed straight through the engine on a real store.
#include "api/graphqlhttp.h"
#include "api/graphqlschema.h"
#include "common/clock.h"
#include "graphql/engine.h"
#include "model/resourcecatalog.h"
#include "store/deliverystore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;
using namespace Qt::StringLiterals;

namespace {

const QString kTokenName = u"api-token"_s;

QByteArray seedFile(const QString &name)
{
    QFile file(qEnvironmentVariable("HOOKBOARD_SEEDS") + u"/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// What one request gave: the response text and its parsed form.
struct Answer
{
    QByteArray text;
    QJsonObject json;

    // The value at a dotted path such as "data.webhookReceivers.edges.0.node.id".
    QJsonValue at(const QString &path) const
    {
        QJsonValue v = json;
        for (const QString &part : path.split(u'.')) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            v = isIndex ? v.toArray().at(index) : v.toObject().value(part);
        }
        return v;
    }
    QString string(const QString &path) const { return at(path).toString(); }
    bool hasErrors() const { return json.contains(u"errors"); }
    QString code() const { return string(u"errors.0.extensions.code"_s); }
    QString errorField() const { return string(u"errors.0.extensions.field"_s); }
    QString describe() const { return QString::fromUtf8(text); }
};

// The seed's input JSON with id and etag replaced.
QByteArray withIdAndEtag(const QByteArray &seedInput, const QString &id, const QString &etag)
{
    QJsonObject root = QJsonDocument::fromJson(seedInput).object();
    QJsonObject input = root.value(u"input").toObject();
    input.insert(u"id"_s, id.toLongLong());
    input.insert(u"etag"_s, etag);
    root.insert(u"input"_s, input);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

// Each evaluates its answer once: it may be a run() call.
#define CHECK_OK(answer)                                                                                     \
    do {                                                                                                     \
        const Answer checked_ = (answer);                                                                    \
        QVERIFY2(!checked_.hasErrors(), qPrintable(checked_.describe()));                                    \
    } while (false)
#define CHECK_CODE(answer, expected)                                                                         \
    do {                                                                                                     \
        const Answer checked_ = (answer);                                                                    \
        QVERIFY2(checked_.code() == QLatin1String(expected), qPrintable(checked_.describe()));               \
    } while (false)

class TestGraphQLSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;

    Answer run(const QString &query, const QByteArray &variables = QByteArray(),
               const QString &operationName = QString())
    {
        GraphQLContext context{m_store->service(), Actor{kTokenName}};
        graphql::Request request;
        // As GraphQLHttp does: the seeds are indented with no-break spaces.
        request.query = GraphQLHttp::withPlainSpaces(query);
        request.variablesJson = variables;
        request.operationName = operationName;
        const graphql::Response response =
            graphql::Engine::execute(GraphQLSchema::instance(), request, &context);
        Answer answer;
        answer.text = response.toJson();
        QJsonParseError error;
        answer.json = QJsonDocument::fromJson(answer.text, &error).object();
        if (error.error != QJsonParseError::NoError)
            qWarning("response is not JSON: %s", answer.text.constData());
        return answer;
    }

    Answer runSeed(const QString &document, const QByteArray &variables = QByteArray())
    {
        return run(QString::fromUtf8(seedFile(document)), variables);
    }

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }

    void schemaChecksOut()
    {
        const Status checked = GraphQLSchema::instance().check();
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
    }

    void seedsRunVerbatim_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("000") << u"000"_s;
        QTest::newRow("001") << u"001"_s;
    }

    void seedsRunVerbatim()
    {
        QFETCH(QString, seed);
        const QString prefix = seed + u'-';

        // Create a receiver.
        const Answer created =
            runSeed(prefix + u"create-receiver.graphql"_s, seedFile(prefix + u"create-receiver.json"_s));
        CHECK_OK(created);
        const QString r = u"data.createWebhookReceiver.webhookReceiver."_s;
        QCOMPARE(created.string(r + u"id"), u"1"_s);
        QCOMPARE(created.string(r + u"name"), u"Our example server"_s);
        QVERIFY(created.at(r + u"description").isNull());
        QCOMPARE(created.string(r + u"webhookUri"), u"https://whoknows.where.this.leads"_s);
        const QString secret = created.string(r + u"sharedSecret");
        QVERIFY2(secret.startsWith(u"whsec_") && secret.size() == 6 + 32, qPrintable(secret));
        QCOMPARE(created.string(r + u"contentType"), u"application/json"_s);
        QCOMPARE(created.at(r + u"expectedResponseCode").toInt(), 200);
        QCOMPARE(created.at(r + u"active").toBool(), true);
        QCOMPARE(created.at(r + u"subscriptions"), QJsonValue(QJsonArray()));
        QCOMPARE(created.at(r + u"headers"), QJsonValue(QJsonArray()));
        const QString receiverId = created.string(r + u"id");

        // Subscribe it to new runs; the seed's receiverId 1 is the receiver just made.
        const Answer subscribed = runSeed(prefix + u"create-subscription.graphql"_s,
                                          seedFile(prefix + u"create-subscription.json"_s));
        CHECK_OK(subscribed);
        const QString s = u"data.createWebhookSubscription.webhookSubscription."_s;
        QCOMPARE(subscribed.string(s + u"resource"), u"RUNS"_s);
        QCOMPARE(subscribed.string(s + u"action"), u"CREATE"_s);
        QVERIFY(!subscribed.string(s + u"id").isEmpty());
        QCOMPARE(subscribed.at(s + u"active").toBool(), true);
        QCOMPARE(subscribed.string(s + u"receiverId"), receiverId);
        QCOMPARE(subscribed.at(s + u"events"), QJsonValue(QJsonArray()));
        const QString subscriptionId = subscribed.string(s + u"id");

        // See the receivers.
        const Answer receivers = runSeed(prefix + u"list-receivers.graphql"_s);
        CHECK_OK(receivers);
        QCOMPARE(receivers.at(u"data.webhookReceivers.edges"_s).toArray().size(), 1);
        const QString n = u"data.webhookReceivers.edges.0.node."_s;
        QCOMPARE(receivers.at(n.chopped(1)).toObject().keys().size(), 5);
        QCOMPARE(receivers.string(n + u"sharedSecret"), secret);
        QCOMPARE(receivers.string(n + u"id"), receiverId);
        QCOMPARE(receivers.string(n + u"webhookUri"), u"https://whoknows.where.this.leads"_s);
        QCOMPARE(receivers.string(n + u"name"), u"Our example server"_s);
        const QString receiverEtag = receivers.string(n + u"_etag");
        QVERIFY(!receiverEtag.isEmpty());

        // See the subscriptions, with who made them.
        const Answer subscriptions = runSeed(prefix + u"list-subscriptions.graphql"_s);
        CHECK_OK(subscriptions);
        QCOMPARE(subscriptions.at(u"data.webhookSubscriptions.edges"_s).toArray().size(), 1);
        const QString m = u"data.webhookSubscriptions.edges.0.node."_s;
        QCOMPARE(subscriptions.string(m + u"id"), subscriptionId);
        QCOMPARE(subscriptions.string(m + u"action"), u"CREATE"_s);
        QCOMPARE(subscriptions.string(m + u"resource"), u"RUNS"_s);
        QVERIFY(!subscriptions.string(m + u"createdBy.id").isEmpty());
        QCOMPARE(subscriptions.string(m + u"createdBy.name"), kTokenName);
        QCOMPARE(subscriptions.string(m + u"receiver.id"), receiverId);
        QVERIFY(subscriptions.at(m + u"receiver.description").isNull());
        QCOMPARE(subscriptions.string(m + u"receiver.name"), u"Our example server"_s);
        QCOMPARE(subscriptions.string(m + u"receiver.webhookUri"), u"https://whoknows.where.this.leads"_s);
        const QString subscriptionEtag = m_store->service().subscription(subscriptionId.toLongLong())->etag;
        if (seed == u"000")
            QCOMPARE(subscriptions.string(m + u"_etag"), subscriptionEtag);
        else
            QVERIFY(!subscriptions.at(m.chopped(1)).toObject().contains(u"_etag"));

        // Disable the receiver: the seed's own input names receiver 12, which does not exist; with
        // the real id its placeholder etag is stale; with the current etag it works.
        const QString disableReceiver = u"000-disable-receiver.graphql"_s;
        const QByteArray receiverInput = seedFile(u"000-disable-receiver.json"_s);
        const Answer unknown = runSeed(disableReceiver, receiverInput);
        CHECK_CODE(unknown, "NOT_FOUND");
        const Answer stale =
            runSeed(disableReceiver, withIdAndEtag(receiverInput, receiverId, u"abc123def456asdasd"_s));
        CHECK_CODE(stale, "ETAG_MISMATCH");
        QVERIFY(stale.json.value(u"data").isNull());
        QVERIFY(m_store->service().receiver(receiverId.toLongLong())->active);

        const Answer disabled =
            runSeed(disableReceiver, withIdAndEtag(receiverInput, receiverId, receiverEtag));
        CHECK_OK(disabled);
        const QString d = u"data.updateWebhookReceiver.webhookReceiver."_s;
        QCOMPARE(disabled.string(d + u"id"), receiverId);
        QCOMPARE(disabled.at(d + u"active").toBool(), false);
        QVERIFY(!disabled.string(d + u"_etag").isEmpty());
        QVERIFY(disabled.string(d + u"_etag") != receiverEtag);
        QCOMPARE(disabled.string(d + u"name"), u"Our example server"_s);
        QCOMPARE(disabled.at(d + u"subscriptions").toArray().size(), 1);
        QCOMPARE(disabled.string(d + u"subscriptions.0.id"), subscriptionId);
        QCOMPARE(disabled.at(d + u"subscriptions.0.active").toBool(), true);
        QCOMPARE(disabled.string(d + u"subscriptions.0.resource"), u"RUNS"_s);
        QCOMPARE(disabled.string(d + u"subscriptions.0.action"), u"CREATE"_s);
        QVERIFY(!m_store->service().receiver(receiverId.toLongLong())->active);
        // The etag it had is stale now.
        CHECK_CODE(runSeed(disableReceiver, withIdAndEtag(receiverInput, receiverId, receiverEtag)),
                   "ETAG_MISMATCH");

        // Disable the subscription the same way.
        const QString disableSubscription = u"000-disable-subscription.graphql"_s;
        const QByteArray subscriptionInput = seedFile(u"000-disable-subscription.json"_s);
        CHECK_CODE(runSeed(disableSubscription, subscriptionInput), "NOT_FOUND");
        CHECK_CODE(runSeed(disableSubscription,
                           withIdAndEtag(subscriptionInput, subscriptionId, u"abc123def456asdasd"_s)),
                   "ETAG_MISMATCH");
        QVERIFY(m_store->service().subscription(subscriptionId.toLongLong())->active);
        const Answer off =
            runSeed(disableSubscription, withIdAndEtag(subscriptionInput, subscriptionId, subscriptionEtag));
        CHECK_OK(off);
        const QString o = u"data.updateWebhookSubscription.webhookSubscription."_s;
        QCOMPARE(off.string(o + u"id"), subscriptionId);
        QCOMPARE(off.at(o + u"active").toBool(), false);
        QVERIFY(off.string(o + u"_etag") != subscriptionEtag);
        QCOMPARE(off.string(o + u"action"), u"CREATE"_s);
        QCOMPARE(off.string(o + u"resource"), u"RUNS"_s);
        QCOMPARE(off.string(o + u"receiver.id"), receiverId);
        QVERIFY(!m_store->service().subscription(subscriptionId.toLongLong())->active);
    }

    void receiverFieldsAndDateTimes()
    {
        const Answer created = run(
            u"mutation { createWebhookReceiver(input: {name: \"Full\", webhookUri: "
            u"\"https://full.example.com/h\", "
            "description: \"d\", expectedResponseCode: 204, contentType: "
            "\"application/x-www-form-urlencoded\", "
            "headers: [{key: \"X-Team\", value: \"qa\"}], ordered: true, maxInFlight: 2, timeoutMs: 5000, "
            "retrySchedule: [1, 2, 3]}) { webhookReceiver { id description expectedResponseCode contentType "
            "headers { id key value } ordered maxInFlight timeoutMs retrySchedule createdAt updatedAt "
            "createdBy { name } health { state disabledReason } } } }"_s);
        CHECK_OK(created);
        const QString r = u"data.createWebhookReceiver.webhookReceiver."_s;
        QCOMPARE(created.string(r + u"description"), u"d"_s);
        QCOMPARE(created.at(r + u"expectedResponseCode").toInt(), 204);
        QCOMPARE(created.string(r + u"contentType"), u"application/x-www-form-urlencoded"_s);
        QCOMPARE(created.string(r + u"headers.0.key"), u"X-Team"_s);
        QCOMPARE(created.string(r + u"headers.0.value"), u"qa"_s);
        QVERIFY(!created.string(r + u"headers.0.id").isEmpty());
        QCOMPARE(created.at(r + u"ordered").toBool(), true);
        QCOMPARE(created.at(r + u"maxInFlight").toInt(), 2);
        QCOMPARE(created.at(r + u"timeoutMs").toInt(), 5000);
        QCOMPARE(created.at(r + u"retrySchedule"), QJsonValue(QJsonArray{1, 2, 3}));
        QCOMPARE(created.string(r + u"createdAt"), isoUtc(m_store->clock().nowMs()));
        QCOMPARE(created.string(r + u"createdAt"), u"2026-11-23T12:00:05.000Z"_s);
        QCOMPARE(created.string(r + u"createdBy.name"), kTokenName);
        QCOMPARE(created.string(r + u"health.state"), u"ACTIVE"_s);
        QVERIFY(created.at(r + u"health.disabledReason").isNull());

        // Update: only the given fields change; null resets a delivery setting to the global one.
        const QString id = created.string(r + u"id");
        const QString etag = m_store->service().receiver(id.toLongLong())->etag;
        m_store->clock().advanceMs(1500);
        const Answer updated =
            run(u"mutation($id: ID!, $etag: String) { updateWebhookReceiver(input: {id: $id, "
                "etag: $etag, name: \"Renamed\", maxInFlight: null, headers: []}) { "
                "webhookReceiver { name description maxInFlight timeoutMs headers { key } "
                "updatedAt createdAt } } }"_s,
                "{\"id\":\"" + id.toUtf8() + "\",\"etag\":\"" + etag.toUtf8() + "\"}");
        CHECK_OK(updated);
        const QString u = u"data.updateWebhookReceiver.webhookReceiver."_s;
        QCOMPARE(updated.string(u + u"name"), u"Renamed"_s);
        QCOMPARE(updated.string(u + u"description"), u"d"_s);
        QVERIFY(updated.at(u + u"maxInFlight").isNull());
        QCOMPARE(updated.at(u + u"timeoutMs").toInt(), 5000);
        QCOMPARE(updated.at(u + u"headers"), QJsonValue(QJsonArray()));
        QCOMPARE(updated.string(u + u"updatedAt"), u"2026-11-23T12:00:06.500Z"_s);
        QCOMPARE(updated.string(u + u"createdAt"), u"2026-11-23T12:00:05.000Z"_s);
    }

    // Issue 9: a UTF-8 header value came back as mojibake ("é" as "Ã©"). Header bytes read as
    // UTF-8 when they are valid UTF-8, else as Latin-1 (HTTP's obs-text).
    void headerValuesReadAsUtf8OrLatin1()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, u"RUNS"_s, u"CREATE"_s);
        QVERIFY(m_store->service().publish({u"RUNS"_s, u"CREATE"_s, "{}"}).ok());
        Result<QList<Delivery>> claimed =
            m_store->store().deliveries().claim(10, 8, m_store->clock().nowMs());
        QCOMPARE(claimed->size(), 1);
        Outcome o;
        o.eventId = claimed->at(0).event.id;
        o.receiverId = receiver.id;
        o.lease = claimed->at(0).lease;
        o.status = EventStatus::Succeeded;
        o.attempt.eventId = o.eventId;
        o.attempt.number = 1;
        o.attempt.startedAtMs = m_store->clock().nowMs();
        o.attempt.responseCode = 200;
        o.attempt.requestBody = "{}";
        o.attempt.requestHeaders = {{"X-Site", u"Café Zürich"_s.toUtf8()}};
        o.attempt.responseHeaders = {{"X-Legacy", QByteArray("caf\xe9")}};
        QVERIFY(m_store->store().deliveries().record({o}, m_store->clock().nowMs(), 72LL * 3600 * 1000).ok());
        const Answer answer = run(u"{ webhookEvent(id: %1) { attempts { requestHeaders { name value } "
                                  "responseHeaders { name value } } } }"_s.arg(o.eventId));
        CHECK_OK(answer);
        QCOMPARE(answer.string(u"data.webhookEvent.attempts.0.requestHeaders.0.value"_s), u"Café Zürich"_s);
        QCOMPARE(answer.string(u"data.webhookEvent.attempts.0.responseHeaders.0.value"_s), u"café"_s);
    }

    void receiverHealthFollowsOutcomes()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, u"RUNS"_s, u"CREATE"_s);
        const QString query =
            u"query($id: ID!) { webhookReceiver(id: $id) { health { state "
            "consecutiveFailures lastSuccessAt lastFailureAt failingSince disabledReason } } }"_s;
        const QByteArray variables = "{\"id\":\"" + QByteArray::number(receiver.id) + "\"}";
        const QString h = u"data.webhookReceiver.health."_s;
        // Publishes one event, claims it and records what its attempt did, as the engine would.
        auto record = [&](EventStatus status, std::optional<int> code, const QString &disableReason = {}) {
            QVERIFY(m_store->service().publish({u"RUNS"_s, u"CREATE"_s, "{}"}).ok());
            Result<QList<Delivery>> claimed =
                m_store->store().deliveries().claim(10, 8, m_store->clock().nowMs());
            QVERIFY(claimed.ok());
            QCOMPARE(claimed->size(), 1);
            Outcome o;
            o.eventId = claimed->at(0).event.id;
            o.receiverId = receiver.id;
            o.lease = claimed->at(0).lease;
            o.status = status;
            o.attempt.eventId = o.eventId;
            o.attempt.number = 1;
            o.attempt.startedAtMs = m_store->clock().nowMs() - 250;
            o.attempt.responseCode = code;
            o.attempt.requestBody = "{}";
            o.succeeded = status == EventStatus::Succeeded;
            o.disableReason = disableReason;
            QVERIFY(
                m_store->store().deliveries().record({o}, m_store->clock().nowMs(), 72LL * 3600 * 1000).ok());
        };

        const Answer fresh = run(query, variables);
        CHECK_OK(fresh);
        QCOMPARE(fresh.string(h + u"state"), u"ACTIVE"_s);
        QCOMPARE(fresh.at(h + u"consecutiveFailures").toInt(), 0);
        for (const QString &field :
             {u"lastSuccessAt"_s, u"lastFailureAt"_s, u"failingSince"_s, u"disabledReason"_s})
            QVERIFY2(fresh.at(h + field).isNull(), qPrintable(field));

        // One failure: active but FAILING, since the failed attempt started.
        m_store->clock().advanceMs(1000);
        const qint64 firstStart = m_store->clock().nowMs() - 250;
        record(EventStatus::Retrying, 500);
        const qint64 firstFailure = m_store->clock().nowMs();
        m_store->clock().advanceMs(1000);
        record(EventStatus::Retrying, 503);
        const qint64 secondFailure = m_store->clock().nowMs();
        const Answer failing = run(query, variables);
        CHECK_OK(failing);
        QCOMPARE(failing.string(h + u"state"), u"FAILING"_s);
        QCOMPARE(failing.at(h + u"consecutiveFailures").toInt(), 2);
        QCOMPARE(failing.string(h + u"failingSince"), isoUtc(firstStart));
        QCOMPARE(failing.string(h + u"lastFailureAt"), isoUtc(secondFailure));
        QVERIFY(failing.at(h + u"lastSuccessAt").isNull());
        QVERIFY(firstFailure < secondFailure);

        // A success: ACTIVE again, and the last failure stays on record.
        m_store->clock().advanceMs(1000);
        record(EventStatus::Succeeded, 200);
        const Answer healthy = run(query, variables);
        CHECK_OK(healthy);
        QCOMPARE(healthy.string(h + u"state"), u"ACTIVE"_s);
        QCOMPARE(healthy.at(h + u"consecutiveFailures").toInt(), 0);
        QCOMPARE(healthy.string(h + u"lastSuccessAt"), isoUtc(m_store->clock().nowMs()));
        QCOMPARE(healthy.string(h + u"lastFailureAt"), isoUtc(secondFailure));
        QVERIFY(healthy.at(h + u"failingSince").isNull());

        // 410 Gone: DISABLED with its reason, whatever the failure count says.
        m_store->clock().advanceMs(1000);
        record(EventStatus::Failed, 410, u"answered 410 Gone"_s);
        const Answer disabled = run(u"{ webhookReceivers { edges { node { health { state consecutiveFailures "
                                    "failingSince lastFailureAt disabledReason } } } } }"_s);
        CHECK_OK(disabled);
        const QString d = u"data.webhookReceivers.edges.0.node.health."_s;
        QCOMPARE(disabled.string(d + u"state"), u"DISABLED"_s);
        QCOMPARE(disabled.at(d + u"consecutiveFailures").toInt(), 1);
        QCOMPARE(disabled.string(d + u"lastFailureAt"), isoUtc(m_store->clock().nowMs()));
        QCOMPARE(disabled.string(d + u"failingSince"), isoUtc(m_store->clock().nowMs() - 250));
        QCOMPARE(disabled.string(d + u"disabledReason"), u"answered 410 Gone"_s);
    }

    void idsAcceptIntAndStringAndRefuseOthers()
    {
        const Receiver receiver = m_store->makeReceiver();
        const QString id = QString::number(receiver.id);
        for (const QString &literal : QStringList{id, u"\""_s + id + u"\""_s}) {
            const Answer a = run(u"{ webhookReceiver(id: %1) { id name } }"_s.arg(literal));
            CHECK_OK(a);
            QCOMPARE(a.string(u"data.webhookReceiver.id"_s), id);
            QCOMPARE(a.string(u"data.webhookReceiver.name"_s), receiver.name);
        }
        const Answer viaVariable =
            run(u"query($id: ID!) { webhookReceiver(id: $id) { id } }"_s, "{\"id\":" + id.toUtf8() + '}');
        CHECK_OK(viaVariable);
        QCOMPARE(viaVariable.string(u"data.webhookReceiver.id"_s), id);

        const Answer bad = run(u"{ webhookReceiver(id: \"abc\") { id } }"_s);
        CHECK_CODE(bad, "BAD_USER_INPUT");
        QCOMPARE(bad.errorField(), u"id"_s);
        QVERIFY2(bad.string(u"errors.0.message"_s).startsWith(u"id:"), qPrintable(bad.describe()));

        const Answer badInput = run(u"mutation { updateWebhookSubscription(input: {id: \"x1\", etag: \"e\"}) "
                                    "{ webhookSubscription { id } } }"_s);
        CHECK_CODE(badInput, "BAD_USER_INPUT");
        QCOMPARE(badInput.errorField(), u"id"_s);

        const Answer badFilter =
            run(u"{ webhookSubscriptions(filters: {receiverId: \"one\"}) { totalCount } }"_s);
        CHECK_CODE(badFilter, "BAD_USER_INPUT");
        QCOMPARE(badFilter.errorField(), u"filters.receiverId"_s);
    }

    void unknownIdsAreNotFound_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("receiver") << u"{ webhookReceiver(id: 999) { id } }"_s;
        QTest::newRow("subscription") << u"{ webhookSubscription(id: 999) { id } }"_s;
        QTest::newRow("event") << u"{ webhookEvent(id: 999) { id } }"_s;
        QTest::newRow("update receiver")
            << u"mutation { updateWebhookReceiver(input: {id: 999, etag: \"e\", active: false}) { "
               "webhookReceiver { id } } }"_s;
        QTest::newRow("delete subscription")
            << u"mutation { deleteWebhookSubscription(id: 999, etag: \"e\") { id deleted } }"_s;
        QTest::newRow("resend")
            << u"mutation { resendWebhookEvent(input: {id: 999}) { webhookEvent { id } } }"_s;
        QTest::newRow("subscribe unknown receiver") << u"mutation { createWebhookSubscription(input: "
                                                       u"{receiverId: 999, resource: RUNS, action: CREATE}) "
                                                       "{ webhookSubscription { id } } }"_s;
    }

    void unknownIdsAreNotFound()
    {
        QFETCH(QString, query);
        const Answer a = run(query);
        CHECK_CODE(a, "NOT_FOUND");
        QVERIFY2(a.json.contains(u"data"), qPrintable(a.describe()));
        QCOMPARE(a.at(u"errors.0.path"_s).toArray().size(), 1);
    }

    void etagConflicts()
    {
        const Receiver receiver = m_store->makeReceiver();
        const QString id = QString::number(receiver.id);
        const QString update =
            u"mutation($input: UpdateWebhookReceiverInput!) { updateWebhookReceiver(input: "
            "$input) { webhookReceiver { _etag name } } }"_s;
        // A missing etag reaches the service and is refused like a stale one.
        const Answer missing = run(update, "{\"input\":{\"id\":" + id.toUtf8() + ",\"name\":\"x\"}}");
        CHECK_CODE(missing, "ETAG_MISMATCH");
        QCOMPARE(missing.errorField(), u"etag"_s);
        const Answer stale =
            run(update, "{\"input\":{\"id\":" + id.toUtf8() + ",\"etag\":\"old\",\"name\":\"x\"}}");
        CHECK_CODE(stale, "ETAG_MISMATCH");
        QCOMPARE(m_store->service().receiver(receiver.id)->name, receiver.name);

        const Answer good = run(update, "{\"input\":{\"id\":" + id.toUtf8() + ",\"etag\":\"" +
                                            receiver.etag.toUtf8() + "\",\"name\":\"x\"}}");
        CHECK_OK(good);
        const QString newEtag = good.string(u"data.updateWebhookReceiver.webhookReceiver._etag"_s);
        QVERIFY(newEtag != receiver.etag);

        // Delete needs the current etag too.
        const QString del =
            u"mutation($id: ID!, $etag: String!) { deleteWebhookReceiver(id: $id, etag: $etag) "
            "{ id deleted } }"_s;
        CHECK_CODE(run(del, "{\"id\":" + id.toUtf8() + ",\"etag\":\"" + receiver.etag.toUtf8() + "\"}"),
                   "ETAG_MISMATCH");
        QVERIFY(m_store->service().receiver(receiver.id).ok());
        const Answer deleted = run(del, "{\"id\":" + id.toUtf8() + ",\"etag\":\"" + newEtag.toUtf8() + "\"}");
        CHECK_OK(deleted);
        QCOMPARE(deleted.string(u"data.deleteWebhookReceiver.id"_s), id);
        QCOMPARE(deleted.at(u"data.deleteWebhookReceiver.deleted"_s).toBool(), true);
        CHECK_CODE(run(u"{ webhookReceiver(id: %1) { id } }"_s.arg(id)), "NOT_FOUND");

        // Subscription delete, and the etag required by the schema for deletes.
        const Receiver other = m_store->makeReceiver(u"other"_s);
        const Subscription sub = m_store->subscribe(other.id, u"ISSUES"_s, u"CREATE"_s);
        const Answer noEtag = run(u"mutation { deleteWebhookSubscription(id: %1) { id } }"_s.arg(sub.id));
        CHECK_CODE(noEtag, "GRAPHQL_VALIDATION_FAILED");
        const Answer subDeleted = run(
            u"mutation { deleteWebhookSubscription(id: %1, etag: \"%2\") { id deleted } }"_s.arg(sub.id).arg(
                sub.etag));
        CHECK_OK(subDeleted);
        QCOMPARE(subDeleted.at(u"data.deleteWebhookSubscription.deleted"_s).toBool(), true);
    }

    // A store failure reaches the client as INTERNAL without the SQL or the file behind it.
    // The reliability issue's two costly documents are refused before they run, naming the budget;
    // a large but bounded one still runs.
    void costlyDocumentsAreRefusedBeforeRunning()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, u"RUNS"_s, u"CREATE"_s);
        QString nested =
            u"{ webhookSubscriptions { edges { node { receiver { subscriptions { receiver { "
            u"subscriptions { receiver { subscriptions { receiver { subscriptions { id } } } } } } "
            u"} } } } } }"_s;
        const Answer deep = run(nested);
        CHECK_CODE(deep, "BAD_USER_INPUT");
        QVERIFY2(deep.text.contains("100000 objects (the budget)"), deep.text.constData());
        QVERIFY2(deep.text.contains("\"rule\":\"cost\""), deep.text.constData());

        QString aliases = u"{"_s;
        for (int i = 0; i < 100; ++i)
            aliases += u" a%1: webhookEvents(first: 1000) { edges { node { id attempts { id } } } }"_s.arg(i);
        aliases += u'}';
        CHECK_CODE(run(aliases), "BAD_USER_INPUT");

        CHECK_OK(run(u"{ webhookEvents(first: 1000) { edges { node { id attempts { id } } } } }"_s));
    }

    // One error per field at most 100 times, then one that says the rest were cut.
    void errorListsAreCapped()
    {
        QString many = u"{"_s;
        for (int i = 0; i < 300; ++i)
            many += u" r%1: webhookReceiver(id: 999999) { id }"_s.arg(i);
        many += u'}';
        const Answer answer = run(many);
        QCOMPARE(answer.json.value(u"errors").toArray().size(), 101);
    }

    void internalErrorsKeepTheirDetailsInTheLog()
    {
        const Receiver receiver = m_store->makeReceiver();
        QSqlQuery sabotage(m_store->store().database().connection());
        QVERIFY(sabotage.exec(u"DROP TABLE receiver_health"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed: store: .*receiver_health"_s));
        const Answer answer = run(u"{ webhookReceiver(id: %1) { id health { state } } }"_s.arg(receiver.id));
        CHECK_CODE(answer, "INTERNAL");
        const QString message = answer.string(u"errors.0.message"_s);
        QVERIFY2(message.startsWith(u"Internal error:"_s), qPrintable(answer.describe()));
        for (const char *secretive : {"SELECT", "receiver_health", "store:", ".db"})
            QVERIFY2(!answer.describe().contains(QLatin1String(secretive)), qPrintable(answer.describe()));
    }

    void unknownEnumValuesAreRefused()
    {
        const Receiver receiver = m_store->makeReceiver();
        // As a literal the document is invalid; as a variable the value fails coercion.
        const Answer literal =
            run(u"mutation { createWebhookSubscription(input: {receiverId: %1, resource: "
                "NOPE, action: CREATE}) { webhookSubscription { id } } }"_s.arg(receiver.id));
        CHECK_CODE(literal, "GRAPHQL_VALIDATION_FAILED");
        QVERIFY(!literal.json.contains(u"data"));
        const Answer variable =
            runSeed(u"000-create-subscription.graphql"_s,
                    "{\"input\":{\"receiverId\":1,\"resource\":\"RUNS\",\"action\":\"EXPLODE\"}}");
        CHECK_CODE(variable, "BAD_USER_INPUT");
        QVERIFY(!variable.json.contains(u"data"));
        const Answer filter = run(u"{ webhookEvents(filters: {status: LOST}) { totalCount } }"_s);
        CHECK_CODE(filter, "GRAPHQL_VALIDATION_FAILED");
        QCOMPARE(m_store->rowCount(u"subscriptions"_s), 0);
    }

    void badReceiverInputNamesTheFieldAndWritesNothing()
    {
        const Answer a = run(u"mutation { createWebhookReceiver(input: {name: \"n\", webhookUri: "
                             "\"http://plain.example.com\"}) { webhookReceiver { id } } }"_s);
        CHECK_CODE(a, "BAD_USER_INPUT");
        QCOMPARE(a.errorField(), u"webhookUri"_s);
        QVERIFY(a.json.value(u"data").isNull());
        QCOMPARE(m_store->rowCount(u"receivers"_s), 0);
    }

    void receiverPagesWithCursors()
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(m_store->makeReceiver(u"r%1"_s.arg(i)).id);
        const QString query =
            u"query($after: String) { webhookReceivers(first: 2, after: $after) { totalCount "
            "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor "
            "endCursor totalCount count } } }"_s;
        QList<qint64> seen;
        QByteArray variables = "{}";
        QList<bool> nextPages;
        for (int page = 0; page < 3; ++page) {
            const Answer a = run(query, variables);
            CHECK_OK(a);
            const QString c = u"data.webhookReceivers."_s;
            QCOMPARE(a.at(c + u"totalCount").toInt(), 5);
            QCOMPARE(a.at(c + u"pageInfo.totalCount").toInt(), 5);
            const QJsonArray edges = a.at(c + u"edges").toArray();
            QCOMPARE(a.at(c + u"pageInfo.count").toInt(), edges.size());
            QCOMPARE(a.at(c + u"pageInfo.hasPreviousPage").toBool(), page > 0);
            QCOMPARE(a.string(c + u"pageInfo.startCursor"), edges.first()[u"cursor"].toString());
            QCOMPARE(a.string(c + u"pageInfo.endCursor"), edges.last()[u"cursor"].toString());
            for (const QJsonValue &edge : edges)
                seen.append(edge[u"node"][u"id"].toString().toLongLong());
            nextPages.append(a.at(c + u"pageInfo.hasNextPage").toBool());
            variables = "{\"after\":\"" + a.string(c + u"pageInfo.endCursor").toUtf8() + "\"}";
        }
        QCOMPARE(seen, ids);
        QCOMPARE(nextPages, (QList<bool>{true, true, false}));
        // Cursors are opaque: base64, not the bare id.
        QCOMPARE(GraphQLSchema::cursor(u"receiver"_s, 12), u"cmVjZWl2ZXI6MTI="_s);
    }

    void malformedCursorsAndPageSizesAreBadInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("not base64") << u"{ webhookReceivers(after: \"%%%\") { totalCount } }"_s << u"after"_s;
        QTest::newRow("not a cursor")
            << u"{ webhookReceivers(after: \"MTI=\") { totalCount } }"_s << u"after"_s;
        QTest::newRow("other kind") << u"{ webhookReceivers(after: \"%1\") { totalCount } }"_s.arg(
                                           GraphQLSchema::cursor(u"event"_s, 1))
                                    << u"after"_s;
        QTest::newRow("events after receiver cursor")
            << u"{ webhookEvents(after: \"%1\") { totalCount } }"_s.arg(
                   GraphQLSchema::cursor(u"receiver"_s, 1))
            << u"after"_s;
        QTest::newRow("first too big")
            << u"{ webhookSubscriptions(first: 1001) { totalCount } }"_s << u"first"_s;
        QTest::newRow("first negative") << u"{ webhookEvents(first: -1) { totalCount } }"_s << u"first"_s;
    }

    void malformedCursorsAndPageSizesAreBadInput()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Answer a = run(query);
        CHECK_CODE(a, "BAD_USER_INPUT");
        QCOMPARE(a.errorField(), field);
    }

    void subscriptionEventsArgument()
    {
        const Receiver receiver = m_store->makeReceiver();
        const Subscription sub = m_store->subscribe(receiver.id, u"RUNS"_s, u"CREATE"_s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->service().publish(
                {u"RUNS"_s, u"CREATE"_s, "{\"n\":" + QByteArray::number(i) + '}'}));
        const Answer a =
            run(u"{ webhookSubscription(id: %1) { events(first: 2) { id payload } all: events { id } "
                "pending: events(status: PENDING) { id } failed: events(status: FAILED) { id } } }"_s.arg(
                    sub.id));
        CHECK_OK(a);
        const QJsonArray two = a.at(u"data.webhookSubscription.events"_s).toArray();
        QCOMPARE(two.size(), 2);
        QVERIFY(two.at(0)[u"id"].toString().toLongLong() > two.at(1)[u"id"].toString().toLongLong());
        QCOMPARE(two.at(0)[u"payload"].toObject().value(u"n").toInt(), 2);
        QCOMPARE(a.at(u"data.webhookSubscription.all"_s).toArray().size(), 3);
        QCOMPARE(a.at(u"data.webhookSubscription.pending"_s).toArray().size(), 3);
        QCOMPARE(a.at(u"data.webhookSubscription.failed"_s).toArray().size(), 0);

        const Answer tooMany =
            run(u"{ webhookSubscription(id: %1) { events(first: 1001) { id } } }"_s.arg(sub.id));
        CHECK_CODE(tooMany, "BAD_USER_INPUT");
        QCOMPARE(tooMany.errorField(), u"first"_s);
    }

    void filters()
    {
        const Receiver one = m_store->makeReceiver(u"one"_s);
        const Receiver two = m_store->makeReceiver(u"two"_s);
        QVERIFY(m_store->service().setReceiverActive(two.id, two.etag, false));
        m_store->subscribe(one.id, u"RUNS"_s, u"CREATE"_s);
        m_store->subscribe(one.id, u"ISSUES"_s, u"DELETE"_s);
        m_store->subscribe(two.id, u"ISSUES"_s, u"CREATE"_s);

        auto ids = [this](const QString &query, const QString &connection) {
            const Answer a = run(query);
            if (a.hasErrors())
                qWarning("%s", a.text.constData());
            QStringList found;
            for (const QJsonValue &edge : a.at(u"data."_s + connection + u".edges"_s).toArray())
                found.append(edge[u"node"][u"name"].toString() + edge[u"node"][u"resource"].toString() +
                             edge[u"node"][u"action"].toString());
            return found;
        };
        const QString receivers = u"webhookReceivers"_s;
        QCOMPARE(
            ids(u"{ webhookReceivers(filters: {active: false}) { edges { node { name } } } }"_s, receivers),
            QStringList{two.name});
        QCOMPARE(
            ids(u"{ webhookReceivers(filters: {name: \"ONE\"}) { edges { node { name } } } }"_s, receivers),
            QStringList{one.name});
        QCOMPARE(
            ids(u"{ webhookReceivers(filters: {name: \"one\", active: false}) { edges { node { name } } } }"_s,
                receivers),
            QStringList());
        const QString subs = u"webhookSubscriptions"_s;
        QCOMPARE(
            ids(u"{ webhookSubscriptions(filters: {resource: ISSUES}) { edges { node { resource action } } } "
                "}"_s,
                subs),
            (QStringList{u"ISSUESDELETE"_s, u"ISSUESCREATE"_s}));
        QCOMPARE(ids(u"{ webhookSubscriptions(filters: {receiverId: %1, action: CREATE}) { edges { node { "
                     "resource action } } } }"_s.arg(one.id),
                     subs),
                 QStringList{u"RUNSCREATE"_s});

        // Events: only the active receiver's matching subscription gets one.
        QVERIFY(m_store->service().publish({u"ISSUES"_s, u"CREATE"_s, "{}"}));
        QVERIFY(m_store->service().publish({u"RUNS"_s, u"CREATE"_s, "{}"}));
        m_store->clock().advanceMs(60000);
        QVERIFY(m_store->service().publish({u"ISSUES"_s, u"DELETE"_s, "{}"}));
        const QString events = u"webhookEvents"_s;
        QCOMPARE(ids(u"{ webhookEvents(filters: {receiverId: %1, status: PENDING}) { edges { node { resource "
                     "action } } } }"_s.arg(one.id),
                     events),
                 (QStringList{u"ISSUESDELETE"_s, u"RUNSCREATE"_s}));
        QCOMPARE(ids(u"{ webhookEvents(filters: {resource: RUNS}) { edges { node { resource action } } } }"_s,
                     events),
                 QStringList{u"RUNSCREATE"_s});
        QCOMPARE(
            ids(u"{ webhookEvents(filters: {since: \"%1\"}) { edges { node { resource action } } } }"_s.arg(
                    isoUtc(m_store->clock().nowMs())),
                events),
            QStringList{u"ISSUESDELETE"_s});
        QCOMPARE(ids(u"{ webhookEvents(filters: {until: \"%1\", test: false}) { edges { node { resource "
                     u"action } } "
                     "} }"_s.arg(isoUtc(m_store->clock().nowMs())),
                     events),
                 QStringList{u"RUNSCREATE"_s});
        const Answer badDate = run(u"{ webhookEvents(filters: {since: \"yesterday\"}) { totalCount } }"_s);
        QVERIFY2(badDate.code() == u"GRAPHQL_VALIDATION_FAILED" || badDate.code() == u"BAD_USER_INPUT",
                 qPrintable(badDate.describe()));
    }

    void publishThenListEvents()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, u"RUNS"_s, u"CREATE"_s);
        const QString publish =
            u"mutation($input: PublishWebhookEventInput!) { publishWebhookEvent(input: $input) "
            "{ webhookEvents { id status resource action receiverId subscriptionId payload test "
            "attemptCount createdAt nextAttemptAt lastResponseCode attempts { id } } } }"_s;
        const QByteArray data = "{\"z\":1,\"big\":12345678901234567890,\"x\":[1.50,2E10]}";
        const Answer published =
            run(publish, "{\"input\":{\"resource\":\"RUNS\",\"action\":\"CREATE\",\"data\":" + data + "}}");
        CHECK_OK(published);
        QVERIFY2(published.text.contains(QByteArray("\"payload\":" + data)), published.text.constData());
        const QString e = u"data.publishWebhookEvent.webhookEvents.0."_s;
        QCOMPARE(published.at(u"data.publishWebhookEvent.webhookEvents"_s).toArray().size(), 1);
        QCOMPARE(published.string(e + u"status"), u"PENDING"_s);
        QCOMPARE(published.string(e + u"resource"), u"RUNS"_s);
        QCOMPARE(published.string(e + u"receiverId"), QString::number(receiver.id));
        QVERIFY(!published.string(e + u"subscriptionId").isEmpty());
        QCOMPARE(published.at(e + u"test").toBool(), false);
        QCOMPARE(published.at(e + u"attemptCount").toInt(), 0);
        QCOMPARE(published.string(e + u"createdAt"), isoUtc(m_store->clock().nowMs()));
        QCOMPARE(published.at(e + u"attempts"), QJsonValue(QJsonArray()));
        const QString eventId = published.string(e + u"id");

        // Nothing subscribes to DELETE: an empty list.
        const Answer none =
            run(publish, "{\"input\":{\"resource\":\"RUNS\",\"action\":\"DELETE\",\"data\":{}}}");
        CHECK_OK(none);
        QCOMPARE(none.at(u"data.publishWebhookEvent.webhookEvents"_s), QJsonValue(QJsonArray()));
        // Data must be an object.
        const Answer notObject =
            run(publish, "{\"input\":{\"resource\":\"RUNS\",\"action\":\"CREATE\",\"data\":[1]}}");
        CHECK_CODE(notObject, "BAD_USER_INPUT");
        QCOMPARE(notObject.errorField(), u"data"_s);
        // A literal object works too.
        CHECK_OK(run(u"mutation { publishWebhookEvent(input: {resource: RUNS, action: CREATE, data: {id: 7, "
                     "tags: [\"a\"]}}) { webhookEvents { id } } }"_s));

        const Answer listed =
            run(u"{ webhookEvents(first: 1) { totalCount pageInfo { hasNextPage } edges { node { "
                "id payload } } } }"_s);
        CHECK_OK(listed);
        QCOMPARE(listed.at(u"data.webhookEvents.totalCount"_s).toInt(), 2);
        QCOMPARE(listed.at(u"data.webhookEvents.pageInfo.hasNextPage"_s).toBool(), true);
        QCOMPARE(listed.string(u"data.webhookEvents.edges.0.node.payload.tags.0"_s), u"a"_s); // newest first
        const Answer one = run(u"{ webhookEvent(id: %1) { id payload } }"_s.arg(eventId));
        CHECK_OK(one);
        QVERIFY2(one.text.contains(QByteArray("\"payload\":" + data)), one.text.constData());
    }

    void testEventCancelResendReplay()
    {
        const Receiver receiver = m_store->makeReceiver();
        const Answer sent = run(
            u"mutation { sendTestWebhookEvent(input: {receiverId: %1, resource: PARTS}) { "
            "webhookEvent { id test resource action status subscriptionId payload } } }"_s.arg(receiver.id));
        CHECK_OK(sent);
        const QString e = u"data.sendTestWebhookEvent.webhookEvent."_s;
        QCOMPARE(sent.at(e + u"test").toBool(), true);
        QCOMPARE(sent.string(e + u"resource"), u"PARTS"_s);
        QCOMPARE(sent.string(e + u"action"), u"CREATE"_s);
        QVERIFY(sent.at(e + u"subscriptionId").isNull());
        QVERIFY(sent.at(e + u"payload").isObject());
        const QString id = sent.string(e + u"id");

        CHECK_CODE(run(u"mutation { resendWebhookEvent(input: {id: %1}) { webhookEvent { id } } }"_s.arg(id)),
                   "BAD_USER_INPUT");
        const Answer cancelled =
            run(u"mutation { cancelWebhookEvent(input: {id: %1}) { webhookEvent { status } } }"_s.arg(id));
        CHECK_OK(cancelled);
        QCOMPARE(cancelled.string(u"data.cancelWebhookEvent.webhookEvent.status"_s), u"CANCELLED"_s);
        const Answer resent =
            run(u"mutation { resendWebhookEvent(input: {id: %1}) { webhookEvent { status } } }"_s.arg(id));
        CHECK_OK(resent);
        QCOMPARE(resent.string(u"data.resendWebhookEvent.webhookEvent.status"_s), u"PENDING"_s);
        CHECK_OK(
            run(u"mutation { cancelWebhookEvent(input: {id: %1}) { webhookEvent { status } } }"_s.arg(id)));
        const Answer replayed =
            run(u"mutation { replayWebhookEvents(input: {filters: {receiverId: %1, status: "
                "CANCELLED}}) { count } }"_s.arg(receiver.id));
        CHECK_OK(replayed);
        QCOMPARE(replayed.at(u"data.replayWebhookEvents.count"_s).toInt(), 1);
        QCOMPARE(m_store->service().event(id.toLongLong())->status, EventStatus::Pending);
    }

    void rotateSecret()
    {
        const Receiver receiver = m_store->makeReceiver();
        const Answer rotated = run(u"mutation { rotateWebhookReceiverSecret(input: {id: %1, etag: \"%2\"}) { "
                                   "webhookReceiver { sharedSecret _etag } } }"_s.arg(receiver.id)
                                       .arg(receiver.etag));
        CHECK_OK(rotated);
        const QString secret =
            rotated.string(u"data.rotateWebhookReceiverSecret.webhookReceiver.sharedSecret"_s);
        QVERIFY(secret.startsWith(u"whsec_"));
        QVERIFY(secret != receiver.sharedSecret);
        const Answer badGrace =
            run(u"mutation { rotateWebhookReceiverSecret(input: {id: %1, etag: \"x\", "
                "gracePeriodSeconds: -1}) { webhookReceiver { id } } }"_s.arg(receiver.id));
        CHECK_CODE(badGrace, "BAD_USER_INPUT");
        QCOMPARE(badGrace.errorField(), u"gracePeriodSeconds"_s);
    }

    void operationNameSelects()
    {
        m_store->makeReceiver();
        const QString doc =
            u"query A { webhookReceivers { totalCount } } query B { webhookEvents { totalCount } }"_s;
        const Answer a = run(doc, QByteArray(), u"A"_s);
        CHECK_OK(a);
        QCOMPARE(a.at(u"data.webhookReceivers.totalCount"_s).toInt(), 1);
        const Answer b = run(doc, QByteArray(), u"B"_s);
        CHECK_OK(b);
        QCOMPARE(b.at(u"data.webhookEvents.totalCount"_s).toInt(), 0);
        CHECK_CODE(run(doc), "BAD_USER_INPUT");
    }

    void introspectionShowsTheCatalog()
    {
        const Answer a = run(u"{ __type(name: \"ResourceEnum\") { kind enumValues { name description } } "
                             "__schema { mutationType { name } } }"_s);
        CHECK_OK(a);
        QCOMPARE(a.string(u"data.__type.kind"_s), u"ENUM"_s);
        QStringList names;
        for (const QJsonValue &v : a.at(u"data.__type.enumValues"_s).toArray()) {
            names.append(v[u"name"].toString());
            QVERIFY(!v[u"description"].toString().isEmpty());
        }
        QCOMPARE(names, ResourceCatalog::builtIn().names());
        QCOMPARE(a.string(u"data.__schema.mutationType.name"_s), u"Mutation"_s);
    }
};

QTEST_GUILESS_MAIN(TestGraphQLSchema)
#include "tst_graphqlschema.moc"
