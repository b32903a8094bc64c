#pragma once

#include "delivery/delivery.h"
#include "delivery/outgoingrequest.h"
#include "delivery/sendresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>

class QTimer;

namespace hookboard {

class Metrics;

class Clock;
class HttpSender;

// Turns claimed deliveries into HTTP attempts and attempts into outcomes. Lives on the network
// thread; knows nothing of SQL: work comes from, and outcomes go to, a DeliveryQueue by signals.
// Claimed work waits in a short line per receiver, so that a finished attempt starts the next one
// at once while the queue writes the outcome and claims more. Asks for work when its lines run
// short, when poked (something changed), and when the next retry falls due; never on a timer
// while idle.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(const Clock &clock, DeliveryConfig config, QList<QSslCertificate> extraCas);
    ~Dispatcher() override;

    int inFlight() const { return int(m_inFlight.size()); }
    // Told how many attempts are on the wire whenever that changes; before the thread starts.
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }
    // Claimed deliveries waiting for a free slot.
    int waiting() const { return m_waiting; }

public slots:
    void start();
    void poke();
    // Stops asking for work and hands waiting deliveries back; in-flight attempts get graceMs to
    // finish, then are aborted and their events go back to the queue. stopped() follows.
    void stop(int graceMs);
    void onClaimed(const QList<hookboard::Delivery> &deliveries, int limit, qint64 nextRetryAtMs);
    void onStoreFailed();
    void onStoreRecovered();
    // The operator's settings changed: caps, timeout, schedule, outbound policy and trusted CAs
    // apply from the next attempt on (attempts in flight keep what they started with).
    void reconfigure(const hookboard::DeliveryConfig &config, const QList<QSslCertificate> &extraCas);

signals:
    void claimRequested(int limit);
    void outcomeReady(const hookboard::Outcome &outcome);
    void stopped();

private:
    struct Line
    {
        QQueue<Delivery> waiting;
        int active = 0; // attempts in flight
    };
    struct InFlight
    {
        Delivery delivery;
        OutgoingRequest request;
    };

    // Starts waiting deliveries wherever a receiver and the global cap have room.
    void startWaiting();
    void startFrom(Line &line);
    int capOf(const Receiver &receiver) const;
    void send(const Delivery &delivery);
    void onSent(quint64 token, const SendResult &result);
    Outcome outcomeOf(const Delivery &delivery, const OutgoingRequest &request,
                      const SendResult &result) const;
    void handBack(const Delivery &delivery);
    void scheduleRetryTimer(qint64 nextRetryAtMs);
    void finishStopIfIdle();

    const Clock &m_clock;
    DeliveryConfig m_config;
    QList<QSslCertificate> m_extraCas;
    HttpSender *m_sender = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_graceTimer = nullptr;
    QHash<qint64, Line> m_lines; // by receiver id
    QHash<quint64, InFlight> m_inFlight;
    Metrics *m_metrics = nullptr;
    int m_waiting = 0;
    quint64 m_nextToken = 1;
    bool m_claimPending = false;
    bool m_pokedWhilePending = false;
    bool m_storeFailed = false;
    bool m_stopping = false;
    bool m_aborting = false;
};

} // namespace hookboard
