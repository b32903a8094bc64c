#pragma once

#include "common/clock.h"
#include "service/changefeed.h"
#include "service/publishwriter.h"
#include "service/storereader.h"
#include "service/webhookservice.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace hookboard::test {

// A PostgreSQL database of its own on the test cluster (tests/postgres-cluster.sh, started by
// CTest for the *_postgresql tests, which name its URL file in HOOKBOARD_TEST_POSTGRES), created
// empty and dropped at the end. Without a running cluster the test fails: it is never skipped.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &dataDir);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const StoreLocation &location() const { return m_location; }
    // Whether this test run is against PostgreSQL (HOOKBOARD_TEST_POSTGRES is set).
    static bool wanted();

private:
    StoreLocation m_admin;
    StoreLocation m_location;
};

// A throwaway data folder with a real store (an SQLite file, or a PostgreSQL database when the
// test runs against one), a manual clock and a service on top.
class TestStore
{
public:
    TestStore();
    ~TestStore();

    // The folder the store lives in, as given to Store::open.
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    // Where the store is: what every other connection to it (readers, writers, engines) opens.
    StoreLocation location() const;
    bool onPostgres() const { return m_database != nullptr; }
    QString dbPath() const;
    Store &store() { return *m_store; }
    WebhookService &service() { return *m_service; }
    // What the service and the publish writer post their commits to.
    ChangeFeed &feed() { return m_feed; }
    ManualClock &clock() { return m_clock; }
    // The group-commit writer of publishes on the same folder, started on first use; its commits
    // are posted to feed() like the runtime's.
    PublishWriter &publishWriter();
    // Reads on a thread of their own over the same folder (the console's), made on first use.
    StoreReader &reader();

    // Creates a valid receiver (name and URI derived from tag) or fails the test.
    Receiver makeReceiver(const QString &tag = QStringLiteral("qa"));
    Subscription subscribe(qint64 receiverId, const QString &resource, const QString &action);

    // Counts rows of a table straight from SQL, to check what the store really holds.
    qint64 rowCount(const QString &table, const QString &where = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database; // before the store: dropped after it is closed
    ManualClock m_clock;
    ChangeFeed m_feed;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<PublishWriter> m_publishWriter;
    std::unique_ptr<StoreReader> m_reader;
};

// Keeps every change posted to a feed, in order, for tests to check what was announced.
class FeedRecorder : public QObject
{
public:
    explicit FeedRecorder(ChangeFeed &feed);

    const QList<StoreChange> &all() const { return m_changes; }
    // The changes of kind, in posting order.
    QList<StoreChange> of(StoreChange::Kind kind) const;
    // Every id posted with kind, in posting order.
    QList<qint64> ids(StoreChange::Kind kind) const;
    // Waits (running the event loop) until a change of kind has arrived; false after timeoutMs.
    bool waitFor(StoreChange::Kind kind, int timeoutMs = 5000);
    void clear() { m_changes.clear(); }

private:
    QList<StoreChange> m_changes;
};

// The operator used by tests.
Actor tester();

// Makes a store in dataDir holding enough published changes to fill many pages, closes it (the
// WAL is checkpointed into the file), then overwrites one page in the middle of the file with
// garbage: the schema still reads, but SQLite's integrity checks find the damage. False if any
// step failed.
bool makeDamagedStore(const QString &dataDir);

} // namespace hookboard::test
