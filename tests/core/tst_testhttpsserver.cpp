#include "testhttpsserver.h"
#include "testhttpsserverthread.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace hookboard;
using namespace hookboard::test;

Q_DECLARE_METATYPE(hookboard::test::TestHttpsServer::Behaviour)

namespace {

// A client that trusts the test CA (and not what the system trusts: nothing else is needed).
QNetworkRequest requestTo(const QUrl &url, const QSslCertificate &ca)
{
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(ca);
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return request;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestTestHttpsServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpsServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_client;

    // Posts and waits for the whole answer (or error).
    QNetworkReply *post(const QString &path, const QByteArray &body = "{}", int timeoutMs = 0)
    {
        QNetworkRequest request = requestTo(m_server->url(path), m_server->caCertificate());
        if (timeoutMs > 0)
            request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_client->post(request, body);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        }();
        return reply;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttpsServer>();
        m_client = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void respond_data()
    {
        QTest::addColumn<TestHttpsServer::Behaviour>("behaviour");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("200") << TestHttpsServer::Behaviour(TestHttpsServer::Respond{200, {}, "fine"}) << 200
                             << QByteArray() << QByteArray() << QByteArray("fine");
        QTest::newRow("500") << TestHttpsServer::Behaviour(TestHttpsServer::Respond{500, {}, "boom"}) << 500
                             << QByteArray() << QByteArray() << QByteArray("boom");
        QTest::newRow("410") << TestHttpsServer::Behaviour(TestHttpsServer::Respond{410, {}, {}}) << 410
                             << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("429 Retry-After")
            << TestHttpsServer::Behaviour(TestHttpsServer::Respond{429, {{"Retry-After", "7"}}, "later"})
            << 429 << QByteArray("Retry-After") << QByteArray("7") << QByteArray("later");
        QTest::newRow("301 not followed")
            << TestHttpsServer::Behaviour(
                   TestHttpsServer::Respond{301, {{"Location", "https://127.0.0.1:1/elsewhere"}}, {}})
            << 301 << QByteArray("Location") << QByteArray("https://127.0.0.1:1/elsewhere") << QByteArray();
        QTest::newRow("slow") << TestHttpsServer::Behaviour(
                                     TestHttpsServer::Slow{200, TestHttpsServer::Respond{202, {}, "late"}})
                              << 202 << QByteArray() << QByteArray() << QByteArray("late");
    }

    void respond()
    {
        QFETCH(TestHttpsServer::Behaviour, behaviour);
        QFETCH(int, status);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, body);

        m_server->setBehaviour(QStringLiteral("/hook"), behaviour);
        QNetworkReply *reply = post(QStringLiteral("/hook"));
        QCOMPARE(statusOf(reply), status);
        if (!headerName.isEmpty())
            QCOMPARE(reply->rawHeader(headerName), headerValue);
        QCOMPARE(reply->readAll(), body);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void behaviourIsPerPath()
    {
        m_server->setBehaviour(QStringLiteral("/broken"), TestHttpsServer::Respond{500, {}, {}});
        m_server->setDefaultBehaviour(TestHttpsServer::Respond{204, {}, {}});
        QCOMPARE(statusOf(post(QStringLiteral("/broken"))), 500);
        QCOMPARE(statusOf(post(QStringLiteral("/other"))), 204);
        QCOMPARE(statusOf(post(QStringLiteral("/broken?x=1"))), 500);
        m_server->clearBehaviours();
        QCOMPARE(statusOf(post(QStringLiteral("/broken"))), 200);
    }

    void recordsRequests()
    {
        QSignalSpy received(m_server.get(), &TestHttpsServer::requestReceived);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QNetworkRequest request =
            requestTo(m_server->url(QStringLiteral("/in?q=1")), m_server->caCertificate());
        request.setRawHeader("webhook-id", "evt_42");
        QNetworkReply *reply = m_client->post(request, QByteArray(R"({"a":1})"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(received.size(), 1);

        const QList<TestHttpsServer::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        const TestHttpsServer::Request &request0 = requests.first();
        QCOMPARE(request0.method, QByteArray("POST"));
        QCOMPARE(request0.path, QByteArray("/in"));
        QCOMPARE(request0.target, QByteArray("/in?q=1"));
        QCOMPARE(request0.header("WEBHOOK-ID"), QByteArray("evt_42"));
        QCOMPARE(request0.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request0.body, QByteArray(R"({"a":1})"));
        QVERIFY(request0.arrivedMs >= before);
        QVERIFY(request0.connectionId >= 1);
        QCOMPARE(received.first().first().value<TestHttpsServer::Request>().body, request0.body);
        m_server->clearRequests();
        QCOMPARE(m_server->requestCount(), 0);
    }

    void hangTimesOut()
    {
        m_server->setBehaviour(QStringLiteral("/hang"), TestHttpsServer::Hang{});
        QElapsedTimer elapsed;
        elapsed.start();
        QNetworkReply *reply = post(QStringLiteral("/hang"), "{}", 300);
        // Qt reports an expired transfer timeout as a cancelled operation.
        QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError ||
                     reply->error() == QNetworkReply::TimeoutError,
                 qPrintable(reply->errorString()));
        QVERIFY(elapsed.elapsed() >= 290);
        QCOMPARE(statusOf(reply), 0);
        QTRY_COMPARE(m_server->requestCount(), 1);
    }

    void resetIsAnError()
    {
        m_server->setBehaviour(QStringLiteral("/reset"), TestHttpsServer::Reset{});
        QNetworkReply *reply = post(QStringLiteral("/reset"));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(statusOf(reply), 0);
        QVERIFY(m_server->requestCount() >= 1);
    }

    void slowAnswersLate()
    {
        m_server->setBehaviour(QStringLiteral("/slow"), TestHttpsServer::Slow{400, {200, {}, "done"}});
        QElapsedTimer elapsed;
        elapsed.start();
        QNetworkReply *reply = post(QStringLiteral("/slow"));
        QCOMPARE(statusOf(reply), 200);
        QVERIFY(elapsed.elapsed() >= 390);
    }

    void hugeBodyArrivesWhole()
    {
        constexpr qint64 kBytes = 10 * 1024 * 1024;
        m_server->setBehaviour(QStringLiteral("/huge"), TestHttpsServer::HugeBody{kBytes});
        // The server and this client share one event loop: if the server wrote the body in one
        // blocking go, the timer below could not tick while it does.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(1);
        QNetworkReply *reply = post(QStringLiteral("/huge"));
        ticker.stop();
        QCOMPARE(statusOf(reply), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), kBytes);
        QCOMPARE(reply->readAll().size(), kBytes);
        QVERIFY(ticks > 1);
    }

    void untrustedCertificateFailsHandshake()
    {
        m_server->setPresentUntrustedCertificate(true);
        QNetworkReply *reply = post(QStringLiteral("/x"));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(m_server->requestCount(), 0);

        m_server->setPresentUntrustedCertificate(false);
        m_client = std::make_unique<QNetworkAccessManager>(); // no cached connection or TLS session
        QCOMPARE(statusOf(post(QStringLiteral("/x"))), 200);
    }

    void keepAliveSharesOneConnection()
    {
        QCOMPARE(statusOf(post(QStringLiteral("/one"))), 200);
        QCOMPARE(statusOf(post(QStringLiteral("/two"))), 200);
        const QList<TestHttpsServer::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].connectionId, requests[1].connectionId);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    // Two requests written at once on one connection are answered in order.
    void pipelinedRequestsAnsweredInOrder()
    {
        m_server->setBehaviour(QStringLiteral("/first"), TestHttpsServer::Slow{150, {201, {}, "first"}});
        m_server->setBehaviour(QStringLiteral("/second"), TestHttpsServer::Respond{202, {}, "second"});
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_server->caCertificate());
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        QTRY_VERIFY(socket.isEncrypted());
        socket.write("POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nabPOST /second HTTP/1.1\r\n"
                     "Host: x\r\nContent-Length: 0\r\n\r\n");
        QByteArray answers;
        QTRY_VERIFY((answers += socket.readAll()).contains("second"));
        QVERIFY(answers.startsWith("HTTP/1.1 201 Created\r\n"));
        QVERIFY(answers.indexOf("first") < answers.indexOf("HTTP/1.1 202 Accepted\r\n"));
        QCOMPARE(m_server->requests().at(0).body, QByteArray("ab"));
    }

    void malformedRequestGets400()
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_server->caCertificate());
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), m_server->port());
        QTRY_VERIFY(socket.isEncrypted());
        socket.write("THIS IS NOT HTTP\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += socket.readAll()).contains("\r\n\r\n"));
        QVERIFY(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"));
        QVERIFY(answer.contains("Connection: close"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_server->requestCount(), 0);
    }

    // The server on its own thread keeps answering while this thread is busy elsewhere.
    void runsOnItsOwnThread()
    {
        TestHttpsServerThread threaded;
        QVERIFY(threaded->thread() != QThread::currentThread());
        QSignalSpy received(threaded.server(), &TestHttpsServer::requestReceived);
        threaded->setBehaviour(QStringLiteral("/t"), TestHttpsServer::Respond{208, {}, "threaded"});
        QNetworkRequest request = requestTo(threaded->url(QStringLiteral("/t")), threaded->caCertificate());
        QNetworkReply *reply = m_client->post(request, QByteArray("{}"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(statusOf(reply), 208);
        QCOMPARE(reply->readAll(), QByteArray("threaded"));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(threaded->requests().size(), 1);
        QCOMPARE(threaded->connectionCount(), 1);
        threaded->setPresentUntrustedCertificate(true);
        m_client = std::make_unique<QNetworkAccessManager>();
        QNetworkReply *refused = m_client->post(request, QByteArray("{}"));
        QTRY_VERIFY(refused->isFinished());
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
    }
};

QTEST_GUILESS_MAIN(TestTestHttpsServer)
#include "tst_testhttpsserver.moc"
