#pragma once

#include <QDateTime>
#include <QtGlobal>
#include <atomic>

namespace hookboard {

// Where "now" comes from. Production uses SystemClock; tests use ManualClock and move time on
// instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// Read from the delivery threads while a test moves it, hence atomic.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1795435205000) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

// ISO 8601 UTC with milliseconds ("2026-11-23T12:00:00.000Z"), the one format of SPEC §3.
QString isoUtc(qint64 ms);

} // namespace hookboard
