#pragma once

#include "common/result.h"
#include "delivery/delivery.h"
#include "store/storelocation.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

class QThread;

namespace hookboard {

class ChangeFeed;
class Clock;
class DeliveryQueue;
class Dispatcher;
class Metrics;

// Runs delivery: a Dispatcher on a network thread and a DeliveryQueue on a store thread, wired
// together. The owner (console or headless app) starts and stops it; the change feed tells it of
// new work and tells everyone else what it delivered.
class DeliveryEngine : public QObject
{
    Q_OBJECT
public:
    // Listens to feed for work that became due and receivers that changed; its recorder posts
    // what it wrote (EventsAttempted, ReceiversDisabled) there.
    DeliveryEngine(StoreLocation location, const Clock &clock, DeliveryConfig config,
                   QList<QSslCertificate> extraCas, ChangeFeed &feed, QObject *parent = nullptr);
    ~DeliveryEngine() override;

    // Opens the engine's store connection (returning interrupted SENDING events to the queue, and
    // reporting how many) and starts dispatching.
    Result<int> start();
    // Stops asking for work, gives in-flight attempts graceMs, writes every outcome, and returns
    // when both threads have ended. Safe to call twice.
    void stop(int graceMs = 5000);
    bool isRunning() const { return m_running; }
    // How it delivers: retry schedule, timeout, concurrency (for the console's settings page).
    const DeliveryConfig &config() const { return m_config; }

    // Takes the operator's settings (schedule, timeout, caps, auto-disable period, retention,
    // outbound policy) from config and trusts extraCas besides the system's, from the next attempt
    // on, on the engine's own threads. The engine's other tuning stays as it was.
    void reconfigure(const DeliveryConfig &config, const QList<QSslCertificate> &extraCas);

    // Where attempts and outcome writes are counted (GET /metrics); before start(). Not owned.
    void setMetrics(Metrics *metrics);

    // Look for due work now (after a publish, an enable, a resend).
    void poke();

signals:
    void storeFailed(const QString &message);
    void storeRecovered();

private:
    StoreLocation m_location;
    const Clock &m_clock;
    DeliveryConfig m_config;
    QThread *m_networkThread;
    QThread *m_storeThread;
    Dispatcher *m_dispatcher;
    DeliveryQueue *m_queue;
    ChangeFeed &m_feed;
    QList<QMetaObject::Connection> m_listening; // to the feed, while running
    bool m_running = false;
};

} // namespace hookboard
