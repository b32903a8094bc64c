// GraphQL over HTTP at /graphql on a real listening ApiServer: GET and POST, the token, method and
// size limits, both media types with their status codes, and operationName.
#include "api/apiserver.h"
#include "api/apitoken.h"
#include "api/graphqlhttp.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace hookboard;
using namespace hookboard::test;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"graphql-test-token_0123456789abcdef"_s;
const QByteArray kGraphQLResponse = "application/graphql-response+json";

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray allow;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const
    {
        return json().value(u"errors").toArray().at(0)[u"extensions"][u"code"].toString();
    }
};

QByteArray seedFile(const QString &name)
{
    QFile file(qEnvironmentVariable("HOOKBOARD_SEEDS") + u"/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A POST body: {"query":…,"variables":…,"operationName":…}.
QByteArray body(const QString &query, const QByteArray &variables = QByteArray(),
                const QString &operationName = QString())
{
    QJsonObject object{{u"query"_s, query}};
    if (!operationName.isEmpty())
        object.insert(u"operationName"_s, operationName);
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (!variables.isEmpty())
        text = text.chopped(1) + ",\"variables\":" + variables + '}';
    return text;
}

} // namespace

class TestGraphQLHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<QNetworkAccessManager> m_client;

    Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &payload = QByteArray(),
                const QByteArray &accept = QByteArray(), bool withToken = true,
                const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(url);
        if (withToken)
            request.setRawHeader("Authorization", "Bearer " + kToken.toLatin1());
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        if (verb != "GET" && !contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        std::unique_ptr<QNetworkReply> reply(m_client->sendCustomRequest(request, verb, payload));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        }();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.allow = reply->rawHeader("Allow");
        return answer;
    }

    Answer post(const QByteArray &payload, const QByteArray &accept = QByteArray(), bool withToken = true)
    {
        return send("POST", m_api->url(), payload, accept, withToken);
    }

    Answer get(const QString &query, const QByteArray &accept = QByteArray(), bool withToken = true,
               const QString &variables = QString(), const QString &operationName = QString())
    {
        QUrl url = m_api->url();
        QUrlQuery q;
        q.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(query)));
        if (!variables.isEmpty())
            q.addQueryItem(u"variables"_s, QString::fromLatin1(QUrl::toPercentEncoding(variables)));
        if (!operationName.isEmpty())
            q.addQueryItem(u"operationName"_s, operationName);
        url.setQuery(q);
        return send("GET", url, QByteArray(), accept, withToken);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_client = std::make_unique<QNetworkAccessManager>();
        Result<ApiToken> token = ApiToken::fromGiven(kToken);
        QVERIFY(token.ok());
        m_api = std::make_unique<ApiServer>(m_store->service(), m_store->publishWriter(), *token,
                                            ApiServerOptions());
        const Status started = m_api->listen();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    }

    void cleanup()
    {
        m_client.reset();
        m_api.reset();
        m_store.reset();
    }

    void postRunsTheSeedsAndActsAsTheToken()
    {
        const Answer created = post(body(QString::fromUtf8(seedFile(u"000-create-receiver.graphql"_s)),
                                         seedFile(u"000-create-receiver.json"_s)));
        QCOMPARE(created.status, 200);
        QCOMPARE(created.contentType, QByteArray("application/json; charset=utf-8"));
        const QJsonObject receiver =
            created.json()[u"data"][u"createWebhookReceiver"][u"webhookReceiver"].toObject();
        QCOMPARE(receiver.value(u"name").toString(), u"Our example server"_s);
        QVERIFY(receiver.value(u"sharedSecret").toString().startsWith(u"whsec_"));

        const Answer subscribed = post(body(QString::fromUtf8(seedFile(u"001-create-subscription.graphql"_s)),
                                            seedFile(u"001-create-subscription.json"_s)));
        QCOMPARE(subscribed.status, 200);
        QVERIFY2(!subscribed.json().contains(u"errors"), subscribed.body.constData());

        const Answer listed = get(QString::fromUtf8(seedFile(u"001-list-subscriptions.graphql"_s)));
        QCOMPARE(listed.status, 200);
        const QJsonObject node =
            listed.json()[u"data"][u"webhookSubscriptions"][u"edges"][0][u"node"].toObject();
        QCOMPARE(node.value(u"resource").toString(), u"RUNS"_s);
        // createdBy of an API call is the token's name.
        QCOMPARE(node[u"createdBy"][u"name"].toString(), QString::fromLatin1(ApiToken::kGivenName));
    }

    void getRunsQueriesWithVariablesAndOperationName()
    {
        const Receiver receiver = m_store->makeReceiver();
        const QString doc = u"query One($id: ID!) { webhookReceiver(id: $id) { name } } "
                            "query Count { webhookReceivers { totalCount } }"_s;
        const Answer one = get(doc, QByteArray(), true, u"{\"id\": %1}"_s.arg(receiver.id), u"One"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json()[u"data"][u"webhookReceiver"][u"name"].toString(), receiver.name);
        const Answer count = get(doc, QByteArray(), true, QString(), u"Count"_s);
        QCOMPARE(count.status, 200);
        QCOMPARE(count.json()[u"data"][u"webhookReceivers"][u"totalCount"].toInt(), 1);

        // Same over POST; without operationName the two-operation document cannot run.
        const Answer posted =
            post(body(doc, "{\"id\":\"" + QByteArray::number(receiver.id) + "\"}", u"One"_s));
        QCOMPARE(posted.json()[u"data"][u"webhookReceiver"][u"name"].toString(), receiver.name);
        const Answer ambiguous = post(body(doc));
        QCOMPARE(ambiguous.status, 200);
        QCOMPARE(ambiguous.code(), u"BAD_USER_INPUT"_s);
        QCOMPARE(post(body(doc), kGraphQLResponse).status, 400);
        const Answer unknown = post(body(doc, QByteArray(), u"Nope"_s), kGraphQLResponse);
        QCOMPARE(unknown.status, 400);

        // '+' in a query string stands for a space.
        QUrl url = m_api->url();
        url.setQuery(u"query=%7B+webhookReceivers+%7B+totalCount+%7D+%7D"_s);
        const Answer plus = send("GET", url);
        QCOMPARE(plus.status, 200);
        QCOMPARE(plus.json()[u"data"][u"webhookReceivers"][u"totalCount"].toInt(), 1);
    }

    void needsTheToken()
    {
        const QString query = u"{ webhookReceivers { totalCount } }"_s;
        for (const QByteArray &accept : {QByteArray(), kGraphQLResponse}) {
            const Answer posted = post(body(query), accept, false);
            QCOMPARE(posted.status, 401);
            QCOMPARE(posted.code(), u"UNAUTHENTICATED"_s);
            QVERIFY(
                posted.contentType.startsWith(accept.isEmpty() ? QByteArray("application/json") : accept));
            QVERIFY(!posted.json().contains(u"data"));
        }
        QCOMPARE(get(query, QByteArray(), false).status, 401);
        // Even a mutation over GET: the token comes first.
        QCOMPARE(get(u"mutation { cancelWebhookEvent(input: {id: 1}) { webhookEvent { id } } }"_s,
                     QByteArray(), false)
                     .status,
                 401);
    }

    void mutationOverGetIsRefused()
    {
        const QString mutation = u"mutation { createWebhookReceiver(input: {name: \"n\", webhookUri: "
                                 "\"https://n.example.com\"}) { webhookReceiver { id } } }"_s;
        const Answer answer = get(mutation);
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.allow, QByteArray("POST"));
        QCOMPARE(m_store->rowCount(u"receivers"_s), 0);
        // The query of a document that also holds a mutation is fine over GET.
        const Answer query = get(mutation + u" query Q { webhookReceivers { totalCount } }"_s, QByteArray(),
                                 true, QString(), u"Q"_s);
        QCOMPARE(query.status, 200);
        // And the mutation over POST works.
        QCOMPARE(post(body(mutation)).status, 200);
        QCOMPARE(m_store->rowCount(u"receivers"_s), 1);
        // Other methods are refused.
        const Answer put = send("PUT", m_api->url(), body(u"{ webhookReceivers { totalCount } }"_s));
        QCOMPARE(put.status, 405);
        QCOMPARE(put.allow, QByteArray("GET, POST"));
    }

    void bodyOverOneMebibyteIsRefused()
    {
        QByteArray big = body(u"{ webhookReceivers { totalCount } }"_s);
        big.insert(1, "\"pad\":\"" + QByteArray(1024 * 1024, 'x') + "\",");
        const Answer answer = post(big);
        QCOMPARE(answer.status, 413);
    }

    void malformedRequestsAre400_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("{\"query\": ");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("no query") << QByteArray("{\"variables\":{}}");
        QTest::newRow("query not a string") << QByteArray("{\"query\":1}");
        QTest::newRow("variables not an object")
            << QByteArray("{\"query\":\"{ __typename }\",\"variables\":[]}");
        QTest::newRow("operationName not a string")
            << QByteArray("{\"query\":\"{ __typename }\",\"operationName\":3}");
        QTest::newRow("query twice") << QByteArray(
            "{\"query\":\"{ __typename }\",\"query\":\"{ __typename }\"}");
        QTest::newRow("variables twice")
            << QByteArray("{\"query\":\"{ __typename }\",\"variables\":{},\"variables\":{}}");
    }

    void malformedRequestsAre400()
    {
        QFETCH(QByteArray, payload);
        for (const QByteArray &accept : {QByteArray(), QByteArray("application/json"), kGraphQLResponse}) {
            const Answer answer = post(payload, accept);
            QCOMPARE(answer.status, 400);
            QVERIFY2(!answer.json().value(u"errors").toArray().isEmpty(), answer.body.constData());
        }
        QCOMPARE(
            send("POST", m_api->url(), body(u"{ __typename }"_s), QByteArray(), true, "text/plain").status,
            415);
    }

    void getNeedsAWellFormedRequest()
    {
        QUrl url = m_api->url();
        url.setQuery(u"operationName=A"_s);
        QCOMPARE(send("GET", url).status, 400);
        const Answer badVariables =
            get(u"query($id: ID!) { webhookReceiver(id: $id) { id } }"_s, QByteArray(), true, u"{not json"_s);
        QCOMPARE(badVariables.status, 400);
        QCOMPARE(get(u"{ __typename }"_s, QByteArray(), true, u"[1]"_s).status, 400);
        url.setQuery(u"query=%7B__typename%7D&query=%7B__typename%7D"_s);
        QCOMPARE(send("GET", url).status, 400);
    }

    void noBreakSpacesOutsideStringsBecomeSpaces_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00A0));
        QTest::newRow("indent") << nbsp + nbsp + u"{ a }"_s << u"  { a }"_s;
        QTest::newRow("string kept") << u"{ a(s: \"x"_s + nbsp + u"\\\"y"_s + nbsp + u"\")"_s + nbsp + u"}"_s
                                     << u"{ a(s: \"x"_s + nbsp + u"\\\"y"_s + nbsp + u"\") }"_s;
        QTest::newRow("block string kept")
            << u"{ a(s: \"\"\""_s + nbsp + u"\\\"\"\""_s + nbsp + u"\"\"\")"_s + nbsp + u"}"_s
            << u"{ a(s: \"\"\""_s + nbsp + u"\\\"\"\""_s + nbsp + u"\"\"\") }"_s;
        QTest::newRow("comment kept") << u"#"_s + nbsp + u"\n"_s + nbsp << u"#"_s + nbsp + u"\n "_s;
    }

    void noBreakSpacesOutsideStringsBecomeSpaces()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(GraphQLHttp::withPlainSpaces(query), expected);
    }

    void mediaTypesAndStatusCodes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("hasData");

        const QString ok = u"{ webhookReceivers { totalCount } }"_s;
        const QString parse = u"{ webhookReceivers { "_s;
        const QString invalid = u"{ webhookReceivers { nope } }"_s;
        const QString fieldError = u"{ webhookReceiver(id: 404) { id } }"_s;
        const QByteArray json = "application/json; charset=utf-8";
        const QByteArray gql = kGraphQLResponse + "; charset=utf-8";
        const QByteArray both = kGraphQLResponse + ", application/json;q=0.9";

        QTest::newRow("json ok") << ok << QByteArray("application/json") << 200 << json << QString() << true;
        QTest::newRow("json parse error")
            << parse << QByteArray("application/json") << 200 << json << u"GRAPHQL_PARSE_FAILED"_s << false;
        QTest::newRow("json invalid") << invalid << QByteArray("application/json") << 200 << json
                                      << u"GRAPHQL_VALIDATION_FAILED"_s << false;
        QTest::newRow("default is json")
            << parse << QByteArray() << 200 << json << u"GRAPHQL_PARSE_FAILED"_s << false;
        QTest::newRow("wildcard is json")
            << parse << QByteArray("*/*") << 200 << json << u"GRAPHQL_PARSE_FAILED"_s << false;
        QTest::newRow("gql ok") << ok << kGraphQLResponse << 200 << gql << QString() << true;
        QTest::newRow("gql parse error")
            << parse << kGraphQLResponse << 400 << gql << u"GRAPHQL_PARSE_FAILED"_s << false;
        QTest::newRow("gql invalid") << invalid << kGraphQLResponse << 400 << gql
                                     << u"GRAPHQL_VALIDATION_FAILED"_s << false;
        QTest::newRow("gql field error is 200")
            << fieldError << kGraphQLResponse << 200 << gql << u"NOT_FOUND"_s << true;
        QTest::newRow("preferred gql")
            << invalid << both << 400 << gql << u"GRAPHQL_VALIDATION_FAILED"_s << false;
        QTest::newRow("preferred json")
            << invalid << QByteArray("application/json, " + kGraphQLResponse + ";q=0.5") << 200 << json
            << u"GRAPHQL_VALIDATION_FAILED"_s << false;
    }

    void mediaTypesAndStatusCodes()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, accept);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, code);
        QFETCH(bool, hasData);
        for (const bool viaGet : {false, true}) {
            const Answer answer = viaGet ? get(query, accept) : post(body(query), accept);
            QCOMPARE(answer.status, status);
            QCOMPARE(answer.contentType, contentType);
            QCOMPARE(answer.code(), code);
            QCOMPARE(answer.json().contains(u"data"), hasData);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphQLHttp)
#include "tst_graphqlhttp.moc"
