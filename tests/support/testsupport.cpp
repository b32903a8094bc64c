#include "testsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace hookboard::test {

namespace {

// Runs sql on a short connection to the cluster's maintenance database.
void runAdmin(const StoreLocation &admin, const QString &sql)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("hookboard-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.userName);
        db.setDatabaseName(admin.databaseName);
        if (!db.open())
            qFatal("cannot reach the PostgreSQL test cluster at %s: %s", qPrintable(admin.displayName()),
                   qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool TestDatabase::wanted()
{
    return qEnvironmentVariableIsSet("HOOKBOARD_TEST_POSTGRES");
}

TestDatabase::TestDatabase(const QString &dataDir)
{
    const QString urlFile = qEnvironmentVariable("HOOKBOARD_TEST_POSTGRES");
    QFile file(urlFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("HOOKBOARD_TEST_POSTGRES names %s, which cannot be read (%s): is the test cluster running? "
               "(tests/postgres-cluster.sh start)",
               qPrintable(urlFile), qPrintable(file.errorString()));
    Result<StoreLocation> admin = StoreLocation::parse(QString::fromUtf8(file.readAll()).trimmed(), dataDir);
    if (!admin)
        qFatal("%s: %s", qPrintable(urlFile), qPrintable(admin.error().message));
    m_admin = *admin;
    static QAtomicInteger<int> counter;
    m_location = m_admin;
    m_location.databaseName = QStringLiteral("hbtest_%1_%2_%3")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QDateTime::currentMSecsSinceEpoch())
                                  .arg(counter.fetchAndAddRelaxed(1));
    runAdmin(m_admin, QStringLiteral("CREATE DATABASE ") + m_location.databaseName);
}

TestDatabase::~TestDatabase()
{
    runAdmin(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.databaseName));
}

TestStore::TestStore()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    if (TestDatabase::wanted())
        m_database = std::make_unique<TestDatabase>(dataDir());
    Result<std::unique_ptr<Store>> opened = Store::open(location());
    if (!opened)
        qFatal("cannot open a test store: %s", qPrintable(opened.error().message));
    m_store = std::move(opened).value();
    m_service = std::make_unique<WebhookService>(*m_store, m_clock, m_feed);
}

TestStore::~TestStore()
{
    // Every connection closes before the database is dropped.
    m_reader.reset();
    m_publishWriter.reset();
    m_service.reset();
    m_store.reset();
}

StoreLocation TestStore::location() const
{
    if (!m_database)
        return StoreLocation(dataDir());
    StoreLocation location = m_database->location();
    location.dataDir = dataDir();
    return location;
}

PublishWriter &TestStore::publishWriter()
{
    if (!m_publishWriter) {
        m_publishWriter = std::make_unique<PublishWriter>(location(), m_clock, m_feed);
        if (Status started = m_publishWriter->start(); !started)
            qFatal("cannot start a publish writer: %s", qPrintable(started.error().message));
    }
    return *m_publishWriter;
}

FeedRecorder::FeedRecorder(ChangeFeed &feed)
{
    connect(&feed, &ChangeFeed::changed, this,
            [this](const StoreChange &change) { m_changes.append(change); });
}

QList<StoreChange> FeedRecorder::of(StoreChange::Kind kind) const
{
    QList<StoreChange> found;
    for (const StoreChange &change : m_changes) {
        if (change.kind == kind)
            found.append(change);
    }
    return found;
}

QList<qint64> FeedRecorder::ids(StoreChange::Kind kind) const
{
    QList<qint64> found;
    for (const StoreChange &change : of(kind))
        found += change.ids;
    return found;
}

bool FeedRecorder::waitFor(StoreChange::Kind kind, int timeoutMs)
{
    return QTest::qWaitFor([&] { return !of(kind).isEmpty(); }, timeoutMs);
}

StoreReader &TestStore::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<StoreReader>(location(), m_clock);
    return *m_reader;
}

QString TestStore::dbPath() const
{
    return dataDir() + QStringLiteral("/hookboard.db");
}

Receiver TestStore::makeReceiver(const QString &tag)
{
    ReceiverInput input;
    input.name = QStringLiteral("Receiver ") + tag;
    input.webhookUri = QStringLiteral("https://%1.example.com/hooks").arg(tag);
    Result<Receiver> created = m_service->createReceiver(input, tester());
    if (!created)
        qFatal("makeReceiver: %s", qPrintable(created.error().message));
    return *created;
}

Subscription TestStore::subscribe(qint64 receiverId, const QString &resource, const QString &action)
{
    SubscriptionInput input;
    input.receiverId = receiverId;
    input.resource = resource;
    input.action = action;
    Result<Subscription> created = m_service->createSubscription(input, tester());
    if (!created)
        qFatal("subscribe: %s", qPrintable(created.error().message));
    return *created;
}

qint64 TestStore::rowCount(const QString &table, const QString &where)
{
    // Table and condition are test literals, never input.
    QSqlQuery query(m_store->database().connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + table +
                        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    if (!query.exec(sql) || !query.next())
        qFatal("rowCount(%s) failed", qPrintable(table));
    return query.value(0).toLongLong();
}

Actor tester()
{
    return Actor{QStringLiteral("tester")};
}

bool makeDamagedStore(const QString &dataDir)
{
    {
        Result<std::unique_ptr<Store>> store = Store::open(dataDir);
        if (!store)
            return false;
        const QByteArray data = "{\"text\":\"" + QByteArray(300, 'x') + "\"}";
        for (int i = 0; i < 400; ++i) {
            if (!(*store)->events().insertChange({QStringLiteral("RUNS"), QStringLiteral("CREATE"), data}, i))
                return false;
        }
    }
    QFile file(QDir(dataDir).filePath(QLatin1String(Store::kFileName)));
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(100);
    const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    const qint64 pages = file.size() / pageSize;
    if (pageSize < 512 || pages < 10)
        return false;
    return file.seek(pageSize * (pages / 2)) && file.write(QByteArray(pageSize, char(0xA5))) == pageSize;
}

} // namespace hookboard::test
