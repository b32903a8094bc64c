#pragma once

#include <QHash>
#include <QList>
#include <optional>

namespace hookboard {

class Clock;

// Decides when the console may speak of failed deliveries, so a dead receiver that fails a thousand
// times an hour makes one message, not a thousand: the first failure of a receiver is reported at
// once, then the receiver is quiet for quietMs; failures meanwhile are held, counted, and reported
// together when the quiet period is over. Plain logic on a Clock, so tests move time by hand.
class FailureNotificationLimiter
{
public:
    static constexpr qint64 kDefaultQuietMs = 10 * 60 * 1000;

    // What may be said of one receiver now.
    struct Notice
    {
        qint64 receiverId = 0;
        int failures = 0;    // failed attempts since the last notice
        qint64 firstMs = 0;  // when the first of them was noted
        bool repeat = false; // the receiver was reported before: this sums up the quiet period

        friend bool operator==(const Notice &, const Notice &) = default;
    };

    explicit FailureNotificationLimiter(const Clock &clock, qint64 quietMs = kDefaultQuietMs);

    qint64 quietMs() const { return m_quietMs; }

    // Notes count failed attempts of receiverId, now.
    void addFailures(qint64 receiverId, int count = 1);
    // Drops what is held for receiverId and its quiet period (it was disabled, which is reported on
    // its own, or deleted).
    void forget(qint64 receiverId);

    // The receivers whose held failures may be reported now, in the order they first failed; each
    // then starts a quiet period.
    QList<Notice> takeDue();
    // When takeDue() will have something next (now or later); empty when nothing is held.
    std::optional<qint64> nextDueMs() const;

private:
    struct State
    {
        int held = 0;
        qint64 firstHeldMs = 0;
        std::optional<qint64> lastNoticeMs;
    };

    qint64 dueMs(const State &state) const;

    const Clock &m_clock;
    qint64 m_quietMs;
    QHash<qint64, State> m_receivers;
};

} // namespace hookboard
