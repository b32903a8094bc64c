// Many slow receivers: 200 receivers that each answer after 200 ms, each with a cap of 2 attempts in
// flight, all subscribed to one change, so that every publish fans out into 200 events. The caps
// allow at most receivers × cap / delay deliveries per second (2,000/s with the defaults); the
// figure is how much of that Hookboard reaches, and the peak RSS it takes to hold every attempt in
// flight (the in-process HTTPS receiver's connections included, which a real deployment would not
// carry).
#include "benchsupport.h"
#include "common/clock.h"
#include "delivery/deliveryengine.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "store/store.h"
#include "testhttpsserverthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace hookboard;
using namespace hookboard::bench;
using namespace hookboard::test;

namespace {

struct Options
{
    int receivers = 200;
    int delayMs = 200;
    int cap = 2;
    int events = 8000; // fanned out: events / receivers publishes
    int claimAhead = DeliveryConfig{}.claimAhead;
};

int run(const Options &options, const QString &jsonPath)
{
    TestHttpsServerThread server;
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    Result<std::unique_ptr<Store>> store = Store::open(dataDir);
    if (!store) {
        print(QStringLiteral("bench_slowreceivers: %1").arg(store.error().message));
        return 1;
    }
    SystemClock clock;
    ChangeFeed feed;
    WebhookService service(**store, clock, feed);
    const Actor actor{QStringLiteral("bench")};
    for (int i = 0; i < options.receivers; ++i) {
        const QString path = QStringLiteral("/slow%1").arg(i + 1);
        server->setBehaviour(path,
                             TestHttpsServer::Slow{options.delayMs, TestHttpsServer::Respond{200, {}, "ok"}});
        ReceiverInput input;
        input.name = QStringLiteral("slow receiver %1").arg(i + 1);
        input.webhookUri = server->url(path).toString();
        DeliverySettings delivery;
        delivery.maxInFlight = options.cap;
        input.delivery = delivery;
        Result<Receiver> receiver = service.createReceiver(input, actor);
        if (!receiver || !service.createSubscription(
                             {receiver->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}}, actor)) {
            print(QStringLiteral("bench_slowreceivers: could not set up receiver %1").arg(i + 1));
            return 1;
        }
    }
    const int publishes = std::max(1, options.events / options.receivers);
    const qint64 total = qint64(publishes) * options.receivers;
    for (int i = 0; i < publishes; ++i) {
        if (!service.publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), R"({"id":1})"})) {
            print(QStringLiteral("bench_slowreceivers: publish failed"));
            return 1;
        }
    }

    DeliveryConfig config;
    config.claimAhead = options.claimAhead;
    DeliveryEngine engine(dataDir, clock, config, {server->caCertificate()}, feed);
    qint64 recorded = 0;
    qint64 lastUs = 0;
    feed.listen(&engine, {StoreChange::Kind::EventsAttempted}, [&](const StoreChange &change) {
        recorded += change.ids.size();
        lastUs = nowUs();
    });
    resetPeakRss();
    const qint64 beforeKiB = procStatusKiB("VmRSS:");
    const qint64 startUs = nowUs();
    if (Result<int> started = engine.start(); !started) {
        print(QStringLiteral("bench_slowreceivers: %1").arg(started.error().message));
        return 1;
    }
    // The test receiver keeps every request it got; dropped as they come, so that the peak RSS is
    // Hookboard's (and the receiver's connections'), not a log only this benchmark keeps.
    const bool done = waitUntil(
        [&] {
            server->clearRequests();
            return recorded >= total;
        },
        600 * 1000);
    const qint64 peakKiB = procStatusKiB("VmHWM:");
    engine.stop();
    if (!done) {
        print(QStringLiteral("bench_slowreceivers: only %1 of %2 attempts were recorded")
                  .arg(recorded)
                  .arg(total));
        return 1;
    }
    // Every attempt must have succeeded: a failure would be retried much later, not counted here.
    EventFilter succeeded;
    succeeded.statuses = {EventStatus::Succeeded};
    const Result<Page<Event>> page = service.events(succeeded, 0, 0);
    if (!page || page->totalCount != total) {
        print(QStringLiteral("bench_slowreceivers: %1 of %2 events succeeded")
                  .arg(page ? page->totalCount : -1)
                  .arg(total));
        return 1;
    }

    const double seconds = double(lastUs - startUs) / 1e6;
    const double rate = seconds > 0 ? double(total) / seconds : 0;
    const double allowed = double(options.receivers) * options.cap * 1000.0 / options.delayMs;
    const double peakMiB = double(peakKiB) / 1024.0;
    // What one attempt in flight costs: the growth from before the engine started to the peak, over
    // the attempts the caps keep in flight. The test receiver runs in this process, so its side of
    // each connection is counted too: an upper bound.
    const double inFlight = double(options.receivers) * options.cap;
    const double perAttemptKiB = double(peakKiB - beforeKiB) / inFlight;
    print(QStringLiteral("%1 receivers × %2 ms × cap %3: %4 deliveries in %5 s = %6/s of the %7/s the caps "
                         "allow (%8×); peak RSS %9 MiB")
              .arg(options.receivers)
              .arg(options.delayMs)
              .arg(options.cap)
              .arg(total)
              .arg(seconds, 0, 'f', 2)
              .arg(rate, 0, 'f', 0)
              .arg(allowed, 0, 'f', 0)
              .arg(rate / allowed, 0, 'f', 3)
              .arg(peakMiB, 0, 'f', 1));
    print(QStringLiteral("memory per attempt in flight (receiver's side included): %1 KiB")
              .arg(perAttemptKiB, 0, 'f', 1));
    if (jsonPath.isEmpty())
        return 0;
    Figures figures;
    const QString what = QStringLiteral("%1 receivers × %2 ms × cap %3")
                             .arg(options.receivers)
                             .arg(options.delayMs)
                             .arg(options.cap);
    figures.add(what + QStringLiteral(": deliveries/s vs what the caps allow"), rate, QStringLiteral("1/s"),
                allowed, 0.9);
    figures.add(what + QStringLiteral(": peak RSS"), peakMiB, QStringLiteral("MiB"));
    figures.add(QStringLiteral("memory per attempt in flight (upper bound: receiver's side included)"),
                perAttemptKiB, QStringLiteral("KiB"));
    return figures.write(jsonPath) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Delivers fanned-out events to many slow local HTTPS receivers and compares the rate with the "
        "most their per-receiver caps allow."));
    parser.addHelpOption();
    const QCommandLineOption receivers(QStringLiteral("receivers"), QStringLiteral("Receivers."),
                                       QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("How long each answer takes."),
                                   QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption cap(QStringLiteral("per-receiver"),
                                 QStringLiteral("Attempts in flight per receiver."), QStringLiteral("N"),
                                 QStringLiteral("2"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Events in all (fanned out)."),
                                    QStringLiteral("N"), QStringLiteral("8000"));
    const QCommandLineOption ahead(
        QStringLiteral("claim-ahead"),
        QStringLiteral("DeliveryConfig::claimAhead (an experiment; default: the engine's)."),
        QStringLiteral("N"), QString::number(DeliveryConfig{}.claimAhead));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures to FILE."),
                                  QStringLiteral("FILE"));
    parser.addOptions({receivers, delay, cap, events, ahead, json});
    parser.process(app);
    Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, int min, int max) {
        bool parsed = false;
        const int value = parser.value(option).toInt(&parsed);
        if (!parsed || value < min || value > max) {
            print(QStringLiteral("bench_slowreceivers: --%1 wants a number from %2 to %3")
                      .arg(option.names().constFirst())
                      .arg(min)
                      .arg(max));
            ok = false;
        }
        return value;
    };
    options.receivers = number(receivers, 1, 2000);
    options.delayMs = number(delay, 1, 60000);
    options.cap = number(cap, 1, 100);
    options.events = number(events, 1, 10000000);
    options.claimAhead = number(ahead, 0, 1000);
    if (!ok)
        return 2;
    return run(options, parser.value(json));
}
