#include "webhookservice.h"

#include "common/clock.h"
#include "common/jsontext.h"
#include "model/etag.h"
#include "model/resourcecatalog.h"
#include "model/secret.h"
#include "model/validation.h"
#include "service/changefeed.h"
#include "service/publishwriter.h"
#include "stats/metrics.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <limits>

namespace hookboard {

namespace {

constexpr int kMaxPageSize = 1000;
constexpr qint64 kMaxSecretGraceMs = 7LL * 24 * 3600 * 1000;

// The messages of this file, under the context "WebhookService".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WebhookService)
};

Status checkEtag(const QString &given, const QString &current, const QString &what, qint64 id)
{
    if (given.isEmpty())
        return Error::etagMismatch(
            QStringLiteral("etag"), QStringLiteral("required"),
            Text::tr("etag: is required to change %1 %2; read it and send its current _etag")
                .arg(what)
                .arg(id));
    if (given != current)
        return Error::etagMismatch(
            QStringLiteral("etag"), QStringLiteral("stale"),
            Text::tr("etag: \"%1\" is stale: %2 %3 has changed since it was read; read it "
                     "again and retry with its current _etag")
                .arg(given, what)
                .arg(id));
    return {};
}

// The stored etag moved between our read and our write: only possible when another process shares
// the store, and refused the same way.
Error raceLost(const QString &what, qint64 id)
{
    return Error::etagMismatch(
        QStringLiteral("etag"), QStringLiteral("stale"),
        Text::tr("etag: %1 %2 was changed by another writer at the same moment; read it again "
                 "and retry")
            .arg(what)
            .arg(id));
}

Status firstError(const QList<Error> &errors)
{
    if (errors.isEmpty())
        return {};
    return errors.constFirst();
}

Status checkPageSize(int first)
{
    if (first < 0 || first > kMaxPageSize)
        return Error::badInput(
            QStringLiteral("first"), QStringLiteral("range"),
            Text::tr("first: must be between 0 and %1 (got %2)").arg(kMaxPageSize).arg(first));
    return {};
}

Status checkActor(const Actor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("createdBy"), QStringLiteral("required"),
                               Text::tr("createdBy: the name of who makes the change is required"));
    return {};
}

void applyInput(Receiver &r, const ReceiverInput &in)
{
    if (in.name)
        r.name = in.name->trimmed();
    if (in.description)
        r.description = *in.description;
    if (in.webhookUri)
        r.webhookUri = in.webhookUri->trimmed();
    if (in.sharedSecret)
        r.sharedSecret = *in.sharedSecret;
    if (in.contentType)
        r.contentType = *in.contentType;
    if (in.expectedResponseCode)
        r.expectedResponseCode = *in.expectedResponseCode;
    if (in.active)
        r.active = *in.active;
    if (in.headers) {
        r.headers = *in.headers;
        for (WebhookHeader &header : r.headers)
            header.id = 0;
    }
    if (in.delivery)
        r.delivery = *in.delivery;
}

Status checkSubscriptionFields(const Subscription &s)
{
    if (std::optional<Error> error = validation::resource(s.resource))
        return *error;
    if (std::optional<Error> error = validation::action(s.action))
        return *error;
    return {};
}

Error duplicateSubscription(const Subscription &existing)
{
    return Error::badInput(
        QStringLiteral("resource"), QStringLiteral("unique"),
        Text::tr("resource: receiver %1 already subscribes to %2 %3 (subscription %4); a receiver "
                 "subscribes to each resource and action once")
            .arg(existing.receiverId)
            .arg(existing.resource, existing.action)
            .arg(existing.id));
}

} // namespace

Result<Change> WebhookService::checkedChange(const Change &change)
{
    if (std::optional<Error> error = validation::resource(change.resource))
        return *error;
    if (std::optional<Error> error = validation::action(change.action))
        return *error;
    if (change.data.size() > WebhookService::kMaxPublishBytes)
        return Error::badInput(
            QStringLiteral("data"), QStringLiteral("max-size"),
            Text::tr("data: must be at most 1 MiB (got %1 bytes)").arg(change.data.size()));
    Result<QByteArray> compact = jsontext::compact(change.data, QStringLiteral("data"));
    if (!compact)
        return compact.error();
    if (jsontext::kindOf(*compact) != jsontext::Kind::Object)
        return Error::badInput(QStringLiteral("data"), QStringLiteral("json-object"),
                               Text::tr("data: must be a JSON object"));
    return Change{change.resource, change.action, std::move(compact).value()};
}

namespace {

// A page from items fetched with one extra row: that row only tells whether another page follows.
template <typename T> Page<T> pageOf(QList<T> items, qint64 totalCount, int first)
{
    Page<T> page{std::move(items), totalCount, false};
    page.hasNextPage = page.items.size() > first;
    page.items.resize(std::min<qsizetype>(page.items.size(), first));
    return page;
}

bool isFinished(EventStatus status)
{
    return status == EventStatus::Succeeded || status == EventStatus::Failed ||
           status == EventStatus::Cancelled;
}

} // namespace

EventQuery eventQueryFor(const EventFilter &filter)
{
    EventQuery query;
    query.statuses = filter.statuses;
    query.receiverId = filter.receiverId;
    query.subscriptionId = filter.subscriptionId;
    query.resource = filter.resource;
    query.action = filter.action;
    query.sinceMs = filter.sinceMs;
    query.untilMs = filter.untilMs;
    query.test = filter.test;
    // An empty text would match everything while still costing a scan of every payload.
    if (filter.payloadContains && !filter.payloadContains->isEmpty())
        query.payloadContains = filter.payloadContains;
    return query;
}

WebhookService::WebhookService(Store &store, const Clock &clock, ChangeFeed &feed, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_feed(feed)
{}

void WebhookService::notify(StoreChange::Kind kind, const QList<qint64> &ids,
                            const QList<qint64> &receiverIds)
{
    if (m_held)
        m_held->append(StoreChange{kind, ids, receiverIds, false});
    else
        m_feed.post(kind, ids, receiverIds);
}

Status WebhookService::asOneChange(const std::function<Status()> &work)
{
    Q_ASSERT(!m_held);
    m_held.emplace();
    const Status done = m_store.database().transaction(work);
    const QList<StoreChange> held = std::move(*m_held);
    m_held.reset();
    if (done) {
        for (const StoreChange &change : held)
            m_feed.post(change);
    }
    return done;
}

Result<Receiver> WebhookService::createReceiver(const ReceiverInput &input, const Actor &actor)
{
    if (Status status = checkActor(actor); !status)
        return status.error();
    Receiver r;
    applyInput(r, input);
    if (!input.sharedSecret)
        r.sharedSecret = secret::generate();
    if (Status status = firstError(validation::receiver(r, m_outbound)); !status)
        return status.error();
    const qint64 now = m_clock.nowMs();
    r.etag = newEtag();
    r.createdAtMs = now;
    r.updatedAtMs = now;
    Result<Receiver> created = m_store.database().transaction([&]() -> Result<Receiver> {
        Result<User> user = m_store.users().ensure(actor.name.trimmed(), now);
        if (!user)
            return user.error();
        r.createdBy = *user;
        return m_store.receivers().insert(r);
    });
    if (created)
        notify(StoreChange::Kind::ReceiversCreated, {created->id});
    return created;
}

Result<Receiver> WebhookService::updateReceiver(qint64 id, const QString &etag, const ReceiverInput &changes)
{
    return applyReceiverUpdate(id, etag, changes, std::nullopt, 0);
}

Result<Receiver> WebhookService::setReceiverActive(qint64 id, const QString &etag, bool active)
{
    ReceiverInput changes;
    changes.active = active;
    return applyReceiverUpdate(id, etag, changes, std::nullopt, 0);
}

Result<Receiver> WebhookService::rotateReceiverSecret(qint64 id, const QString &etag,
                                                      const std::optional<QString> &newSecret, qint64 graceMs)
{
    if (graceMs < 0 || graceMs > kMaxSecretGraceMs)
        return Error::badInput(QStringLiteral("gracePeriod"), QStringLiteral("range"),
                               Text::tr("gracePeriod: must be between 0 and 7 days"));
    const QString next = newSecret.value_or(secret::generate());
    if (std::optional<Error> error = secret::check(next))
        return *error;
    return applyReceiverUpdate(id, etag, {}, next, graceMs);
}

Result<Receiver> WebhookService::applyReceiverUpdate(qint64 id, const QString &etag,
                                                     const ReceiverInput &changes,
                                                     const std::optional<QString> &rotateTo, qint64 graceMs)
{
    const QString what = Text::tr("receiver");
    Result<Receiver> updated = m_store.database().transaction([&]() -> Result<Receiver> {
        Result<std::optional<Receiver>> found = m_store.receivers().find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(what, id);
        Receiver r = std::move(**found);
        if (Status status = checkEtag(etag, r.etag, what, id); !status)
            return status.error();
        const bool wasActive = r.active;
        applyInput(r, changes);
        if (Status status = firstError(validation::receiver(r, m_outbound)); !status)
            return status.error();
        const qint64 now = m_clock.nowMs();
        if (rotateTo) {
            r.previousSecret = graceMs > 0 ? r.sharedSecret : QString();
            r.previousSecretExpiresAtMs = graceMs > 0 ? now + graceMs : 0;
            r.sharedSecret = *rotateTo;
        }
        if (r.active && !wasActive)
            r.disabledReason.clear(); // a person turned it back on: the automatic reason no longer holds
        r.etag = newEtag();
        r.updatedAtMs = now;
        Result<bool> written = m_store.receivers().update(r, etag, changes.headers.has_value());
        if (!written)
            return written.error();
        if (!*written)
            return raceLost(what, id);
        Result<std::optional<Receiver>> stored = m_store.receivers().find(id);
        if (!stored)
            return stored.error();
        return std::move(**stored);
    });
    if (updated)
        notify(StoreChange::Kind::ReceiversUpdated, {updated->id});
    return updated;
}

Status WebhookService::deleteReceiver(qint64 id, const QString &etag)
{
    const QString what = Text::tr("receiver");
    QList<Subscription> removedSubscriptions;
    QList<qint64> cancelled;
    Status deleted = m_store.database().transaction([&]() -> Status {
        Result<std::optional<Receiver>> found = m_store.receivers().find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(what, id);
        if (Status status = checkEtag(etag, (*found)->etag, what, id); !status)
            return status;
        SubscriptionQuery ofReceiver;
        ofReceiver.receiverId = id;
        ofReceiver.limit = std::numeric_limits<int>::max();
        Result<QList<Subscription>> subscriptions = m_store.subscriptions().list(ofReceiver);
        if (!subscriptions)
            return subscriptions.error();
        removedSubscriptions = *subscriptions;
        Result<QList<qint64>> cancelledIds =
            m_store.events().cancelUnfinished({EventOwner::Kind::Receiver, id}, m_clock.nowMs());
        if (!cancelledIds)
            return cancelledIds.error();
        cancelled = *cancelledIds;
        // Subscriptions and headers go with it (ON DELETE CASCADE); events stay as the audit trail.
        Result<bool> removed = m_store.receivers().remove(id, etag);
        if (!removed)
            return removed.error();
        if (!*removed)
            return raceLost(what, id);
        return {};
    });
    if (!deleted)
        return deleted;
    QList<qint64> subscriptionIds;
    for (const Subscription &s : std::as_const(removedSubscriptions))
        subscriptionIds.append(s.id);
    notify(StoreChange::Kind::SubscriptionsDeleted, subscriptionIds,
           QList<qint64>(subscriptionIds.size(), id));
    notify(StoreChange::Kind::EventsChanged, cancelled);
    notify(StoreChange::Kind::ReceiversDeleted, {id});
    return {};
}

Result<Receiver> WebhookService::checkedReceiver(const ReceiverInput &input,
                                                 const std::optional<Receiver> &base) const
{
    Receiver r = base.value_or(Receiver());
    applyInput(r, input);
    if (!base && !input.sharedSecret)
        r.sharedSecret = secret::generate(); // as createReceiver does
    if (Status status = firstError(validation::receiver(r, m_outbound)); !status)
        return status.error();
    return r;
}

Status WebhookService::checkSubscription(const QString &resource, const QString &action)
{
    Subscription s;
    s.resource = resource;
    s.action = action;
    return checkSubscriptionFields(s);
}

Result<Receiver> WebhookService::receiver(qint64 id) const
{
    Result<std::optional<Receiver>> found = m_store.receivers().find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(Text::tr("receiver"), id);
    return std::move(**found);
}

QList<Receiver> WebhookService::receiversWithIds(const QList<qint64> &ids) const
{
    QList<Receiver> found;
    for (qint64 id : ids) {
        if (Result<Receiver> r = receiver(id))
            found.append(std::move(*r));
    }
    return found;
}

Result<ReceiverHealth> WebhookService::receiverHealth(qint64 id) const
{
    // The health table has no row until an attempt finishes, so the receivers table says whether
    // the receiver exists.
    Result<bool> known = m_store.receivers().exists(id);
    if (!known)
        return known.error();
    if (!*known)
        return Error::notFound(Text::tr("receiver"), id);
    return m_store.receivers().health(id);
}

Result<Page<Receiver>> WebhookService::receivers(const ReceiverFilter &filter, qint64 afterId,
                                                 int first) const
{
    if (Status status = checkPageSize(first); !status)
        return status.error();
    ReceiverQuery query{filter.active, filter.name, afterId, first + 1};
    Result<QList<Receiver>> items = m_store.receivers().list(query);
    if (!items)
        return items.error();
    Result<qint64> total = m_store.receivers().count(query);
    if (!total)
        return total.error();
    return pageOf(std::move(items).value(), *total, first);
}

Result<Subscription> WebhookService::createSubscription(const SubscriptionInput &input, const Actor &actor)
{
    if (Status status = checkActor(actor); !status)
        return status.error();
    if (!input.receiverId)
        return Error::badInput(QStringLiteral("receiverId"), QStringLiteral("required"),
                               Text::tr("receiverId: is required"));
    Subscription s;
    s.receiverId = *input.receiverId;
    s.resource = input.resource.value_or(QString());
    s.action = input.action.value_or(QString());
    s.active = input.active.value_or(true);
    if (Status status = checkSubscriptionFields(s); !status)
        return status.error();
    const qint64 now = m_clock.nowMs();
    s.etag = newEtag();
    s.createdAtMs = now;
    s.updatedAtMs = now;
    Result<Subscription> created = m_store.database().transaction([&]() -> Result<Subscription> {
        Result<std::optional<Receiver>> receiver = m_store.receivers().find(s.receiverId);
        if (!receiver)
            return receiver.error();
        if (!receiver->has_value())
            return Error::notFound(Text::tr("receiver"), s.receiverId, QStringLiteral("receiverId"));
        Result<std::optional<Subscription>> existing =
            m_store.subscriptions().findPair(s.receiverId, s.resource, s.action);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return duplicateSubscription(**existing);
        Result<User> user = m_store.users().ensure(actor.name.trimmed(), now);
        if (!user)
            return user.error();
        s.createdBy = *user;
        return m_store.subscriptions().insert(s);
    });
    if (created)
        notify(StoreChange::Kind::SubscriptionsCreated, {created->id}, {created->receiverId});
    return created;
}

Result<Subscription> WebhookService::updateSubscription(qint64 id, const QString &etag,
                                                        const SubscriptionInput &changes)
{
    const QString what = Text::tr("subscription");
    Result<Subscription> updated = m_store.database().transaction([&]() -> Result<Subscription> {
        Result<std::optional<Subscription>> found = m_store.subscriptions().find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(what, id);
        Subscription s = std::move(**found);
        if (Status status = checkEtag(etag, s.etag, what, id); !status)
            return status.error();
        if (changes.receiverId && *changes.receiverId != s.receiverId)
            return Error::badInput(
                QStringLiteral("receiverId"), QStringLiteral("immutable"),
                Text::tr("receiverId: a subscription cannot move to another receiver; subscribe "
                         "the other receiver instead"));
        s.resource = changes.resource.value_or(s.resource);
        s.action = changes.action.value_or(s.action);
        s.active = changes.active.value_or(s.active);
        if (Status status = checkSubscriptionFields(s); !status)
            return status.error();
        Result<std::optional<Subscription>> existing =
            m_store.subscriptions().findPair(s.receiverId, s.resource, s.action);
        if (!existing)
            return existing.error();
        if (existing->has_value() && (*existing)->id != id)
            return duplicateSubscription(**existing);
        s.etag = newEtag();
        s.updatedAtMs = m_clock.nowMs();
        Result<bool> written = m_store.subscriptions().update(s, etag);
        if (!written)
            return written.error();
        if (!*written)
            return raceLost(what, id);
        Result<std::optional<Subscription>> stored = m_store.subscriptions().find(id);
        if (!stored)
            return stored.error();
        return std::move(**stored);
    });
    if (updated)
        notify(StoreChange::Kind::SubscriptionsUpdated, {updated->id}, {updated->receiverId});
    return updated;
}

Status WebhookService::deleteSubscription(qint64 id, const QString &etag)
{
    const QString what = Text::tr("subscription");
    qint64 receiverId = 0;
    QList<qint64> cancelled;
    Status deleted = m_store.database().transaction([&]() -> Status {
        Result<std::optional<Subscription>> found = m_store.subscriptions().find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(what, id);
        if (Status status = checkEtag(etag, (*found)->etag, what, id); !status)
            return status;
        receiverId = (*found)->receiverId;
        Result<QList<qint64>> cancelledIds =
            m_store.events().cancelUnfinished({EventOwner::Kind::Subscription, id}, m_clock.nowMs());
        if (!cancelledIds)
            return cancelledIds.error();
        cancelled = *cancelledIds;
        Result<bool> removed = m_store.subscriptions().remove(id, etag);
        if (!removed)
            return removed.error();
        if (!*removed)
            return raceLost(what, id);
        return {};
    });
    if (!deleted)
        return deleted;
    notify(StoreChange::Kind::EventsChanged, cancelled);
    notify(StoreChange::Kind::SubscriptionsDeleted, {id}, {receiverId});
    return {};
}

Result<Subscription> WebhookService::subscription(qint64 id) const
{
    Result<std::optional<Subscription>> found = m_store.subscriptions().find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(Text::tr("subscription"), id);
    return std::move(**found);
}

Result<QList<Subscription>> WebhookService::subscriptionsOf(qint64 receiverId) const
{
    SubscriptionQuery query;
    query.receiverId = receiverId;
    query.limit = std::numeric_limits<int>::max();
    return m_store.subscriptions().list(query);
}

Result<Page<Subscription>> WebhookService::subscriptions(const SubscriptionFilter &filter, qint64 afterId,
                                                         int first) const
{
    if (Status status = checkPageSize(first); !status)
        return status.error();
    SubscriptionQuery query{filter.receiverId, filter.resource, filter.action,
                            filter.active,     afterId,         first + 1};
    Result<QList<Subscription>> items = m_store.subscriptions().list(query);
    if (!items)
        return items.error();
    Result<qint64> total = m_store.subscriptions().count(query);
    if (!total)
        return total.error();
    return pageOf(std::move(items).value(), *total, first);
}

Result<QList<qint64>> WebhookService::publish(const Change &change)
{
    Result<Change> checked = checkedChange(change);
    if (!checked)
        return checked.error();
    const qint64 now = m_clock.nowMs();
    QElapsedTimer writing;
    writing.start();
    Result<QList<qint64>> ids = m_store.database().transaction(
        [&]() -> Result<QList<qint64>> { return PublishWriter::write(m_store, *checked, now); });
    if (ids && m_metrics)
        m_metrics->recordPublishCommit(1, ids->size(), writing.nsecsElapsed());
    if (ids && !ids->isEmpty())
        notify(StoreChange::Kind::EventsPublished, *ids);
    return ids;
}

Result<qint64> WebhookService::sendTestEvent(qint64 receiverId, const Change &change)
{
    Result<Change> checked = checkedChange(change);
    if (!checked)
        return checked.error();
    const qint64 now = m_clock.nowMs();
    Result<qint64> id = m_store.database().transaction([&]() -> Result<qint64> {
        Result<std::optional<Receiver>> receiver = m_store.receivers().find(receiverId);
        if (!receiver)
            return receiver.error();
        if (!receiver->has_value())
            return Error::notFound(Text::tr("receiver"), receiverId, QStringLiteral("receiverId"));
        Result<qint64> changeId = m_store.events().insertChange(*checked, now);
        if (!changeId)
            return changeId.error();
        return m_store.events().insertEvent(*changeId, *checked, receiverId, std::nullopt, true, now);
    });
    if (id)
        notify(StoreChange::Kind::EventsPublished, {*id});
    return id;
}

Result<Event> WebhookService::event(qint64 id) const
{
    Result<std::optional<Event>> found = m_store.events().find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(Text::tr("event"), id);
    return std::move(**found);
}

Result<Page<Event>> WebhookService::events(const EventFilter &filter, qint64 afterId, int first) const
{
    if (Status status = checkPageSize(first); !status)
        return status.error();
    EventQuery query = eventQueryFor(filter);
    query.beforeId = afterId;
    query.limit = first + 1;
    Result<QList<Event>> items = m_store.events().list(query);
    if (!items)
        return items.error();
    Result<qint64> total = m_store.events().count(query);
    if (!total)
        return total.error();
    return pageOf(std::move(items).value(), *total, first);
}

Result<QList<Event>> WebhookService::eventsAfter(const EventFilter &filter, qint64 afterId, int first) const
{
    if (Status status = checkPageSize(first); !status)
        return status.error();
    EventQuery query = eventQueryFor(filter);
    query.beforeId = afterId;
    query.limit = first;
    return m_store.events().list(query);
}

Result<QList<Attempt>> WebhookService::attemptsOf(qint64 eventId) const
{
    return m_store.events().attemptsOf(eventId);
}

Result<QList<qint64>> WebhookService::retryNow(const QList<qint64> &ids)
{
    Result<QList<qint64>> moved =
        m_store.database().transaction([&] { return m_store.events().retryNow(ids, m_clock.nowMs()); });
    if (moved)
        notify(StoreChange::Kind::EventsChanged, *moved);
    return moved;
}

Result<Event> WebhookService::resendEvent(qint64 id)
{
    Result<Event> resent = m_store.database().transaction([&]() -> Result<Event> {
        Result<Event> current = event(id);
        if (!current)
            return current;
        if (!isFinished(current->status))
            return Error::badInput(
                QStringLiteral("id"), QStringLiteral("finished-only"),
                Text::tr("id: event %1 is %2; only SUCCEEDED, FAILED or CANCELLED events can be resent")
                    .arg(id)
                    .arg(eventStatusName(current->status)));
        EventQuery one;
        one.id = id;
        Result<QList<qint64>> ids = m_store.events().resend(one, m_clock.nowMs());
        if (!ids)
            return ids.error();
        if (!ids->contains(id))
            return Error::badInput(
                QStringLiteral("id"), QStringLiteral("receiver-exists"),
                Text::tr("id: the receiver of event %1 was deleted, so it cannot be resent").arg(id));
        return event(id);
    });
    if (resent)
        notify(StoreChange::Kind::EventsChanged, {id});
    return resent;
}

Result<int> WebhookService::replayEvents(const EventFilter &filter)
{
    for (EventStatus status : filter.statuses) {
        if (!isFinished(status))
            return Error::badInput(
                QStringLiteral("status"), QStringLiteral("finished-only"),
                Text::tr("status: replay resends finished events (SUCCEEDED, FAILED or CANCELLED), not %1")
                    .arg(eventStatusName(status)));
    }
    Result<QList<qint64>> ids = m_store.database().transaction([&]() -> Result<QList<qint64>> {
        return m_store.events().resend(eventQueryFor(filter), m_clock.nowMs());
    });
    if (!ids)
        return ids.error();
    if (!ids->isEmpty())
        notify(StoreChange::Kind::EventsChanged, *ids);
    return int(ids->size());
}

Result<qint64> WebhookService::countReplayable(const EventFilter &filter) const
{
    if (std::any_of(filter.statuses.cbegin(), filter.statuses.cend(),
                    [](EventStatus s) { return !isFinished(s); }))
        return 0;
    return m_store.events().countResendable(eventQueryFor(filter));
}

Result<Event> WebhookService::cancelEvent(qint64 id)
{
    Result<Event> cancelled = m_store.database().transaction([&]() -> Result<Event> {
        Result<Event> current = event(id);
        if (!current)
            return current;
        Result<bool> done = m_store.events().cancel(id, m_clock.nowMs());
        if (!done)
            return done.error();
        if (!*done)
            return Error::badInput(
                QStringLiteral("id"), QStringLiteral("unfinished-only"),
                Text::tr("id: event %1 is %2; only PENDING, SENDING or RETRYING events can be cancelled")
                    .arg(id)
                    .arg(eventStatusName(current->status)));
        return event(id);
    });
    if (cancelled)
        notify(StoreChange::Kind::EventsChanged, {id});
    return cancelled;
}

Result<QList<Event>> WebhookService::eventsOfSubscription(qint64 subscriptionId,
                                                          std::optional<EventStatus> status, int first) const
{
    if (Status checked = checkPageSize(first); !checked)
        return checked.error();
    return m_store.events().listForSubscription(subscriptionId, status, first);
}

} // namespace hookboard
