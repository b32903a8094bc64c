// Publishes per second through POST /v1/events, from many concurrent clients, against a plain C++
// program inserting the same rows into the same schema, 100 publishes per transaction, with the
// same durability (WAL, synchronous = FULL). Both run in this process, one after the other.
//
//   bench_publish [--publishes N] [--clients N] [--postgres URLFILE] [--json FILE]
//
// With --postgres (a file holding the URL of a PostgreSQL server where it may create databases, as
// tests/postgres-cluster.sh writes), the API run is repeated on a PostgreSQL store (SPEC §7), and
// its rate is given against the SQLite API run's.
//
// Hookboard's side is the real API server and PublishWriter (group commit) on a real store; the
// clients are threads with one keep-alive connection each. No delivery engine runs: this measures
// the way in, not the way out.
#include "api/apiserver.h"
#include "api/apitoken.h"
#include "benchsupport.h"
#include "common/clock.h"
#include "service/changefeed.h"
#include "service/publishwriter.h"
#include "service/webhookservice.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <memory>
#include <sqlite3.h>
#include <thread>
#include <vector>

using namespace hookboard;
using bench::nowUs;
using bench::print;

namespace {

const QString kToken = QStringLiteral("bench-token-0123456789abcdef0123456789");

QByteArray changeBody(int client, int n)
{
    return "{\"resource\":\"RUNS\",\"action\":\"CREATE\",\"data\":{\"client\":" + QByteArray::number(client) +
           ",\"n\":" + QByteArray::number(n) + ",\"title\":\"Run created by the benchmark\"}}";
}

// A store with one receiver subscribed to RUNS CREATE, so that each publish makes one event.
Result<std::unique_ptr<Store>> preparedStore(const StoreLocation &location, const Clock &clock)
{
    Result<std::unique_ptr<Store>> store = Store::open(location);
    if (!store)
        return store.error();
    ChangeFeed feed;
    WebhookService service(**store, clock, feed);
    ReceiverInput receiver;
    receiver.name = QStringLiteral("bench");
    receiver.webhookUri = QStringLiteral("https://127.0.0.1:9/hook");
    Result<Receiver> made = service.createReceiver(receiver, Actor{QStringLiteral("bench")});
    if (!made)
        return made.error();
    SubscriptionInput subscription;
    subscription.receiverId = made->id;
    subscription.resource = QStringLiteral("RUNS");
    subscription.action = QStringLiteral("CREATE");
    Result<Subscription> subscribed =
        service.createSubscription(subscription, Actor{QStringLiteral("bench")});
    if (!subscribed)
        return subscribed.error();
    return store;
}

struct Run
{
    int ok = 0;
    int failed = 0;
    double seconds = 0;
    std::vector<qint64> latenciesUs;
    QString error;
    qint64 commits = 0; // group commits the publish writer made
};

double percentileMs(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(p * double(values.size()))) - 1;
    return double(values[std::min(rank, values.size() - 1)]) / 1000.0;
}

// The baseline: the rows one publish makes (a change and its event), 100 publishes per
// transaction, straight through SQLite's C API with prepared statements.
Run insertDirectly(const QString &dbPath, int publishes, qint64 receiverId, qint64 subscriptionId)
{
    Run run;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        run.error = QStringLiteral("baseline: cannot open %1").arg(dbPath);
        sqlite3_close(db);
        return run;
    }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *change = nullptr;
    sqlite3_stmt *event = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO changes (resource, action, data, occurred_at) VALUES (?, ?, ?, ?)",
                       -1, &change, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO events (change_id, receiver_id, subscription_id, resource, action, test, "
                       "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 'PENDING', ?, ?)",
                       -1, &event, nullptr);
    const qint64 start = nowUs();
    for (int i = 0; i < publishes && run.error.isEmpty(); ++i) {
        if (i % 100 == 0)
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const QByteArray body = changeBody(0, i);
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        sqlite3_bind_text(change, 1, "RUNS", -1, SQLITE_STATIC);
        sqlite3_bind_text(change, 2, "CREATE", -1, SQLITE_STATIC);
        sqlite3_bind_text(change, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(change, 4, at);
        if (sqlite3_step(change) != SQLITE_DONE)
            run.error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_reset(change);
        sqlite3_bind_int64(event, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_int64(event, 2, receiverId);
        sqlite3_bind_int64(event, 3, subscriptionId);
        sqlite3_bind_text(event, 4, "RUNS", -1, SQLITE_STATIC);
        sqlite3_bind_text(event, 5, "CREATE", -1, SQLITE_STATIC);
        sqlite3_bind_int64(event, 6, at);
        sqlite3_bind_int64(event, 7, at);
        if (sqlite3_step(event) != SQLITE_DONE)
            run.error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_reset(event);
        if (i % 100 == 99 || i == publishes - 1)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ++run.ok;
    }
    run.seconds = double(nowUs() - start) / 1e6;
    sqlite3_finalize(change);
    sqlite3_finalize(event);
    sqlite3_close(db);
    return run;
}

// One client: one keep-alive connection, one publish after the other, each timed to its answer.
void publishFrom(quint16 port, int client, int count, Run &run)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000)) {
        run.error = QStringLiteral("client %1: cannot connect: %2").arg(client).arg(socket.errorString());
        return;
    }
    QByteArray received;
    for (int i = 0; i < count; ++i) {
        const QByteArray body = changeBody(client, i);
        const qint64 start = nowUs();
        socket.write("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                     kToken.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        qsizetype headEnd = -1;
        qsizetype total = -1;
        while (total < 0 || received.size() < total) {
            if (!socket.waitForReadyRead(30000)) {
                run.error = QStringLiteral("client %1: no answer: %2").arg(client).arg(socket.errorString());
                return;
            }
            received += socket.readAll();
            if (headEnd < 0 && (headEnd = received.indexOf("\r\n\r\n")) >= 0) {
                const qsizetype at = received.indexOf("Content-Length: ");
                const qsizetype length =
                    at < 0 ? 0 : received.mid(at + 16, 12).split('\r').value(0).toLongLong();
                total = headEnd + 4 + length;
            }
        }
        run.latenciesUs.push_back(nowUs() - start);
        if (received.startsWith("HTTP/1.1 202 "))
            ++run.ok;
        else
            ++run.failed;
        received.remove(0, total);
    }
}

Run publishThroughTheApi(ApiServer &api, int publishes, int clients)
{
    std::vector<Run> runs(size_t(clients), Run{});
    std::vector<std::thread> threads;
    std::atomic<int> finished{0};
    const qint64 start = nowUs();
    for (int c = 0; c < clients; ++c) {
        const int count = publishes / clients + (c < publishes % clients ? 1 : 0);
        threads.emplace_back([&, c, count] {
            publishFrom(api.port(), c, count, runs[size_t(c)]);
            ++finished;
        });
    }
    // The API server answers on this thread.
    while (finished.load() < clients)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    Run total;
    total.seconds = double(nowUs() - start) / 1e6;
    for (std::thread &thread : threads)
        thread.join();
    for (Run &run : runs) {
        total.ok += run.ok;
        total.failed += run.failed;
        total.latenciesUs.insert(total.latenciesUs.end(), run.latenciesUs.begin(), run.latenciesUs.end());
        if (total.error.isEmpty())
            total.error = run.error;
    }
    return total;
}

// A store at location, the real API server and publish writer on it, and publishes publishes from
// clients clients through POST /v1/events.
Run runThroughTheApi(const StoreLocation &location, int publishes, int clients, const Clock &clock)
{
    Run failed;
    Result<std::unique_ptr<Store>> store = preparedStore(location, clock);
    Result<ApiToken> token = ApiToken::fromGiven(kToken);
    if (!store || !token) {
        failed.error = !store ? store.error().message : token.error().message;
        return failed;
    }
    ChangeFeed feed;
    WebhookService service(**store, clock, feed);
    PublishWriter writer(location, clock, feed);
    if (Status started = writer.start(); !started) {
        failed.error = started.error().message;
        return failed;
    }
    ApiServer api(service, writer, *token, ApiServerOptions());
    if (Status listening = api.listen(); !listening) {
        failed.error = listening.error().message;
        return failed;
    }
    const qint64 commitsBefore = writer.commitCount();
    Run run = publishThroughTheApi(api, publishes, clients);
    run.commits = writer.commitCount() - commitsBefore;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption publishesOption(QStringLiteral("publishes"),
                                             QStringLiteral("Publishes per run."), QStringLiteral("N"),
                                             QStringLiteral("20000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent clients."),
                                           QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures here."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("File holding the URL of a PostgreSQL server: run the API on a store there too."),
        QStringLiteral("FILE"));
    parser.addOptions({publishesOption, clientsOption, postgresOption, jsonOption});
    parser.process(app);
    const int publishes = std::max(1, parser.value(publishesOption).toInt());
    const int clients = std::clamp(parser.value(clientsOption).toInt(), 1, 256);
    const SystemClock clock;

    QTemporaryDir baselineDir;
    Result<std::unique_ptr<Store>> baselineStore = preparedStore(baselineDir.path(), clock);
    if (!baselineStore) {
        print(QStringLiteral("bench_publish: %1").arg(baselineStore.error().message));
        return 2;
    }
    baselineStore->reset(); // the baseline has the file to itself
    print(QStringLiteral("baseline: %1 publishes, 100 per transaction, SQLite C API...").arg(publishes));
    const Run baseline =
        insertDirectly(baselineDir.filePath(QString::fromLatin1(Store::kFileName)), publishes, 1, 1);

    QTemporaryDir dir;
    print(QStringLiteral("hookboard: %1 publishes from %2 clients through POST /v1/events...")
              .arg(publishes)
              .arg(clients));
    const Run hookboard = runThroughTheApi(StoreLocation(dir.path()), publishes, clients, clock);
    const qint64 commits = hookboard.commits;
    Run shared;
    if (parser.isSet(postgresOption)) {
        // TestDatabase creates (and at the end drops) a database on the server this file names.
        qputenv("HOOKBOARD_TEST_POSTGRES", parser.value(postgresOption).toLocal8Bit());
        QTemporaryDir sharedDir;
        test::TestDatabase database(sharedDir.path());
        print(QStringLiteral("hookboard on PostgreSQL: the same through POST /v1/events..."));
        shared = runThroughTheApi(database.location(), publishes, clients, clock);
    }

    for (const Run *run : std::initializer_list<const Run *>{&baseline, &hookboard, &shared}) {
        if (!run->error.isEmpty() || run->failed > 0) {
            print(QStringLiteral("bench_publish: %1 failed (%2)").arg(run->failed).arg(run->error));
            return 1;
        }
    }
    const double baselineRate = baseline.ok / baseline.seconds;
    const double rate = hookboard.ok / hookboard.seconds;
    const double sharedRate = shared.seconds > 0 ? shared.ok / shared.seconds : 0;
    print(QString());
    print(QStringLiteral("  baseline inserts:   %1 publishes/s").arg(baselineRate, 0, 'f', 0));
    print(QStringLiteral("  hookboard via API:  %1 publishes/s = %2x baseline")
              .arg(rate, 0, 'f', 0)
              .arg(rate / baselineRate, 0, 'f', 3));
    print(QStringLiteral("  commits:            %1 (%2 publishes per commit)")
              .arg(commits)
              .arg(double(hookboard.ok) / double(std::max<qint64>(1, commits)), 0, 'f', 1));
    print(QStringLiteral("  202 latency:        p50 %1 ms, p99 %2 ms")
              .arg(percentileMs(hookboard.latenciesUs, 0.5), 0, 'f', 2)
              .arg(percentileMs(hookboard.latenciesUs, 0.99), 0, 'f', 2));
    if (parser.isSet(postgresOption)) {
        print(QStringLiteral(
                  "  on PostgreSQL:      %1 publishes/s = %2x the SQLite store; %3 publishes per commit; "
                  "202 p99 %4 ms")
                  .arg(sharedRate, 0, 'f', 0)
                  .arg(sharedRate / rate, 0, 'f', 3)
                  .arg(double(shared.ok) / double(std::max<qint64>(1, shared.commits)), 0, 'f', 1)
                  .arg(percentileMs(shared.latenciesUs, 0.99), 0, 'f', 2));
    }

    if (parser.isSet(jsonOption)) {
        bench::Figures figures;
        figures.add(QStringLiteral("publishes/s, %1 clients via POST /v1/events, vs SQLite inserts 100 per "
                                   "transaction")
                        .arg(clients),
                    rate, QStringLiteral("1/s"), baselineRate, 0.5);
        figures.add(QStringLiteral("publishes per commit (group commit)"),
                    double(hookboard.ok) / double(std::max<qint64>(1, commits)), QStringLiteral("1"));
        figures.add(QStringLiteral("publish -> 202 p99, %1 clients").arg(clients),
                    percentileMs(hookboard.latenciesUs, 0.99), QStringLiteral("ms"));
        if (parser.isSet(postgresOption))
            figures.add(
                QStringLiteral("publishes/s, %1 clients via POST /v1/events on PostgreSQL, vs on SQLite")
                    .arg(clients),
                sharedRate, QStringLiteral("1/s"), rate);
        if (!figures.write(parser.value(jsonOption)))
            return 2;
    }
    return 0;
}
