// The store file: created private, WAL and foreign keys on, indexed for the event log, and refused
// with a clear error (the file left untouched) when it is not ours, too new, or read-only.
#include "common/clock.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hookboard;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString dbIn(const QString &dir)
{
    return dir + QStringLiteral("/hookboard.db");
}

// Runs statements on a file with plain QtSql, outside the code under test.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QVariant scalar(const Store &store, const QString &sql)
{
    QSqlQuery query(const_cast<Store &>(store).database().connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void newStoreIsPrivate();
    void existingFolderIsTightened();
    void pragmasAreSet();
    void dataSurvivesReopen();
    void eventLogQueriesUseIndexes_data();
    void eventLogQueriesUseIndexes();
    void emptyFileIsRefusedUnchanged();
    void refusesUnusableStores_data();
    void refusesUnusableStores();
    void refusesDataDirThatIsAFile();
    void integrityCheckFindsDamagedPages();
};

void TestStore::newStoreIsPrivate()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("a/b/data"));
    Result<std::unique_ptr<Store>> store = Store::open(dataDir);
    QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
    QCOMPARE(QFile::permissions(dataDir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    const QFile::Permissions dbPermissions = QFile::permissions(dbIn(dataDir));
    QVERIFY(dbPermissions & QFile::ReadOwner);
    QVERIFY(dbPermissions & QFile::WriteOwner);
    QVERIFY(!(dbPermissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther |
                               QFile::ExeOwner)));
}

void TestStore::existingFolderIsTightened()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                               QFile::ExeOther));
    QVERIFY(Store::open(dataDir).ok());
    QVERIFY(!(QFile::permissions(dataDir) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)));
}

void TestStore::pragmasAreSet()
{
    QTemporaryDir tmp;
    Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
    QVERIFY(store.ok());
    QCOMPARE(scalar(**store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(**store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(**store, QStringLiteral("PRAGMA synchronous")).toInt(),
             2); // FULL: publishes are acknowledged
    Result<std::unique_ptr<Store>> bookkeeping = Store::open(tmp.path(), Durability::Bookkeeping);
    QVERIFY(bookkeeping.ok());
    QCOMPARE(scalar(**bookkeeping, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(scalar(**store, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    QCOMPARE(scalar(**store, QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    // Foreign keys are enforced: a header for a receiver that does not exist is refused.
    QSqlQuery query((*store)->database().connection());
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO receiver_headers (receiver_id, position, key, value) VALUES (999, 0, 'a', 'b')")));
}

void TestStore::dataSurvivesReopen()
{
    QTemporaryDir tmp;
    qint64 id = 0;
    {
        Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
        QVERIFY(store.ok());
        ManualClock clock;
        ChangeFeed feed;
        WebhookService service(**store, clock, feed);
        ReceiverInput input;
        input.name = QStringLiteral("Inventory");
        input.webhookUri = QStringLiteral("https://inventory.example.com/hook");
        Result<Receiver> r = service.createReceiver(input, Actor{QStringLiteral("op")});
        QVERIFY(r.ok());
        id = r->id;
    }
    Result<std::unique_ptr<Store>> reopened = Store::open(tmp.path());
    QVERIFY(reopened.ok());
    Result<std::optional<Receiver>> found = (*reopened)->receivers().find(id);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->name, QStringLiteral("Inventory"));
}

void TestStore::eventLogQueriesUseIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    QTest::newRow("by receiver")
        << "SELECT id FROM events WHERE receiver_id = 1 ORDER BY created_at DESC LIMIT 50"
        << "events_receiver_time";
    QTest::newRow("by status")
        << "SELECT id FROM events WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT 50"
        << "events_status_time";
    QTest::newRow("by time")
        << "SELECT id FROM events WHERE created_at BETWEEN 1 AND 2 ORDER BY created_at DESC"
        << "events_time";
    QTest::newRow("by resource/action") << "SELECT id FROM events WHERE resource = 'RUNS' AND action = "
                                           "'CREATE' ORDER BY created_at DESC LIMIT 50"
                                        << "events_resource_action_time";
    QTest::newRow("by subscription")
        << "SELECT id FROM events WHERE subscription_id = 3 ORDER BY created_at DESC LIMIT 100"
        << "events_subscription_time";
    QTest::newRow("due for dispatch")
        << "SELECT id FROM events WHERE status = 'RETRYING' AND next_attempt_at <= 5 ORDER BY next_attempt_at"
        << "events_due";
    QTest::newRow("fan-out")
        << "SELECT id FROM subscriptions WHERE resource = 'RUNS' AND action = 'CREATE' AND active = 1"
        << "subscriptions_match";
}

void TestStore::eventLogQueriesUseIndexes()
{
    QFETCH(QString, sql);
    QFETCH(QString, index);
    QTemporaryDir tmp;
    Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
    QVERIFY(store.ok());
    QSqlQuery plan((*store)->database().connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + u'\n';
    QVERIFY2(details.contains(index), qPrintable(details));
}

// Issue 9: a zero-length file silently became a new store, hiding that a store had lost its
// content. It is refused, named, and left as it is; a missing file still becomes a new store.
void TestStore::emptyFileIsRefusedUnchanged()
{
    QTemporaryDir tmp;
    QFile empty(dbIn(tmp.path()));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::StoreUnusable);
    QCOMPARE(store.error().rule, QStringLiteral("empty"));
    QVERIFY2(store.error().message.contains(dbIn(tmp.path())), qPrintable(store.error().message));
    QCOMPARE(QFileInfo(dbIn(tmp.path())).size(), 0);
    QVERIFY(!QFile::exists(dbIn(tmp.path()) + QStringLiteral("-wal")));

    QTemporaryDir fresh;
    Result<std::unique_ptr<Store>> created = Store::open(fresh.path());
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
    QVERIFY(QFileInfo(dbIn(fresh.path())).size() > 0);
}

void TestStore::refusesUnusableStores_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("says");
    QTest::newRow("text file") << "text"
                               << "not-hookboard"
                               << "not an SQLite database";
    QTest::newRow("corrupt sqlite") << "corrupt"
                                    << "not-hookboard"
                                    << "not a Hookboard store";
    QTest::newRow("another program's sqlite") << "foreign"
                                              << "not-hookboard"
                                              << "another program";
    QTest::newRow("other application id") << "other-id"
                                          << "not-hookboard"
                                          << "another program";
    QTest::newRow("newer version") << "newer"
                                   << "newer-version"
                                   << "newer than this Hookboard";
    QTest::newRow("read-only") << "read-only"
                               << "read-only"
                               << "read-only";
}

void TestStore::refusesUnusableStores()
{
    QFETCH(QString, kind);
    QFETCH(QString, rule);
    QFETCH(QString, says);
    QTemporaryDir tmp;
    const QString path = dbIn(tmp.path());
    if (kind == QLatin1String("text") || kind == QLatin1String("corrupt")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("corrupt"))
            file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a'));
        else
            file.write("part number,quantity\nP-100,4\n");
    } else if (kind == QLatin1String("foreign")) {
        rawExec(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                       QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.com')")});
    } else if (kind == QLatin1String("other-id")) {
        rawExec(path, {QStringLiteral("PRAGMA application_id = 42"), QStringLiteral("CREATE TABLE t (x)")});
    } else {
        QVERIFY(Store::open(tmp.path()).ok());
        if (kind == QLatin1String("newer"))
            rawExec(path, {QStringLiteral("PRAGMA user_version = 999")});
        else
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::StoreUnusable);
    QCOMPARE(store.error().rule, rule);
    QVERIFY2(store.error().message.contains(says), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || kind == QLatin1String("newer") ||
            kind == QLatin1String("read-only"));
}

void TestStore::refusesDataDirThatIsAFile()
{
    QTemporaryDir tmp;
    const QString notADir = tmp.filePath(QStringLiteral("plain-file"));
    QFile file(notADir);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Result<std::unique_ptr<Store>> store = Store::open(notADir);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::StoreUnusable);
    QVERIFY(store.error().message.contains(notADir));
}

// A store with a damaged page still opens (its schema reads), but the check Hookboard runs at
// start finds the damage and says so, naming the file.
void TestStore::integrityCheckFindsDamagedPages()
{
    QTemporaryDir tmp;
    {
        Result<std::unique_ptr<Store>> healthy = Store::open(tmp.path());
        QVERIFY(healthy.ok());
        QVERIFY((*healthy)->database().checkIntegrity().ok());
    }
    QTemporaryDir damagedDir;
    QVERIFY(test::makeDamagedStore(damagedDir.path()));
    Result<std::unique_ptr<Store>> damaged = Store::open(damagedDir.path());
    QVERIFY2(damaged.ok(), damaged ? "" : qPrintable(damaged.error().message));
    const Status checked = (*damaged)->database().checkIntegrity();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, ErrorCode::StoreUnusable);
    QCOMPARE(checked.error().rule, QStringLiteral("damaged"));
    QVERIFY2(checked.error().message.contains(dbIn(damagedDir.path())), qPrintable(checked.error().message));
    QVERIFY2(checked.error().message.contains(QStringLiteral("quick_check found")),
             qPrintable(checked.error().message));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
