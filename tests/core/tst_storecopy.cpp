// hookboard --migrate-to: a data folder's SQLite store copied into an empty PostgreSQL database.
// Runs only against the test cluster (tst_storecopy_postgresql); the source is always SQLite.
#include "store/datadir.h"
#include "store/storecopy.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace hookboard;
using namespace hookboard::test;

namespace {

// What the source store holds besides its tables' rows, for the checks after the copy.
struct Populated
{
    qint64 deletedReceiverId = 0; // the highest receiver id given, its row gone
    qint64 binaryAttemptId = 0;
    qint64 unansweredAttemptId = 0;
    qint64 highestEventId = 0;
};

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

// Fills a new SQLite store in dataDir with a row in every table: receivers with headers, secrets
// and delivery settings, subscriptions, published changes and their events, attempts with binary,
// empty and missing bodies, receiver health, users and settings.
bool populate(const QString &dataDir, Populated *out)
{
    Result<std::unique_ptr<Store>> opened = Store::open(dataDir);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return false;
    }
    Store &store = **opened;
    ManualClock clock;
    ChangeFeed feed;
    WebhookService service(store, clock, feed);

    ReceiverInput first;
    first.name = QStringLiteral("Orders");
    first.webhookUri = QStringLiteral("https://orders.example.com/hooks");
    first.sharedSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    first.description = QStringLiteral("Zoë's receiver ✓");
    first.headers = QList<WebhookHeader>{{0, QStringLiteral("X-Team"), QStringLiteral("blue")},
                                         {0, QStringLiteral("Authorization"), QStringLiteral("Bearer abc")}};
    DeliverySettings delivery;
    delivery.ordered = true;
    delivery.maxInFlight = 2;
    delivery.timeoutMs = 5000;
    delivery.retrySchedule = QList<int>{5, 60};
    first.delivery = delivery;
    Result<Receiver> orders = service.createReceiver(first, tester());
    ReceiverInput second;
    second.name = QStringLiteral("Parts");
    second.webhookUri = QStringLiteral("https://parts.example.com/hooks");
    Result<Receiver> parts = service.createReceiver(second, Actor{QStringLiteral("alice")});
    ReceiverInput third;
    third.name = QStringLiteral("Gone");
    third.webhookUri = QStringLiteral("https://gone.example.com/hooks");
    Result<Receiver> gone = service.createReceiver(third, tester());
    if (!orders || !parts || !gone)
        return false;
    out->deletedReceiverId = gone->id;
    if (!service.deleteReceiver(gone->id, gone->etag))
        return false;
    for (const auto &[receiver, resource, action] :
         {std::tuple{orders->id, "RUNS", "CREATE"}, std::tuple{parts->id, "RUNS", "CREATE"},
          std::tuple{orders->id, "PARTS", "UPDATE"}}) {
        if (!service.createSubscription(
                {receiver, QString::fromLatin1(resource), QString::fromLatin1(action), {}}, tester()))
            return false;
    }
    QList<qint64> events;
    for (int i = 0; i < 5; ++i) {
        clock.advanceMs(1000);
        Result<QList<qint64>> ids = service.publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"),
                                                     QStringLiteral(R"({"id":%1})").arg(i).toUtf8()});
        if (!ids)
            return false;
        events += *ids;
    }
    Result<QList<qint64>> unicode = service.publish({QStringLiteral("PARTS"), QStringLiteral("UPDATE"),
                                                     QStringLiteral(R"({"name":"Zoë ✓ 😀"})").toUtf8()});
    if (!unicode || events.size() != 10)
        return false;
    events += *unicode;
    out->highestEventId = events.constLast();

    Attempt answered;
    answered.eventId = events.at(0);
    answered.number = 1;
    answered.startedAtMs = clock.nowMs();
    answered.durationMs = 120;
    answered.requestHeaders = {{"Content-Type", "application/json"}};
    answered.requestBody = everyByte();
    answered.responseCode = 200;
    answered.responseHeaders = {{"Server", "test"}};
    answered.responseBody = QByteArray("\xff\xfe\x00ok\x80", 6);
    Attempt unanswered;
    unanswered.eventId = events.at(0);
    unanswered.number = 2;
    unanswered.manual = true;
    unanswered.startedAtMs = clock.nowMs() + 1;
    unanswered.durationMs = 15000;
    unanswered.requestBody = "{}";
    unanswered.error = QStringLiteral("timed out");
    Attempt empty;
    empty.eventId = events.at(1);
    empty.number = 1;
    empty.startedAtMs = clock.nowMs() + 2;
    empty.responseCode = 204;
    empty.responseBody = QByteArray("");
    empty.responseTruncated = true;
    Result<qint64> a = store.events().insertAttempt(answered);
    Result<qint64> b = store.events().insertAttempt(unanswered);
    if (!a || !b || !store.events().insertAttempt(empty))
        return false;
    out->binaryAttemptId = *a;
    out->unansweredAttemptId = *b;

    QSqlQuery sql(store.database().connection());
    if (!sql.exec(QStringLiteral(
                      "INSERT OR REPLACE INTO receiver_health (receiver_id, consecutive_failures, "
                      "failing_since, last_success_at, last_failure_at) VALUES (%1, 2, 1000, NULL, 2000)")
                      .arg(orders->id)) ||
        !sql.exec(
            QStringLiteral("UPDATE receivers SET previous_secret = 'whsec_old', previous_secret_expires_at = "
                           "99 WHERE id = %1")
                .arg(orders->id)) ||
        !sql.exec(QStringLiteral("UPDATE events SET status = 'SUCCEEDED', attempt_count = 1, "
                                 "last_response_code = 200 WHERE id = %1")
                      .arg(events.at(0)))) {
        qWarning("%s", qPrintable(sql.lastError().text()));
        return false;
    }
    return store.settings().setValue(QStringLiteral("retention.days"), QStringLiteral("14")).ok() &&
           store.settings().setValue(QStringLiteral("api.token"), QStringLiteral("tök'en\\n")).ok() &&
           store.users().ensure(QStringLiteral("bob"), clock.nowMs()).ok();
}

// A cell as text that tells NULL, bytes and text apart.
QString cell(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("bytes:") + QString::fromLatin1(value.toByteArray().toHex());
    return QStringLiteral("value:") + value.toString();
}

// Every row of table, in key order, each as its cells by column name.
QList<QMap<QString, QString>> rowsOf(Database &db, const QString &table)
{
    const QString key = table == QLatin1String("settings")          ? QStringLiteral("key")
                        : table == QLatin1String("receiver_health") ? QStringLiteral("receiver_id")
                                                                    : QStringLiteral("id");
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, key)))
        qFatal("reading %s: %s", qPrintable(table), qPrintable(query.lastError().text()));
    QList<QMap<QString, QString>> rows;
    while (query.next()) {
        QMap<QString, QString> row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), cell(record.value(i)));
        rows.append(row);
    }
    return rows;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        qFatal("counting %s: %s", qPrintable(table), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

// The tables of the target's schema, besides its version table: every one the copy must fill.
QStringList schemaTables(Database &target)
{
    QSqlQuery query(target.connection());
    if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                                   "'hookboard_schema' ORDER BY table_name")))
        qFatal("listing tables: %s", qPrintable(query.lastError().text()));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

std::unique_ptr<Database> openOrFail(const StoreLocation &location)
{
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(location.displayName()), qPrintable(db.error().message));
    return std::move(db).value();
}

} // namespace

class TestStoreCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesEveryRowAndColumn_data();
    void copiesEveryRowAndColumn();
    void nonEmptyTargetIsRefusedUnchanged();
    void failureMidwayLeavesNoRow();
    void heldDataFolderIsRefused();
    void missingStoreIsRefusedWithoutCreatingIt();

private:
    QTemporaryDir m_temp;
};

void TestStoreCopy::initTestCase()
{
    QVERIFY2(TestDatabase::wanted(), "tst_storecopy runs against PostgreSQL: set HOOKBOARD_TEST_POSTGRES");
    QVERIFY(m_temp.isValid());
}

void TestStoreCopy::copiesEveryRowAndColumn_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::newRow("default batches") << int(StoreCopy::kBatchRows);
    // Several pages and batches per table, the last of them short.
    QTest::newRow("three rows a batch") << 3;
}

void TestStoreCopy::copiesEveryRowAndColumn()
{
    QFETCH(int, batchRows);
    const QString dataDir = m_temp.filePath(QStringLiteral("copy-%1").arg(batchRows));
    Populated populated;
    QVERIFY(populate(dataDir, &populated));
    TestDatabase database(dataDir);

    Result<CopyReport> report = StoreCopy::migrate(dataDir, database.location(), batchRows);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY2(report->summary().startsWith(QLatin1String("copied ")), qPrintable(report->summary()));
    QVERIFY2(report->summary().endsWith(QLatin1String("; counts verified")), qPrintable(report->summary()));

    Result<std::unique_ptr<Database>> opened =
        Database::open(QDir(dataDir).filePath(QStringLiteral("hookboard.db")));
    QVERIFY(opened.ok());
    Database &source = **opened;
    std::unique_ptr<Database> target = openOrFail(database.location());
    const QStringList tables = schemaTables(*target);
    QCOMPARE(tables.size(), 9);
    for (const QString &table : tables) {
        QVERIFY2(count(source, table) > 0, qPrintable(table + QStringLiteral(" is empty in the source")));
        QCOMPARE(report->rows(table), count(source, table));
        const QList<QMap<QString, QString>> theirs = rowsOf(source, table);
        const QList<QMap<QString, QString>> ours = rowsOf(*target, table);
        QCOMPARE(ours.size(), theirs.size());
        for (qsizetype i = 0; i < ours.size(); ++i)
            QCOMPARE(ours.at(i), theirs.at(i));
    }

    // The bodies byte for byte; a missing body stays NULL, an empty one empty.
    QSqlQuery bodies(target->connection());
    QVERIFY(bodies.exec(QStringLiteral("SELECT request_body, response_body FROM attempts WHERE id = %1")
                            .arg(populated.binaryAttemptId)));
    QVERIFY(bodies.next());
    QCOMPARE(bodies.value(0).toByteArray(), everyByte());
    QCOMPARE(bodies.value(1).toByteArray(), QByteArray("\xff\xfe\x00ok\x80", 6));
    QVERIFY(bodies.exec(QStringLiteral("SELECT response_body IS NULL, response_code IS NULL FROM attempts "
                                       "WHERE id = %1")
                            .arg(populated.unansweredAttemptId)));
    QVERIFY(bodies.next());
    QVERIFY(bodies.value(0).toBool());
    QVERIFY(bodies.value(1).toBool());
    QCOMPARE(count(*target, QStringLiteral("attempts WHERE response_body IS NULL")), 1);
    QCOMPARE(count(*target, QStringLiteral("attempts WHERE response_body = ''::bytea")), 1);
    target.reset();

    // New rows on PostgreSQL get ids after every id the SQLite store gave, even a deleted one's.
    Result<std::unique_ptr<Store>> shared = Store::open(database.location());
    QVERIFY(shared.ok());
    ManualClock clock;
    ChangeFeed feed;
    WebhookService service(**shared, clock, feed);
    ReceiverInput input;
    input.name = QStringLiteral("After the move");
    input.webhookUri = QStringLiteral("https://after.example.com/hooks");
    Result<Receiver> created = service.createReceiver(input, tester());
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QCOMPARE(created->id, populated.deletedReceiverId + 1);
    Result<QList<qint64>> published =
        service.publish({QStringLiteral("PARTS"), QStringLiteral("UPDATE"), QByteArray(R"({"new":true})")});
    QVERIFY(published.ok());
    QCOMPARE(published->size(), 1);
    QCOMPARE(published->constFirst(), populated.highestEventId + 1);
}

void TestStoreCopy::nonEmptyTargetIsRefusedUnchanged()
{
    const QString dataDir = m_temp.filePath(QStringLiteral("refused"));
    Populated populated;
    QVERIFY(populate(dataDir, &populated));
    TestDatabase database(dataDir);
    {
        Result<std::unique_ptr<Store>> other = Store::open(database.location());
        QVERIFY(other.ok());
        QVERIFY((*other)->settings().setValue(QStringLiteral("retention.days"), QStringLiteral("3")).ok());
    }

    Result<CopyReport> report = StoreCopy::migrate(dataDir, database.location());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::StoreUnusable);
    QVERIFY2(report.error().message.contains(database.location().displayName()),
             qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QLatin1String("settings")), qPrintable(report.error().message));

    std::unique_ptr<Database> target = openOrFail(database.location());
    for (const QString &table : schemaTables(*target))
        QCOMPARE(count(*target, table), table == QLatin1String("settings") ? 1 : 0);
    QSqlQuery kept(target->connection());
    QVERIFY(kept.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'retention.days'")) &&
            kept.next());
    QCOMPARE(kept.value(0).toString(), QStringLiteral("3"));
}

void TestStoreCopy::failureMidwayLeavesNoRow()
{
    const QString dataDir = m_temp.filePath(QStringLiteral("midway"));
    Populated populated;
    QVERIFY(populate(dataDir, &populated));
    TestDatabase database(dataDir);
    {
        // The schema as opening makes it, with one rule more: the third event breaks it, after the
        // receivers, subscriptions, changes and the first batch of events went in.
        std::unique_ptr<Database> target = openOrFail(database.location());
        QSqlQuery rule(target->connection());
        QVERIFY(
            rule.exec(QStringLiteral("ALTER TABLE events ADD CONSTRAINT no_third_event CHECK (id <> 3)")));
    }

    Result<CopyReport> report = StoreCopy::migrate(dataDir, database.location(), 2);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QLatin1String("no_third_event")),
             qPrintable(report.error().message));

    std::unique_ptr<Database> target = openOrFail(database.location());
    const QStringList tables = schemaTables(*target);
    QCOMPARE(tables.size(), 9);
    for (const QString &table : tables)
        QCOMPARE(count(*target, table), 0);
    // The sequences are moved only once everything is in: the database starts afresh at id 1.
    QSqlQuery next(target->connection());
    QVERIFY(next.exec(QStringLiteral("INSERT INTO changes (resource, action, data, occurred_at) "
                                     "VALUES ('RUNS', 'CREATE', '{}', 1) RETURNING id")));
    QVERIFY(next.next());
    QCOMPARE(next.value(0).toLongLong(), 1);
}

void TestStoreCopy::heldDataFolderIsRefused()
{
    const QString dataDir = m_temp.filePath(QStringLiteral("held"));
    Populated populated;
    QVERIFY(populate(dataDir, &populated));
    TestDatabase database(dataDir);
    Result<std::unique_ptr<QLockFile>> running = datadir::lock(dataDir);
    QVERIFY(running.ok());

    Result<CopyReport> report = StoreCopy::migrate(dataDir, database.location());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QLatin1String("in use by another Hookboard")),
             qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(dataDir), qPrintable(report.error().message));
}

void TestStoreCopy::missingStoreIsRefusedWithoutCreatingIt()
{
    const QString dataDir = m_temp.filePath(QStringLiteral("mistyped"));
    TestDatabase database(dataDir);

    Result<CopyReport> report = StoreCopy::migrate(dataDir, database.location());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(dataDir), qPrintable(report.error().message));
    QVERIFY(!QFileInfo::exists(dataDir));
}

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
