#include "http/httpserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace hookboard;

// HttpServer's limits against raw sockets: what a slow, greedy or careless client gets.
class TestHttpServer : public QObject
{
    Q_OBJECT

    static constexpr int kIdleMs = 400;
    static constexpr int kTransferMs = 400;

    std::unique_ptr<HttpServer> m_server;
    int m_handled = 0;
    QByteArray m_answerBody = "ok";

    std::unique_ptr<QTcpSocket> connectClient()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        if (!socket->waitForConnected(5000))
            qFatal("cannot connect to the test server");
        QTest::qWait(10); // the server accepts it
        return socket;
    }

    // Reads until the server closes the connection (or timeoutMs); returns everything read. The
    // server shares this thread, so waiting runs the event loop.
    static QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs = 5000)
    {
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            QTest::qWait(20);
            received += socket.readAll();
        }
        received += socket.readAll();
        return received;
    }

    // Reads until buffer holds a whole answer head (or timeoutMs).
    static QByteArray readHead(QTcpSocket &socket, int timeoutMs = 5000)
    {
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (!received.contains("\r\n\r\n") && timer.elapsed() < timeoutMs) {
            QTest::qWait(20);
            received += socket.readAll();
        }
        return received;
    }

    bool isClosed(QTcpSocket &socket, int timeoutMs = 5000)
    {
        readUntilClosed(socket, timeoutMs);
        return socket.state() != QAbstractSocket::ConnectedState;
    }

private slots:
    void init()
    {
        m_handled = 0;
        m_answerBody = "ok";
        m_server = std::make_unique<HttpServer>();
        m_server->setTimeouts(kIdleMs, kTransferMs);
        m_server->setMaxBodyBytes(4096);
        m_server->setHeadFilter([](const HttpRequest &head) -> std::optional<HttpResponse> {
            if (head.path() == "/secret" && head.header("Authorization") != "let-me-in")
                return HttpResponse::text(401, "no\n");
            return std::nullopt;
        });
        connect(m_server.get(), &HttpServer::requestReceived, this,
                [this](HttpConnection *connection, const HttpRequest &) {
                    ++m_handled;
                    connection->respond(HttpResponse::text(200, m_answerBody));
                });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(!m_server->usesTls());
    }

    void cleanup() { m_server.reset(); }

    void keepAliveServesManyRequests()
    {
        auto client = connectClient();
        for (int i = 0; i < 3; ++i) {
            client->write("GET /a HTTP/1.1\r\nHost: h\r\n\r\n");
            const QByteArray head = readHead(*client);
            QVERIFY2(head.startsWith("HTTP/1.1 200 OK\r\n"), head.constData());
            QVERIFY(head.contains("Connection: keep-alive"));
        }
        QCOMPARE(m_handled, 3);
    }

    void idleConnectionIsClosed()
    {
        auto client = connectClient();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(isClosed(*client));
        QVERIFY(timer.elapsed() >= kIdleMs - 50);
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
    }

    // Slowloris: a head that never ends gets 408, then the connection goes.
    void slowHeadGets408()
    {
        auto client = connectClient();
        client->write("GET / HTTP/1.1\r\nHost: h\r\n");
        QElapsedTimer timer;
        timer.start();
        // A byte now and then does not keep it alive: the deadline runs from the first byte.
        while (timer.elapsed() < 3 * kTransferMs && client->state() == QAbstractSocket::ConnectedState) {
            client->write("X");
            QTest::qWait(50);
        }
        const QByteArray answer = readUntilClosed(*client);
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(client->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_handled, 0);
    }

    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n");
    }

    void connectionCloseIsHonoured()
    {
        QFETCH(QByteArray, request);
        auto client = connectClient();
        client->write(request);
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = readUntilClosed(*client);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(client->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(timer.elapsed() < kIdleMs); // closed after the answer, not by the idle timeout
    }

    void framingErrorsAreRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("chunked and a length")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc")
            << QByteArray("400");
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n"
                                                   "Content-Length: 2\r\n\r\nab")
                                     << QByteArray("400");
        QTest::newRow("length -1") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n")
                                   << QByteArray("400");
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << QByteArray("505");
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
                                   << QByteArray("400");
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: y\r\n z\r\n\r\n") << QByteArray("400");
        QTest::newRow("long request line")
            << QByteArray("GET /" + QByteArray(20'000, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n")
            << QByteArray("414");
        QTest::newRow("many headers")
            << "GET / HTTP/1.1\r\nHost: h\r\n" + QByteArray("X: y\r\n").repeated(1000) + "\r\n"
            << QByteArray("431");
    }

    void framingErrorsAreRefusedAndClosed()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        auto client = connectClient();
        client->write(request);
        const QByteArray answer = readUntilClosed(*client);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), answer.constData());
        QCOMPARE(client->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_handled, 0);
    }

    // The filter answers from the head: the body is never buffered, and the client reads the
    // answer rather than a reset because the rest of the body is read and dropped before closing.
    void headFilterRefusesBeforeTheBody()
    {
        auto client = connectClient();
        client->write("POST /secret HTTP/1.1\r\nHost: h\r\nContent-Length: 3000\r\n\r\n");
        const QByteArray head = readHead(*client);
        QVERIFY2(head.startsWith("HTTP/1.1 401 "), head.constData());
        QVERIFY(head.contains("Connection: close"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState); // still draining the body
        client->write(QByteArray(3000, 'x'));
        QVERIFY(isClosed(*client));
        QCOMPARE(m_handled, 0);

        // With the right header the same request reaches the handler.
        auto allowed = connectClient();
        allowed->write(
            "POST /secret HTTP/1.1\r\nHost: h\r\nAuthorization: let-me-in\r\nContent-Length: 3\r\n\r\nabc");
        QVERIFY(readHead(*allowed).startsWith("HTTP/1.1 200 OK\r\n"));
        QCOMPARE(m_handled, 1);
    }

    // A client that stops sending a refused body is dropped after the transfer timeout.
    void refusedBodyThatNeverComesIsDropped()
    {
        auto client = connectClient();
        client->write("POST /secret HTTP/1.1\r\nHost: h\r\nContent-Length: 3000\r\n\r\n");
        QVERIFY(readHead(*client).startsWith("HTTP/1.1 401 "));
        QVERIFY(isClosed(*client, 4 * kTransferMs));
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
    }

    // An answer the client never reads does not hold the connection (and its memory) forever.
    void answerNeverReadIsDropped()
    {
        m_answerBody = QByteArray(64 * 1024 * 1024, 'a');
        auto client = connectClient();
        client->setReadBufferSize(1); // Qt reads no further: the kernel buffers fill up
        client->write("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_COMPARE(m_handled, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 0, 10 * kTransferMs);
    }

    void connectionsBeyondTheCapGet503()
    {
        m_server->setMaxConnections(2);
        auto first = connectClient();
        auto second = connectClient();
        QTRY_COMPARE(m_server->openConnectionCount(), 2);
        auto third = connectClient();
        const QByteArray answer = readUntilClosed(*third);
        QVERIFY2(answer.startsWith("HTTP/1.1 503 "), answer.constData());
        QVERIFY(answer.contains("Retry-After: 1"));
        QCOMPARE(m_server->openConnectionCount(), 2);
        // Those admitted still work, and a freed place admits the next client.
        first->write("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QVERIFY(readHead(*first).startsWith("HTTP/1.1 200 OK\r\n"));
        first->disconnectFromHost();
        QTRY_COMPARE(m_server->openConnectionCount(), 1);
        auto fourth = connectClient();
        fourth->write("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QVERIFY(readHead(*fourth).startsWith("HTTP/1.1 200 OK\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
