#pragma once

#include "delivery/delivery.h"
#include "delivery/outgoingrequest.h"
#include "delivery/sendresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>

class QTimer;

namespace hookboard {

class Clock;
class HttpSender;

// Turns claimed deliveries into HTTP attempts and attempts into outcomes. Lives on the network
// thread; knows nothing of SQL: work comes from, and outcomes go to, a DeliveryQueue by signals.
// Asks for work when there is room under the global cap, when poked, when a retry falls due, and
// on a slow poll.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(const Clock &clock, DeliveryConfig config, QList<QSslCertificate> extraCas);
    ~Dispatcher() override;

    int inFlight() const { return int(m_inFlight.size()); }

public slots:
    void start();
    void poke();
    // Stops asking for work; in-flight attempts get graceMs to finish, then are aborted and their
    // events go back to the queue. stopped() follows.
    void stop(int graceMs);
    void onClaimed(const QList<hookboard::Delivery> &deliveries, int limit, qint64 nextRetryAtMs);
    void onStoreFailed();
    void onStoreRecovered();

signals:
    void claimRequested(int limit);
    void outcomeReady(const hookboard::Outcome &outcome);
    void stopped();

private:
    void send(const Delivery &delivery);
    void onSent(quint64 token, const SendResult &result);
    Outcome outcomeOf(const Delivery &delivery, const OutgoingRequest &request,
                      const SendResult &result) const;
    void scheduleRetryTimer(qint64 nextRetryAtMs);
    void finishStopIfIdle();

    struct InFlight
    {
        Delivery delivery;
        OutgoingRequest request;
    };

    const Clock &m_clock;
    DeliveryConfig m_config;
    QList<QSslCertificate> m_extraCas;
    HttpSender *m_sender = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_graceTimer = nullptr;
    QHash<quint64, InFlight> m_inFlight;
    quint64 m_nextToken = 1;
    bool m_claimPending = false;
    bool m_pokedWhilePending = false;
    bool m_storeFailed = false;
    bool m_stopping = false;
    bool m_aborting = false;
};

} // namespace hookboard
