// Migrations: an older store is brought up to date without losing a row; a failing step changes
// nothing.
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hookboard;

namespace {

// Builds a store file from a frozen SQL dump, with plain QtSql: independent of the code under test.
void createFromDump(const QString &dbPath, const QString &dumpPath)
{
    QFile dump(dumpPath);
    QVERIFY2(dump.open(QIODevice::ReadOnly), qPrintable(dumpPath));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(dump.readAll()).split(u'\n')) {
        if (!line.trimmed().startsWith(QStringLiteral("--")))
            lines.append(line);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : lines.join(u'\n').split(QStringLiteral(";\n"))) {
            if (statement.trimmed().isEmpty())
                continue;
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
}

QString testData(const QString &name)
{
    return qEnvironmentVariable("HOOKBOARD_TEST_DATA") + u'/' + name;
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :name"));
    query.bindValue(QStringLiteral(":name"), table);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreConsecutive();
    void freshStoreIsAtLatestVersion();
    void versionOneStoreIsMigratedKeepingEveryRow();
    void failingStepRollsBackAndKeepsVersion();
    void versionFourIndexesAttemptsByTime();
    void versionSixIndexesThePayloadsAlreadyStored();
};

void TestMigrations::stepsAreConsecutive()
{
    const QList<Migration> &steps = schemaMigrations();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, int(i + 1));
        QVERIFY(!steps[i].description.isEmpty());
        QVERIFY(!steps[i].statements.isEmpty());
    }
    QCOMPARE(latestSchemaVersion(), steps.constLast().version);
}

void TestMigrations::freshStoreIsAtLatestVersion()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("fresh.db")));
    QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
    QCOMPARE(*schemaVersion((*db)->connection()), latestSchemaVersion());
    QVERIFY(tableExists((*db)->connection(), QStringLiteral("receiver_health")));
}

void TestMigrations::versionOneStoreIsMigratedKeepingEveryRow()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(dataDir));
    createFromDump(dataDir + QStringLiteral("/hookboard.db"), testData(QStringLiteral("schema-v1.sql")));
    if (QTest::currentTestFailed())
        return;

    Result<std::unique_ptr<Store>> store = Store::open(dataDir);
    QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
    QCOMPARE(*schemaVersion((*store)->database().connection()), latestSchemaVersion());

    ManualClock clock;
    ChangeFeed feed;
    WebhookService service(**store, clock, feed);
    Result<Receiver> qa = service.receiver(1);
    QVERIFY(qa.ok());
    QCOMPARE(qa->name, QStringLiteral("QA system"));
    QCOMPARE(qa->etag, QStringLiteral("00000000000000a1"));
    QCOMPARE(qa->expectedResponseCode, 202);
    QCOMPARE(qa->createdBy.name, QStringLiteral("maria"));
    QCOMPARE(qa->headers.size(), 1);
    QCOMPARE(qa->headers[0].key, QStringLiteral("X-Api-Key"));
    // Columns added by later steps take their defaults.
    QCOMPARE(qa->delivery, DeliverySettings{});
    QVERIFY(qa->disabledReason.isEmpty());
    QVERIFY(!service.receiver(2)->active);
    QCOMPARE(service.subscriptionsOf(1)->size(), 1);
    Result<Event> event = service.event(1);
    QVERIFY(event.ok());
    QCOMPARE(event->status, EventStatus::Succeeded);
    QCOMPARE(event->payload, QByteArray(R"({"id":1001,"serial":12345678901234567890})"));
    QCOMPARE(event->lastResponseCode, std::optional<int>(202));

    // The migrated store is fully usable: etags check, new fields write, ids continue.
    ReceiverInput changes;
    DeliverySettings delivery;
    delivery.ordered = true;
    changes.delivery = delivery;
    Result<Receiver> updated = service.updateReceiver(1, QStringLiteral("00000000000000a1"), changes);
    QVERIFY2(updated.ok(), updated ? "" : qPrintable(updated.error().message));
    QVERIFY(updated->delivery.ordered);
    Result<QList<qint64>> ids = service.publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"});
    QCOMPARE(ids->size(), 1);
    QCOMPARE(ids->at(0), 2);
}

void TestMigrations::failingStepRollsBackAndKeepsVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(db.ok());
    }
    QList<Migration> steps = schemaMigrations();
    const int next = latestSchemaVersion() + 1;
    steps.append({next,
                  QStringLiteral("a step that fails halfway"),
                  {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                   QStringLiteral("ALTER TABLE receivers ADD COLUMN name TEXT")}, // duplicate column
                  {}});
    Result<std::unique_ptr<Database>> failed = Database::open(path, steps);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("schema version %1").arg(next)),
             qPrintable(failed.error().message));
    QVERIFY(failed.error().message.contains(QStringLiteral("rolled back")));

    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    QVERIFY2(reopened.ok(), reopened ? "" : qPrintable(reopened.error().message));
    QCOMPARE(*schemaVersion((*reopened)->connection()), latestSchemaVersion());
    QVERIFY(!tableExists((*reopened)->connection(), QStringLiteral("half_done")));
}

void TestMigrations::versionFourIndexesAttemptsByTime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const QList<Migration> upToThree = schemaMigrations().mid(0, 3);
    QCOMPARE(upToThree.constLast().version, 3);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, upToThree);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QSqlQuery insert((*db)->connection());
        for (const QString &sql :
             {QStringLiteral("INSERT INTO changes (id, resource, action, data, occurred_at) "
                             "VALUES (1, 'RUNS', 'CREATE', '{}', 1000)"),
              QStringLiteral(
                  "INSERT INTO events (id, change_id, receiver_id, resource, action, status, "
                  "created_at, updated_at) VALUES (1, 1, 1, 'RUNS', 'CREATE', 'SUCCEEDED', 1000, 1000)"),
              QStringLiteral(
                  "INSERT INTO attempts (event_id, number, started_at, duration_ms, "
                  "request_headers, request_body, response_code) VALUES (1, 1, 1000, 42, '[]', '{}', 200)")})
            QVERIFY2(insert.exec(sql), qPrintable(sql));
        QVERIFY(
            insert.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'attempts_time'")));
        QVERIFY(insert.next());
        QCOMPARE(insert.value(0).toInt(), 0);
    }

    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
    QCOMPARE(*schemaVersion((*db)->connection()), latestSchemaVersion());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                      "name = 'attempts_time' AND tbl_name = 'attempts'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // What the statistics ask for, a time range of attempts, is answered from the index alone.
    QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*), sum(duration_ms) FROM attempts "
                                      "WHERE started_at >= 0 AND started_at < 2000")));
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    QVERIFY2(plan.join(u'\n').contains(QLatin1String("COVERING INDEX attempts_time")),
             qPrintable(plan.join(u'\n')));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(duration_ms) FROM attempts "
                                      "WHERE started_at >= 0 AND started_at < 2000")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1); // the row written at version 3 is kept and found
    QCOMPARE(query.value(1).toInt(), 42);
}

void TestMigrations::versionSixIndexesThePayloadsAlreadyStored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const QList<Migration> upToFive = schemaMigrations().mid(0, 5);
    QCOMPARE(upToFive.constLast().version, 5);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, upToFive);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QSqlQuery insert((*db)->connection());
        for (const QString &sql :
             {QStringLiteral("INSERT INTO changes (id, resource, action, data, occurred_at) VALUES "
                             "(1, 'RUNS', 'CREATE', '{\"serial\":\"ORD-1\"}', 1000), "
                             "(2, 'RUNS', 'CREATE', '{\"serial\":\"ORD-2\"}', 1000)"),
              QStringLiteral("INSERT INTO events (id, change_id, receiver_id, resource, action, status, "
                             "created_at, updated_at) VALUES (1, 1, 1, 'RUNS', 'CREATE', 'SUCCEEDED', 1000, "
                             "1000), (2, 2, 1, 'RUNS', 'CREATE', 'SUCCEEDED', 1000, 1000)")})
            QVERIFY2(insert.exec(sql), qPrintable(sql));
    }

    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
    QSqlQuery query((*db)->connection());
    // The changes written before the index existed are in it, and it follows later writes.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO changes (id, resource, action, data, occurred_at) "
                                      "VALUES (3, 'RUNS', 'CREATE', '{\"serial\":\"ORD-2x\"}', 2000)")));
    QVERIFY(query.exec(QStringLiteral("SELECT rowid FROM changes_text WHERE changes_text MATCH '\"ord-2\"' "
                                      "ORDER BY rowid")));
    QList<qint64> found;
    while (query.next())
        found.append(query.value(0).toLongLong());
    QCOMPARE(found, (QList<qint64>{2, 3}));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM changes WHERE id = 3")));
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM changes_text WHERE changes_text MATCH '\"ord-2\"'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // The index's own check: every entry agrees with the changes table.
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO changes_text(changes_text) VALUES ('integrity-check')")),
             qPrintable(query.lastError().text()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
