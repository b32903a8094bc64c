#pragma once

#include <QtGlobal>
#include <optional>

namespace hookboard {

// How a receiver's deliveries have been going (SPEC §4 WebhookReceiverHealth), as the dispatcher
// records it. A receiver none of whose attempts has finished yet has zero failures and no times.
struct ReceiverHealth
{
    qint64 consecutiveFailures = 0;        // failed attempts since the last success
    std::optional<qint64> failingSinceMs;  // start of the first of those failures; empty when 0
    std::optional<qint64> lastSuccessAtMs; // when the last successful attempt was recorded
    std::optional<qint64> lastFailureAtMs; // when the last failed attempt was recorded

    friend bool operator==(const ReceiverHealth &, const ReceiverHealth &) = default;
};

} // namespace hookboard
