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
        parser.feed(
            "GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.0\r\nContent-Length: 2\r\n\r\nokGET /c HTTP/1.1\r\n");
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
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("body too large, drained first")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n0123456789a") << 413;
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(200, 'x')) << 431;
    }

    void refused()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        HttpRequestParser parser(10, 100);
        parser.feed(wire);
        QVERIFY(!parser.takeRequest().has_value());
        QVERIFY(parser.hasError());
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY(!parser.errorText().isEmpty());
    }

    void tooLargeBodyIsDrainedBeforeTheError()
    {
        HttpRequestParser parser(10);
        parser.feed("POST / HTTP/1.1\r\nContent-Length: 30\r\n\r\n0123456789");
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
        parser.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        QVERIFY(!parser.takeRequest().has_value());
        QVERIFY(parser.takeContinueRequest());
        QVERIFY(!parser.takeContinueRequest()); // once per request
        parser.feed("abc");
        QCOMPARE(parser.takeRequest()->body, QByteArray("abc"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
