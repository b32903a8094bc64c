#include "delivery/outgoingrequest.h"
#include "delivery/signature.h"

#include <QTest>

using namespace hookboard;

namespace {
const QString kSpecSecret = QStringLiteral("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
const QString kOldSecret = QStringLiteral("whsec_GBcWFRQTEhEQDw4NDAsKCQgHBgUEAwIB");
const qint64 kOccurredAtMs = 1795435200000; // 2026-11-23T12:00:00.000Z
const qint64 kAttemptAtMs = 1795435205000;  // webhook-timestamp 1795435205
const QByteArray kSpecData = "{\"id\":1001,\"status\":\"IN_PROGRESS\"}";
const QByteArray kSpecBody = "{\"event_id\":42,\"subscription_id\":7,\"receiver_id\":3,\"resource\":\"RUNS\","
                             "\"action\":\"CREATE\",\"occurred_at\":\"2026-11-23T12:00:00.000Z\","
                             "\"data\":{\"id\":1001,\"status\":\"IN_PROGRESS\"}}";
// The SPEC body as application/x-www-form-urlencoded, written out by hand (the same text as in
// tst_signature, whose signatures were computed with openssl).
const QByteArray kFormBody = "payload=%7B%22event_id%22%3A42%2C%22subscription_id%22%3A7%2C%22receiver_id%22%"
                             "3A3%2C%22resource%22%3A%22"
                             "RUNS%22%2C%22action%22%3A%22CREATE%22%2C%22occurred_at%22%3A%222026-11-23T12%"
                             "3A00%3A00.000Z%22%2C%22data%22"
                             "%3A%7B%22id%22%3A1001%2C%22status%22%3A%22IN_PROGRESS%22%7D%7D";
const QByteArray kSpecStandardSignature = "v1,Je5Nwj+lMgC+qVBLGWBdE91Vqsxc49PBWpoQzIyl/0E=";
const QByteArray kSpecGithubSignature =
    "sha256=2aa4f925500e6180d5cf6bee868271e61619ae70d1daa9e14463b5884f86ac22";

Event specEvent()
{
    Event event;
    event.id = 42;
    event.subscriptionId = 7;
    event.receiverId = 3;
    event.resource = QStringLiteral("RUNS");
    event.action = QStringLiteral("CREATE");
    event.payload = kSpecData;
    event.createdAtMs = kOccurredAtMs;
    return event;
}

Receiver specReceiver()
{
    Receiver receiver;
    receiver.id = 3;
    receiver.name = QStringLiteral("ERP");
    receiver.webhookUri = QStringLiteral("https://erp.example.com/hooks/ion?tenant=7");
    receiver.sharedSecret = kSpecSecret;
    return receiver;
}

QByteArray header(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QList<QByteArray> names(const HttpHeaders &headers)
{
    QList<QByteArray> result;
    for (const auto &pair : headers)
        result.append(pair.first);
    return result;
}
} // namespace

class TestOutgoingRequest : public QObject
{
    Q_OBJECT

private slots:
    // SPEC §3's test vector, every header and byte of it.
    void specVector()
    {
        const OutgoingRequest request = buildRequest(specEvent(), specReceiver(), kAttemptAtMs);

        QCOMPARE(request.url, QUrl(QStringLiteral("https://erp.example.com/hooks/ion?tenant=7")));
        QCOMPARE(request.body, kSpecBody);
        const HttpHeaders expected = {
            {"Content-Type", "application/json"},
            {"User-Agent", QByteArrayLiteral("Hookboard/" HOOKBOARD_VERSION)},
            {"webhook-id", "evt_42"},
            {"webhook-timestamp", "1795435205"},
            {"webhook-signature", kSpecStandardSignature},
            {"X-Hub-Signature-256", kSpecGithubSignature},
        };
        QCOMPARE(request.headers, expected);
    }

    // The timestamp is whole seconds of the attempt, rounded down.
    void timestampIsSecondsOfTheAttempt()
    {
        const OutgoingRequest request = buildRequest(specEvent(), specReceiver(), kAttemptAtMs + 999);
        QCOMPARE(header(request.headers, "webhook-timestamp"), QByteArray("1795435205"));
        QCOMPARE(header(request.headers, "webhook-signature"), kSpecStandardSignature);
    }

    void bodyKeepsPayloadVerbatim_data()
    {
        QTest::addColumn<QByteArray>("payload");

        QTest::newRow("big integer") << QByteArray("{\"id\":12345678901234567890}");
        QTest::newRow("negative big integer") << QByteArray("{\"n\":-98765432109876543210987654321}");
        QTest::newRow("number text kept") << QByteArray("{\"a\":1.50,\"b\":1e400,\"c\":-0.0,\"d\":2E-7}");
        QTest::newRow("member order kept")
            << QByteArray("{\"z\":1,\"a\":2,\"m\":{\"y\":[3,2,1],\"b\":null}}");
        QTest::newRow("string escapes kept")
            << QByteArray("{\"s\":\"caf\\u00e9 \\\"quoted\\\" \\/ line\\nbreak\",\"t\":\"\xc3\xa9\"}");
        QTest::newRow("duplicate members kept") << QByteArray("{\"k\":1,\"k\":2}");
    }

    void bodyKeepsPayloadVerbatim()
    {
        QFETCH(QByteArray, payload);
        Event event = specEvent();
        event.payload = payload;

        const QByteArray body = requestBody(event, specReceiver());
        const QByteArray prefix =
            "{\"event_id\":42,\"subscription_id\":7,\"receiver_id\":3,\"resource\":\"RUNS\","
            "\"action\":\"CREATE\",\"occurred_at\":\"2026-11-23T12:00:00.000Z\",\"data\":";
        QCOMPARE(body, prefix + payload + '}');
    }

    void occurredAtKeepsMilliseconds()
    {
        Event event = specEvent();
        event.createdAtMs = kOccurredAtMs + 7;
        QVERIFY(requestBody(event, specReceiver()).contains("\"occurred_at\":\"2026-11-23T12:00:00.007Z\""));
    }

    void formEncoding()
    {
        Receiver receiver = specReceiver();
        receiver.contentType = QStringLiteral("application/x-www-form-urlencoded");

        const OutgoingRequest request = buildRequest(specEvent(), receiver, kAttemptAtMs);
        QCOMPARE(request.body, kFormBody);
        QCOMPARE(header(request.headers, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        // Signatures cover the bytes sent, that is the encoded form (values from tst_signature).
        QCOMPARE(header(request.headers, "webhook-signature"),
                 QByteArray("v1,7qQsrv0FT8NLhF02m/GXUJDrC7v3q7l6hKEzXegW4AM="));
        QCOMPARE(header(request.headers, "X-Hub-Signature-256"),
                 QByteArray("sha256=6d037d40c3ff0f844eac7d06dd77125e379ce34ef8138885391b7dc8353444e6"));
        // A form decoder gets the JSON back exactly.
        QVERIFY(request.body.startsWith("payload="));
        QCOMPARE(QByteArray::fromPercentEncoding(request.body.mid(8)), kSpecBody);
    }

    void formEncodingKeepsOnlyUnreservedCharacters()
    {
        Receiver receiver = specReceiver();
        receiver.contentType = QStringLiteral("application/x-www-form-urlencoded");
        Event event = specEvent();
        event.payload = "{\"s\":\"a b+c&d=e%f~g-h.i_j\"}";

        const QByteArray body = requestBody(event, receiver);
        QVERIFY(body.endsWith("%7B%22s%22%3A%22a%20b%2Bc%26d%3De%25f~g-h.i_j%22%7D%7D"));
        QCOMPARE(QByteArray::fromPercentEncoding(body.mid(8)), requestBody(event, specReceiver()));
    }

    void testEventHasNullSubscription()
    {
        Event event = specEvent();
        event.subscriptionId.reset();
        event.test = true;

        const QByteArray body = requestBody(event, specReceiver());
        QCOMPARE(body, QByteArray(kSpecBody).replace("\"subscription_id\":7", "\"subscription_id\":null"));
    }

    void rotatedSecret_data()
    {
        QTest::addColumn<QString>("previousSecret");
        QTest::addColumn<qint64>("expiresAtMs");
        QTest::addColumn<bool>("bothSigned");

        QTest::newRow("within grace period") << kOldSecret << kAttemptAtMs + 3600'000 << true;
        QTest::newRow("last millisecond of grace") << kOldSecret << kAttemptAtMs + 1 << true;
        QTest::newRow("grace ends now") << kOldSecret << kAttemptAtMs << false;
        QTest::newRow("grace over") << kOldSecret << kAttemptAtMs - 1 << false;
        QTest::newRow("no previous secret") << QString() << kAttemptAtMs + 3600'000 << false;
    }

    void rotatedSecret()
    {
        QFETCH(QString, previousSecret);
        QFETCH(qint64, expiresAtMs);
        QFETCH(bool, bothSigned);
        Receiver receiver = specReceiver();
        receiver.previousSecret = previousSecret;
        receiver.previousSecretExpiresAtMs = expiresAtMs;

        const OutgoingRequest request = buildRequest(specEvent(), receiver, kAttemptAtMs);
        const QList<QByteArray> signatures = header(request.headers, "webhook-signature").split(' ');
        QCOMPARE(signatures.first(), kSpecStandardSignature);
        if (bothSigned) {
            QCOMPARE(signatures.size(), 2);
            QCOMPARE(signatures.at(1),
                     signature::standardWebhooks(kOldSecret, "evt_42", 1795435205, kSpecBody));
            QVERIFY(signatures.at(1) != kSpecStandardSignature);
        } else {
            QCOMPARE(signatures.size(), 1);
        }
        // GitHub's header has room for one signature: always the current secret's.
        QCOMPARE(header(request.headers, "X-Hub-Signature-256"), kSpecGithubSignature);
    }

    void customHeadersKeepTheirOrder()
    {
        Receiver receiver = specReceiver();
        receiver.headers = {{11, QStringLiteral("X-Tenant"), QStringLiteral("acme")},
                            {12, QStringLiteral("Authorization"), QStringLiteral("Bearer abc")},
                            {13, QStringLiteral("X-Api-Key"), QStringLiteral("k\u00e9y")}};

        const OutgoingRequest request = buildRequest(specEvent(), receiver, kAttemptAtMs);
        const QList<QByteArray> expectedNames = {
            "Content-Type", "User-Agent",        "X-Tenant",          "Authorization",      "X-Api-Key",
            "webhook-id",   "webhook-timestamp", "webhook-signature", "X-Hub-Signature-256"};
        QCOMPARE(names(request.headers), expectedNames);
        QCOMPARE(header(request.headers, "Authorization"), QByteArray("Bearer abc"));
        QCOMPARE(header(request.headers, "X-Api-Key"), QByteArray("k\xc3\xa9y"));
        // Custom headers are not signed, so they leave the signatures alone.
        QCOMPARE(header(request.headers, "webhook-signature"), kSpecStandardSignature);
    }

    void bodyIdenticalAcrossAttempts()
    {
        const OutgoingRequest first = buildRequest(specEvent(), specReceiver(), kAttemptAtMs);
        const OutgoingRequest retry =
            buildRequest(specEvent(), specReceiver(), kAttemptAtMs + 5 * 60'000 + 321);

        QCOMPARE(retry.body, first.body);
        QCOMPARE(header(retry.headers, "webhook-id"), header(first.headers, "webhook-id"));
        QCOMPARE(header(retry.headers, "webhook-timestamp"), QByteArray("1795435505"));
        QVERIFY(header(retry.headers, "webhook-signature") != header(first.headers, "webhook-signature"));
        QCOMPARE(header(retry.headers, "webhook-signature"),
                 signature::standardWebhooks(kSpecSecret, "evt_42", 1795435505, kSpecBody));
        QCOMPARE(header(retry.headers, "X-Hub-Signature-256"), kSpecGithubSignature);
    }
};

QTEST_GUILESS_MAIN(TestOutgoingRequest)
#include "tst_outgoingrequest.moc"
