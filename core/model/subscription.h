#pragma once

#include "user.h"

#include <QString>
#include <optional>

namespace hookboard {

// A (resource, action) pair a receiver listens to (SPEC §1).
struct Subscription
{
    qint64 id = 0;
    QString etag;
    qint64 receiverId = 0;
    QString resource; // a ResourceEnum name from the catalog, e.g. "RUNS"
    QString action;   // "CREATE", "UPDATE" or "DELETE"
    bool active = true;
    User createdBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// Fields for creating (receiverId, resource, action required) or updating a subscription.
struct SubscriptionInput
{
    std::optional<qint64> receiverId;
    std::optional<QString> resource;
    std::optional<QString> action;
    std::optional<bool> active;
};

} // namespace hookboard
