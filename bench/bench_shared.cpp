// Deliveries per second with one, two and three headless hookboards sharing one PostgreSQL store
// (SPEC §7), beside one hookboard on its own SQLite store: the same stored events, the same
// receivers on the same local HTTPS server, in the same run on the same machine. The ratio of each
// PostgreSQL figure is against the SQLite one.
//
//   bench_shared --postgres URLFILE --hookboard EXE [--events N] [--receivers N] [--instances 1,2,3]
//                [--json FILE]
//
// URLFILE holds the URL of a PostgreSQL server where the benchmark may create and drop databases
// (tests/postgres-cluster.sh writes one). Each run gets a fresh store holding N PENDING events spread
// over the receivers; then the instances start together, and the rate is N over the time from the
// first arrival at the receiver to the last. Exits 1 when an event is lost: not received, or not
// SUCCEEDED in the store once the instances have stopped.
#include "benchreceivers.h"
#include "benchsupport.h"
#include "common/clock.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "store/database.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "testhttpsserverthread.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace hookboard;
using namespace hookboard::test;
using bench::ArrivalLog;
using bench::print;

namespace {

constexpr int kPublishBatch = 500; // stored events per transaction while preparing a run

struct RunResult
{
    bool ok = false;
    QString error;
    double perSecond = 0;
    double cpuMsPerDelivery = 0;       // the hookboard processes' user + system time
    double serverCpuMsPerDelivery = 0; // the PostgreSQL server's processes (0 on SQLite)
    double machineBusy = 0;            // of all CPUs, while the events went out: 1 is all of them
    qint64 duplicates = 0;
};

// CPU seconds (user + system) a running process has used, from /proc/PID/stat.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds used by the PostgreSQL server whose postmaster is postmasterPid (itself and its
// children: backends, WAL writer, checkpointer), by pid. Empty when the pid is unknown.
QHash<qint64, double> serverCpu(qint64 postmasterPid)
{
    QHash<qint64, double> cpu;
    if (postmasterPid <= 0)
        return cpu;
    for (const QFileInfo &entry :
         QDir(QStringLiteral("/proc")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.fileName().toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(entry.filePath() + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qint64 parent = line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
        if (pid == postmasterPid || parent == postmasterPid)
            cpu.insert(pid, processCpuSeconds(pid));
    }
    return cpu;
}

// The postmaster of the cluster tests/postgres-cluster.sh started with its URL in urlFile: the
// state folder also names the cluster's folder ("dir"), whose data/postmaster.pid starts with it.
qint64 postmasterOf(const QString &urlFile)
{
    QFile dir(QFileInfo(urlFile).dir().filePath(QStringLiteral("dir")));
    if (!dir.open(QIODevice::ReadOnly))
        return 0;
    QFile pid(QString::fromLocal8Bit(dir.readAll().trimmed()) + QStringLiteral("/data/postmaster.pid"));
    if (!pid.open(QIODevice::ReadOnly))
        return 0;
    return pid.readLine().trimmed().toLongLong();
}

// The machine's busy and total CPU time so far, in clock ticks, from /proc/stat.
QPair<qint64, qint64> machineTicks()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    qint64 total = 0;
    for (qsizetype i = 1; i < fields.size(); ++i)
        total += fields.at(i).toLongLong();
    const qint64 idle = fields.value(4).toLongLong() + fields.value(5).toLongLong(); // idle, iowait
    return {total - idle, total};
}

// Receivers and count PENDING events, count / receivers each, in transactions of kPublishBatch.
Status prepare(const StoreLocation &location, const TestHttpsServer &server, int receivers, int count)
{
    Result<std::unique_ptr<Store>> store = Store::open(location);
    if (!store)
        return store.error();
    SystemClock clock;
    ChangeFeed feed;
    WebhookService service(**store, clock, feed);
    if (Status added = bench::addReceivers(service, server, receivers); !added)
        return added;
    for (int first = 0; first < count; first += kPublishBatch) {
        Status stored = (*store)->database().transaction([&]() -> Status {
            for (int i = first; i < std::min(count, first + kPublishBatch); ++i) {
                const QByteArray data = "{\"n\":" + QByteArray::number(i) + ",\"title\":\"Run created\"}";
                Result<QList<qint64>> ids = service.publish(
                    {QString::fromLatin1(bench::kResources[i % receivers]), QStringLiteral("CREATE"), data});
                if (!ids)
                    return ids.error();
            }
            return {};
        });
        if (!stored)
            return stored;
    }
    return {};
}

// Events in the store with this status.
Result<qint64> countWithStatus(const StoreLocation &location, const QString &status)
{
    Result<std::unique_ptr<Store>> store = Store::open(location);
    if (!store)
        return store.error();
    SqlQuery query((*store)->database().connection(),
                   QStringLiteral("SELECT count(*) FROM events WHERE status = :status"));
    query.bind(QStringLiteral(":status"), status);
    if (Status done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

class SharedBench
{
public:
    SharedBench(QString hookboard, int events, int receivers, qint64 postmaster)
        : m_hookboard(std::move(hookboard)), m_events(events), m_receivers(receivers),
          m_postmaster(postmaster), m_log(m_server.server())
    {
        m_caFile = m_temp.filePath(QStringLiteral("ca.pem"));
        QFile ca(m_caFile);
        if (!ca.open(QIODevice::WriteOnly) || ca.write(m_server->caCertificate().toPem()) <= 0)
            qFatal("cannot write %s", qPrintable(m_caFile));
    }

    // One run: a fresh store (SQLite when postgres is false), then instances hookboards on it.
    RunResult run(bool postgres, int instances)
    {
        RunResult result;
        QTemporaryDir dir;
        std::unique_ptr<TestDatabase> database;
        StoreLocation location(dir.filePath(QStringLiteral("data")));
        if (postgres) {
            database = std::make_unique<TestDatabase>(dir.filePath(QStringLiteral("data")));
            location = database->location();
        }
        if (Status prepared = prepare(location, *m_server.server(), m_receivers, m_events); !prepared) {
            result.error = prepared.error().message;
            return result;
        }
        m_log.take();
        const QHash<qint64, double> serverBefore = serverCpu(m_postmaster);
        const QPair<qint64, qint64> machineBefore = machineTicks();

        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < instances; ++i) {
            QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--api-listen"),
                                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--ca-file"), m_caFile};
            if (postgres)
                arguments << QStringLiteral("--database") << location.displayName()
                          << QStringLiteral("--data-dir")
                          << dir.filePath(QStringLiteral("instance-%1").arg(i));
            else
                arguments << QStringLiteral("--data-dir") << location.dataDir;
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::SeparateChannels);
            process->start(m_hookboard, arguments);
            processes.push_back(std::move(process));
        }
        const auto stopAll = [&] {
            for (const auto &process : processes) {
                if (process->state() != QProcess::NotRunning)
                    process->terminate();
            }
            for (const auto &process : processes)
                process->waitForFinished(60'000);
        };
        for (const auto &process : processes) {
            if (!waitForReady(*process)) {
                result.error = QStringLiteral("an instance did not start: %1")
                                   .arg(QString::fromUtf8(process->readAllStandardError()));
                stopAll();
                return result;
            }
        }

        // Until every event has arrived (an event sent twice does not count twice).
        std::vector<ArrivalLog::Arrival> arrivals;
        QSet<qint64> distinct;
        const bool arrived = bench::waitUntil(
            [&] {
                for (const ArrivalLog::Arrival &arrival : m_log.take()) {
                    arrivals.push_back(arrival);
                    distinct.insert(arrival.eventId);
                }
                return distinct.size() >= m_events;
            },
            600'000);
        const QPair<qint64, qint64> machineAfter = machineTicks();
        double cpu = 0;
        for (const auto &process : processes)
            cpu += processCpuSeconds(process->processId());
        double serverSeconds = 0;
        const QHash<qint64, double> serverAfter = serverCpu(m_postmaster);
        for (auto it = serverAfter.cbegin(); it != serverAfter.cend(); ++it)
            serverSeconds += it.value() - serverBefore.value(it.key());
        stopAll();
        for (const ArrivalLog::Arrival &arrival : m_log.take()) {
            arrivals.push_back(arrival);
            distinct.insert(arrival.eventId);
        }
        qint64 firstUs = std::numeric_limits<qint64>::max();
        qint64 lastUs = 0;
        for (const ArrivalLog::Arrival &arrival : arrivals) {
            firstUs = std::min(firstUs, arrival.atUs);
            lastUs = std::max(lastUs, arrival.atUs);
        }
        result.duplicates = qint64(arrivals.size()) - distinct.size();
        if (!arrived || distinct.size() != m_events) {
            result.error =
                QStringLiteral("%1 of %2 events arrived within 600 s").arg(distinct.size()).arg(m_events);
            return result;
        }
        Result<qint64> succeeded = countWithStatus(location, QStringLiteral("SUCCEEDED"));
        if (!succeeded || *succeeded != m_events) {
            result.error = succeeded ? QStringLiteral("%1 of %2 events SUCCEEDED in the store after the stop")
                                           .arg(*succeeded)
                                           .arg(m_events)
                                     : succeeded.error().message;
            return result;
        }
        result.ok = true;
        result.perSecond = lastUs > firstUs ? double(m_events) * 1e6 / double(lastUs - firstUs) : 0;
        result.cpuMsPerDelivery = cpu * 1000.0 / m_events;
        result.serverCpuMsPerDelivery = postgres ? serverSeconds * 1000.0 / m_events : 0;
        const qint64 total = machineAfter.second - machineBefore.second;
        result.machineBusy = total > 0 ? double(machineAfter.first - machineBefore.first) / double(total) : 0;
        return result;
    }

private:
    static bool waitForReady(QProcess &process)
    {
        if (!process.waitForStarted(30'000))
            return false;
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (!out.contains('\n') && waited.elapsed() < 60'000) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
        }
        return out.startsWith("ready ");
    }

    QString m_hookboard;
    int m_events;
    int m_receivers;
    qint64 m_postmaster; // 0: the server's CPU is not measured
    QTemporaryDir m_temp;
    QString m_caFile;
    TestHttpsServerThread m_server;
    ArrivalLog m_log;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Deliveries/s of 1..3 hookboards on one PostgreSQL store beside one on SQLite."));
    parser.addHelpOption();
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("File holding the URL of a PostgreSQL server to create stores on."),
        QStringLiteral("FILE"));
    const QCommandLineOption hookboardOption(
        QStringLiteral("hookboard"), QStringLiteral("The hookboard program to run."), QStringLiteral("EXE"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events per run."),
                                          QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption receiversOption(
        QStringLiteral("receivers"),
        QStringLiteral("Receivers the events are spread over (1..%1).").arg(bench::kMaxReceivers),
        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption instancesOption(
        QStringLiteral("instances"), QStringLiteral("Instance counts to run on PostgreSQL, comma-separated."),
        QStringLiteral("LIST"), QStringLiteral("1,2,3"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures here."),
                                        QStringLiteral("FILE"));
    parser.addOptions(
        {postgresOption, hookboardOption, eventsOption, receiversOption, instancesOption, jsonOption});
    parser.process(app);

    bool eventsOk = false;
    bool receiversOk = false;
    const int events = parser.value(eventsOption).toInt(&eventsOk);
    const int receivers = parser.value(receiversOption).toInt(&receiversOk);
    QList<int> instanceCounts;
    for (const QString &part : parser.value(instancesOption).split(u',')) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1 || n > 8) {
            print(QStringLiteral("--instances: each count must be a whole number from 1 to 8, not \"%1\"")
                      .arg(part));
            return 2;
        }
        instanceCounts.append(n);
    }
    if (!eventsOk || events < 1 || events > 10'000'000) {
        print(QStringLiteral("--events: must be a whole number from 1 to 10000000"));
        return 2;
    }
    if (!receiversOk || receivers < 1 || receivers > bench::kMaxReceivers) {
        print(QStringLiteral("--receivers: must be a whole number from 1 to %1").arg(bench::kMaxReceivers));
        return 2;
    }
    if (!parser.isSet(postgresOption) || !QFile::exists(parser.value(postgresOption))) {
        print(QStringLiteral(
            "--postgres: must name a file holding a PostgreSQL URL (tests/postgres-cluster.sh)"));
        return 2;
    }
    if (!parser.isSet(hookboardOption) || !QFileInfo(parser.value(hookboardOption)).isExecutable()) {
        print(QStringLiteral("--hookboard: must name the hookboard program"));
        return 2;
    }
    // TestDatabase creates each run's database on the server this file names.
    qputenv("HOOKBOARD_TEST_POSTGRES", parser.value(postgresOption).toLocal8Bit());

    const qint64 postmaster = postmasterOf(parser.value(postgresOption));
    if (postmaster <= 0)
        print(QStringLiteral(
            "the server's process is not known (not a tests/postgres-cluster.sh cluster): its CPU "
            "time is not measured"));
    SharedBench bench(parser.value(hookboardOption), events, receivers, postmaster);
    bench::Figures figures;
    print(QStringLiteral(
              "%1 stored events over %2 receivers (cap 8 each), a local HTTPS receiver answering 200")
              .arg(events)
              .arg(receivers));
    const RunResult sqlite = bench.run(false, 1);
    if (!sqlite.ok) {
        print(QStringLiteral("SQLite, 1 instance: %1").arg(sqlite.error));
        return 1;
    }
    print(QStringLiteral("SQLite, 1 instance: %1 deliveries/s; CPU per delivery %2 ms; machine busy %3%")
              .arg(sqlite.perSecond, 0, 'f', 0)
              .arg(sqlite.cpuMsPerDelivery, 0, 'f', 3)
              .arg(sqlite.machineBusy * 100, 0, 'f', 0));
    figures.add(QStringLiteral("shared store: deliveries/s, 1 instance on SQLite"), sqlite.perSecond,
                QStringLiteral("deliveries/s"));
    for (int instances : std::as_const(instanceCounts)) {
        const RunResult shared = bench.run(true, instances);
        if (!shared.ok) {
            print(QStringLiteral("PostgreSQL, %1 instance(s): %2").arg(instances).arg(shared.error));
            return 1;
        }
        print(QStringLiteral(
                  "PostgreSQL, %1 instance(s): %2 deliveries/s; CPU per delivery %3 ms in hookboard, "
                  "%4 ms in the server; machine busy %5%; %6 delivered twice")
                  .arg(instances)
                  .arg(shared.perSecond, 0, 'f', 0)
                  .arg(shared.cpuMsPerDelivery, 0, 'f', 3)
                  .arg(shared.serverCpuMsPerDelivery, 0, 'f', 3)
                  .arg(shared.machineBusy * 100, 0, 'f', 0)
                  .arg(shared.duplicates));
        figures.add(QStringLiteral("shared store: deliveries/s, %1 instance%2 on PostgreSQL, vs 1 on SQLite")
                        .arg(instances)
                        .arg(instances == 1 ? QString() : QStringLiteral("s")),
                    shared.perSecond, QStringLiteral("deliveries/s"), sqlite.perSecond);
    }
    if (parser.isSet(jsonOption) && !figures.write(parser.value(jsonOption)))
        return 1;
    return 0;
}
