// EventStore: changes, events and attempts as stored records, read back exactly.
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void attemptRoundTrip();
    void attemptNumbersAreUniquePerEvent();
    void cancelUnfinishedTouchesOnlyUnfinished();
    void payloadContainsMatchesTextLiterally_data();
    void payloadContainsMatchesTextLiterally();
    void everyOrderPagesThroughEveryRowOnce_data();
    void everyOrderPagesThroughEveryRowOnce();
    void idsFilterReadsJustThose();
    void lastDurationIsTheLatestAttempts();
    void countResendableCountsWhatResendSends();
    void aTextInManyChangesIsFoundPastTheIndexLimit();
};

namespace {
qint64 publishOne(TestStore &t)
{
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    Result<QList<qint64>> ids =
        t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":1}"});
    if (!ids || ids->size() != 1)
        qFatal("publishOne failed");
    return ids->at(0);
}
void setColumns(TestStore &t, qint64 id, const QString &status, int attempts, const QVariant &code)
{
    QSqlQuery set(t.store().database().connection());
    set.prepare(QStringLiteral("UPDATE events SET status = :s, attempt_count = :a, last_response_code = :c "
                               "WHERE id = :id"));
    set.bindValue(QStringLiteral(":s"), status);
    set.bindValue(QStringLiteral(":a"), attempts);
    set.bindValue(QStringLiteral(":c"), code);
    set.bindValue(QStringLiteral(":id"), id);
    if (!set.exec())
        qFatal("setColumns failed");
}

// QVERIFY2 reads its message even when the check holds.
template <typename T> QString messageOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

QList<qint64> idsOf(const QList<Event> &events)
{
    QList<qint64> ids;
    for (const Event &e : events)
        ids.append(e.id);
    return ids;
}
} // namespace

void TestEventStore::attemptRoundTrip()
{
    TestStore t;
    const qint64 eventId = publishOne(t);

    Attempt failed;
    failed.eventId = eventId;
    failed.number = 1;
    failed.startedAtMs = 1795435205123;
    failed.durationMs = 15000;
    failed.requestHeaders = {
        {"Content-Type", "application/json"}, {"webhook-id", "evt_1"}, {"X-Dup", "a"}, {"X-Dup", "b"}};
    failed.requestBody = "{\"event_id\":1}";
    failed.error = QStringLiteral("timed out after 15 s");

    Attempt answered;
    answered.eventId = eventId;
    answered.number = 2;
    answered.manual = true;
    answered.startedAtMs = 1795435300000;
    answered.durationMs = 42;
    answered.requestBody = failed.requestBody;
    answered.responseCode = 500;
    answered.responseHeaders = {{"Server", "nginx \xe9"}};
    answered.responseBody = QByteArray("\x00\x01binary", 8);
    answered.responseTruncated = true;

    QVERIFY(t.store().events().insertAttempt(answered).ok()); // order of insertion does not matter
    QVERIFY(t.store().events().insertAttempt(failed).ok());

    Result<QList<Attempt>> attempts = t.store().events().attemptsOf(eventId);
    QVERIFY(attempts.ok());
    QCOMPARE(attempts->size(), 2);
    const Attempt &a = attempts->at(0);
    QCOMPARE(a.number, 1);
    QCOMPARE(a.manual, false);
    QCOMPARE(a.startedAtMs, failed.startedAtMs);
    QCOMPARE(a.durationMs, 15000);
    QCOMPARE(a.requestHeaders, failed.requestHeaders);
    QCOMPARE(a.requestBody, failed.requestBody);
    QVERIFY(!a.responseCode.has_value());
    QVERIFY(a.responseHeaders.isEmpty());
    QVERIFY(a.responseBody.isNull());
    QCOMPARE(a.error, failed.error);
    const Attempt &b = attempts->at(1);
    QCOMPARE(b.number, 2);
    QVERIFY(b.manual);
    QCOMPARE(b.responseCode, std::optional<int>(500));
    QCOMPARE(b.responseHeaders, answered.responseHeaders);
    QCOMPARE(b.responseBody, answered.responseBody);
    QVERIFY(b.responseTruncated);
    QVERIFY(b.error.isEmpty());
}

void TestEventStore::attemptNumbersAreUniquePerEvent()
{
    TestStore t;
    const qint64 eventId = publishOne(t);
    Attempt a;
    a.eventId = eventId;
    a.number = 1;
    QVERIFY(t.store().events().insertAttempt(a).ok());
    // Two attempts open at once (a resend during an attempt, or a lease taken over on a shared
    // store) both carry the next number: both are kept, the later one numbered after the last.
    QVERIFY(t.store().events().insertAttempt(a).ok());
    QCOMPARE(t.rowCount(QStringLiteral("attempts"), QStringLiteral("number = 2")), 1);
    QVERIFY(t.store().events().insertAttempt(a).ok());
    QCOMPARE(t.rowCount(QStringLiteral("attempts"), QStringLiteral("number = 3")), 1);
    const qint64 kept = t.rowCount(QStringLiteral("attempts"));
    a.eventId = 999; // no such event: the foreign key refuses it
    QVERIFY(!t.store().events().insertAttempt(a).ok());
    QCOMPARE(t.rowCount(QStringLiteral("attempts")), kept);
}

void TestEventStore::cancelUnfinishedTouchesOnlyUnfinished()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    const Subscription s = t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->at(0));
    const QStringList statuses{QStringLiteral("PENDING"),  QStringLiteral("SENDING"),
                               QStringLiteral("RETRYING"), QStringLiteral("SUCCEEDED"),
                               QStringLiteral("FAILED"),   QStringLiteral("CANCELLED")};
    for (int i = 0; i < 6; ++i) {
        QSqlQuery set(t.store().database().connection());
        set.prepare(QStringLiteral("UPDATE events SET status = :s, next_attempt_at = 5 WHERE id = :id"));
        set.bindValue(QStringLiteral(":s"), statuses[i]);
        set.bindValue(QStringLiteral(":id"), ids[i]);
        QVERIFY(set.exec());
    }
    t.clock().advanceMs(500);
    Result<QList<qint64>> cancelled =
        t.store().events().cancelUnfinished({EventOwner::Kind::Subscription, s.id}, t.clock().nowMs());
    QVERIFY(cancelled.ok());
    QCOMPARE(*cancelled, (QList<qint64>{ids[0], ids[1], ids[2]}));
    for (int i = 0; i < 3; ++i) {
        Result<Event> e = t.service().event(ids[i]);
        QCOMPARE(e->status, EventStatus::Cancelled);
        QVERIFY(!e->nextAttemptAtMs.has_value());
        QCOMPARE(e->updatedAtMs, t.clock().nowMs());
    }
    QCOMPARE(t.service().event(ids[3])->status, EventStatus::Succeeded);
    QCOMPARE(t.service().event(ids[4])->status, EventStatus::Failed);
}

void TestEventStore::payloadContainsMatchesTextLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("matching"); // indexes into the payloads below

    QTest::newRow("plain") << QStringLiteral("ORD-100") << QList<int>{0, 1, 2};
    QTest::newRow("ASCII case is ignored") << QStringLiteral("ord-100") << QList<int>{0, 1, 2};
    QTest::newRow("percent is a character") << QStringLiteral("100%") << QList<int>{1};
    QTest::newRow("underscore is a character") << QStringLiteral("ORD_1") << QList<int>{3};
    // Text is searched as stored: a backslash in a JSON string is the escape "\\".
    QTest::newRow("backslash is a character") << QStringLiteral("a\\\\b") << QList<int>{4};
    QTest::newRow("quotes and member names") << QStringLiteral("\"serial\":\"ORD-1000\"") << QList<int>{2};
    QTest::newRow("no match") << QStringLiteral("ORD-2") << QList<int>{};
    QTest::newRow("non-ASCII") << QStringLiteral("Müller") << QList<int>{5};
    // Like LIKE, only ASCII letters fold: the trigram index folds more, and its finds are checked.
    QTest::newRow("non-ASCII case is kept") << QStringLiteral("MÜLLER") << QList<int>{};
    QTest::newRow("shorter than a trigram") << QStringLiteral("_1") << QList<int>{3};
    QTest::newRow("one character") << QStringLiteral("%") << QList<int>{1};
    QTest::newRow("a double quote is a character") << QStringLiteral("\"ORD-100\"") << QList<int>{0};
}

void TestEventStore::payloadContainsMatchesTextLiterally()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, matching);
    TestStore t;
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QList<QByteArray> payloads{"{\"serial\":\"ORD-100\"}",  "{\"serial\":\"ORD-100%\"}",
                                     "{\"serial\":\"ORD-1000\"}", "{\"serial\":\"ORD_1\"}",
                                     "{\"path\":\"a\\\\b\"}",     "{\"name\":\"Müller\"}",
                                     "{\"serial\":\"ORDX1\"}"};
    QList<qint64> ids;
    for (const QByteArray &payload : payloads)
        ids += *t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), payload});

    EventQuery query;
    query.payloadContains = text;
    QList<qint64> expected;
    for (int i = matching.size() - 1; i >= 0; --i) // newest (highest id) first
        expected.append(ids.at(matching.at(i)));
    Result<QList<Event>> found = t.store().events().list(query);
    QVERIFY2(found.ok(), qPrintable(messageOf(found)));
    QCOMPARE(idsOf(*found), expected);
    QCOMPARE(*t.store().events().count(query), qint64(matching.size()));

    // The service's filter reaches the same rule, and an empty text filters nothing.
    EventFilter filter;
    filter.payloadContains = text;
    QCOMPARE(t.service().events(filter)->totalCount, qint64(matching.size()));
    filter.payloadContains = QString();
    QCOMPARE(t.service().events(filter)->totalCount, qint64(payloads.size()));
}

void TestEventStore::everyOrderPagesThroughEveryRowOnce_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("ascending");
    const QList<QPair<const char *, EventOrder::Key>> keys{
        {"id", EventOrder::Key::Id},
        {"time", EventOrder::Key::Time},
        {"status", EventOrder::Key::StatusName},
        {"receiver", EventOrder::Key::Receiver},
        {"resource.action", EventOrder::Key::ResourceAction},
        {"attempts", EventOrder::Key::Attempts},
        {"response code", EventOrder::Key::ResponseCode}};
    for (const auto &[name, key] : keys) {
        QTest::addRow("%s ascending", name) << int(key) << true;
        QTest::addRow("%s descending", name) << int(key) << false;
    }
}

void TestEventStore::everyOrderPagesThroughEveryRowOnce()
{
    QFETCH(int, key);
    QFETCH(bool, ascending);
    const EventOrder order{EventOrder::Key(key), ascending};
    TestStore t;
    const Receiver a = t.makeReceiver(QStringLiteral("a"));
    const Receiver b = t.makeReceiver(QStringLiteral("b"));
    for (const Receiver &r : {a, b}) {
        t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        t.subscribe(r.id, QStringLiteral("PARTS"), QStringLiteral("UPDATE"));
        t.subscribe(r.id, QStringLiteral("PARTS"), QStringLiteral("CREATE"));
    }
    const QStringList statuses{QStringLiteral("PENDING"), QStringLiteral("SUCCEEDED"),
                               QStringLiteral("FAILED"), QStringLiteral("RETRYING")};
    QList<qint64> all;
    for (int i = 0; i < 21; ++i) {
        // Several publishes share a millisecond, and the clock once steps back: ties and time
        // out of id order must page correctly too.
        t.clock().advanceMs(i % 3 == 0 ? 1 : 0);
        if (i == 10)
            t.clock().advanceMs(-5);
        const QString resource = i % 2 ? QStringLiteral("RUNS") : QStringLiteral("PARTS");
        const QString action = i % 4 < 2 ? QStringLiteral("CREATE") : QStringLiteral("UPDATE");
        const QList<qint64> ids = *t.service().publish({resource, action, "{}"});
        for (qint64 id : ids) {
            setColumns(t, id, statuses.at(int(id % statuses.size())), int(id % 3),
                       id % 5 == 0 ? QVariant() : QVariant(200 + int(id % 4) * 100));
            all.append(id);
        }
    }
    QVERIFY(all.size() > 30);

    EventQuery query;
    query.order = order;
    query.limit = 7;
    QList<Event> paged;
    for (;;) {
        Result<QList<Event>> page = t.store().events().list(query);
        QVERIFY2(page.ok(), qPrintable(messageOf(page)));
        paged += *page;
        if (page->size() < query.limit)
            break;
        query.after = page->constLast();
    }
    // Every row once, each page continuing where the last one ended, in the order precedes() gives.
    QList<qint64> seen = idsOf(paged);
    std::sort(seen.begin(), seen.end());
    std::sort(all.begin(), all.end());
    QCOMPARE(seen, all);
    for (qsizetype i = 1; i < paged.size(); ++i)
        QVERIFY2(
            order.precedes(paged.at(i - 1), paged.at(i)),
            qPrintable(
                QStringLiteral("rows %1 and %2 out of order").arg(paged.at(i - 1).id).arg(paged.at(i).id)));
}

void TestEventStore::idsFilterReadsJustThose()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids += *t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    setColumns(t, ids[1], QStringLiteral("FAILED"), 1, 500);

    EventQuery query;
    query.ids = QList<qint64>{ids[1], ids[3], 9999};
    QCOMPARE(idsOf(*t.store().events().list(query)), (QList<qint64>{ids[3], ids[1]}));
    query.statuses = {EventStatus::Failed}; // other filters still apply
    QCOMPARE(idsOf(*t.store().events().list(query)), (QList<qint64>{ids[1]}));
    query.ids = QList<qint64>{};
    query.statuses.clear();
    QVERIFY(t.store().events().list(query)->isEmpty()); // no ids: nothing, not everything
}

void TestEventStore::lastDurationIsTheLatestAttempts()
{
    TestStore t;
    const qint64 eventId = publishOne(t);
    QVERIFY(!t.service().event(eventId)->lastDurationMs.has_value());
    Attempt attempt;
    attempt.eventId = eventId;
    attempt.number = 2;
    attempt.durationMs = 42;
    QVERIFY(t.store().events().insertAttempt(attempt).ok());
    attempt.number = 1;
    attempt.durationMs = 15000;
    QVERIFY(t.store().events().insertAttempt(attempt).ok());
    QCOMPARE(t.service().event(eventId)->lastDurationMs, std::optional<int>(42));
    EventQuery query;
    query.id = eventId;
    QCOMPARE(t.store().events().list(query)->at(0).lastDurationMs, std::optional<int>(42));
}

void TestEventStore::countResendableCountsWhatResendSends()
{
    TestStore t;
    const Receiver keep = t.makeReceiver(QStringLiteral("keep"));
    const Receiver gone = t.makeReceiver(QStringLiteral("gone"));
    t.subscribe(keep.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(gone.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids += *t.service().publish(
            {QStringLiteral("RUNS"), QStringLiteral("CREATE"),
             i % 2 ? QByteArray("{\"tag\":\"blue\"}") : QByteArray("{\"tag\":\"red\"}")});
    // ids: keep0 gone0 keep1 gone1 keep2 gone2 keep3 gone3
    for (qint64 id : ids)
        setColumns(t, id, QStringLiteral("FAILED"), 3, 500);
    setColumns(t, ids[0], QStringLiteral("RETRYING"), 1, 503); // unfinished: not resent
    QVERIFY(t.service().deleteReceiver(gone.id, t.service().receiver(gone.id)->etag).ok());

    EventFilter blue;
    blue.payloadContains = QStringLiteral("blue");
    QCOMPARE(*t.service().countReplayable(blue), 2); // keep1, keep3; gone's receiver no longer exists
    EventFilter red;
    red.payloadContains = QStringLiteral("RED");
    QCOMPARE(*t.service().countReplayable(red), 1); // keep2; keep0 is retrying
    EventFilter retrying;
    retrying.statuses = {EventStatus::Retrying};
    QCOMPARE(*t.service().countReplayable(retrying), 0);

    QCOMPARE(*t.service().replayEvents(blue), 2);
    QCOMPARE(t.service().event(ids[2])->status, EventStatus::Pending);
    QCOMPARE(t.service().event(ids[6])->status, EventStatus::Pending);
    QCOMPARE(t.service().event(ids[3])->status, EventStatus::Failed);
    QCOMPARE(*t.service().countReplayable(blue), 0);
}

// Over ten thousand changes holding a text, the search walks the order's index instead of the
// trigram index's list; the answer is the same.
void TestEventStore::aTextInManyChangesIsFoundPastTheIndexLimit()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    EventStore &events = t.store().events();
    QList<qint64> rare;
    const Status written = t.store().database().transaction([&]() -> Status {
        for (int i = 0; i < 10'050; ++i) {
            const Change change{QStringLiteral("RUNS"), QStringLiteral("CREATE"),
                                i % 1000 == 0 ? QByteArray("{\"note\":\"common and rare\"}")
                                              : QByteArray("{\"note\":\"common\"}")};
            const qint64 changeId = *events.insertChange(change, 1000 + i);
            const qint64 eventId = *events.insertEvent(changeId, change, r.id, std::nullopt, false, 1000 + i);
            if (i % 1000 == 0)
                rare.prepend(eventId);
        }
        return {};
    });
    QVERIFY(written.ok());

    EventQuery common;
    common.payloadContains = QStringLiteral("COMMON");
    common.limit = 3;
    QCOMPARE(*events.count(common), qint64(10'050));
    QCOMPARE(*events.countUpTo(common, 10'001), qint64(10'001)); // a count that stops
    QCOMPARE(*events.countUpTo(common, 20'000), qint64(10'050));
    const QList<Event> newest = *events.list(common);
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.first().createdAtMs, qint64(1000 + 10'049));

    EventQuery few;
    few.payloadContains = QStringLiteral("rare");
    QCOMPARE(*events.count(few), qint64(rare.size()));
    QCOMPARE(idsOf(*events.list(few)), rare);
    few.statuses = {EventStatus::Pending};
    QCOMPARE(*events.count(few), qint64(rare.size()));
    few.statuses = {EventStatus::Succeeded};
    QCOMPARE(*events.count(few), qint64(0));
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
