#pragma once

#include "common/result.h"
#include "delivery/delivery.h"

#include <QObject>
#include <QTimer>

namespace hookboard {

class ChangeFeed;
class Clock;
class Store;

// Removes finished events older than the retention period, with their attempts and changes, in
// small transactions on the thread of the store it is given (the delivery engine's store thread),
// so a sweep of millions never holds the store for long. Posts EventsRemoved after each batch.
class RetentionSweeper : public QObject
{
    Q_OBJECT
public:
    RetentionSweeper(Store &store, const Clock &clock, RetentionConfig config, ChangeFeed &feed,
                     QObject *parent = nullptr);

    // Schedules the first sweep; later ones follow by themselves. Nothing when keepMs is 0.
    void start();
    // A new retention period (0 keeps every event), from the next sweep on; a sweep that was off
    // is scheduled.
    void setKeepMs(qint64 keepMs);
    // One batch now: how many events it removed (fewer than the batch size: the sweep is done).
    Result<int> sweepBatch();

signals:
    void sweepFailed(const QString &message);

private:
    void onTimer();

    Store &m_store;
    const Clock &m_clock;
    RetentionConfig m_config;
    ChangeFeed &m_feed;
    QTimer m_timer;
};

} // namespace hookboard
