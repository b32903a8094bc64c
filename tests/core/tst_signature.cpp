#include "delivery/signature.h"

#include <QTest>

using namespace hookboard;

namespace {
const QString kSpecSecret = QStringLiteral("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
const QByteArray kSpecBody =
    R"({"event_id":42,"subscription_id":7,"receiver_id":3,"resource":"RUNS","action":"CREATE","occurred_at":"2026-11-23T12:00:00.000Z","data":{"id":1001,"status":"IN_PROGRESS"}})";
// The same body as application/x-www-form-urlencoded: "payload=" + the JSON, percent-encoded.
const QByteArray kFormBody = "payload=%7B%22event_id%22%3A42%2C%22subscription_id%22%3A7%2C%22receiver_id%22%"
                             "3A3%2C%22resource%22%3A%22"
                             "RUNS%22%2C%22action%22%3A%22CREATE%22%2C%22occurred_at%22%3A%222026-11-23T12%"
                             "3A00%3A00.000Z%22%2C%22data%22"
                             "%3A%7B%22id%22%3A1001%2C%22status%22%3A%22IN_PROGRESS%22%7D%7D";
} // namespace

// The expected values of the non-SPEC rows were computed with `openssl dgst -sha256 -mac HMAC`, not
// with the code under test.
class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void standardWebhooks_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("webhookId");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("SPEC §3 vector")
            << kSpecSecret << QByteArray("evt_42") << qint64(1795435205) << kSpecBody
            << QByteArray("v1,Je5Nwj+lMgC+qVBLGWBdE91Vqsxc49PBWpoQzIyl/0E=");
        QTest::newRow("form-urlencoded body")
            << kSpecSecret << QByteArray("evt_42") << qint64(1795435205) << kFormBody
            << QByteArray("v1,7qQsrv0FT8NLhF02m/GXUJDrC7v3q7l6hKEzXegW4AM=");
        QTest::newRow("64-byte key")
            << QStringLiteral("whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1"
                              "Njc4OTo7PD0+Pw==")
            << QByteArray("evt_7") << qint64(1700000000) << QByteArray(R"({"a":1})")
            << QByteArray("v1,xQF++T1P4gtXEIzB12k5FkT8f12+CUgWIgING/Yr4Zw=");
    }

    void standardWebhooks()
    {
        QFETCH(QString, secret);
        QFETCH(QByteArray, webhookId);
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        QCOMPARE(signature::standardWebhooks(secret, webhookId, timestamp, body), expected);
    }

    void github_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("SPEC §3 vector")
            << kSpecSecret << kSpecBody
            << QByteArray("sha256=2aa4f925500e6180d5cf6bee868271e61619ae70d1daa9e14463b5884f86ac22");
        QTest::newRow("form-urlencoded body")
            << kSpecSecret << kFormBody
            << QByteArray("sha256=6d037d40c3ff0f844eac7d06dd77125e379ce34ef8138885391b7dc8353444e6");
    }

    void github()
    {
        QFETCH(QString, secret);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        QCOMPARE(signature::github(secret, body), expected);
    }

    // The signature covers id and timestamp, so a replayed body under another id must not verify.
    void standardWebhooksDependsOnIdAndTimestamp()
    {
        const QByteArray base = signature::standardWebhooks(kSpecSecret, "evt_42", 1795435205, kSpecBody);
        QVERIFY(signature::standardWebhooks(kSpecSecret, "evt_43", 1795435205, kSpecBody) != base);
        QVERIFY(signature::standardWebhooks(kSpecSecret, "evt_42", 1795435206, kSpecBody) != base);
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
