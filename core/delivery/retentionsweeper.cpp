#include "retentionsweeper.h"

#include "common/clock.h"
#include "service/changefeed.h"
#include "store/database.h"
#include "store/store.h"

namespace hookboard {

RetentionSweeper::RetentionSweeper(Store &store, const Clock &clock, RetentionConfig config, ChangeFeed &feed,
                                   QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_config(config), m_feed(feed)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RetentionSweeper::onTimer);
}

void RetentionSweeper::start()
{
    if (m_config.keepMs > 0)
        m_timer.start(m_config.firstSweepMs);
}

void RetentionSweeper::setKeepMs(qint64 keepMs)
{
    const bool wasOff = m_config.keepMs <= 0;
    m_config.keepMs = keepMs;
    if (keepMs <= 0)
        m_timer.stop();
    else if (wasOff && !m_timer.isActive())
        m_timer.start(m_config.firstSweepMs);
}

Result<int> RetentionSweeper::sweepBatch()
{
    const qint64 cutoff = m_clock.nowMs() - m_config.keepMs;
    Result<QList<qint64>> removed = m_store.database().transaction(
        [&] { return m_store.events().removeFinishedBefore(cutoff, m_config.batch); });
    if (!removed)
        return removed.error();
    m_feed.post(StoreChange::Kind::EventsRemoved, *removed);
    return int(removed->size());
}

void RetentionSweeper::onTimer()
{
    const Result<int> removed = sweepBatch();
    if (!removed)
        emit sweepFailed(removed.error().message);
    // A full batch means more may be waiting: the next after a pause, else the next sweep.
    const bool more = removed && *removed == m_config.batch;
    m_timer.start(more ? m_config.pauseMs : m_config.everyMs);
}

} // namespace hookboard
