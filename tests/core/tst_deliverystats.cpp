// DeliveryStats over a real store with a manual clock: exact counts, rates and percentiles for known
// attempts, the edges of every window, receivers without attempts, and the hours it keeps between
// reads. Also LatencyHistogram's percentile definition and DispatcherStatus.
#include "delivery/deliveryengine.h"
#include "stats/deliverystats.h"
#include "stats/dispatcherstatus.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;

namespace {

// 2026-11-23T10:00:00Z, a whole UTC hour, so the windows below are easy to read.
constexpr qint64 kHourStart = 1795435200000;
constexpr qint64 kMinute = DeliveryStats::kMinuteMs;
constexpr qint64 kHour = DeliveryStats::kHourMs;

// Records one attempt of a fresh test event of receiverId, through the store as the engine does.
void recordAttempt(TestStore &t, qint64 receiverId, qint64 startedAtMs, int durationMs,
                   std::optional<int> responseCode)
{
    const Result<qint64> event =
        t.service().sendTestEvent(receiverId, {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    if (!event)
        qFatal("sendTestEvent: %s", qPrintable(event.error().message));
    Attempt attempt;
    attempt.eventId = *event;
    attempt.number = 1;
    attempt.startedAtMs = startedAtMs;
    attempt.durationMs = durationMs;
    attempt.requestBody = "{}";
    attempt.responseCode = responseCode;
    if (!responseCode)
        attempt.error = QStringLiteral("connection refused");
    const Result<qint64> inserted = t.store().events().insertAttempt(attempt);
    if (!inserted)
        qFatal("insertAttempt: %s", qPrintable(inserted.error().message));
}

Receiver expecting(TestStore &t, const QString &tag, int code)
{
    Receiver r = t.makeReceiver(tag);
    ReceiverInput changes;
    changes.expectedResponseCode = code;
    const Result<Receiver> updated = t.service().updateReceiver(r.id, r.etag, changes);
    if (!updated)
        qFatal("updateReceiver: %s", qPrintable(updated.error().message));
    return *updated;
}

LatencyHistogram histogramOf(const QList<int> &values)
{
    LatencyHistogram h;
    for (int v : values)
        h.add(v);
    return h;
}

} // namespace

class TestDeliveryStats : public QObject
{
    Q_OBJECT

private slots:
    void quantiles_data();
    void quantiles();
    void mergeEqualsAddingEveryValue();
    void exactSummariesForKnownAttempts();
    void receiverWithoutAttempts();
    void dayWindowEdgesAndBuckets();
    void hourWindowEdgesAndBuckets();
    void globalCountsAndEdges();
    void eventsAreCountedOnceWhateverTheirAttempts();
    void keptHoursAreNotReadAgain();
    void expectedCodeChangeRejudgesKeptHours();
    void windowSlidesWithTheClock();
    void dispatcherStatusFollowsTheEngine();
};

void TestDeliveryStats::quantiles_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");

    // Odd count: the median is the middle value.
    QTest::newRow("odd p50") << QList<int>{5, 1, 4, 2, 3} << 0.5 << 3.0;
    QTest::newRow("odd p90") << QList<int>{5, 1, 4, 2, 3} << 0.9 << 4.6;   // h = 3.6
    QTest::newRow("odd p99") << QList<int>{5, 1, 4, 2, 3} << 0.99 << 4.96; // h = 3.96
    // Even count: the median is the mean of the two middle values.
    QTest::newRow("even p50") << QList<int>{40, 10, 30, 20} << 0.5 << 25.0;
    QTest::newRow("even p90") << QList<int>{40, 10, 30, 20} << 0.9 << 37.0;  // h = 2.7
    QTest::newRow("even p99") << QList<int>{40, 10, 30, 20} << 0.99 << 39.7; // h = 2.97
    QTest::newRow("ends p0") << QList<int>{40, 10, 30, 20} << 0.0 << 10.0;
    QTest::newRow("ends p100") << QList<int>{40, 10, 30, 20} << 1.0 << 40.0;
    QTest::newRow("single") << QList<int>{7} << 0.99 << 7.0;
    // Repeated values are counted, not collapsed.
    QTest::newRow("repeats p50") << QList<int>{5, 5, 5, 100} << 0.5 << 5.0;
    QTest::newRow("repeats p90") << QList<int>{5, 5, 5, 100} << 0.9 << 71.5; // 5 + 0.7 * 95
}

void TestDeliveryStats::quantiles()
{
    QFETCH(QList<int>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    const std::optional<double> got = histogramOf(values).quantile(p);
    QVERIFY(got.has_value());
    QVERIFY2(qAbs(*got - expected) < 1e-9, qPrintable(QString::number(*got, 'g', 17)));
}

void TestDeliveryStats::mergeEqualsAddingEveryValue()
{
    LatencyHistogram merged = histogramOf({3, 1, 4});
    merged.merge(histogramOf({1, 5, 9, 2}));
    QCOMPARE(merged, histogramOf({3, 1, 4, 1, 5, 9, 2}));
    QCOMPARE(merged.count(), 7);
    QCOMPARE(*merged.quantile(0.5), 3.0);
    QVERIFY(!LatencyHistogram().quantile(0.5).has_value());
    QVERIFY(LatencyHistogram().isEmpty());
}

void TestDeliveryStats::exactSummariesForKnownAttempts()
{
    TestStore t;
    t.clock().setNowMs(kHourStart + 30 * kMinute);
    const Receiver a = t.makeReceiver(QStringLiteral("a"));
    const Receiver b = expecting(t, QStringLiteral("b"), 202);
    const Receiver idle = t.makeReceiver(QStringLiteral("idle"));

    // a: two successes, an HTTP 500 and a connection error, spread over the day.
    recordAttempt(t, a.id, kHourStart - 20 * kHour, 100, 200);
    recordAttempt(t, a.id, kHourStart - 3 * kHour, 200, 200);
    recordAttempt(t, a.id, kHourStart - kHour, 300, 500);
    recordAttempt(t, a.id, kHourStart + 10 * kMinute, 400, std::nullopt);
    // b expects 202: its 202s succeed and its 200 fails.
    recordAttempt(t, b.id, kHourStart - 5 * kHour, 50, 202);
    recordAttempt(t, b.id, kHourStart + kMinute, 70, 202);
    recordAttempt(t, b.id, kHourStart + 2 * kMinute, 60, 200);

    DeliveryStats stats(t.store(), t.clock());
    const Result<QHash<qint64, DeliverySummary>> all = stats.summaries();
    QVERIFY2(all.ok(), all ? "" : qPrintable(all.error().message));
    QCOMPARE(all->size(), 2);
    QVERIFY(!all->contains(idle.id));

    const DeliverySummary sa = all->value(a.id);
    QCOMPARE(sa.attempts, 4);
    QCOMPARE(sa.successes, 2);
    QCOMPARE(sa.failures(), 2);
    QCOMPARE(*sa.successRate(), 0.5);
    QCOMPARE(*sa.p50Ms(), 250.0);
    QCOMPARE(*sa.p90Ms(), 370.0);
    QVERIFY(qAbs(*sa.p99Ms() - 397.0) < 1e-9);

    const DeliverySummary sb = all->value(b.id);
    QCOMPARE(sb.attempts, 3);
    QCOMPARE(sb.successes, 2);
    QVERIFY(qAbs(*sb.successRate() - 2.0 / 3.0) < 1e-12);
    QCOMPARE(*sb.p50Ms(), 60.0);

    // The per-receiver view agrees with the summary, bucket by bucket.
    const Result<ReceiverStatistics> ra = stats.receiver(a.id);
    QVERIFY(ra.ok());
    QCOMPARE(ra->summary.attempts, 4);
    QCOMPARE(*ra->summary.p50Ms(), 250.0);
    QCOMPARE(ra->buckets.size(), 24);
    QCOMPARE(ra->fromMs, kHourStart - 23 * kHour);
    QCOMPARE(ra->untilMs, kHourStart + kHour);
    QCOMPARE(ra->buckets.at(3), (DeliveryBucket{kHourStart - 20 * kHour, 1, 0}));
    QCOMPARE(ra->buckets.at(20), (DeliveryBucket{kHourStart - 3 * kHour, 1, 0}));
    QCOMPARE(ra->buckets.at(22), (DeliveryBucket{kHourStart - kHour, 0, 1}));
    QCOMPARE(ra->buckets.at(23), (DeliveryBucket{kHourStart, 0, 1}));
    qint64 total = 0;
    for (const DeliveryBucket &bucket : ra->buckets)
        total += bucket.successes + bucket.failures;
    QCOMPARE(total, 4);
}

void TestDeliveryStats::receiverWithoutAttempts()
{
    TestStore t;
    t.clock().setNowMs(kHourStart + 30 * kMinute);
    const Receiver busy = t.makeReceiver(QStringLiteral("busy"));
    const Receiver idle = t.makeReceiver(QStringLiteral("idle"));
    recordAttempt(t, busy.id, kHourStart, 10, 200);

    DeliveryStats stats(t.store(), t.clock());
    for (StatsSpan span : {StatsSpan::LastDay, StatsSpan::LastHour}) {
        const Result<ReceiverStatistics> none = stats.receiver(idle.id, span);
        QVERIFY(none.ok());
        QCOMPARE(none->summary.attempts, 0);
        QVERIFY(!none->summary.successRate().has_value());
        QVERIFY(!none->summary.p50Ms().has_value());
        QVERIFY(!none->summary.p99Ms().has_value());
        QCOMPARE(none->buckets.size(), span == StatsSpan::LastDay ? 24 : 60);
        for (const DeliveryBucket &bucket : none->buckets)
            QCOMPARE(bucket.successes + bucket.failures, 0);
    }
    // A receiver that does not exist (deleted, say) reads the same way rather than failing.
    QCOMPARE(stats.receiver(idle.id + 100)->summary.attempts, 0);
}

void TestDeliveryStats::dayWindowEdgesAndBuckets()
{
    TestStore t;
    const qint64 now = kHourStart + 30 * kMinute;
    t.clock().setNowMs(now);
    const Receiver r = t.makeReceiver();
    const qint64 from = kHourStart - 23 * kHour;
    recordAttempt(t, r.id, from - 1, 11, 200);               // just before the window: out
    recordAttempt(t, r.id, from, 12, 200);                   // its first millisecond: in, bucket 0
    recordAttempt(t, r.id, from + kHour - 1, 13, 500);       // last millisecond of bucket 0
    recordAttempt(t, r.id, from + kHour, 14, 200);           // first of bucket 1
    recordAttempt(t, r.id, kHourStart + kHour - 1, 15, 200); // last millisecond of the current hour
    recordAttempt(t, r.id, kHourStart + kHour, 16, 200);     // the next hour: out

    DeliveryStats stats(t.store(), t.clock());
    const Result<ReceiverStatistics> day = stats.receiver(r.id, StatsSpan::LastDay);
    QVERIFY(day.ok());
    QCOMPARE(day->bucketMs, kHour);
    QCOMPARE(day->summary.attempts, 4);
    QCOMPARE(day->summary.successes, 3);
    QCOMPARE(day->buckets.at(0), (DeliveryBucket{from, 1, 1}));
    QCOMPARE(day->buckets.at(1), (DeliveryBucket{from + kHour, 1, 0}));
    QCOMPARE(day->buckets.at(23), (DeliveryBucket{kHourStart, 1, 0}));
    QCOMPARE(*day->summary.latency.quantile(0.0), 12.0);
    QCOMPARE(*day->summary.latency.quantile(1.0), 15.0);
    QCOMPARE(stats.summaries()->value(r.id).attempts, 4);
}

void TestDeliveryStats::hourWindowEdgesAndBuckets()
{
    TestStore t;
    const qint64 now = kHourStart + 30 * kMinute + 15000;
    t.clock().setNowMs(now);
    const Receiver r = t.makeReceiver();
    const Receiver other = t.makeReceiver(QStringLiteral("other"));
    const qint64 from = kHourStart + 30 * kMinute - 59 * kMinute; // the current minute and 59 before
    recordAttempt(t, r.id, from - 1, 1, 200);
    recordAttempt(t, r.id, from, 2, 200);
    recordAttempt(t, r.id, from + 59 * kMinute, 3, 500); // the current minute
    recordAttempt(t, r.id, from + 60 * kMinute, 4, 200); // the next minute: out
    recordAttempt(t, other.id, from + kMinute, 5, 200);  // another receiver's: not counted

    DeliveryStats stats(t.store(), t.clock());
    const Result<ReceiverStatistics> hour = stats.receiver(r.id, StatsSpan::LastHour);
    QVERIFY(hour.ok());
    QCOMPARE(hour->fromMs, from);
    QCOMPARE(hour->untilMs, from + 60 * kMinute);
    QCOMPARE(hour->bucketMs, kMinute);
    QCOMPARE(hour->buckets.size(), 60);
    QCOMPARE(hour->summary.attempts, 2);
    QCOMPARE(hour->buckets.at(0), (DeliveryBucket{from, 1, 0}));
    QCOMPARE(hour->buckets.at(1), (DeliveryBucket{from + kMinute, 0, 0}));
    QCOMPARE(hour->buckets.at(59), (DeliveryBucket{from + 59 * kMinute, 0, 1}));
    QCOMPARE(*hour->summary.p50Ms(), 2.5);
}

void TestDeliveryStats::globalCountsAndEdges()
{
    TestStore t;
    const qint64 now = kHourStart + 30 * kMinute;
    t.clock().setNowMs(now);
    const Receiver r = t.makeReceiver();
    const Receiver b = expecting(t, QStringLiteral("b"), 204);

    DeliveryStats stats(t.store(), t.clock());
    QCOMPARE(stats.global()->attemptsLastFiveMinutes, 0);
    QCOMPARE(stats.global()->attemptsLastMinute, 0);
    QCOMPARE(stats.global()->failuresLastHour, 0);

    recordAttempt(t, r.id, now - 5 * kMinute, 10, 200);     // exactly five minutes ago: out
    recordAttempt(t, r.id, now - 5 * kMinute + 1, 10, 200); // in
    recordAttempt(t, r.id, now, 10, 503);                   // now: in, and a failure
    recordAttempt(t, b.id, now - kMinute, 10, 204);         // b's expected code: a success
    recordAttempt(t, b.id, now - 2 * kMinute, 10, 200);     // not b's expected code: a failure
    recordAttempt(t, r.id, now - kHour, 10, std::nullopt);  // exactly an hour ago: out
    recordAttempt(t, r.id, now - kHour + 1, 10, std::nullopt);
    recordAttempt(t, r.id, now + 1, 10, 500); // after now: not yet

    const Result<GlobalStatistics> global = stats.global();
    QVERIFY(global.ok());
    QCOMPARE(global->attemptsLastFiveMinutes, 4);
    QCOMPARE(global->attemptsLastMinute, 1); // now; a minute ago exactly is out
    QCOMPARE(global->failuresLastHour, 3);
}

// Attempt success and event delivery answer different questions: an event delivered on its second
// attempt is one delivered event, after a failed attempt and a successful one.
void TestDeliveryStats::eventsAreCountedOnceWhateverTheirAttempts()
{
    TestStore t;
    t.clock().setNowMs(kHourStart - 2 * kHour);
    const Receiver r = t.makeReceiver();
    const auto setStatus = [&](qint64 id, const QString &status) {
        QSqlQuery set(t.store().database().connection());
        QVERIFY(
            set.exec(QStringLiteral("UPDATE events SET status = '%1' WHERE id = %2").arg(status).arg(id)));
    };
    const auto lastEvent = [&] {
        QSqlQuery last(t.store().database().connection());
        return last.exec(QStringLiteral("SELECT max(id) FROM events")) && last.next()
                   ? last.value(0).toLongLong()
                   : qint64(-1);
    };
    recordAttempt(t, r.id, t.clock().nowMs(), 10, 200); // published before the last hour: out of it
    setStatus(lastEvent(), QStringLiteral("SUCCEEDED"));
    t.clock().setNowMs(kHourStart + 10 * kMinute);
    const qint64 now = t.clock().nowMs();
    recordAttempt(t, r.id, now, 10, 503); // then a second attempt succeeds
    const qint64 retried = lastEvent();
    Attempt second;
    second.eventId = retried;
    second.number = 2;
    second.startedAtMs = now + 1;
    second.durationMs = 10;
    second.requestBody = "{}";
    second.responseCode = 200;
    QVERIFY(t.store().events().insertAttempt(second).ok());
    setStatus(retried, QStringLiteral("SUCCEEDED"));
    recordAttempt(t, r.id, now, 10, 503); // still retrying: not finished
    setStatus(lastEvent(), QStringLiteral("RETRYING"));
    recordAttempt(t, r.id, now, 10, 500); // gave up
    setStatus(lastEvent(), QStringLiteral("FAILED"));

    DeliveryStats stats(t.store(), t.clock());
    const Result<ReceiverStatistics> hour = stats.receiver(r.id, StatsSpan::LastHour);
    QVERIFY(hour.ok());
    QCOMPARE(hour->summary.attempts, 4);
    QCOMPARE(hour->summary.successes, 1);
    QCOMPARE(hour->eventsFinished, 2);
    QCOMPARE(hour->eventsDelivered, 1);
    QCOMPARE(hour->eventDeliveryRate(), std::optional<double>(0.5));
    // Over the day, the event published two hours before counts too.
    const Result<ReceiverStatistics> day = stats.receiver(r.id, StatsSpan::LastDay);
    QCOMPARE(day->eventsFinished, 3);
    QCOMPARE(day->eventsDelivered, 2);
    QCOMPARE(stats.receiver(999, StatsSpan::LastDay)->eventDeliveryRate(), std::nullopt);
}

void TestDeliveryStats::keptHoursAreNotReadAgain()
{
    TestStore t;
    const qint64 now = kHourStart + 30 * kMinute;
    t.clock().setNowMs(now);
    const Receiver r = t.makeReceiver();
    recordAttempt(t, r.id, kHourStart - 2 * kHour, 100, 200);

    DeliveryStats stats(t.store(), t.clock());
    QCOMPARE(stats.summaries()->value(r.id).attempts, 1);
    // 23 hours ended more than kSettleMs ago; the current hour is read every time.
    QCOMPARE(stats.keptHours(), 23);

    // The current hour is read live.
    recordAttempt(t, r.id, now, 100, 200);
    QCOMPARE(stats.summaries()->value(r.id).attempts, 2);
    // An attempt written into a kept hour (as only a late writer could) is seen once the kept hours
    // are forgotten, which the console does when the engine's store recovers.
    recordAttempt(t, r.id, kHourStart - 2 * kHour, 100, 200);
    QCOMPARE(stats.summaries()->value(r.id).attempts, 2);
    stats.forgetKeptHours();
    QCOMPARE(stats.summaries()->value(r.id).attempts, 3);

    // Until kSettleMs after an hour ends it stays open: attempts started in it may still be written.
    t.clock().setNowMs(kHourStart + kHour + DeliveryStats::kSettleMs - 1);
    QCOMPARE(stats.summaries()->value(r.id).attempts, 3);
    QCOMPARE(stats.keptHours(), 22); // the oldest slid out, 10:00 is not closed yet
    recordAttempt(t, r.id, kHourStart + 59 * kMinute, 100, 200);
    QCOMPARE(stats.summaries()->value(r.id).attempts, 4);
    t.clock().setNowMs(kHourStart + kHour + DeliveryStats::kSettleMs);
    QCOMPARE(stats.summaries()->value(r.id).attempts, 4);
    QCOMPARE(stats.keptHours(), 23);
}

void TestDeliveryStats::expectedCodeChangeRejudgesKeptHours()
{
    TestStore t;
    t.clock().setNowMs(kHourStart + 30 * kMinute);
    const Receiver r = t.makeReceiver();
    recordAttempt(t, r.id, kHourStart - 5 * kHour, 10, 202);
    recordAttempt(t, r.id, kHourStart - 5 * kHour + kMinute, 10, 202);
    recordAttempt(t, r.id, kHourStart - 4 * kHour, 10, 200);

    DeliveryStats stats(t.store(), t.clock());
    QCOMPARE(stats.summaries()->value(r.id).successes, 1);
    QVERIFY(stats.keptHours() > 0);

    ReceiverInput changes;
    changes.expectedResponseCode = 202;
    QVERIFY(t.service().updateReceiver(r.id, r.etag, changes).ok());
    // Now the 202s are the successes and the 200 the failure, in the kept hours too.
    const DeliverySummary after = stats.summaries()->value(r.id);
    QCOMPARE(after.attempts, 3);
    QCOMPARE(after.successes, 2);
    const Result<ReceiverStatistics> day = stats.receiver(r.id);
    QCOMPARE(day->buckets.at(18), (DeliveryBucket{kHourStart - 5 * kHour, 2, 0}));
    QCOMPARE(day->buckets.at(19), (DeliveryBucket{kHourStart - 4 * kHour, 0, 1}));
}

void TestDeliveryStats::windowSlidesWithTheClock()
{
    TestStore t;
    t.clock().setNowMs(kHourStart + 30 * kMinute);
    const Receiver r = t.makeReceiver();
    recordAttempt(t, r.id, kHourStart - 23 * kHour, 10, 200); // the oldest hour of the day
    recordAttempt(t, r.id, kHourStart - 22 * kHour, 20, 200);

    DeliveryStats stats(t.store(), t.clock());
    QCOMPARE(stats.summaries()->value(r.id).attempts, 2);
    t.clock().advanceMs(kHour);
    QCOMPARE(stats.summaries()->value(r.id).attempts, 1);
    QCOMPARE(*stats.summaries()->value(r.id).p50Ms(), 20.0);
    t.clock().advanceMs(kHour);
    QVERIFY(!stats.summaries()->contains(r.id));
}

void TestDeliveryStats::dispatcherStatusFollowsTheEngine()
{
    DispatcherStatus off(nullptr);
    QCOMPARE(off.state(), DispatcherStatus::State::Off);

    TestStore t;
    auto engine = std::make_unique<DeliveryEngine>(t.location(), t.clock(), DeliveryConfig{},
                                                   QList<QSslCertificate>{}, t.feed());
    DispatcherStatus status(engine.get());
    QSignalSpy changed(&status, &DispatcherStatus::changed);
    QCOMPARE(status.state(), DispatcherStatus::State::Stopped);
    const Result<int> started = engine->start();
    QVERIFY2(started.ok(), started ? "" : qPrintable(started.error().message));
    QCOMPARE(status.state(), DispatcherStatus::State::Running);

    emit engine->storeFailed(QStringLiteral("disk I/O error"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(status.state(), DispatcherStatus::State::StoreFailed);
    QCOMPARE(status.storeError(), QStringLiteral("disk I/O error"));
    emit engine->storeRecovered();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(status.state(), DispatcherStatus::State::Running);
    QVERIFY(status.storeError().isEmpty());

    engine->stop();
    QCOMPARE(status.state(), DispatcherStatus::State::Stopped);
    engine.reset();
    QCOMPARE(status.state(), DispatcherStatus::State::Off);
}

QTEST_GUILESS_MAIN(TestDeliveryStats)
#include "tst_deliverystats.moc"
