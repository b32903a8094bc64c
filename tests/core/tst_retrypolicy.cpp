#include "delivery/retrypolicy.h"

#include <QTest>
#include <cmath>

using namespace hookboard;

namespace {
const qint64 kNow = 1795435205000; // Mon, 23 Nov 2026 12:00:05 GMT
const double kLowest = 0.0;
const double kMiddle = 0.5;
const double kHighest = std::nextafter(1.0, 0.0); // the largest value a [0, 1) source gives

RetryPolicy pinned(double random, QList<int> schedule = RetryPolicy::defaultScheduleSeconds())
{
    return RetryPolicy(std::move(schedule), RetryPolicy::kDefaultJitter, [random] { return random; });
}

SendResult response(int status, HttpHeaders headers = {})
{
    SendResult result;
    result.startedAtMs = kNow - 120;
    result.durationMs = 120;
    result.statusCode = status;
    result.headers = std::move(headers);
    return result;
}

SendResult noResponse(const QString &error)
{
    SendResult result;
    result.startedAtMs = kNow - 15000;
    result.durationMs = 15000;
    result.error = error;
    return result;
}
} // namespace

Q_DECLARE_METATYPE(Verdict::Kind)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultSchedule()
    {
        const QList<int> expected = {5, 300, 1800, 7200, 18000, 36000, 36000};
        QCOMPARE(RetryPolicy::defaultScheduleSeconds(), expected);
        QCOMPARE(RetryPolicy().scheduleSeconds(), expected);
    }

    void scheduleSteps_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedDelayMs");

        const QList<qint64> steps = {5'000,      300'000,    1'800'000, 7'200'000,
                                     18'000'000, 36'000'000, 36'000'000};
        for (int i = 0; i < steps.size(); ++i) {
            const int attempt = i + 1;
            const qint64 base = steps.at(i);
            QTest::addRow("after attempt %d, -20%%", attempt) << attempt << kLowest << base * 8 / 10;
            QTest::addRow("after attempt %d, exact", attempt) << attempt << kMiddle << base;
            QTest::addRow("after attempt %d, +20%%", attempt) << attempt << kHighest << base * 12 / 10;
        }
    }

    void scheduleSteps()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(qint64, expectedDelayMs);
        const RetryPolicy policy = pinned(random);

        QCOMPARE(policy.delayAfterMs(attempt), std::optional<qint64>(expectedDelayMs));
        const Verdict verdict = policy.decide(attempt, 200, response(500), kNow);
        QCOMPARE(verdict.kind, Verdict::Kind::Retry);
        QCOMPARE(verdict.nextAttemptAtMs, std::optional<qint64>(kNow + expectedDelayMs));
        QCOMPARE(verdict.reason, QStringLiteral("HTTP 500"));
    }

    // The real random source stays inside the ±20 % band.
    void defaultRandomStaysWithinJitter()
    {
        const RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const std::optional<qint64> delay = policy.delayAfterMs(2);
            QVERIFY(delay);
            QVERIFY2(*delay >= 240'000 && *delay <= 360'000, QByteArray::number(*delay).constData());
        }
    }

    void eighthFailureFails()
    {
        const RetryPolicy policy = pinned(kMiddle);
        QVERIFY(!policy.delayAfterMs(8));
        QVERIFY(!policy.delayAfterMs(9));

        const Verdict verdict = policy.decide(8, 200, response(500), kNow);
        QCOMPARE(verdict.kind, Verdict::Kind::Failed);
        QVERIFY(!verdict.nextAttemptAtMs);
        QVERIFY2(verdict.reason.startsWith(QStringLiteral("HTTP 500")), qPrintable(verdict.reason));

        // A resend continues the numbering, so its one manual attempt also ends the event.
        QCOMPARE(policy.decide(9, 200, response(500), kNow).kind, Verdict::Kind::Failed);
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("expectedCode");
        QTest::addColumn<SendResult>("result");
        QTest::addColumn<Verdict::Kind>("kind");
        QTest::addColumn<QString>("reasonStart");

        QTest::newRow("200 expected 200") << 200 << response(200) << Verdict::Kind::Succeeded << "HTTP 200";
        QTest::newRow("202 expected 202") << 202 << response(202) << Verdict::Kind::Succeeded << "HTTP 202";
        QTest::newRow("200 expected 202") << 202 << response(200) << Verdict::Kind::Retry << "HTTP 200";
        QTest::newRow("204 expected 200") << 200 << response(204) << Verdict::Kind::Retry << "HTTP 204";
        QTest::newRow("301 is a failure")
            << 200 << response(301) << Verdict::Kind::Retry << "HTTP 301 (redirects";
        QTest::newRow("302 is a failure")
            << 200 << response(302) << Verdict::Kind::Retry << "HTTP 302 (redirects";
        QTest::newRow("308 is a failure")
            << 200 << response(308) << Verdict::Kind::Retry << "HTTP 308 (redirects";
        QTest::newRow("400") << 200 << response(400) << Verdict::Kind::Retry << "HTTP 400";
        QTest::newRow("500") << 200 << response(500) << Verdict::Kind::Retry << "HTTP 500";
        QTest::newRow("timeout") << 200 << noResponse(QStringLiteral("timed out after 15000 ms"))
                                 << Verdict::Kind::Retry << "timed out after 15000 ms";
        QTest::newRow("TLS error") << 200
                                   << noResponse(
                                          QStringLiteral("The certificate is self-signed, and untrusted"))
                                   << Verdict::Kind::Retry << "The certificate is self-signed";
        QTest::newRow("410 Gone") << 200 << response(410) << Verdict::Kind::DisableReceiver
                                  << "HTTP 410 Gone";
        QTest::newRow("410 when expected") << 410 << response(410) << Verdict::Kind::Succeeded << "HTTP 410";
        QTest::newRow("Retry-After on 500 ignored")
            << 200 << response(500, {{"Retry-After", "3600"}}) << Verdict::Kind::Retry << "HTTP 500";
    }

    void outcomes()
    {
        QFETCH(int, expectedCode);
        QFETCH(SendResult, result);
        QFETCH(Verdict::Kind, kind);
        QFETCH(QString, reasonStart);

        const Verdict verdict = pinned(kMiddle).decide(1, expectedCode, result, kNow);
        QCOMPARE(verdict.kind, kind);
        QVERIFY2(verdict.reason.startsWith(reasonStart), qPrintable(verdict.reason));
        if (kind == Verdict::Kind::Retry)
            QCOMPARE(verdict.nextAttemptAtMs,
                     std::optional<qint64>(kNow + 5000)); // the schedule's first step
        else
            QVERIFY(!verdict.nextAttemptAtMs);
    }

    // 410 disables the receiver even when no attempts remain: it says more than "failed".
    void goneOnLastAttempt()
    {
        QCOMPARE(pinned(kMiddle).decide(8, 200, response(410), kNow).kind, Verdict::Kind::DisableReceiver);
    }

    void retryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<qint64>("expectedDelayMs"); // -1: the schedule's delay

        const qint64 day = 24LL * 3600 * 1000;
        QTest::newRow("429 delta seconds")
            << 429 << QByteArray("Retry-After") << QByteArray("120") << kNow << qint64(120'000);
        QTest::newRow("503 delta seconds")
            << 503 << QByteArray("Retry-After") << QByteArray("7") << kNow << qint64(7'000);
        QTest::newRow("zero") << 429 << QByteArray("Retry-After") << QByteArray("0") << kNow << qint64(0);
        QTest::newRow("lower-case name, spaces")
            << 429 << QByteArray("retry-after") << QByteArray("  60 ") << kNow << qint64(60'000);
        QTest::newRow("429 IMF-fixdate")
            << 429 << QByteArray("Retry-After") << QByteArray("Mon, 23 Nov 2026 12:01:35 GMT") << kNow
            << qint64(90'000);
        QTest::newRow("503 IMF-fixdate")
            << 503 << QByteArray("Retry-After") << QByteArray("Mon, 23 Nov 2026 13:00:05 GMT") << kNow
            << qint64(3'600'000);
        QTest::newRow("RFC 850 date")
            << 503 << QByteArray("Retry-After") << QByteArray("Monday, 23-Nov-26 12:01:35 GMT") << kNow
            << qint64(90'000);
        QTest::newRow("RFC 850 date, wrong day name")
            << 503 << QByteArray("Retry-After") << QByteArray("Sunday, 23-Nov-26 12:01:35 GMT") << kNow
            << qint64(-1);
        QTest::newRow("asctime date")
            << 429 << QByteArray("Retry-After") << QByteArray("Tue Dec  1 12:00:05 2026")
            << qint64(1796126340000) << qint64(65'000);
        QTest::newRow("date in the past: now")
            << 429 << QByteArray("Retry-After") << QByteArray("Mon, 23 Nov 2026 11:59:35 GMT") << kNow
            << qint64(0);
        QTest::newRow("delta capped at 24 h")
            << 429 << QByteArray("Retry-After") << QByteArray("86401") << kNow << day;
        QTest::newRow("huge delta capped")
            << 503 << QByteArray("Retry-After") << QByteArray("99999999999999999999999") << kNow << day;
        QTest::newRow("date capped at 24 h")
            << 429 << QByteArray("Retry-After") << QByteArray("Wed, 25 Nov 2026 12:00:05 GMT") << kNow << day;
        QTest::newRow("junk word") << 429 << QByteArray("Retry-After") << QByteArray("soon") << kNow
                                   << qint64(-1);
        QTest::newRow("negative") << 429 << QByteArray("Retry-After") << QByteArray("-5") << kNow
                                  << qint64(-1);
        QTest::newRow("fraction") << 503 << QByteArray("Retry-After") << QByteArray("1.5") << kNow
                                  << qint64(-1);
        QTest::newRow("empty") << 503 << QByteArray("Retry-After") << QByteArray("") << kNow << qint64(-1);
        QTest::newRow("date without zone") << 429 << QByteArray("Retry-After")
                                           << QByteArray("Mon, 23 Nov 2026 12:01:35") << kNow << qint64(-1);
        QTest::newRow("impossible date") << 429 << QByteArray("Retry-After")
                                         << QByteArray("Mon, 31 Nov 2026 12:01:35 GMT") << kNow << qint64(-1);
        QTest::newRow("absent") << 429 << QByteArray("X-Retry") << QByteArray("120") << kNow << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(qint64, nowMs);
        QFETCH(qint64, expectedDelayMs);

        const Verdict verdict = pinned(kMiddle).decide(2, 200, response(status, {{name, value}}), nowMs);
        QCOMPARE(verdict.kind, Verdict::Kind::Retry);
        if (expectedDelayMs < 0) {
            QCOMPARE(verdict.nextAttemptAtMs, std::optional<qint64>(nowMs + 300'000));
            QCOMPARE(verdict.reason, QStringLiteral("HTTP %1").arg(status));
        } else {
            QCOMPARE(verdict.nextAttemptAtMs, std::optional<qint64>(nowMs + expectedDelayMs));
            QVERIFY2(verdict.reason.contains(QStringLiteral("Retry-After")), qPrintable(verdict.reason));
        }
    }

    // Retry-After moves the next attempt but still uses one up.
    void retryAfterCountsTowardTheLimit()
    {
        const RetryPolicy policy = pinned(kMiddle);
        const SendResult busy = response(429, {{"Retry-After", "10"}});
        QCOMPARE(policy.decide(7, 200, busy, kNow).kind, Verdict::Kind::Retry);
        const Verdict last = policy.decide(8, 200, busy, kNow);
        QCOMPARE(last.kind, Verdict::Kind::Failed);
        QVERIFY(!last.nextAttemptAtMs);
    }

    void retryAfterParsesRfc850Centuries()
    {
        // Two-digit years more than 50 years ahead belong to the previous century (RFC 9110 §5.6.7).
        const qint64 at1994 = QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(RetryPolicy::retryAfterMs({{"Retry-After", "Sunday, 06-Nov-94 08:49:47 GMT"}}, at1994),
                 std::optional<qint64>(10'000));
        const qint64 at2030 = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(RetryPolicy::retryAfterMs({{"Retry-After", "Tuesday, 01-Jan-30 00:01:00 GMT"}}, at2030),
                 std::optional<qint64>(60'000));
    }

    void customShortSchedule()
    {
        const RetryPolicy policy({1, 30}, 0.0, [] { return 0.9; });
        QCOMPARE(policy.scheduleSeconds(), QList<int>({1, 30}));

        Verdict verdict = policy.decide(1, 200, response(502), kNow);
        QCOMPARE(verdict.kind, Verdict::Kind::Retry);
        QCOMPARE(verdict.nextAttemptAtMs, std::optional<qint64>(kNow + 1000));
        verdict = policy.decide(2, 200, response(502), kNow);
        QCOMPARE(verdict.kind, Verdict::Kind::Retry);
        QCOMPARE(verdict.nextAttemptAtMs, std::optional<qint64>(kNow + 30'000));
        verdict = policy.decide(3, 200, response(502), kNow);
        QCOMPARE(verdict.kind, Verdict::Kind::Failed);
    }

    void emptyScheduleMeansOneAttempt()
    {
        const RetryPolicy policy(QList<int>{}, 0.2, [] { return 0.5; });
        QCOMPARE(policy.decide(1, 200, noResponse(QStringLiteral("connection refused")), kNow).kind,
                 Verdict::Kind::Failed);
        QCOMPARE(policy.decide(1, 200, response(200), kNow).kind, Verdict::Kind::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
