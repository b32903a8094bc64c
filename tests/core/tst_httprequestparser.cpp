#include "http/httprequestparser.h"

#include <QTest>

using namespace hookboard;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void oneRequestInPieces()
    {
        const QByteArray wire =
            "POST /bin/x?y=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nX-A:  spaced  \r\n\r\nhello";
        HttpRequestParser parser;
        // Byte by byte: a request is only handed out once it is whole.
        for (qsizetype i = 0; i < wire.size(); ++i) {
            QVERIFY(!parser.takeRequest().has_value());
            parser.feed(wire.mid(i, 1));
        }
        const std::optional<HttpRequest> request = parser.takeRequest();
        QVERIFY(request.has_value());
        QCOMPARE(request->method, QByteArray("POST"));
        QCOMPARE(request->target, QByteArray("/bin/x?y=1"));
        QCOMPARE(request->path(), QByteArray("/bin/x"));
        QCOMPARE(request->header("x-a"), QByteArray("spaced"));
        QCOMPARE(request->body, QByteArray("hello"));
        QVERIFY(request->keepAlive());
        QVERIFY(!parser.takeRequest().has_value());
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void pipelined()
    {
        HttpRequestParser parser;
        parser.feed("GET /a HTTP/1.1\r\nHost: h\r\n\r\nPOST /b HTTP/1.0\r\nContent-Length: 2\r\n\r\nokGET /c "
                    "HTTP/1.1\r\nHost: h\r\n");
        QCOMPARE(parser.takeRequest()->target, QByteArray("/a"));
        const std::optional<HttpRequest> second = parser.takeRequest();
        QCOMPARE(second->body, QByteArray("ok"));
        QVERIFY(!second->keepAlive()); // HTTP/1.0 without "Connection: keep-alive"
        QVERIFY(!parser.takeRequest().has_value());
        parser.feed("Connection: close\r\n\r\n");
        const std::optional<HttpRequest> third = parser.takeRequest();
        QCOMPARE(third->target, QByteArray("/c"));
        QVERIFY(!third->keepAlive());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\n\r\n") << 505;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nA : b\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray(
                                        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("chunked and a length")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n")
            << 400;
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("HTTP/1.0 with two Hosts")
            << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nhost: a\r\n\r\n") << 400;
        QTest::newRow("request line too long")
            << QByteArray("GET /" + QByteArray(HttpRequestParser::kMaxRequestLineBytes, 'a') +
                          " HTTP/1.1\r\n")
            << 414;
        QTest::newRow("too many headers")
            << "GET / HTTP/1.1\r\nHost: h\r\n" +
                   QByteArray("X: y\r\n").repeated(HttpRequestParser::kMaxHeaderCount) + "\r\n"
            << 431;
        QTest::newRow("body too large, drained first")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n0123456789a") << 413;
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(2000, 'x')) << 431;
        QTest::newRow("endless head") << QByteArray("GET / HTTP/1.1\r\n" + QByteArray(2000, 'x')) << 431;
    }

    void refused()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        // Head limit 1,000 bytes, so that the header-count row meets its own limit first.
        HttpRequestParser parser(10, 1000);
        parser.feed(wire);
        QVERIFY(!parser.takeRequest().has_value());
        QVERIFY(parser.hasError());
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY(!parser.errorText().isEmpty());
    }

    void tooLargeBodyIsDrainedBeforeTheError()
    {
        HttpRequestParser parser(10);
        parser.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 30\r\n\r\n0123456789");
        QVERIFY(!parser.takeRequest().has_value());
        QVERIFY(!parser.hasError());
        parser.feed(QByteArray(19, 'x'));
        QVERIFY(!parser.hasError());
        parser.feed("x");
        QVERIFY(parser.hasError());
        QCOMPARE(parser.errorStatus(), 413);
    }

    void expectContinue()
    {
        HttpRequestParser parser;
        parser.feed("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        QVERIFY(!parser.takeRequest().has_value());
        QVERIFY(parser.takeContinueRequest());
        QVERIFY(!parser.takeContinueRequest()); // once per request
        parser.feed("abc");
        QCOMPARE(parser.takeRequest()->body, QByteArray("abc"));
    }

    // A server may refuse a request from its head (401, 413) without reading the body into memory.
    void headComesBeforeTheBody()
    {
        HttpRequestParser parser(100);
        parser.feed("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n01234");
        const HttpRequest *head = parser.head();
        QVERIFY(head != nullptr);
        QCOMPARE(head->target, QByteArray("/x"));
        QVERIFY(head->body.isEmpty());
        QVERIFY(parser.head() == head); // the same head until the request is taken
        parser.discardBody();
        QVERIFY(parser.isDiscarding());
        parser.feed(QByteArray(994, 'x'));
        QVERIFY(parser.isDiscarding());
        QCOMPARE(parser.bufferedBytes(), 0);
        parser.feed("x");
        QVERIFY(!parser.isDiscarding());
        // Nothing after a refused request is framed: the connection is closing.
        parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QVERIFY(parser.head() == nullptr);
        QVERIFY(!parser.takeRequest().has_value());
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void tooLargeIsRefusedOnlyAfterTheHeadWasSeen()
    {
        HttpRequestParser parser(10);
        parser.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 20\r\n\r\n");
        QVERIFY(parser.head() != nullptr);
        QVERIFY(!parser.takeRequest().has_value());
        parser.feed(QByteArray(20, 'x'));
        QVERIFY(parser.hasError());
        QCOMPARE(parser.errorStatus(), 413);
    }

    void waitingForContinueIsNotDrained()
    {
        HttpRequestParser parser;
        parser.feed("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3000\r\n\r\n");
        QVERIFY(parser.head() != nullptr);
        parser.discardBody();
        QVERIFY(!parser.isDiscarding());
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
