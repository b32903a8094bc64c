#pragma once

#include "common/result.h"
#include "model/subscription.h"

#include <QList>
#include <optional>

namespace hookboard {

class Database;

struct SubscriptionQuery
{
    std::optional<qint64> receiverId;
    std::optional<QString> resource;
    std::optional<QString> action;
    std::optional<bool> active;
    qint64 afterId = 0;
    int limit = 100;
};

// A subscription a change fans out to: which subscription, of which receiver.
struct FanOutTarget
{
    qint64 subscriptionId = 0;
    qint64 receiverId = 0;
};

// SQL for subscriptions; writes are compare-and-set on the etag like ReceiverStore's.
class SubscriptionStore
{
public:
    explicit SubscriptionStore(Database &db) : m_db(db) {}

    Result<Subscription> insert(const Subscription &subscription);
    Result<bool> update(const Subscription &subscription, const QString &expectedEtag);
    Result<bool> remove(qint64 id, const QString &expectedEtag);
    Result<std::optional<Subscription>> find(qint64 id) const;
    // The subscription of receiverId to (resource, action), if there is one.
    Result<std::optional<Subscription>> findPair(qint64 receiverId, const QString &resource,
                                                 const QString &action) const;
    Result<QList<Subscription>> list(const SubscriptionQuery &query) const;
    Result<qint64> count(const SubscriptionQuery &query) const;
    // Active subscriptions of active receivers to (resource, action), by subscription id.
    Result<QList<FanOutTarget>> fanOutTargets(const QString &resource, const QString &action) const;

private:
    Database &m_db;
};

} // namespace hookboard
