#include "api/apiserver.h"
#include "api/apitoken.h"
#include "testsupport.h"
#include "tls/certificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace hookboard;
using namespace hookboard::test;

using namespace Qt::StringLiterals;

namespace {

const QString kToken = QStringLiteral("test-token_0123456789abcdefABCDEF");

// What the client got back.
struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray wwwAuthenticate;

    QString errorText() const { return QJsonDocument::fromJson(body).object().value(u"error").toString(); }
};

QByteArray publishBody(const QByteArray &data, const QByteArray &resource = "RUNS",
                       const QByteArray &action = "CREATE")
{
    return "{\"resource\":\"" + resource + "\",\"action\":\"" + action + "\",\"data\":" + data + '}';
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestApiServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<QNetworkAccessManager> m_client;
    QList<QSslCertificate> m_trusted; // CAs the client trusts for https

    static ApiToken givenToken()
    {
        Result<ApiToken> token = ApiToken::fromGiven(kToken);
        if (!token)
            qFatal("test token refused: %s", qPrintable(token.error().message));
        return *token;
    }

    QUrl urlOf(const QString &path) const
    {
        QUrl url = m_api->url();
        const qsizetype mark = path.indexOf(u'?');
        url.setPath(path.left(mark));
        if (mark >= 0)
            url.setQuery(path.mid(mark + 1));
        return url;
    }

    // Sends one request and waits for the whole answer. authorization empty: no header at all.
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = QByteArray(),
                const QByteArray &authorization = "Bearer " + kToken.toLatin1(),
                const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(urlOf(path));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        if (!m_trusted.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(m_trusted);
            request.setSslConfiguration(tls);
        }
        // HEAD through head(): a custom "HEAD" would make QNAM wait for the body that the answer's
        // Content-Length (the GET answer's, RFC 9110 §9.3.2) announces but HEAD never carries.
        std::unique_ptr<QNetworkReply> reply(
            verb == "HEAD" ? m_client->head(request)
                           : m_client->sendCustomRequest(
                                 request, verb, body.isNull() && verb == "GET" ? QByteArray() : body));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        }();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        return answer;
    }

    Answer publish(const QByteArray &body) { return send("POST", QStringLiteral("/v1/events"), body); }

    qint64 writtenRows()
    {
        return m_store->rowCount(QStringLiteral("events")) + m_store->rowCount(QStringLiteral("changes"));
    }

    // A server for m_store on 127.0.0.1, free port, with the given token.
    Status startApi(ApiServerOptions options = ApiServerOptions())
    {
        m_api = std::make_unique<ApiServer>(m_store->service(), m_store->publishWriter(), givenToken(),
                                            std::move(options));
        return m_api->listen();
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_client = std::make_unique<QNetworkAccessManager>();
        m_trusted.clear();
        const Status started = startApi();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        QVERIFY(m_api->isListening());
        QCOMPARE(m_api->url().scheme(), QStringLiteral("http"));
        QCOMPARE(m_api->url().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_api->url().path(), QStringLiteral("/graphql"));
        QVERIFY(m_api->url().port() > 0);
    }

    void cleanup()
    {
        m_client.reset();
        m_api.reset();
        m_store.reset();
    }

    void healthzNeedsNoToken()
    {
        const Answer answer = send("GET", QStringLiteral("/healthz"), QByteArray(), QByteArray());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("{\"status\":\"ok\"}"));
        QCOMPARE(answer.contentType, QByteArray("application/json"));
    }

    // A full disk (here: SQLite's page limit, which fails the same way, SQLITE_FULL) is named as
    // such, and /healthz is not ok until the store takes writes again.
    void fullDiskIsSaidAndHealthzFollows()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        // Publishes are written by the writer's own connection: the limit goes there.
        const auto setMaxPageCount = [this](const QString &pages) {
            return m_store->publishWriter().onConnection([&](Database &db) -> Status {
                QSqlQuery pragma(db.connection());
                if (!pragma.exec(QStringLiteral("PRAGMA max_page_count = ") + pages))
                    return Error::internal(pragma.lastError().text());
                return {};
            });
        };
        QSqlQuery count(m_store->store().database().connection());
        QVERIFY(count.exec(QStringLiteral("PRAGMA page_count")) && count.next());
        QVERIFY(setMaxPageCount(QString::number(count.value(0).toInt())).ok());
        const qint64 before = writtenRows();
        const QByteArray big = "{\"text\":\"" + QByteArray(200'000, 'x') + "\"}";
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("internal error:.*disk is full")));
        const Answer refused = publish(publishBody(big));
        QCOMPARE(refused.status, 507);
        QVERIFY2(refused.errorText().startsWith(u"the disk is full"), refused.body.constData());
        QCOMPARE(writtenRows(), before);
        Answer health = send("GET", QStringLiteral("/healthz"), QByteArray(), QByteArray());
        QCOMPARE(health.status, 503);
        QVERIFY2(health.body.contains("the disk is full"), health.body.constData());
        QVERIFY2(!health.body.contains("INSERT"), health.body.constData()); // no SQL without a token
        QCOMPARE(send("HEAD", QStringLiteral("/healthz"), QByteArray(), QByteArray()).status, 503);

        QVERIFY(setMaxPageCount(QStringLiteral("1073741823")).ok());
        QCOMPARE(publish(publishBody(big)).status, 202);
        QCOMPARE(send("GET", QStringLiteral("/healthz"), QByteArray(), QByteArray()).status, 200);
    }

    // Load balancers probe with HEAD: the GET answer without a body.
    void healthzAnswersHead()
    {
        const Answer answer = send("HEAD", QStringLiteral("/healthz"), QByteArray(), QByteArray());
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.isEmpty());
    }

    // The event log streams out a page at a time: chunked to HTTP/1.1 clients, ended by the close
    // for HTTP/1.0 ones; every event once, whatever the size.
    void eventExportStreams()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        const int events = 650; // several of the export's pages
        for (int i = 0; i < events; ++i)
            QVERIFY(m_store->service()
                        .publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"i\":1}"})
                        .ok());

        const Answer csv = send("GET", QStringLiteral("/v1/events/export?format=csv&status=PENDING"));
        QCOMPARE(csv.status, 200);
        QVERIFY2(csv.contentType.startsWith("text/csv"), csv.contentType.constData());
        QCOMPARE(csv.body.count("\r\n"), events + 1);
        const Answer jsonl =
            send("GET", QStringLiteral("/v1/events/export?format=jsonl&receiverId=%1").arg(receiver.id));
        QCOMPARE(jsonl.status, 200);
        QCOMPARE(jsonl.body.count('\n'), events);
        QCOMPARE(send("GET", QStringLiteral("/v1/events/export?format=jsonl&status=FAILED")).body,
                 QByteArray());

        // By hand, to see the framing: the whole HAR, chunked, then the same connection goes on.
        QTcpSocket socket;
        socket.connectToHost(m_api->url().host(), quint16(m_api->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray auth = "Authorization: Bearer " + kToken.toLatin1() + "\r\n";
        socket.write("GET /v1/events/export?format=har HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).endsWith("\r\n0\r\n\r\n"), 20000);
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        const QByteArray head = answer.left(headEnd);
        QVERIFY2(head.contains("Transfer-Encoding: chunked"), head.constData());
        QVERIFY(!head.contains("Content-Length"));
        QVERIFY(head.contains("Connection: keep-alive"));
        QByteArray body; // de-chunked: size line, data, CRLF, until the last (empty) chunk
        for (qsizetype at = headEnd + 4;;) {
            const qsizetype lineEnd = answer.indexOf("\r\n", at);
            bool ok = false;
            const qsizetype size = answer.mid(at, lineEnd - at).toLongLong(&ok, 16);
            QVERIFY(ok && lineEnd > 0);
            if (size == 0)
                break;
            body += answer.mid(lineEnd + 2, size);
            QCOMPARE(answer.mid(lineEnd + 2 + size, 2), QByteArray("\r\n"));
            at = lineEnd + 2 + size + 2;
        }
        QJsonParseError error;
        const QJsonDocument har = QJsonDocument::fromJson(body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(har.object().contains(u"log"));
        // Keep-alive after a streamed answer: a HEAD (no body at all), then a plain request.
        socket.write("HEAD /v1/events/export?format=csv HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth +
                     "\r\nGET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        answer.clear();
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).endsWith("{\"status\":\"ok\"}"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        const qsizetype second = answer.indexOf("HTTP/1.1 200 OK\r\n", 1);
        QVERIFY2(second > 0 && answer.left(second).endsWith("\r\n\r\n"), "HEAD carried no body");

        // HTTP/1.0 cannot take chunks: the body ends with the close.
        QTcpSocket old;
        old.connectToHost(m_api->url().host(), quint16(m_api->url().port()));
        QVERIFY(old.waitForConnected(5000));
        old.write("GET /v1/events/export?format=har HTTP/1.0\r\n" + auth + "\r\n");
        QByteArray plain;
        QTRY_VERIFY_WITH_TIMEOUT((plain += old.readAll(), old.state() == QAbstractSocket::UnconnectedState),
                                 20000);
        plain += old.readAll();
        const qsizetype plainHeadEnd = plain.indexOf("\r\n\r\n");
        QVERIFY(plain.left(plainHeadEnd).contains("Connection: close"));
        QVERIFY(!plain.left(plainHeadEnd).contains("Transfer-Encoding"));
        QCOMPARE(plain.mid(plainHeadEnd + 4), body);
    }

    // A configuration larger than the API takes is refused from the head, saying where to go.
    void oversizedImportIsRefusedFromTheHead()
    {
        const QByteArray big(ApiServer::kMaxBodyBytes + 1, ' ');
        const Answer answer = send("POST", QStringLiteral("/v1/configuration/import"), big);
        QCOMPARE(answer.status, 413);
        QVERIFY2(answer.errorText().contains(u"from the console"), answer.body.constData());
    }

    void eventExportRefusesBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("says");
        QTest::newRow("format") << QStringLiteral("format=xml") << QStringLiteral("format:");
        QTest::newRow("status") << QStringLiteral("status=DONE") << QStringLiteral("status:");
        QTest::newRow("receiverId") << QStringLiteral("receiverId=x") << QStringLiteral("receiverId:");
        QTest::newRow("since") << QStringLiteral("since=yesterday") << QStringLiteral("since:");
        QTest::newRow("test") << QStringLiteral("test=maybe") << QStringLiteral("test:");
    }

    void eventExportRefusesBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, says);
        const Answer answer = send("GET", QStringLiteral("/v1/events/export?") + query);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.errorText().startsWith(says), answer.body.constData());
        QCOMPARE(send("GET", QStringLiteral("/v1/events/export"), {}, QByteArray()).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/v1/configuration"), {}, QByteArray()).status, 401);
        QCOMPARE(send("POST", QStringLiteral("/v1/configuration/import"), "{}", QByteArray()).status, 401);
    }

    // The configuration file out of one store and into another through the API: a dry run says
    // what would change and writes nothing; the import then does it; a bad file names the path.
    void configurationExportAndImport()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        const Answer exported = send("GET", QStringLiteral("/v1/configuration"));
        QCOMPARE(exported.status, 200);
        QVERIFY(!exported.body.contains("sharedSecret"));
        QVERIFY(send("GET", QStringLiteral("/v1/configuration?secrets=include"))
                    .body.contains(receiver.sharedSecret.toUtf8()));
        QCOMPARE(send("GET", QStringLiteral("/v1/configuration?secrets=yes")).status, 400);

        m_api.reset();
        m_store = std::make_unique<TestStore>();
        QVERIFY(startApi().ok());
        const Answer planned =
            send("POST", QStringLiteral("/v1/configuration/import?dryRun=true"), exported.body);
        QCOMPARE(planned.status, 200);
        const QJsonObject plan = QJsonDocument::fromJson(planned.body).object();
        QCOMPARE(plan[u"summary"_s][u"receiversCreated"_s].toInt(), 1);
        QCOMPARE(plan[u"summary"_s][u"subscriptionsCreated"_s].toInt(), 1);
        QCOMPARE(m_store->rowCount(QStringLiteral("receivers")), 0);

        const Answer imported = send("POST", QStringLiteral("/v1/configuration/import"), exported.body);
        QCOMPARE(imported.status, 200);
        QCOMPARE(QJsonDocument::fromJson(imported.body).object()[u"receiversCreated"_s].toInt(), 1);
        QCOMPARE(m_store->rowCount(QStringLiteral("subscriptions")), 1);
        QCOMPARE(send("GET", QStringLiteral("/v1/configuration")).body, exported.body);

        const Answer bad =
            send("POST", QStringLiteral("/v1/configuration/import"),
                 R"({"format":"hookboard-configuration","version":1,"receivers":[{"name":"x"}]})");
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.errorText().startsWith(u"receivers[0].webhookUri:"), bad.body.constData());
        QCOMPARE(send("GET", QStringLiteral("/v1/configuration/import")).status, 405);
    }

    // Two Authorization headers: which one counts is a guess a proxy and we might make
    // differently, so neither does. QNAM merges repeated headers, so this one goes by hand.
    void refusesTwoAuthorizationHeaders()
    {
        QTcpSocket socket;
        socket.connectToHost(m_api->url().host(), quint16(m_api->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = publishBody("{\"id\":1}");
        socket.write("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                     kToken.toLatin1() + "\r\nAuthorization: Bearer " + kToken.toLatin1() +
                     "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll()).contains("\r\n\r\n") && answer.contains("given once"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        QCOMPARE(writtenRows(), 0);
    }

    // 401 and 413 are decided from the head: a huge body is never read into memory first. The
    // client sends only the head and still gets its answer at once.
    void refusesFromTheHeadBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no token, 300 MiB") << QByteArray("/v1/events") << QByteArray() << QByteArray("401")
                                           << QByteArray("Authorization: required");
        QTest::newRow("no token, GraphQL")
            << QByteArray("/graphql") << QByteArray() << QByteArray("401") << QByteArray("UNAUTHENTICATED");
        QTest::newRow("no token, unknown path") << QByteArray("/nowhere") << QByteArray() << QByteArray("401")
                                                << QByteArray("Authorization: required");
        QTest::newRow("token, 300 MiB publish")
            << QByteArray("/v1/events") << QByteArray("Bearer " + kToken.toLatin1()) << QByteArray("413")
            << QByteArray("body: must be at most 1 MiB");
    }

    void refusesFromTheHeadBeforeTheBody()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, says);
        QTcpSocket socket;
        socket.connectToHost(m_api->url().host(), quint16(m_api->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray head = "POST " + path +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(300LL * 1024 * 1024) + "\r\n";
        if (!authorization.isEmpty())
            head += "Authorization: " + authorization + "\r\n";
        socket.write(head + "\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains(says), 10000);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(writtenRows(), 0);
    }

    void refusesWithoutTheToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong token") << QByteArray("Bearer not-the-token");
        QTest::newRow("token prefix") << "Bearer " + kToken.toLatin1().chopped(1);
        QTest::newRow("token and more") << "Bearer " + kToken.toLatin1() + 'x';
        QTest::newRow("other scheme") << "Basic " + kToken.toLatin1().toBase64();
        QTest::newRow("scheme only") << QByteArray("Bearer");
    }

    void refusesWithoutTheToken()
    {
        QFETCH(QByteArray, authorization);
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));

        const Answer answer =
            send("POST", QStringLiteral("/v1/events"), publishBody("{\"id\":1}"), authorization);
        QCOMPARE(answer.status, 401);
        QVERIFY2(answer.wwwAuthenticate.startsWith("Bearer"), answer.wwwAuthenticate.constData());
        QVERIFY2(answer.errorText().startsWith(u"Authorization:"), answer.body.constData());
        QCOMPARE(writtenRows(), 0);

        // Unknown paths ask for the token too, so they reveal nothing to a stranger.
        QCOMPARE(send("POST", QStringLiteral("/graphql"), "{}", authorization).status, 401);
    }

    void unknownPathIsNotFoundWithTheToken()
    {
        const Answer answer = send("POST", QStringLiteral("/nowhere"), "{}");
        QCOMPARE(answer.status, 404);
        QVERIFY(!answer.errorText().isEmpty());
    }

    void publishStoresEventsByteExact()
    {
        const Receiver first = m_store->makeReceiver(QStringLiteral("one"));
        const Receiver second = m_store->makeReceiver(QStringLiteral("two"));
        m_store->subscribe(first.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        m_store->subscribe(second.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        m_store->subscribe(second.id, QStringLiteral("RUNS"), QStringLiteral("DELETE"));

        // Member order (z before a), a 64-bit-overflowing integer and number spellings must survive.
        const QByteArray data = "{\"z\":1,\"big\":12345678901234567890,\"a\":{\"x\":[1.50,2E10,-0.0]},\"s\":"
                                "\"caf\\u00e9 \\\"q\\\"\"}";
        const Answer answer =
            publish("{ \"resource\" : \"RUNS\",\n \"action\":\"CREATE\", \"data\": " + data + " }");
        QCOMPARE(answer.status, 202);
        QCOMPARE(answer.contentType, QByteArray("application/json"));
        const QJsonArray ids = QJsonDocument::fromJson(answer.body).object().value(u"eventIds").toArray();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(m_store->rowCount(QStringLiteral("events")), 2);
        QList<qint64> receivers;
        for (const QJsonValue &id : ids) {
            Result<Event> event = m_store->service().event(id.toInteger());
            QVERIFY2(event.ok(), event.ok() ? "" : qPrintable(event.error().message));
            QCOMPARE(event->payload, data);
            QCOMPARE(event->resource, QStringLiteral("RUNS"));
            QCOMPARE(event->action, QStringLiteral("CREATE"));
            QCOMPARE(event->status, EventStatus::Pending);
            receivers.append(event->receiverId);
        }
        std::sort(receivers.begin(), receivers.end());
        QCOMPARE(receivers, (QList<qint64>{first.id, second.id}));
    }

    void publishWithNoSubscriberReturnsEmptyList()
    {
        const Answer answer = publish(publishBody("{\"id\":1}"));
        QCOMPARE(answer.status, 202);
        QCOMPARE(answer.body, QByteArray("{\"eventIds\":[]}"));
        QCOMPARE(writtenRows(), 0);
    }

    void publishAcceptsJsonWithCharset()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        const Answer answer = send("POST", QStringLiteral("/v1/events"), publishBody("{\"id\":1}"),
                                   "bearer " + kToken.toLatin1(), "Application/JSON; charset=utf-8");
        QCOMPARE(answer.status, 202);
        QCOMPARE(m_store->rowCount(QStringLiteral("events")), 1);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("body");
        QTest::newRow("malformed JSON") << QByteArray("{\"resource\":\"RUNS\",") << QStringLiteral("body");
        QTest::newRow("trailing garbage") << publishBody("{\"id\":1}") + "}" << QStringLiteral("body");
        QTest::newRow("array body") << QByteArray("[{\"resource\":\"RUNS\"}]") << QStringLiteral("body");
        QTest::newRow("string body") << QByteArray("\"RUNS\"") << QStringLiteral("body");
        QTest::newRow("missing resource")
            << QByteArray("{\"action\":\"CREATE\",\"data\":{}}") << QStringLiteral("resource");
        QTest::newRow("unknown resource") << publishBody("{}", "NOPE") << QStringLiteral("resource");
        QTest::newRow("lower-case resource") << publishBody("{}", "runs") << QStringLiteral("resource");
        QTest::newRow("resource not a string")
            << QByteArray("{\"resource\":5,\"action\":\"CREATE\",\"data\":{}}") << QStringLiteral("resource");
        QTest::newRow("duplicate resource")
            << QByteArray("{\"resource\":\"RUNS\",\"resource\":\"JOBS\",\"action\":\"CREATE\",\"data\":{}}")
            << QStringLiteral("resource");
        QTest::newRow("missing action")
            << QByteArray("{\"resource\":\"RUNS\",\"data\":{}}") << QStringLiteral("action");
        QTest::newRow("unknown action") << publishBody("{}", "RUNS", "EXPLODE") << QStringLiteral("action");
        QTest::newRow("action null") << QByteArray("{\"resource\":\"RUNS\",\"action\":null,\"data\":{}}")
                                     << QStringLiteral("action");
        QTest::newRow("missing data")
            << QByteArray("{\"resource\":\"RUNS\",\"action\":\"CREATE\"}") << QStringLiteral("data");
        QTest::newRow("data array") << publishBody("[1,2]") << QStringLiteral("data");
        QTest::newRow("data string") << publishBody("\"{}\"") << QStringLiteral("data");
        QTest::newRow("data number") << publishBody("12345678901234567890") << QStringLiteral("data");
        QTest::newRow("data null") << publishBody("null") << QStringLiteral("data");
        QTest::newRow("unknown member")
            << QByteArray("{\"resource\":\"RUNS\",\"action\":\"CREATE\",\"data\":{},\"extra\":1}")
            << QStringLiteral("extra");
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));

        const Answer answer = publish(body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.contentType, QByteArray("application/json"));
        const QString error = answer.errorText();
        QVERIFY2(error.startsWith(field + u':'), qPrintable(error));
        QVERIFY2(error.size() > field.size() + 4, qPrintable(error)); // a rule follows the field
        QCOMPARE(writtenRows(), 0);
    }

    void refusesMoreThanOneMiB()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        const QByteArray frame = publishBody("{\"pad\":\"\"}");
        const qsizetype padding = WebhookService::kMaxPublishBytes - frame.size();
        const auto bodyWithPadding = [&](qsizetype size) {
            return publishBody("{\"pad\":\"" + QByteArray(size, 'x') + "\"}");
        };

        const Answer over = publish(bodyWithPadding(padding + 1));
        QCOMPARE(over.status, 413);
        QVERIFY2(over.errorText().startsWith(u"body:"), over.body.constData());
        QCOMPARE(writtenRows(), 0);

        // Exactly 1 MiB is still allowed.
        QCOMPARE(bodyWithPadding(padding).size(), WebhookService::kMaxPublishBytes);
        const Answer atLimit = publish(bodyWithPadding(padding));
        QCOMPARE(atLimit.status, 202);
        QCOMPARE(m_store->rowCount(QStringLiteral("events")), 1);
    }

    void storeFailureIsAGeneric500()
    {
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        QSqlQuery sabotage(m_store->store().database().connection());
        QVERIFY(sabotage.exec(QStringLiteral("CREATE TRIGGER sabotage BEFORE INSERT ON events "
                                             "BEGIN SELECT RAISE(ABORT, 'secret-detail'); END")));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("secret-detail")));
        const Answer answer = publish(publishBody("{\"id\":1}"));
        QCOMPARE(answer.status, 500);
        QVERIFY(!answer.errorText().isEmpty());
        QVERIFY2(!answer.body.contains("secret-detail"),
                 answer.body.constData()); // details go to the log only
        QCOMPARE(writtenRows(), 0);
    }

    void refusesOtherContentTypes_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("text/plain") << QByteArray("text/plain");
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("json prefix") << QByteArray("application/jsonx");
    }

    void refusesOtherContentTypes()
    {
        QFETCH(QByteArray, contentType);
        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        const Answer answer = send("POST", QStringLiteral("/v1/events"), publishBody("{\"id\":1}"),
                                   "Bearer " + kToken.toLatin1(), contentType);
        QCOMPARE(answer.status, 415);
        QVERIFY2(answer.errorText().startsWith(u"Content-Type:"), answer.body.constData());
        QCOMPARE(writtenRows(), 0);
    }

    void refusesOtherMethods()
    {
        const Answer answer = send("GET", QStringLiteral("/v1/events"));
        QCOMPARE(answer.status, 405);
        QCOMPARE(send("DELETE", QStringLiteral("/healthz"), QByteArray(), QByteArray()).status, 405);
    }

    void refusesNonLoopbackWithoutTls_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4);
        QTest::newRow("any") << QHostAddress(QHostAddress::Any);
        QTest::newRow("LAN address") << QHostAddress(QStringLiteral("192.0.2.10"));
    }

    void refusesNonLoopbackWithoutTls()
    {
        QFETCH(QHostAddress, address);
        ApiServerOptions options;
        options.address = address;
        ApiServer api(m_store->service(), m_store->publishWriter(), givenToken(), options);
        const Status status = api.listen();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::BadUserInput);
        QCOMPARE(status.error().field, QStringLiteral("--api-listen"));
        QVERIFY2(status.error().message.contains(u"--api-tls-cert"), qPrintable(status.error().message));
        QVERIFY(!api.isListening());
        QVERIFY(api.url().isEmpty());
    }

    void servesHttpsWithTls()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Result<certificates::CertificateAndKey> ca =
            certificates::createCertificateAuthority(QStringLiteral("Hookboard API test CA"), 2);
        QVERIFY(ca.ok());
        Result<certificates::CertificateAndKey> server =
            certificates::issueServerCertificate(*ca, certificates::loopbackHosts(), 2);
        QVERIFY(server.ok());
        ApiServerOptions options;
        options.address = QHostAddress(QHostAddress::LocalHost);
        options.tlsCertificateFile = dir.filePath(QStringLiteral("api.crt"));
        options.tlsKeyFile = dir.filePath(QStringLiteral("api.key"));
        QVERIFY(writeFile(options.tlsCertificateFile, server->certificatePem));
        QVERIFY(writeFile(options.tlsKeyFile, server->keyPem));

        const Status started = startApi(options);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        QCOMPARE(m_api->url().scheme(), QStringLiteral("https"));

        // A client that does not trust the CA gets nowhere.
        const Answer untrusted = send("GET", QStringLiteral("/healthz"), QByteArray(), QByteArray());
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);

        // A new client: the old one keeps its failed connection to this host and port.
        m_client = std::make_unique<QNetworkAccessManager>();
        m_trusted = {ca->certificate};
        const Answer health = send("GET", QStringLiteral("/healthz"), QByteArray(), QByteArray());
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body, QByteArray("{\"status\":\"ok\"}"));

        const Receiver receiver = m_store->makeReceiver();
        m_store->subscribe(receiver.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        const Answer published = publish(publishBody("{\"id\":7}"));
        QCOMPARE(published.status, 202);
        QCOMPARE(m_store->rowCount(QStringLiteral("events")), 1);
        QCOMPARE(send("POST", QStringLiteral("/v1/events"), publishBody("{}"), "Bearer nope").status, 401);
    }

    void tlsFilesAreChecked_data()
    {
        QTest::addColumn<QString>("certName");
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("named"); // the file the message must name
        QTest::newRow("missing certificate") << "absent.crt"
                                             << "server.key"
                                             << "--api-tls-cert"
                                             << "absent.crt";
        QTest::newRow("missing key") << "server.crt"
                                     << "absent.key"
                                     << "--api-tls-key"
                                     << "absent.key";
        QTest::newRow("not a certificate") << "garbage.pem"
                                           << "server.key"
                                           << "--api-tls-cert"
                                           << "garbage.pem";
        QTest::newRow("not a key") << "server.crt"
                                   << "garbage.pem"
                                   << "--api-tls-key"
                                   << "garbage.pem";
        QTest::newRow("key of another certificate") << "server.crt"
                                                    << "other.key"
                                                    << "--api-tls-key"
                                                    << "other.key";
        QTest::newRow("certificate without key") << "server.crt"
                                                 << ""
                                                 << "--api-tls-key"
                                                 << "";
    }

    void tlsFilesAreChecked()
    {
        QFETCH(QString, certName);
        QFETCH(QString, keyName);
        QFETCH(QString, field);
        QFETCH(QString, named);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Result<certificates::CertificateAndKey> ca =
            certificates::createCertificateAuthority(QStringLiteral("Hookboard API test CA"), 2);
        QVERIFY(ca.ok());
        Result<certificates::CertificateAndKey> server =
            certificates::issueServerCertificate(*ca, certificates::loopbackHosts(), 2);
        QVERIFY(server.ok());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("server.crt")), server->certificatePem));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("server.key")), server->keyPem));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("other.key")), ca->keyPem));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("garbage.pem")), "-----BEGIN NONSENSE-----\nxx\n"));

        ApiServerOptions options;
        options.tlsCertificateFile = certName.isEmpty() ? QString() : dir.filePath(certName);
        options.tlsKeyFile = keyName.isEmpty() ? QString() : dir.filePath(keyName);
        ApiServer api(m_store->service(), m_store->publishWriter(), givenToken(), options);
        const Status status = api.listen();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().field, field);
        QVERIFY2(status.error().message.startsWith(field) || status.error().message.contains(field),
                 qPrintable(status.error().message));
        if (!named.isEmpty())
            QVERIFY2(status.error().message.contains(named), qPrintable(status.error().message));
        QVERIFY(!api.isListening());
    }

    void tokenIsGeneratedOnceAndKept()
    {
        Result<ApiToken> first = ApiToken::load(m_store->store().settings());
        QVERIFY(first.ok());
        QVERIFY(first->isGenerated());
        QCOMPARE(first->name(), QStringLiteral("api"));
        // 32 random bytes in base64url without padding.
        QCOMPARE(first->token().size(), 43);
        QVERIFY(QByteArray::fromBase64Encoding(first->token().toLatin1(),
                                               QByteArray::Base64UrlEncoding |
                                                   QByteArray::AbortOnBase64DecodingErrors));

        Result<ApiToken> second = ApiToken::load(m_store->store().settings());
        QVERIFY(second.ok());
        QCOMPARE(second->token(), first->token());

        // Also across a reopened store, as after a restart.
        Result<std::unique_ptr<Store>> reopened = Store::open(m_store->dataDir());
        QVERIFY(reopened.ok());
        Result<ApiToken> third = ApiToken::load((*reopened)->settings());
        QVERIFY(third.ok());
        QCOMPARE(third->token(), first->token());

        // A given token wins and leaves the stored one alone.
        Result<ApiToken> given = ApiToken::load(m_store->store().settings(), kToken);
        QVERIFY(given.ok());
        QCOMPARE(given->token(), kToken);
        QCOMPARE(given->name(), QStringLiteral("api-token"));
        QVERIFY(!given->isGenerated());
        QCOMPARE(ApiToken::load(m_store->store().settings())->token(), first->token());
        QCOMPARE(m_store->rowCount(QStringLiteral("settings"), QStringLiteral("key = 'api.token'")), 1);
    }

    void generatedTokenOpensTheApi()
    {
        Result<ApiToken> generated = ApiToken::load(m_store->store().settings());
        QVERIFY(generated.ok());
        m_api = std::make_unique<ApiServer>(m_store->service(), m_store->publishWriter(), *generated,
                                            ApiServerOptions());
        QVERIFY(m_api->listen().ok());
        const QByteArray bearer = "Bearer " + generated->token().toLatin1();
        QCOMPARE(send("POST", QStringLiteral("/v1/events"), publishBody("{}"), bearer).status, 202);
        QCOMPARE(send("POST", QStringLiteral("/v1/events"), publishBody("{}")).status,
                 401); // kToken is not it
    }

    void givenTokensAreChecked_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("two words");
        QTest::newRow("line break") << QStringLiteral("abc\r\nX-Injected: 1");
        QTest::newRow("non-ASCII") << QStringLiteral("café");
    }

    void givenTokensAreChecked()
    {
        QFETCH(QString, token);
        Result<ApiToken> refused = ApiToken::fromGiven(token);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("--api-token"));
        QVERIFY(refused.error().message.startsWith(u"--api-token:"));
    }

    void tokenMatchesOnlyItself()
    {
        const ApiToken token = givenToken();
        QVERIFY(token.matches(kToken.toLatin1()));
        QVERIFY(!token.matches(kToken.toLatin1().chopped(1)));
        QVERIFY(!token.matches(QByteArray(kToken.toLatin1() + 'x')));
        QVERIFY(!token.matches(QByteArray()));
        QVERIFY(!token.matches(kToken.toLatin1().toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
