#pragma once

#include "delivery/sendresult.h"

#include <QList>
#include <functional>
#include <optional>

namespace hookboard {

// What happens to an event after an attempt.
struct Verdict
{
    enum class Kind
    {
        Succeeded,       // response code == expected
        Retry,           // failed; try again at nextAttemptAtMs
        Failed,          // failed, and attempts are used up
        DisableReceiver, // 410 Gone: the event fails and the receiver is disabled at once
    };
    Kind kind = Kind::Failed;
    std::optional<qint64> nextAttemptAtMs;
    QString reason; // for people: "HTTP 500", "timed out after 15 s", "Retry-After 120 s honoured", ...
};

// SPEC §2's retry rules. The schedule lists the delays between attempts (default 5 s, 5 min,
// 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts in all); each delay gets ±jitter. Retry-After on
// 429/503 replaces the delay (capped at 24 h). Randomness comes from an injectable source so tests
// can pin it.
class RetryPolicy
{
public:
    static QList<int> defaultScheduleSeconds();
    static constexpr double kDefaultJitter = 0.2;
    static constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

    // random() returns a uniform value in [0, 1).
    explicit RetryPolicy(QList<int> scheduleSeconds = defaultScheduleSeconds(),
                         double jitter = kDefaultJitter, std::function<double()> random = {});

    // attemptNumber is the number of the attempt that just ended (1-based, counting manual ones).
    Verdict decide(int attemptNumber, int expectedResponseCode, const SendResult &result, qint64 nowMs) const;

    // Delay after attempt attemptNumber, jitter applied; empty when no attempt follows.
    std::optional<qint64> delayAfterMs(int attemptNumber) const;

    // Retry-After as delta-seconds or an HTTP-date, relative to nowMs; empty if absent or unparsable.
    static std::optional<qint64> retryAfterMs(const HttpHeaders &headers, qint64 nowMs);

    const QList<int> &scheduleSeconds() const { return m_schedule; }

private:
    QList<int> m_schedule;
    double m_jitter;
    std::function<double()> m_random;
};

} // namespace hookboard
