#pragma once

#include "common/result.h"
#include "delivery/delivery.h"
#include "store/storelocation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

class QTimer;

namespace hookboard {

class ChangeFeed;
class Metrics;
class Clock;
class RetentionSweeper;
class Store;

// The delivery engine's side of the store, on a thread of its own so that neither the network
// thread nor the GUI thread waits on disk. It hands out claimed work (leases, in batches) and
// writes attempt outcomes in batches (one transaction per batch). A claim never waits for
// outcomes to be written: an outcome it holds frees its receiver's slot at once. A failed write
// keeps the batch and retries: outcomes are never dropped, and no new work is handed out until
// the store takes writes again.
class DeliveryQueue : public QObject
{
    Q_OBJECT
public:
    // Written outcomes are posted to feed (EventsAttempted, ReceiversDisabled) from this thread.
    DeliveryQueue(StoreLocation location, const Clock &clock, DeliveryConfig config, ChangeFeed &feed);
    ~DeliveryQueue() override;

    // Opens the store on the calling thread, returns interrupted (SENDING) events to the queue, and
    // starts removing events past the retention period.
    Result<int> open();

public slots:
    void claim(int limit);
    void record(const hookboard::Outcome &outcome);
    void flush();
    void close();
    // Receivers changed (settings, enabled, deleted): read them again at the next claim.
    void forgetReceivers();
    // The operator's settings changed: caps, the auto-disable period and retention apply from
    // the next claim, write and sweep on.
    void reconfigure(const hookboard::DeliveryConfig &config);
    // Where committed outcomes are counted; before the thread starts. Not owned.
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }

signals:
    // nextRetryAtMs is -1 when no retry is waiting.
    void claimed(const QList<hookboard::Delivery> &deliveries, int limit, qint64 nextRetryAtMs);
    // Outcomes were written: receivers' slots are free again and retries may be due.
    void recorded();
    void storeFailed(const QString &message);
    void storeRecovered();

private:
    StoreLocation m_location;
    const Clock &m_clock;
    DeliveryConfig m_config;
    ChangeFeed &m_feed;
    QString m_claimant; // this instance in leased_by: "host:pid:random"
    Metrics *m_metrics = nullptr;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RetentionSweeper> m_sweeper; // works on m_store, between claims and writes
    QList<Outcome> m_buffer;
    QHash<qint64, int> m_bufferedPerReceiver;
    QHash<qint64, Receiver> m_receivers; // read by claims; cleared by forgetReceivers()
    QTimer *m_flushTimer = nullptr;
    QTimer *m_claimRetryTimer = nullptr;
    int m_lastClaimLimit = 0; // of the claim that failed, for its retry
    // On a shared store: the events this instance holds (claimed, outcome not yet written), whose
    // leases are renewed every third of the lease, so that an attempt longer than the lease (a
    // receiver's timeout may be two minutes) is not taken over by another instance.
    QHash<qint64, int> m_held; // claims per event: one, or two when resent during an attempt
    QTimer *m_leaseTimer = nullptr;
    void renewLeases();
    bool m_failing = false;
};

} // namespace hookboard
