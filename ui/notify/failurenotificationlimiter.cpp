#include "failurenotificationlimiter.h"

#include "common/clock.h"

#include <algorithm>

namespace hookboard {

FailureNotificationLimiter::FailureNotificationLimiter(const Clock &clock, qint64 quietMs)
    : m_clock(clock), m_quietMs(quietMs)
{}

void FailureNotificationLimiter::addFailures(qint64 receiverId, int count)
{
    if (count <= 0)
        return;
    State &state = m_receivers[receiverId];
    if (state.held == 0)
        state.firstHeldMs = m_clock.nowMs();
    state.held += count;
}

void FailureNotificationLimiter::forget(qint64 receiverId)
{
    m_receivers.remove(receiverId);
}

qint64 FailureNotificationLimiter::dueMs(const State &state) const
{
    return state.lastNoticeMs ? *state.lastNoticeMs + m_quietMs : state.firstHeldMs;
}

QList<FailureNotificationLimiter::Notice> FailureNotificationLimiter::takeDue()
{
    const qint64 now = m_clock.nowMs();
    QList<Notice> due;
    for (auto it = m_receivers.begin(); it != m_receivers.end();) {
        State &state = it.value();
        if (state.held > 0 && dueMs(state) <= now) {
            due.append(Notice{it.key(), state.held, state.firstHeldMs, state.lastNoticeMs.has_value()});
            state.held = 0;
            state.lastNoticeMs = now;
        }
        // A receiver quiet for a whole period with nothing held is forgotten: its next failure is
        // news again, and the table does not grow with every receiver that ever failed.
        if (state.held == 0 && (!state.lastNoticeMs || *state.lastNoticeMs + m_quietMs <= now))
            it = m_receivers.erase(it);
        else
            ++it;
    }
    std::sort(due.begin(), due.end(), [](const Notice &a, const Notice &b) {
        return a.firstMs != b.firstMs ? a.firstMs < b.firstMs : a.receiverId < b.receiverId;
    });
    return due;
}

std::optional<qint64> FailureNotificationLimiter::nextDueMs() const
{
    std::optional<qint64> next;
    for (const State &state : m_receivers) {
        if (state.held > 0)
            next = std::min(next.value_or(dueMs(state)), dueMs(state));
    }
    return next;
}

} // namespace hookboard
