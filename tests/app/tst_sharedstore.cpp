// Many dispatchers, one queue (SPEC §7): three headless hookboards share one PostgreSQL store and
// one workload. Publishes go through all three; one is killed with SIGKILL midway. Every
// acknowledged event must reach its receiver, none twice except those that were in flight when the
// kill came (their leases expire and another instance sends them again), no event may be left
// SENDING, and no receiver may ever see more requests at once than its cap allows, whichever
// instances send them.
#include "common/clock.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "store/store.h"
#include "testhttpsserverthread.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>

using namespace hookboard;
using namespace hookboard::test;

namespace {

const QByteArray kToken = "shared-store-test-token";
constexpr int kCap = 4;            // each receiver's maxInFlight: three instances would want 12
constexpr int kChanges = 15'000;   // each fans out to both receivers: 30,000 events
constexpr int kKillAfter = 5'000;  // acknowledged changes before an instance is killed
constexpr int kPublishersEach = 6; // publishes in flight per instance
constexpr int kLeaseSeconds = 5;
const QStringList kPaths{QStringLiteral("/qa"), QStringLiteral("/erp")};
const QString kOrderedPath = QStringLiteral("/ordered");
constexpr int kOrderedEvery = 50; // every 50th change is a RUNS/UPDATE, for the ordered receiver

// A headless hookboard on the shared store, with a data folder of its own.
struct Instance
{
    std::unique_ptr<QProcess> process;
    QUrl api;
};

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private slots:
    void threeInstancesOneKilledDeliverEverythingWithinCaps();

private:
    Instance start(const QTemporaryDir &temp, int index);
    QStringList m_arguments;
};

Instance TestSharedStore::start(const QTemporaryDir &temp, int index)
{
    Instance instance;
    instance.process = std::make_unique<QProcess>();
    instance.process->setProcessChannelMode(QProcess::SeparateChannels);
    instance.process->start(qEnvironmentVariable("HOOKBOARD_EXE"),
                            m_arguments +
                                QStringList{QStringLiteral("--data-dir"),
                                            temp.filePath(QStringLiteral("instance-%1").arg(index))});
    if (!instance.process->waitForStarted(30000))
        return {};
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains('\n') && waited.elapsed() < 30000) {
        instance.process->waitForReadyRead(1000);
        out += instance.process->readAllStandardOutput();
    }
    const QRegularExpressionMatch ready =
        QRegularExpression(QStringLiteral("^ready api=(http://[^/]+)/graphql "))
            .match(QString::fromUtf8(out));
    if (!ready.hasMatch()) {
        qWarning("instance %d: no ready line; stdout: %s stderr: %s", index, out.constData(),
                 instance.process->readAllStandardError().constData());
        return {};
    }
    instance.api = QUrl(ready.captured(1));
    return instance;
}

void TestSharedStore::threeInstancesOneKilledDeliverEverythingWithinCaps()
{
    QVERIFY2(TestDatabase::wanted(), "runs against PostgreSQL only: HOOKBOARD_TEST_POSTGRES must be set");
    QTemporaryDir temp;
    TestDatabase database(temp.filePath(QStringLiteral("unused")));
    TestHttpsServerThread server;
    // Slow enough that the instances together always have more work than the caps allow.
    for (const QString &path : kPaths + QStringList{kOrderedPath})
        server->setBehaviour(path, TestHttpsServer::Slow{10, {200, {}, "ok"}});

    // Two receivers with a cap of their own, both subscribed to RUNS/CREATE.
    {
        Result<std::unique_ptr<Store>> store = Store::open(database.location());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        SystemClock clock;
        ChangeFeed feed;
        WebhookService service(**store, clock, feed);
        for (const QString &path : kPaths) {
            ReceiverInput input;
            input.name = path.mid(1);
            input.webhookUri = server->url(path).toString();
            DeliverySettings delivery;
            delivery.maxInFlight = kCap;
            input.delivery = delivery;
            Result<Receiver> r = service.createReceiver(input, tester());
            QVERIFY(r.ok());
            QVERIFY(service
                        .createSubscription({r->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}},
                                            tester())
                        .ok());
        }
        // One receiver takes RUNS/UPDATE in order: one attempt at a time, in publish order, across
        // all three instances.
        ReceiverInput input;
        input.name = QStringLiteral("ordered");
        input.webhookUri = server->url(kOrderedPath).toString();
        DeliverySettings delivery;
        delivery.ordered = true;
        input.delivery = delivery;
        Result<Receiver> r = service.createReceiver(input, tester());
        QVERIFY(r.ok());
        QVERIFY(
            service
                .createSubscription({r->id, QStringLiteral("RUNS"), QStringLiteral("UPDATE"), {}}, tester())
                .ok());
    }
    const QString caFile = temp.filePath(QStringLiteral("test-ca.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(server->caCertificate().toPem()) > 0);
    ca.close();
    m_arguments = {QStringLiteral("--headless"),
                   QStringLiteral("--database"),
                   database.location().displayName(),
                   QStringLiteral("--lease-seconds"),
                   QString::number(kLeaseSeconds),
                   QStringLiteral("--api-listen"),
                   QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--api-token"),
                   QString::fromLatin1(kToken),
                   QStringLiteral("--ca-file"),
                   caFile};
    std::array<Instance, 3> instances;
    for (int i = 0; i < 3; ++i) {
        instances[i] = start(temp, i);
        QVERIFY2(instances[i].process, "an instance did not start");
    }

    // Publishes through all three, kPublishersEach at a time each; one instance is killed
    // once kKillAfter changes are acknowledged, and the rest go through the other two.
    QNetworkAccessManager client;
    QSet<qint64> acknowledged; // event ids answered with 202
    int changesAcknowledged = 0;
    int nextChange = 0;
    int inFlight = 0;
    std::array<int, 3> inFlightAt{}; // publishes each instance has not answered yet
    int unansweredAtKill = 0;        // the victim's: the only publishes that may go unacknowledged
    bool killed = false;
    int victim = -1; // the instance killed: one holding leases at that moment
    QSet<qint64> sendingAtKill;
    QSqlDatabase checks = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("checks"));
    const StoreLocation &where = database.location();
    checks.setHostName(where.host);
    checks.setPort(where.port);
    checks.setUserName(where.userName);
    checks.setDatabaseName(where.databaseName);
    QVERIFY(checks.open());
    const auto idsWhere = [&](const QString &condition) {
        QSet<qint64> ids;
        QSqlQuery query(checks);
        if (!query.exec(QStringLiteral("SELECT id FROM events WHERE ") + condition))
            qFatal("%s", qPrintable(query.lastError().text()));
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    };

    std::function<void(int)> publishOne = [&](int instance) {
        if (nextChange >= kChanges || (killed && instance == victim))
            return;
        const int change = nextChange++;
        // The ordered receiver's changes all go through one live instance: ids come from one
        // sequence, so publishes committing at once on two instances may commit out of id order,
        // and ordered delivery follows the order of commits (docs/decisions.md).
        const bool ordered = change % kOrderedEvery == 0;
        const int target = ordered ? (killed && victim == 0 ? 1 : 0) : instance;
        QNetworkRequest request(instances[target].api.resolved(QUrl(QStringLiteral("/v1/events"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        ++inFlight;
        ++inFlightAt[target];
        QNetworkReply *reply = client.post(
            request, QStringLiteral("{\"resource\":\"RUNS\",\"action\":\"%1\",\"data\":{\"n\":%2}}")
                         .arg(ordered ? QStringLiteral("UPDATE") : QStringLiteral("CREATE"))
                         .arg(change)
                         .toUtf8());
        connect(reply, &QNetworkReply::finished, this, [&, reply, instance, target] {
            --inFlight;
            --inFlightAt[target];
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202) {
                const QJsonArray ids =
                    QJsonDocument::fromJson(reply->readAll()).object().value(u"eventIds").toArray();
                for (const QJsonValue &id : ids)
                    acknowledged.insert(id.toInteger());
                ++changesAcknowledged;
            }
            if (!killed && changesAcknowledged >= kKillAfter) {
                // The victim is an instance with attempts in flight (leased_by is "host:pid:…"), so
                // that its leases must expire and be taken over.
                QSqlQuery holder(checks);
                if (holder.exec(QStringLiteral("SELECT leased_by FROM events WHERE status = 'SENDING' AND "
                                               "leased_by IS NOT NULL LIMIT 1")) &&
                    holder.next()) {
                    const qint64 pid = holder.value(0).toString().section(u':', 1, 1).toLongLong();
                    for (int i = 0; i < 3; ++i) {
                        if (instances[i].process->processId() == pid)
                            victim = i;
                    }
                }
                if (victim >= 0) {
                    killed = true;
                    unansweredAtKill = inFlightAt[victim];
                    const qint64 pid = instances[victim].process->processId(); // 0 once it has ended
                    ::kill(pid_t(pid), SIGKILL);
                    instances[victim].process->waitForFinished(10000);
                    // What it had in flight: the only events that may reach a receiver twice.
                    sendingAtKill =
                        idsWhere(QStringLiteral("status = 'SENDING' AND leased_by LIKE '%:%1:%'").arg(pid));
                }
            }
            publishOne(killed && instance == victim ? (victim + 1 + changesAcknowledged % 2) % 3 : instance);
        });
    };
    for (int instance = 0; instance < 3; ++instance) {
        for (int i = 0; i < kPublishersEach; ++i)
            publishOne(instance);
    }
    QElapsedTimer publishing;
    publishing.start();
    while ((inFlight > 0 || nextChange < kChanges) && publishing.elapsed() < 240'000)
        QTest::qWait(20);
    QVERIFY2(killed, "no instance held a lease when one was to be killed");
    QCOMPARE(instances[victim].process->exitStatus(), QProcess::CrashExit);
    QVERIFY2(!sendingAtKill.isEmpty(), "the killed instance had nothing in flight: no lease was taken over");
    // All but the few publishes the killed instance had not answered were acknowledged (its own
    // kPublishersEach, and the ordered changes the others sent it if it was instance 0).
    QVERIFY2(changesAcknowledged >= kChanges - unansweredAtKill,
             qPrintable(QStringLiteral("%1 of %2 acknowledged; %3 were unanswered at the kill")
                            .arg(changesAcknowledged)
                            .arg(kChanges)
                            .arg(unansweredAtKill)));
    qInfo("%d changes acknowledged (%lld events); %lld events were SENDING at the kill; publishing took %lld "
          "ms",
          changesAcknowledged, qint64(acknowledged.size()), qint64(sendingAtKill.size()),
          publishing.elapsed());

    // Everything is delivered: the killed instance's leases expire and the others take them over.
    QElapsedTimer delivering;
    delivering.start();
    QSet<qint64> unfinished;
    do {
        QTest::qWait(250);
        unfinished = idsWhere(QStringLiteral("status <> 'SUCCEEDED'"));
    } while (!unfinished.isEmpty() && delivering.elapsed() < 240'000);
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 events not delivered").arg(unfinished.size())));
    QVERIFY(idsWhere(QStringLiteral("status = 'SENDING'")).isEmpty());

    QHash<qint64, int> received;
    QList<qint64> orderedArrivals; // the ordered receiver's events, each at its first arrival
    for (const TestHttpsServer::Request &request : server->requests()) {
        const QByteArray id = request.header("webhook-id");
        QVERIFY2(id.startsWith("evt_"), id.constData());
        const qint64 eventId = id.mid(4).toLongLong();
        if (++received[eventId] == 1 && request.path == kOrderedPath.toUtf8())
            orderedArrivals.append(eventId);
    }
    // In publish order, one at a time, whichever instance sent each.
    // Every ordered event the store holds (a publish cut off by the kill may have been one).
    QCOMPARE(qsizetype(idsWhere(QStringLiteral("action = 'UPDATE'")).size()), orderedArrivals.size());
    QVERIFY(orderedArrivals.size() >= kChanges / kOrderedEvery - unansweredAtKill);
    QVERIFY(std::is_sorted(orderedArrivals.cbegin(), orderedArrivals.cend()));
    QCOMPARE(server->mostInFlight(kOrderedPath), 1);
    for (qint64 id : std::as_const(acknowledged))
        QVERIFY2(received.value(id) >= 1,
                 qPrintable(QStringLiteral("acknowledged event %1 never arrived").arg(id)));
    // Each arrival is a recorded attempt (a retry after a failed one is a second attempt, not a
    // duplicate), except the one the killed instance had in flight and could not record.
    QHash<qint64, int> attempts;
    {
        QSqlQuery query(checks);
        QVERIFY(query.exec(QStringLiteral("SELECT event_id, count(*) FROM attempts GROUP BY event_id")));
        while (query.next())
            attempts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    int twice = 0;
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        const int recorded = attempts.value(it.key());
        if (it.value() > 1)
            ++twice;
        if (it.value() <= recorded)
            continue;
        QVERIFY2(it.value() == recorded + 1 && sendingAtKill.contains(it.key()),
                 qPrintable(QStringLiteral("event %1 arrived %2 times, %3 attempts recorded, and was not in "
                                           "flight at the kill")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(recorded)));
    }
    for (const QString &path : kPaths) {
        QVERIFY2(server->mostInFlight(path) <= kCap,
                 qPrintable(QStringLiteral("%1 saw %2 requests at once; its cap is %3")
                                .arg(path)
                                .arg(server->mostInFlight(path))
                                .arg(kCap)));
        QVERIFY(server->mostInFlight(path) >= 1);
    }
    qInfo("%lld events received, %d of them twice; most in flight: %d and %d (cap %d); delivering took %lld "
          "ms more",
          qint64(received.size()), twice, server->mostInFlight(kPaths[0]), server->mostInFlight(kPaths[1]),
          kCap, delivering.elapsed());

    for (int i = 0; i < 3; ++i) {
        if (i == victim)
            continue;
        ::kill(pid_t(instances[i].process->processId()), SIGTERM);
        QVERIFY(instances[i].process->waitForFinished(30000));
        QCOMPARE(instances[i].process->exitStatus(), QProcess::NormalExit);
    }
    checks.close();
    checks = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("checks"));
}

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
