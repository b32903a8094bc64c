#pragma once

#include "common/result.h"
#include "model/event.h"
#include "model/outboundpolicy.h"
#include "model/receiver.h"
#include "model/receiverhealth.h"
#include "model/subscription.h"
#include "service/changefeed.h"
#include "store/eventstore.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace hookboard {

class ChangeFeed;
class Clock;
class Metrics;
class Store;

// Who is making a change; becomes createdBy of what they create.
struct Actor
{
    QString name; // the OS user name for the console, the API token's name for API calls
};

struct ReceiverFilter
{
    std::optional<bool> active;
    std::optional<QString> name; // case-insensitive substring
};

struct SubscriptionFilter
{
    std::optional<qint64> receiverId;
    std::optional<QString> resource;
    std::optional<QString> action;
    std::optional<bool> active;
};

struct EventFilter
{
    QList<EventStatus> statuses; // any of them; empty: every status
    std::optional<qint64> receiverId;
    std::optional<qint64> subscriptionId;
    std::optional<QString> resource;
    std::optional<QString> action;
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    std::optional<bool> test;
    std::optional<QString> payloadContains; // text in the published data (see EventQuery)
};

// The store query for filter: the one place where an EventFilter's rules become SQL terms, shared
// by the service and the console's event log.
EventQuery eventQueryFor(const EventFilter &filter);

// A page of objects, oldest id first, after a keyset cursor (an id).
template <typename T> struct Page
{
    QList<T> items;
    qint64 totalCount = 0; // matching the filter, over all pages
    bool hasNextPage = false;
};

// The one place through which the console and the API read and change receivers, subscriptions and
// events. Every change is validated first and written in one transaction, so a refused change
// leaves the store exactly as it was; every change is then posted to the change feed.
class WebhookService : public QObject
{
    Q_OBJECT
public:
    WebhookService(Store &store, const Clock &clock, ChangeFeed &feed, QObject *parent = nullptr);
    ChangeFeed &feed() const { return m_feed; }

    Result<Receiver> createReceiver(const ReceiverInput &input, const Actor &actor);
    Result<Receiver> updateReceiver(qint64 id, const QString &etag, const ReceiverInput &changes);
    Result<Receiver> setReceiverActive(qint64 id, const QString &etag, bool active);
    // Replaces the secret (with newSecret, or a generated one); the old one keeps signing for
    // graceMs so receivers can switch over.
    Result<Receiver> rotateReceiverSecret(qint64 id, const QString &etag,
                                          const std::optional<QString> &newSecret, qint64 graceMs);
    // Deletes the receiver and its subscriptions and cancels its unfinished events; the events and
    // their attempts stay as the audit trail.
    Status deleteReceiver(qint64 id, const QString &etag);
    Result<Receiver> receiver(qint64 id) const;
    // What createReceiver (base empty) or updateReceiver (base the stored receiver) would make of
    // input, checked by the same rules, without writing anything: for previews.
    Result<Receiver> checkedReceiver(const ReceiverInput &input, const std::optional<Receiver> &base) const;
    // Those of ids that still exist, in the same order (for a StoreChange's ids).
    QList<Receiver> receiversWithIds(const QList<qint64> &ids) const;
    // How the receiver's deliveries have been going (NOT_FOUND for an unknown receiver).
    Result<ReceiverHealth> receiverHealth(qint64 id) const;
    Result<Page<Receiver>> receivers(const ReceiverFilter &filter, qint64 afterId = 0, int first = 100) const;

    Result<Subscription> createSubscription(const SubscriptionInput &input, const Actor &actor);
    Result<Subscription> updateSubscription(qint64 id, const QString &etag, const SubscriptionInput &changes);
    // Deletes the subscription and cancels its unfinished events (kept for the audit trail).
    Status deleteSubscription(qint64 id, const QString &etag);
    Result<Subscription> subscription(qint64 id) const;
    // The first rule a subscription's resource and action break; none when they are fine.
    static Status checkSubscription(const QString &resource, const QString &action);
    Result<QList<Subscription>> subscriptionsOf(qint64 receiverId) const;
    Result<Page<Subscription>> subscriptions(const SubscriptionFilter &filter, qint64 afterId = 0,
                                             int first = 100) const;

    // Fans a change out into one PENDING event per active subscription (of an active receiver) to
    // its resource and action, in one transaction. Returns the new event ids (empty when nothing
    // subscribes) only after they are committed.
    Result<QList<qint64>> publish(const Change &change);
    // A test event of change for one receiver, whatever it subscribes to (marked test).
    Result<qint64> sendTestEvent(qint64 receiverId, const Change &change);
    Result<Event> event(qint64 id) const;
    // Events newest first; afterId is the last id of the previous page (0 for the first page).
    Result<Page<Event>> events(const EventFilter &filter, qint64 afterId = 0, int first = 100) const;
    // As events(), without counting the matches: a page for a reader that goes through them all.
    Result<QList<Event>> eventsAfter(const EventFilter &filter, qint64 afterId, int first) const;
    Result<QList<Attempt>> attemptsOf(qint64 eventId) const;
    // Sends a finished event (SUCCEEDED, FAILED or CANCELLED) again: back to PENDING, same
    // webhook-id, attempt numbers continue, the next attempt marked manual.
    Result<Event> resendEvent(qint64 id);
    // Resends every finished event matching filter in one transaction; returns how many.
    Result<int> replayEvents(const EventFilter &filter);
    // How many replayEvents(filter) would resend now, for a confirmation that says so first.
    Result<qint64> countReplayable(const EventFilter &filter) const;
    // Cancels a PENDING, SENDING or RETRYING event.
    Result<Event> cancelEvent(qint64 id);
    // Makes the RETRYING events among ids due now instead of at their scheduled time (the attempt
    // is an ordinary retry: automatic, its number the next); returns the ids it moved. Others are
    // left as they are.
    Result<QList<qint64>> retryNow(const QList<qint64> &ids);
    // A subscription's events, newest first (first at most 1000).
    Result<QList<Event>> eventsOfSubscription(qint64 subscriptionId, std::optional<EventStatus> status,
                                              int first) const;

    static constexpr int kMaxPublishBytes = 1024 * 1024;

    // Receivers are saved only if their URL passes this policy (an IP literal in a refused range is
    // refused, rule outbound-denied); the default is SPEC §8's.
    void setOutboundPolicy(const OutboundPolicy &policy) { m_outbound = policy; }
    // Where publish() counts its commits (GET /metrics). Not owned; may be null.
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }

    // A change is checked whole before anything is written: known resource and action, a JSON
    // object of at most 1 MiB. Returns the change with its data compacted (member order and numbers
    // kept), ready for publish() or a PublishWriter.
    static Result<Change> checkedChange(const Change &change);

    // Runs work, which calls this service's changes, in one transaction: all of them are kept or
    // none (an Error from work rolls everything back), and the change feed hears of them only after
    // the commit. Not reentrant.
    Status asOneChange(const std::function<Status()> &work);

private:
    void notify(StoreChange::Kind kind, const QList<qint64> &ids, const QList<qint64> &receiverIds = {});
    Result<Receiver> applyReceiverUpdate(qint64 id, const QString &etag, const ReceiverInput &changes,
                                         const std::optional<QString> &rotateTo, qint64 graceMs);

    Store &m_store;
    OutboundPolicy m_outbound;
    Metrics *m_metrics = nullptr;
    const Clock &m_clock;
    ChangeFeed &m_feed;
    std::optional<QList<StoreChange>> m_held; // changes made inside asOneChange, posted after it
};

} // namespace hookboard
