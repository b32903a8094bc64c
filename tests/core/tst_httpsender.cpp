#include "common/clock.h"
#include "delivery/httpsender.h"
#include "delivery/outgoingrequest.h"
#include "testhttpsserver.h"
#include "testhttpsserverthread.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace hookboard;
using namespace hookboard::test;

namespace {

// Generous: the limit only matters when something is broken.
constexpr int kWaitMs = 20000;
constexpr qint64 kStartMs = 1795435205000;

using Server = TestHttpsServer;

Event sampleEvent()
{
    Event event;
    event.id = 42;
    event.subscriptionId = 7;
    event.receiverId = 3;
    event.resource = QStringLiteral("RUNS");
    event.action = QStringLiteral("CREATE");
    event.payload = "{\"id\":12345678901234567890,\"status\":\"IN_PROGRESS\"}";
    event.createdAtMs = kStartMs - 5000;
    return event;
}

} // namespace

Q_DECLARE_METATYPE(hookboard::test::TestHttpsServer::Behaviour)

class TestHttpSender : public QObject
{
    Q_OBJECT

private:
    // The server runs on a thread of its own, as a real receiver would: nothing the client does
    // to its own event loop can help or stall the server.
    std::unique_ptr<TestHttpsServerThread> m_server;
    ManualClock m_clock{kStartMs};
    std::unique_ptr<HttpSender> m_sender;
    QList<QPair<quint64, SendResult>> m_results;

    Server *server() const { return m_server->server(); }

    // A sender that trusts the test CA on top of the system store, or the system store alone.
    void makeSender(bool trustTestCa = true)
    {
        m_sender.reset();
        m_results.clear();
        QList<QSslCertificate> extra;
        if (trustTestCa)
            extra.append(server()->caCertificate());
        m_sender = std::make_unique<HttpSender>(m_clock, extra);
        connect(m_sender.get(), &HttpSender::finished, this, [this](quint64 token, const SendResult &result) {
            m_results.append({token, result});
        });
    }

    OutgoingRequest requestTo(const QUrl &url) const
    {
        Receiver receiver;
        receiver.id = 3;
        receiver.webhookUri = url.toString();
        receiver.sharedSecret = QStringLiteral("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
        receiver.headers = {{1, QStringLiteral("X-Tenant"), QStringLiteral("acme")},
                            {2, QStringLiteral("Authorization"), QStringLiteral("Bearer t0ken")}};
        return buildRequest(sampleEvent(), receiver, m_clock.nowMs());
    }

    void send(quint64 token, const QString &path, int timeoutMs = 10000)
    {
        m_sender->send(token, requestTo(server()->url(path)), timeoutMs);
    }

    const SendResult &onlyResult() const { return m_results.constFirst().second; }

private slots:
    void initTestCase() { m_server = std::make_unique<TestHttpsServerThread>(); }

    void init()
    {
        server()->clearBehaviours();
        server()->clearRequests();
        server()->setPresentUntrustedCertificate(false);
        m_clock.setNowMs(kStartMs);
        makeSender();
    }

    void cleanup() { m_sender.reset(); }

    void cleanupTestCase() { m_server.reset(); }

    void respondsWithBodyAndHeaders()
    {
        server()->setBehaviour(QStringLiteral("/hook"),
                               Server::Respond{200, {{"X-Reply", "first"}, {"X-Other", "second"}}, "thanks"});
        m_clock.setNowMs(kStartMs + 123);
        const OutgoingRequest request = requestTo(server()->url(QStringLiteral("/hook")));

        m_sender->send(7, request, 10000);
        QCOMPARE(m_sender->inFlight(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);

        QCOMPARE(m_results.first().first, quint64(7));
        const SendResult &result = onlyResult();
        QCOMPARE(result.statusCode, std::optional<int>(200));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.body, QByteArray("thanks"));
        QVERIFY(!result.truncated);
        // startedAt is the (manual) clock's time; the duration is measured, not taken from it.
        QCOMPARE(result.startedAtMs, kStartMs + 123);
        QVERIFY(result.durationMs >= 0 && result.durationMs < kWaitMs);
        // Response headers as they came, in order.
        const qsizetype reply = result.headers.indexOf({"X-Reply", "first"});
        QVERIFY(reply >= 0);
        QCOMPARE(result.headers.indexOf({"X-Other", "second"}), reply + 1);
        QCOMPARE(m_sender->inFlight(), 0);

        // What reached the server: a POST of exactly our body, with our headers in our order.
        QCOMPARE(server()->requestCount(), 1);
        const Server::Request received = server()->requests().constFirst();
        QCOMPARE(received.method, QByteArray("POST"));
        QCOMPARE(received.path, QByteArray("/hook"));
        QCOMPARE(received.body, request.body);
        qsizetype previous = -1;
        for (const auto &[name, value] : request.headers) {
            const qsizetype at = received.headers.indexOf({name, value});
            QVERIFY2(at > previous, name.constData());
            previous = at;
        }
        QCOMPARE(received.header("Content-Length"), QByteArray::number(request.body.size()));
    }

    // Qt reports 4xx/5xx as reply errors too; for us they are answers from the receiver.
    void errorStatusIsAResponse_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
        QTest::newRow("400") << 400;
        QTest::newRow("404") << 404;
        QTest::newRow("410") << 410;
        QTest::newRow("429") << 429;
        QTest::newRow("202") << 202;
        QTest::newRow("204") << 204;
    }

    void errorStatusIsAResponse()
    {
        QFETCH(int, status);
        const QByteArray body = status == 204 ? QByteArray() : QByteArray("no luck");
        server()->setBehaviour(QStringLiteral("/status"),
                               Server::Respond{status, {{"Retry-After", "120"}}, body});

        send(1, QStringLiteral("/status"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::optional<int>(status));
        QCOMPARE(onlyResult().error, QString());
        QCOMPARE(onlyResult().body, body);
        QCOMPARE(headerValue(onlyResult().headers, "Retry-After"), QByteArray("120"));
    }

    void redirectIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void redirectIsNotFollowed()
    {
        QFETCH(int, status);
        const QByteArray target = server()->url(QStringLiteral("/elsewhere")).toEncoded();
        server()->setBehaviour(QStringLiteral("/moved"), Server::Respond{status, {{"Location", target}}, {}});

        send(1, QStringLiteral("/moved"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::optional<int>(status));
        QCOMPARE(onlyResult().error, QString());
        QCOMPARE(headerValue(onlyResult().headers, "Location"), target);
        QCOMPARE(server()->requestCount(), 1);
        QCOMPARE(server()->requests().constFirst().path, QByteArray("/moved"));
    }

    void hangTimesOut()
    {
        server()->setBehaviour(QStringLiteral("/hang"), Server::Hang{});
        QElapsedTimer elapsed;
        elapsed.start();

        send(1, QStringLiteral("/hang"), 300);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::nullopt);
        QCOMPARE(onlyResult().error, QStringLiteral("timed out after 300 ms"));
        QVERIFY2(onlyResult().durationMs >= 250, QByteArray::number(onlyResult().durationMs).constData());
        QVERIFY(elapsed.elapsed() >= 250);
        QCOMPARE(server()->requestCount(), 1);
    }

    // A slow answer inside the timeout is simply an answer.
    void slowAnswerWithinTimeout()
    {
        server()->setBehaviour(QStringLiteral("/slow"), Server::Slow{200, Server::Respond{200, {}, "late"}});

        send(1, QStringLiteral("/slow"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::optional<int>(200));
        QCOMPARE(onlyResult().body, QByteArray("late"));
        QVERIFY(onlyResult().durationMs >= 150);
    }

    void resetIsAnError()
    {
        server()->setBehaviour(QStringLiteral("/reset"), Server::Reset{});

        send(1, QStringLiteral("/reset"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::nullopt);
        QVERIFY(!onlyResult().error.isEmpty());
        QVERIFY2(!onlyResult().error.startsWith(QStringLiteral("timed out")), qPrintable(onlyResult().error));
    }

    void bodyLimit_data()
    {
        QTest::addColumn<Server::Behaviour>("behaviour");
        QTest::addColumn<int>("keptBytes");
        QTest::addColumn<bool>("truncated");

        const int limit = SendResult::kMaxResponseBody;
        QTest::newRow("exactly 64 KiB")
            << Server::Behaviour(Server::Respond{200, {}, QByteArray(limit, 'a')}) << limit << false;
        QTest::newRow("64 KiB + 1") << Server::Behaviour(Server::Respond{200, {}, QByteArray(limit + 1, 'a')})
                                    << limit << true;
        QTest::newRow("10 MiB") << Server::Behaviour(Server::HugeBody{10 * 1024 * 1024}) << limit << true;
    }

    void bodyLimit()
    {
        QFETCH(Server::Behaviour, behaviour);
        QFETCH(int, keptBytes);
        QFETCH(bool, truncated);
        server()->setBehaviour(QStringLiteral("/big"), behaviour);

        send(1, QStringLiteral("/big"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::optional<int>(200));
        QCOMPARE(onlyResult().error, QString());
        QCOMPARE(onlyResult().body.size(), keptBytes);
        QCOMPARE(onlyResult().truncated, truncated);
        QCOMPARE(m_sender->inFlight(), 0);
    }

    void untrustedCertificateIsRefused()
    {
        server()->setPresentUntrustedCertificate(true);

        send(1, QStringLiteral("/hook"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::nullopt);
        QVERIFY(!onlyResult().error.isEmpty());
        QVERIFY2(!onlyResult().error.startsWith(QStringLiteral("timed out")), qPrintable(onlyResult().error));
        // The handshake failed, so no request reached the handler.
        QCOMPARE(server()->requestCount(), 0);
    }

    // The test CA is trusted only because the sender was given it.
    void extraCaIsNeeded()
    {
        makeSender(false);

        send(1, QStringLiteral("/hook"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::nullopt);
        QVERIFY(!onlyResult().error.isEmpty());
        QCOMPARE(server()->requestCount(), 0);
    }

    // A CA list changed at run time (Settings) reaches new attempts, and attempts already in flight
    // finish as they started instead of being cut off with their connection pool.
    void caChangeKeepsAttemptsInFlightAndReachesNewOnes()
    {
        makeSender(false);
        send(1, QStringLiteral("/hook"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::nullopt); // the test CA is not trusted yet
        m_results.clear();

        m_sender->setExtraCas({server()->caCertificate()});
        server()->setBehaviour(QStringLiteral("/slow"), Server::Slow{600, Server::Respond{200, {}, "late"}});
        send(2, QStringLiteral("/slow"));
        QTRY_COMPARE_WITH_TIMEOUT(server()->requestCount(), 1, kWaitMs); // on the wire
        m_sender->setExtraCas({}); // the list changes again while it waits for its answer
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(m_results.first().first, quint64(2));
        QCOMPARE(m_results.first().second.statusCode, std::optional<int>(200));
        QCOMPARE(m_results.first().second.body, QByteArray("late"));

        // New attempts use the new list: the test CA is no longer trusted, pooled connection or not.
        send(3, QStringLiteral("/hook"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 2, kWaitMs);
        QCOMPARE(m_results.last().second.statusCode, std::nullopt);
        QCOMPARE(server()->requestCount(), 1);
    }

    void nonHttpsUrlIsRefused_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("http") << QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(server()->port()));
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/hook"));
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///hook"));
        QTest::newRow("empty") << QUrl();
    }

    void nonHttpsUrlIsRefused()
    {
        QFETCH(QUrl, url);

        m_sender->send(5, requestTo(url), 10000);
        // Never from inside send(): the caller may still be setting up.
        QCOMPARE(m_results.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(m_results.first().first, quint64(5));
        QCOMPARE(onlyResult().statusCode, std::nullopt);
        QVERIFY2(onlyResult().error.contains(QStringLiteral("https")), qPrintable(onlyResult().error));
        QCOMPARE(onlyResult().startedAtMs, kStartMs);
        QCOMPARE(server()->requestCount(), 0);
    }

    // SPEC 8: an IP literal in a refused range is never contacted, even one stored before the
    // rule existed; the attempt fails at once with the reason.
    void refusedLiteralIsNeverContacted_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("cloud metadata") << QStringLiteral("169.254.169.254");
        QTest::newRow("link-local IPv6") << QStringLiteral("[fe80::1]");
        QTest::newRow("IPv4-mapped metadata") << QStringLiteral("[::ffff:169.254.169.254]");
        QTest::newRow("this network") << QStringLiteral("0.0.0.0");
    }

    void refusedLiteralIsNeverContacted()
    {
        QFETCH(QString, host);
        const int connectionsBefore = server()->connectionCount();
        m_sender->send(
            7, requestTo(QUrl(QStringLiteral("https://%1:%2/hook").arg(host).arg(server()->port()))), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::nullopt);
        QVERIFY2(onlyResult().error.startsWith(QStringLiteral("refused:")), qPrintable(onlyResult().error));
        QVERIFY2(onlyResult().error.contains(QStringLiteral("no connection was made")),
                 qPrintable(onlyResult().error));
        QCOMPARE(server()->connectionCount(), connectionsBefore);
    }

    // A host name is checked by every address it resolves to: one refused address is enough.
    void nameResolvingToARefusedAddressIsNeverContacted()
    {
        QStringList asked;
        const int connectionsBefore = server()->connectionCount();
        m_sender->setResolver([&asked](const QString &host, QObject *,
                                       std::function<void(QList<QHostAddress>, QString)> answer) {
            asked.append(host);
            answer(
                {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("169.254.169.254"))},
                QString());
        });
        m_sender->send(
            8, requestTo(QUrl(QStringLiteral("https://metadata.test:%1/hook").arg(server()->port()))), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(asked, QStringList{QStringLiteral("metadata.test")});
        QVERIFY2(onlyResult().error.contains(QStringLiteral("metadata.test resolves to 169.254.169.254")),
                 qPrintable(onlyResult().error));
        QCOMPARE(server()->connectionCount(), connectionsBefore);
        QCOMPARE(server()->requestCount(), 0);
    }

    void nameResolvingToAllowedAddressesIsDelivered()
    {
        m_sender->setResolver(
            [](const QString &, QObject *, std::function<void(QList<QHostAddress>, QString)> answer) {
                answer({QHostAddress(QStringLiteral("127.0.0.1"))}, QString());
            });
        m_sender->send(9, requestTo(QUrl(QStringLiteral("https://localhost:%1/named").arg(server()->port()))),
                       10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::optional<int>(200));
        QCOMPARE(server()->requestCount(), 1);
    }

    // --deny-cidr reaches delivery too: here loopback itself is refused, then allowed again for
    // one address with --allow-cidr.
    void operatorListsApplyAtDelivery()
    {
        const Result<OutboundPolicy> denyLoopback = OutboundPolicy::withLists({u"127.0.0.0/8"_qs}, {});
        QVERIFY(denyLoopback.ok());
        m_sender->setOutboundPolicy(*denyLoopback);
        const int connectionsBefore = server()->connectionCount();
        m_sender->send(10, requestTo(QUrl(u"https://127.0.0.1:%1/hook"_qs.arg(server()->port()))), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QVERIFY2(onlyResult().error.contains(u"127.0.0.0/8"_qs), qPrintable(onlyResult().error));
        QCOMPARE(server()->connectionCount(), connectionsBefore);

        m_results.clear();
        const Result<OutboundPolicy> allowOne =
            OutboundPolicy::withLists({u"127.0.0.0/8"_qs}, {u"127.0.0.1/32"_qs});
        QVERIFY(allowOne.ok());
        m_sender->setOutboundPolicy(*allowOne);
        m_sender->send(11, requestTo(QUrl(u"https://127.0.0.1:%1/hook"_qs.arg(server()->port()))), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::optional<int>(200));
    }

    // The connection goes to the address that was checked: a second lookup (by QNAM, or a DNS
    // answer that changed meanwhile) never decides where it goes. The name here resolves only
    // through the scripted resolver, so a second lookup would fail; the receiver still sees its
    // name in Host, and TLS checks the certificate against it.
    void deliveryGoesToTheCheckedAddress()
    {
        const QString name = QString::fromLatin1(TestHttpsServer::kPinnedName);
        m_sender->setResolver(
            [](const QString &, QObject *, std::function<void(QList<QHostAddress>, QString)> answer) {
                answer({QHostAddress(QStringLiteral("127.0.0.1"))}, QString());
            });
        m_sender->send(12, requestTo(QUrl(u"https://%1:%2/pinned"_qs.arg(name).arg(server()->port()))),
                       10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QVERIFY2(onlyResult().statusCode == std::optional<int>(200), qPrintable(onlyResult().error));
        QCOMPARE(server()->requests().constLast().header("Host"),
                 QStringLiteral("%1:%2").arg(name).arg(server()->port()).toLatin1());
    }

    void unresolvableNameIsAFailedAttempt()
    {
        m_sender->setResolver(
            [](const QString &, QObject *, std::function<void(QList<QHostAddress>, QString)> answer) {
                answer({}, QStringLiteral("Host not found"));
            });
        m_sender->send(10, requestTo(QUrl(QStringLiteral("https://nowhere.test/hook"))), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().error, QStringLiteral("cannot resolve nowhere.test: Host not found"));
    }

    void keepAliveReusesConnections()
    {
        const int connectionsBefore = server()->connectionCount();
        for (quint64 token = 1; token <= 5; ++token) {
            send(token, QStringLiteral("/hook"));
            QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), int(token), kWaitMs);
            QCOMPARE(m_results.last().second.statusCode, std::optional<int>(200));
        }
        QCOMPARE(server()->requestCount(), 5);
        const int opened = server()->connectionCount() - connectionsBefore;
        QVERIFY2(opened >= 1 && opened <= 2, QByteArray::number(opened).constData());
    }

    // Every send gets exactly one finished(), whatever happens to it, even all at once.
    void exactlyOneFinishedPerSend()
    {
        server()->setBehaviour(QStringLiteral("/hang"), Server::Hang{});
        server()->setBehaviour(QStringLiteral("/reset"), Server::Reset{});
        server()->setBehaviour(QStringLiteral("/500"), Server::Respond{500, {}, "oops"});
        server()->setBehaviour(QStringLiteral("/huge"), Server::HugeBody{4 * 1024 * 1024});
        server()->setBehaviour(QStringLiteral("/slow"), Server::Slow{100, Server::Respond{}});

        const QStringList paths = {QStringLiteral("/hook"), QStringLiteral("/hang"), QStringLiteral("/reset"),
                                   QStringLiteral("/500"),  QStringLiteral("/huge"), QStringLiteral("/slow"),
                                   QStringLiteral("/hook"), QStringLiteral("/500")};
        for (int i = 0; i < paths.size(); ++i)
            send(quint64(100 + i), paths.at(i), 500);
        m_sender->send(200, requestTo(QUrl(QStringLiteral("http://127.0.0.1/hook"))), 500);
        const int sent = int(paths.size()) + 1;

        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), sent, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_sender->inFlight(), 0, kWaitMs);
        // A round trip more: a late duplicate of any of the above would have come by now.
        send(300, QStringLiteral("/hook"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), sent + 1, kWaitMs);
        QCOMPARE(m_results.last().first, quint64(300));

        QSet<quint64> tokens;
        for (const auto &[token, result] : std::as_const(m_results))
            tokens.insert(token);
        QCOMPARE(tokens.size(), sent + 1);
    }

    void abortAll()
    {
        server()->setBehaviour(QStringLiteral("/hang"), Server::Hang{});
        send(1, QStringLiteral("/hang"), 60000);
        send(2, QStringLiteral("/hang"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(server()->requestCount(), 2, kWaitMs);
        QCOMPARE(m_sender->inFlight(), 2);
        QCOMPARE(m_results.size(), 0);

        m_sender->abortAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 2, kWaitMs);
        QCOMPARE(m_sender->inFlight(), 0);
        for (const auto &[token, result] : std::as_const(m_results)) {
            QCOMPARE(result.statusCode, std::nullopt);
            QVERIFY(!result.error.isEmpty());
            QVERIFY2(!result.error.startsWith(QStringLiteral("timed out")), qPrintable(result.error));
        }

        // The sender is still usable afterwards.
        send(3, QStringLiteral("/hook"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 3, kWaitMs);
        QCOMPARE(m_results.last().second.statusCode, std::optional<int>(200));
    }

    // Requests still in flight when the sender goes away must not crash or call back.
    void destroyedWithRequestsInFlight()
    {
        server()->setBehaviour(QStringLiteral("/hang"), Server::Hang{});
        send(1, QStringLiteral("/hang"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(server()->requestCount(), 1, kWaitMs);
        m_sender.reset();
        QCOMPARE(m_results.size(), 0);
    }

    void loadCaFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return QString();
            return file.fileName();
        };
        const QByteArray caPem = server()->caCertificate().toPem();
        const QString one = write(QStringLiteral("one.pem"), caPem);
        const QString two = write(QStringLiteral("two.pem"), "some words first\n" + caPem + caPem);
        const QString junk = write(QStringLiteral("junk.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");
        const QString missing = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(!one.isEmpty() && !two.isEmpty() && !junk.isEmpty());

        const Result<QList<QSslCertificate>> loaded = HttpSender::loadCaFiles({one, two});
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 3);
        QCOMPARE(loaded->first(), server()->caCertificate());

        const Result<QList<QSslCertificate>> none = HttpSender::loadCaFiles({});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());

        for (const QString &bad : {junk, missing}) {
            const Result<QList<QSslCertificate>> refused = HttpSender::loadCaFiles({one, bad});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::BadUserInput);
            QVERIFY2(refused.error().message.contains(bad), qPrintable(refused.error().message));
        }
    }

    // Certificates loaded from files are what the sender then trusts.
    void loadedCaIsTrusted()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(server()->caCertificate().toPem());
        file.close();
        const Result<QList<QSslCertificate>> loaded = HttpSender::loadCaFiles({file.fileName()});
        QVERIFY(loaded.ok());

        m_results.clear();
        m_sender = std::make_unique<HttpSender>(m_clock, *loaded);
        connect(m_sender.get(), &HttpSender::finished, this, [this](quint64 token, const SendResult &result) {
            m_results.append({token, result});
        });
        send(1, QStringLiteral("/hook"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, kWaitMs);
        QCOMPARE(onlyResult().statusCode, std::optional<int>(200));
    }
};

QTEST_GUILESS_MAIN(TestHttpSender)
#include "tst_httpsender.moc"
