// Retention: finished events older than the retention period go, with their attempts and the
// changes nothing else points at, in small batches; unfinished and recent events stay, and every
// removal is posted to the change feed.
#include "delivery/retentionsweeper.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;
using Kind = StoreChange::Kind;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Publishes one change of data to every receiver subscribed to RUNS CREATE; its events' ids.
QList<qint64> publish(TestStore &t, const QByteArray &data)
{
    Result<QList<qint64>> ids = t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), data});
    if (!ids)
        qFatal("publish failed: %s", qPrintable(ids.error().message));
    return *ids;
}

void finish(TestStore &t, qint64 eventId, const QString &status)
{
    QSqlQuery set(t.store().database().connection());
    set.prepare(QStringLiteral("UPDATE events SET status = :status, updated_at = :now WHERE id = :id"));
    set.bindValue(QStringLiteral(":status"), status);
    set.bindValue(QStringLiteral(":now"), t.clock().nowMs());
    set.bindValue(QStringLiteral(":id"), eventId);
    QVERIFY(set.exec());
    Attempt attempt;
    attempt.eventId = eventId;
    attempt.number = 1;
    attempt.startedAtMs = t.clock().nowMs();
    attempt.requestBody = "{}";
    QVERIFY(t.store().events().insertAttempt(attempt).ok());
}

QList<qint64> eventsLeft(TestStore &t)
{
    EventQuery all;
    all.limit = 1000;
    const Result<QList<Event>> listed = t.store().events().list(all);
    QList<qint64> ids;
    if (!listed)
        return ids;
    for (const Event &e : *listed)
        ids.prepend(e.id);
    return ids;
}

} // namespace

class TestRetentionSweeper : public QObject
{
    Q_OBJECT
private slots:
    void onlyOldFinishedEventsGo()
    {
        TestStore t;
        const Receiver first = t.makeReceiver(QStringLiteral("one"));
        const Receiver second = t.makeReceiver(QStringLiteral("two"));
        t.subscribe(first.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        t.subscribe(second.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));

        // 40 days ago: a change delivered to both receivers, and one delivered to one of them
        // while the other's event still retries.
        const QList<qint64> oldBoth = publish(t, "{\"serial\":\"old-both\"}");
        const QList<qint64> oldHalf = publish(t, "{\"serial\":\"old-half\"}");
        for (qint64 id : oldBoth)
            finish(t, id, QStringLiteral("SUCCEEDED"));
        finish(t, oldHalf[0], QStringLiteral("FAILED"));
        // An old event resent 10 days ago and finished since: recent enough to stay.
        const QList<qint64> oldResent = publish(t, "{\"serial\":\"old-resent\"}");
        t.clock().advanceMs(30 * kDayMs);
        for (qint64 id : oldResent)
            finish(t, id, QStringLiteral("CANCELLED"));
        t.clock().advanceMs(10 * kDayMs);
        const QList<qint64> recent = publish(t, "{\"serial\":\"recent\"}");
        for (qint64 id : recent)
            finish(t, id, QStringLiteral("SUCCEEDED"));

        FeedRecorder recorder(t.feed());
        RetentionConfig config;
        config.keepMs = 30 * kDayMs;
        config.batch = 2;
        RetentionSweeper sweeper(t.store(), t.clock(), config, t.feed());
        QCOMPARE(*sweeper.sweepBatch(), 2); // a full batch: more may wait
        QCOMPARE(*sweeper.sweepBatch(), 1);
        QCOMPARE(*sweeper.sweepBatch(), 0);

        const QList<qint64> removed{oldBoth[0], oldBoth[1], oldHalf[0]};
        QList<qint64> posted = recorder.ids(Kind::EventsRemoved);
        std::sort(posted.begin(), posted.end());
        QCOMPARE(posted, removed);
        QCOMPARE(eventsLeft(t), (QList<qint64>{oldHalf[1]} + oldResent + recent));
        // Their attempts went with them; the change of the event still retrying stayed.
        QCOMPARE(t.rowCount(QStringLiteral("attempts")), qint64(oldResent.size() + recent.size()));
        QCOMPARE(t.rowCount(QStringLiteral("changes")), qint64(3));
        // The payload index forgot the removed change (its own check compares every entry with
        // the changes table; PostgreSQL keeps its index itself), and still finds the kept one.
        if (!t.onPostgres()) {
            QSqlQuery check(t.store().database().connection());
            QVERIFY2(check.exec(
                         QStringLiteral("INSERT INTO changes_text(changes_text) VALUES ('integrity-check')")),
                     qPrintable(check.lastError().text()));
        }
        EventQuery search;
        search.payloadContains = QStringLiteral("old-half");
        QCOMPARE(*t.store().events().count(search), qint64(1));
    }

    // Started, it sweeps batch after batch until nothing is left to remove.
    void aStartedSweeperRemovesEverythingInBatches()
    {
        TestStore t;
        const Receiver r = t.makeReceiver();
        t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        for (int i = 0; i < 25; ++i)
            finish(t, publish(t, "{}").constFirst(), QStringLiteral("SUCCEEDED"));
        t.clock().advanceMs(31 * kDayMs);
        const qint64 kept = publish(t, "{}").constFirst();

        FeedRecorder recorder(t.feed());
        RetentionConfig config;
        config.batch = 10;
        config.pauseMs = 1;
        config.firstSweepMs = 1;
        RetentionSweeper sweeper(t.store(), t.clock(), config, t.feed());
        sweeper.start();
        QTRY_COMPARE(recorder.ids(Kind::EventsRemoved).size(), 25);
        QCOMPARE(recorder.of(Kind::EventsRemoved).size(), 3); // 10 + 10 + 5
        QCOMPARE(eventsLeft(t), QList<qint64>{kept});
    }

    void keepingForeverRemovesNothing()
    {
        TestStore t;
        const Receiver r = t.makeReceiver();
        t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        finish(t, publish(t, "{}").constFirst(), QStringLiteral("SUCCEEDED"));
        t.clock().advanceMs(3650 * kDayMs);
        FeedRecorder recorder(t.feed());
        RetentionConfig config;
        config.keepMs = 0;
        config.firstSweepMs = 1;
        RetentionSweeper sweeper(t.store(), t.clock(), config, t.feed());
        sweeper.start();
        QTest::qWait(50);
        QVERIFY(recorder.of(Kind::EventsRemoved).isEmpty());
        QCOMPARE(t.rowCount(QStringLiteral("events")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRetentionSweeper)
#include "tst_retentionsweeper.moc"
