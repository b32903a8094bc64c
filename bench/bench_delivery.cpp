// Delivery throughput end to end: publishes events into a real store, lets the DeliveryEngine send
// them to a local HTTPS receiver, and reports deliveries per second, publish-to-receipt latency and
// memory. Machines are shared and noisy, so the headline figure is a ratio against a baseline taken
// in the same run: the same number of POSTs of the same size, sent straight with a
// QNetworkAccessManager to the same kind of server, without store or signing.
//
//   bench_delivery [--events N] [--receivers N] [--timeout SECONDS]
//
// Exits 1 when an event was lost (not SUCCEEDED at the end, or never received by the server).
#include "benchreceivers.h"
#include "benchsupport.h"
#include "common/clock.h"
#include "delivery/deliveryengine.h"
#include "delivery/outgoingrequest.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "store/store.h"
#include "testhttpsserverthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <sys/resource.h>
#include <vector>

using namespace hookboard;
using namespace hookboard::test;

namespace {

using bench::ArrivalLog;
using bench::cpuSeconds;
using bench::kMaxReceivers;
using bench::kResources;
using bench::nowUs;
using bench::print;
using bench::procStatusKiB;
using bench::resetPeakRss;
using bench::waitUntil;

struct Latency
{
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    qint64 received = 0;   // distinct ids that arrived
    qint64 duplicates = 0; // arrivals beyond the first for an id
    qint64 unknown = 0;    // arrivals whose id was never sent
};

// Send (or publish) time to first arrival, over every id that arrived; nearest-rank percentiles.
Latency latencyOf(const QHash<qint64, qint64> &sentUs, const std::vector<ArrivalLog::Arrival> &arrivals)
{
    Latency latency;
    QSet<qint64> seen;
    std::vector<qint64> us;
    us.reserve(arrivals.size());
    for (const ArrivalLog::Arrival &arrival : arrivals) {
        const auto sent = sentUs.constFind(arrival.eventId);
        if (sent == sentUs.constEnd()) {
            ++latency.unknown;
            continue;
        }
        if (seen.contains(arrival.eventId)) {
            ++latency.duplicates;
            continue;
        }
        seen.insert(arrival.eventId);
        us.push_back(arrival.atUs - *sent);
    }
    latency.received = qint64(us.size());
    if (us.empty())
        return latency;
    std::sort(us.begin(), us.end());
    const auto rank = [&](double p) {
        const size_t index = size_t(std::ceil(p * double(us.size()))) - 1;
        return double(us[std::min(index, us.size() - 1)]) / 1000.0;
    };
    latency.p50Ms = rank(0.50);
    latency.p99Ms = rank(0.99);
    latency.maxMs = double(us.back()) / 1000.0;
    return latency;
}

struct BaselineResult
{
    int ok = 0;
    int failed = 0;
    QString firstError;
    double seconds = 0;
    double cpuSeconds = 0;
    Latency latency;
    qint64 peakKiB = 0;
};

// The same requests Hookboard sends (body and header sizes alike, placeholder signatures), posted
// with a QNetworkAccessManager per lane, `perLane` in flight on each: Hookboard's per-receiver cap
// over as many receivers. Keep-alive and HTTP/1.1 as in HttpSender.
BaselineResult runBaseline(TestHttpsServerThread &server, ArrivalLog &log, int count, int lanes, int perLane)
{
    BaselineResult result;
    resetPeakRss();
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + QList{server->caCertificate()});
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    std::vector<QUrl> urls;
    for (int lane = 0; lane < lanes; ++lane) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        urls.push_back(server->url(QStringLiteral("/r%1").arg(lane + 1)));
    }

    Receiver receiver; // only shapes the body
    receiver.id = 1;
    const qint64 wallNowMs = QDateTime::currentMSecsSinceEpoch();
    QHash<qint64, qint64> sentUs;
    sentUs.reserve(count);
    int next = 0;
    int done = 0;
    std::function<void(int)> sendOne;
    sendOne = [&](int lane) {
        if (next >= count)
            return;
        const qint64 id = ++next;
        Event event;
        event.id = id;
        event.receiverId = receiver.id;
        event.subscriptionId = lane + 1;
        event.resource = QString::fromLatin1(kResources[lane]);
        event.action = QStringLiteral("CREATE");
        event.payload = "{\"id\":" + QByteArray::number(id) + ",\"status\":\"IN_PROGRESS\"}";
        event.createdAtMs = wallNowMs;

        QNetworkRequest request(urls[size_t(lane)]);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(15000);
        request.setSslConfiguration(ssl);
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("User-Agent", "Hookboard/" HOOKBOARD_VERSION);
        request.setRawHeader("webhook-id", "evt_" + QByteArray::number(id));
        request.setRawHeader("webhook-timestamp", QByteArray::number(wallNowMs / 1000));
        request.setRawHeader("webhook-signature", "v1," + QByteArray(44, 'A'));
        request.setRawHeader("X-Hub-Signature-256", "sha256=" + QByteArray(64, '0'));
        sentUs.insert(id, nowUs());
        QNetworkReply *reply = networks[size_t(lane)]->post(request, requestBody(event, receiver));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, lane] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError && status == 200) {
                ++result.ok;
            } else {
                ++result.failed;
                if (result.firstError.isEmpty())
                    result.firstError = reply->errorString();
            }
            ++done;
            reply->deleteLater();
            sendOne(lane);
        });
    };

    const qint64 startUs = nowUs();
    const double startCpu = cpuSeconds();
    for (int lane = 0; lane < lanes; ++lane) {
        for (int i = 0; i < perLane; ++i)
            sendOne(lane);
    }
    waitUntil([&] { return done >= count; }, 600000);
    result.seconds = double(nowUs() - startUs) / 1e6;
    result.cpuSeconds = cpuSeconds() - startCpu;
    result.peakKiB = procStatusKiB("VmHWM:");
    // Let the last replies be deleted before the next phase measures memory.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    result.latency = latencyOf(sentUs, log.take());
    return result;
}

struct HookboardResult
{
    bool setupFailed = false;
    QString setupError;
    int published = 0;
    double publishSeconds = 0;
    double endToEndSeconds = 0; // first publish to the outcome that made the last event SUCCEEDED
    double cpuSeconds = 0;      // CPU used by the process over endToEndSeconds
    bool allSucceeded = false;
    qint64 succeeded = 0;
    QList<qint64> notSucceeded; // ids, with their status
    QStringList notSucceededStatus;
    QList<qint64> neverReceived;
    Latency latency;
    qint64 rssBeforeKiB = 0;
    qint64 rssAfterKiB = 0;
    qint64 peakKiB = 0;
};

qint64 succeededCount(WebhookService &service)
{
    EventFilter filter;
    filter.statuses = {EventStatus::Succeeded};
    Result<Page<Event>> page = service.events(filter, 0, 1);
    return page ? page->totalCount : -1;
}

HookboardResult runHookboard(TestHttpsServerThread &server, ArrivalLog &log, int count, int receivers,
                             const DeliveryConfig &config, qint64 timeoutMs, bool dispatchOnly)
{
    HookboardResult result;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    result.rssBeforeKiB = procStatusKiB("VmRSS:");
    resetPeakRss();

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    Result<std::unique_ptr<Store>> opened = Store::open(dataDir);
    if (!opened) {
        result.setupFailed = true;
        result.setupError = opened.error().message;
        return result;
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    SystemClock clock;
    ChangeFeed feed;
    WebhookService service(*store, clock, feed);
    if (Status added = bench::addReceivers(service, *server.server(), receivers); !added) {
        result.setupFailed = true;
        result.setupError = added.error().message;
        return result;
    }

    DeliveryEngine engine(dataDir, clock, config, {server->caCertificate()}, feed);
    qint64 recordedOutcomes = 0;
    qint64 lastRecordedUs = 0;
    feed.listen(&engine, {StoreChange::Kind::EventsAttempted}, [&](const StoreChange &change) {
        recordedOutcomes += change.ids.size();
        lastRecordedUs = nowUs();
    });
    auto startEngine = [&] {
        if (Result<int> started = engine.start(); !started) {
            result.setupFailed = true;
            result.setupError = started.error().message;
            return false;
        }
        return true;
    };
    // Dispatch only: every event is stored before the engine starts, and the clock starts with it.
    if (!dispatchOnly && !startEngine())
        return result;

    QHash<qint64, qint64> publishedUs;
    publishedUs.reserve(count);
    qint64 startUs = nowUs();
    double startCpu = cpuSeconds();
    for (int i = 0; i < count; ++i) {
        const int receiver = i % receivers;
        const QByteArray data = "{\"id\":" + QByteArray::number(i + 1) + ",\"status\":\"IN_PROGRESS\"}";
        // Publish time is when the caller asks: the commit (one transaction, one sync) is part of it.
        const qint64 atUs = nowUs();
        Result<QList<qint64>> ids =
            service.publish({QString::fromLatin1(kResources[receiver]), QStringLiteral("CREATE"), data});
        if (!ids || ids->size() != 1) {
            result.setupFailed = true;
            result.setupError =
                ids ? QStringLiteral("publish %1 made %2 events, not 1").arg(i).arg(ids->size())
                    : ids.error().message;
            engine.stop();
            return result;
        }
        publishedUs.insert(ids->constFirst(), atUs);
        ++result.published;
    }
    result.publishSeconds = double(nowUs() - startUs) / 1e6;
    if (dispatchOnly) {
        startUs = nowUs();
        startCpu = cpuSeconds();
        for (auto it = publishedUs.begin(); it != publishedUs.end(); ++it)
            it.value() = startUs;
        if (!startEngine())
            return result;
    }

    // The count query runs only once enough outcomes are in to make it possibly true.
    qint64 succeeded = 0;
    qint64 countedAt = -1;
    result.allSucceeded = waitUntil(
        [&] {
            if (recordedOutcomes < count || recordedOutcomes == countedAt)
                return succeeded >= count;
            countedAt = recordedOutcomes;
            succeeded = succeededCount(service);
            return succeeded >= count;
        },
        timeoutMs);
    result.endToEndSeconds = double(lastRecordedUs - startUs) / 1e6;
    result.cpuSeconds = cpuSeconds() - startCpu;
    result.peakKiB = procStatusKiB("VmHWM:");
    engine.stop();
    result.rssAfterKiB = procStatusKiB("VmRSS:");

    // What was lost, if anything.
    QList<qint64> publishedIds = publishedUs.keys();
    std::sort(publishedIds.begin(), publishedIds.end());
    result.succeeded = succeededCount(service);
    if (result.succeeded < count) {
        for (const qint64 id : std::as_const(publishedIds)) {
            Result<Event> event = service.event(id);
            if (!event || event->status != EventStatus::Succeeded) {
                result.notSucceeded.append(id);
                result.notSucceededStatus.append(event ? eventStatusName(event->status)
                                                       : event.error().message);
            }
        }
    }
    const std::vector<ArrivalLog::Arrival> arrivals = log.take();
    QSet<qint64> arrived;
    for (const ArrivalLog::Arrival &arrival : arrivals)
        arrived.insert(arrival.eventId);
    for (const qint64 id : std::as_const(publishedIds)) {
        if (!arrived.contains(id))
            result.neverReceived.append(id);
    }
    result.latency = latencyOf(publishedUs, arrivals);
    return result;
}

QString ids(const QList<qint64> &list, int max = 20)
{
    QStringList text;
    for (qsizetype i = 0; i < std::min<qsizetype>(list.size(), max); ++i)
        text.append(QString::number(list.at(i)));
    if (list.size() > max)
        text.append(QStringLiteral("... (%1 in all)").arg(list.size()));
    return text.join(QStringLiteral(", "));
}

QString row(const QString &label, const QString &baseline, const QString &hookboard,
            const QString &ratio = {})
{
    return QStringLiteral("  %1 %2 %3 %4")
        .arg(label, -36)
        .arg(baseline, 14)
        .arg(hookboard, 14)
        .arg(ratio, 10);
}

QString num(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_delivery"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Delivers events to a local HTTPS receiver through a real store and DeliveryEngine, and "
        "compares the rate with plain QNetworkAccessManager POSTs made in the same run."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events to deliver."),
                                          QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption receiversOption(
        QStringLiteral("receivers"),
        QStringLiteral("Receivers to spread them over (1..%1).").arg(kMaxReceivers), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Seconds to wait for every event to succeed."),
                                           QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption writeIntervalOption(
        QStringLiteral("write-interval-ms"),
        QStringLiteral(
            "DeliveryConfig::writeIntervalMs for this run (an experiment; default: the engine's)."),
        QStringLiteral("MS"));
    const QCommandLineOption dispatchOnlyOption(
        QStringLiteral("dispatch-only"),
        QStringLiteral("Store every event first, then time the engine alone delivering them."));
    const QCommandLineOption aheadOption(
        QStringLiteral("claim-ahead"),
        QStringLiteral("DeliveryConfig::claimAhead for this run (an experiment; default: the engine's)."),
        QStringLiteral("N"));
    const QCommandLineOption capOption(
        QStringLiteral("per-receiver"),
        QStringLiteral(
            "Attempts in flight per receiver, for Hookboard and the baseline alike (default: the engine's)."),
        QStringLiteral("N"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QStringLiteral(
            "Also write the figures to FILE as a JSON array of {name, value, unit, baseline, ratio, "
            "target} (SPEC 9), for scripts/bench.sh."),
        QStringLiteral("FILE"));
    parser.addOptions({jsonOption, capOption, eventsOption, receiversOption, timeoutOption,
                       writeIntervalOption, dispatchOnlyOption, aheadOption});
    parser.process(app);

    // Reads an integer option into out (left alone when the option is not given); false, with a
    // message, when the value is not a number of at least min (and at most max).
    const auto intOption = [&parser](const QCommandLineOption &option, int min, int max, int &out) {
        if (!parser.isSet(option) && option.defaultValues().isEmpty())
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            print(QStringLiteral("bench_delivery: --%1 wants a number from %2 to %3")
                      .arg(option.names().constFirst())
                      .arg(min)
                      .arg(max));
            return false;
        }
        out = value;
        return true;
    };
    constexpr int kNoLimit = std::numeric_limits<int>::max();
    int count = 0;
    int receivers = 0;
    int timeoutSeconds = 0;
    DeliveryConfig config;
    if (!intOption(eventsOption, 1, kNoLimit, count) ||
        !intOption(receiversOption, 1, kMaxReceivers, receivers) ||
        !intOption(timeoutOption, 1, kNoLimit, timeoutSeconds) ||
        !intOption(writeIntervalOption, 0, kNoLimit, config.writeIntervalMs) ||
        !intOption(capOption, 1, kNoLimit, config.maxInFlightPerReceiver) ||
        !intOption(aheadOption, 0, kNoLimit, config.claimAhead))
        return 2;
    // Hookboard's concurrency: the per-receiver cap on each receiver, under the global cap.
    const int perLane = std::max(1, std::min(config.maxInFlightPerReceiver, config.maxInFlight / receivers));

    print(QStringLiteral("bench_delivery: %1 events, %2 receiver(s), %3 in flight per receiver, "
                         "write interval %6 ms, %4 CPU(s), Qt %5")
              .arg(count)
              .arg(receivers)
              .arg(perLane)
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()))
              .arg(config.writeIntervalMs));

    // One server per phase, so neither inherits the other's connections.
    BaselineResult baseline;
    {
        TestHttpsServerThread server;
        ArrivalLog log(server.server());
        print(QStringLiteral("baseline: %1 POSTs straight with QNetworkAccessManager...").arg(count));
        baseline = runBaseline(server, log, count, receivers, perLane);
    }
    HookboardResult hookboard;
    {
        TestHttpsServerThread server;
        ArrivalLog log(server.server());
        print(QStringLiteral("hookboard: publishing %1 events and waiting for SUCCEEDED...").arg(count));
        hookboard = runHookboard(server, log, count, receivers, config, qint64(timeoutSeconds) * 1000,
                                 parser.isSet(dispatchOnlyOption));
    }
    if (hookboard.setupFailed) {
        print(QStringLiteral("bench_delivery: hookboard phase failed: %1").arg(hookboard.setupError));
        return 1;
    }

    const double baselineRate = baseline.seconds > 0 ? baseline.ok / baseline.seconds : 0;
    const double deliveryRate = hookboard.endToEndSeconds > 0 ? count / hookboard.endToEndSeconds : 0;
    const double publishRate = hookboard.publishSeconds > 0 ? count / hookboard.publishSeconds : 0;
    const auto ratio = [](double a, double b) {
        return b > 0 ? QString::number(a / b, 'f', 2) + QLatin1Char('x') : QStringLiteral("-");
    };

    print(QString());
    print(row(QString(), QStringLiteral("baseline"), QStringLiteral("hookboard"), QStringLiteral("ratio")));
    print(row(QStringLiteral("requests or deliveries / s"), num(baselineRate), num(deliveryRate),
              ratio(deliveryRate, baselineRate)));
    print(row(QStringLiteral("wall time (s)"), num(baseline.seconds, 2), num(hookboard.endToEndSeconds, 2),
              ratio(hookboard.endToEndSeconds, baseline.seconds)));
    const double baselineCpuMs = baseline.cpuSeconds * 1000 / std::max(1, baseline.ok);
    const double hookboardCpuMs = hookboard.cpuSeconds * 1000 / std::max(1, count);
    print(row(QStringLiteral("CPU ms per request|delivery"), num(baselineCpuMs, 3), num(hookboardCpuMs, 3),
              ratio(hookboardCpuMs, baselineCpuMs)));
    print(row(QStringLiteral("send|publish -> receipt p50 (ms)"), num(baseline.latency.p50Ms, 2),
              num(hookboard.latency.p50Ms, 2), ratio(hookboard.latency.p50Ms, baseline.latency.p50Ms)));
    print(row(QStringLiteral("send|publish -> receipt p99 (ms)"), num(baseline.latency.p99Ms, 2),
              num(hookboard.latency.p99Ms, 2), ratio(hookboard.latency.p99Ms, baseline.latency.p99Ms)));
    print(row(QStringLiteral("send|publish -> receipt max (ms)"), num(baseline.latency.maxMs, 2),
              num(hookboard.latency.maxMs, 2), ratio(hookboard.latency.maxMs, baseline.latency.maxMs)));
    print(row(QStringLiteral("publishes / s (one commit each)"), QStringLiteral("-"), num(publishRate),
              ratio(publishRate, baselineRate)));
    print(row(QStringLiteral("publish loop (s)"), QStringLiteral("-"), num(hookboard.publishSeconds, 2)));
    print(row(QStringLiteral("peak RSS in phase (VmHWM)"), mib(baseline.peakKiB), mib(hookboard.peakKiB),
              ratio(double(hookboard.peakKiB), double(baseline.peakKiB))));
    print(row(QStringLiteral("RSS before -> after"), QString(),
              mib(hookboard.rssBeforeKiB) + QStringLiteral(" -> ") + mib(hookboard.rssAfterKiB)));
    print(row(QStringLiteral("received (distinct) / duplicates"),
              QStringLiteral("%1 / %2").arg(baseline.latency.received).arg(baseline.latency.duplicates),
              QStringLiteral("%1 / %2").arg(hookboard.latency.received).arg(hookboard.latency.duplicates)));
    print(
        row(QStringLiteral("succeeded"), QString::number(baseline.ok), QString::number(hookboard.succeeded)));
    print(QString());
    print(QStringLiteral("hookboard deliveries/s / baseline requests/s = %1")
              .arg(ratio(deliveryRate, baselineRate)));

    if (parser.isSet(jsonOption)) {
        const bool dispatchOnly = parser.isSet(dispatchOnlyOption);
        const QString mode = dispatchOnly ? QStringLiteral("dispatch only") : QStringLiteral("end to end");
        bench::Figures figures;
        figures.add(
            QStringLiteral("%1: deliveries/s vs a bare QNAM client, %2 receiver(s), %3 in flight each")
                .arg(mode)
                .arg(receivers)
                .arg(perLane),
            deliveryRate, QStringLiteral("1/s"), baselineRate, dispatchOnly ? 0.8 : 0.5);
        figures.add(QStringLiteral("%1: CPU per delivery vs per bare request").arg(mode), hookboardCpuMs,
                    QStringLiteral("ms"), baselineCpuMs);
        figures.add(QStringLiteral("%1: peak RSS").arg(mode), double(hookboard.peakKiB) / 1024,
                    QStringLiteral("MiB"), double(baseline.peakKiB) / 1024);
        if (!dispatchOnly) {
            figures.add(QStringLiteral("publishes/s from one caller, one commit each"), publishRate,
                        QStringLiteral("1/s"));
            figures.add(QStringLiteral("publish -> receipt p99, a burst"), hookboard.latency.p99Ms,
                        QStringLiteral("ms"));
        }
        if (!figures.write(parser.value(jsonOption)))
            return 2;
    }

    bool lost = false;
    if (baseline.failed > 0)
        print(QStringLiteral("baseline: %1 requests failed (first: %2)")
                  .arg(baseline.failed)
                  .arg(baseline.firstError));
    if (!hookboard.notSucceeded.isEmpty()) {
        lost = true;
        QStringList statuses;
        for (qsizetype i = 0; i < std::min<qsizetype>(hookboard.notSucceeded.size(), 20); ++i)
            statuses.append(QStringLiteral("%1 %2")
                                .arg(hookboard.notSucceeded.at(i))
                                .arg(hookboard.notSucceededStatus.at(i)));
        print(QStringLiteral("LOST: %1 events not SUCCEEDED after %2 s: %3")
                  .arg(hookboard.notSucceeded.size())
                  .arg(timeoutSeconds)
                  .arg(statuses.join(QStringLiteral(", "))));
    }
    if (!hookboard.neverReceived.isEmpty()) {
        lost = true;
        print(QStringLiteral("LOST: %1 events never reached the server: %2")
                  .arg(hookboard.neverReceived.size())
                  .arg(ids(hookboard.neverReceived)));
    }
    if (!lost)
        print(QStringLiteral("every event SUCCEEDED and reached the server"));
    return lost ? 1 : 0;
}
