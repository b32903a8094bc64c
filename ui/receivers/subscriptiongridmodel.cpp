#include "subscriptiongridmodel.h"

#include "health/statstext.h"
#include "model/resourcecatalog.h"
#include "service/changefeed.h"
#include "service/storereader.h"
#include "service/webhookservice.h"
#include "store/store.h"

#include <QColor>
#include <QHash>
#include <QLocale>

// Q_INIT_RESOURCE must be called outside any namespace; the icons live in this static library,
// where an unreferenced resource initialiser could be dropped by the linker.
static void initReceiverResources()
{
    Q_INIT_RESOURCE(receivers);
}

namespace hookboard {

namespace {

QString eventsText(qint64 count)
{
    return SubscriptionGridModel::tr("%Ln event(s)", nullptr, StatsText::clamped(count));
}

} // namespace

SubscriptionGridModel::SubscriptionGridModel(const ConsoleContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_service(*context.service), m_reader(*context.reader),
      m_operatorName(context.operatorName), m_resources(ResourceCatalog::builtIn().names()),
      m_actions(ResourceCatalog::actions())
{
    initReceiverResources();
    for (const State state : {Unsubscribed, Subscribed, Paused})
        m_icons.append(iconFor(state));
    m_cells.resize(m_resources.size() * m_actions.size());
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(kCountDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, &SubscriptionGridModel::countPublished);

    using Kind = StoreChange::Kind;
    ChangeFeed &feed = m_service.feed();
    feed.listen(this, {Kind::SubscriptionsCreated, Kind::SubscriptionsUpdated},
                [this](const StoreChange &change) {
                    for (qsizetype i = 0; i < change.ids.size(); ++i) {
                        if (change.receiverIds.value(i) != m_receiverId)
                            continue;
                        if (Result<Subscription> subscription = m_service.subscription(change.ids[i]))
                            onSubscriptionChanged(*subscription);
                    }
                });
    feed.listen(this, {Kind::SubscriptionsDeleted}, [this](const StoreChange &change) {
        for (qsizetype i = 0; i < change.ids.size(); ++i) {
            if (change.receiverIds.value(i) == m_receiverId)
                onSubscriptionDeleted(change.ids[i]);
        }
    });
    // Only a publish adds events to a subscription, and only retention removes them: deliveries,
    // resends and cancellations change statuses, not how many events there are.
    feed.listen(this, {Kind::EventsPublished},
                [this](const StoreChange &change) { onEventsPublished(change.ids); });
    // Events past the retention period were removed: count afresh.
    feed.listen(this, {Kind::EventsRemoved}, [this](const StoreChange &) {
        if (m_receiverId <= 0)
            return;
        m_countsStale = true;
        m_pendingEventIds.clear();
        if (!m_countingPaused && !m_countTimer.isActive())
            m_countTimer.start();
    });
}

void SubscriptionGridModel::setReceiver(qint64 receiverId)
{
    m_receiverId = receiverId;
    m_countTimer.stop();
    m_pendingEventIds.clear();
    reload();
}

int SubscriptionGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

int SubscriptionGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

SubscriptionGridModel::State SubscriptionGridModel::stateOf(const Cell &cell) const
{
    if (!cell.subscription)
        return Unsubscribed;
    return cell.subscription->active ? Subscribed : Paused;
}

QVariant SubscriptionGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_cells.at(index.row() * m_actions.size() + index.column());
    const State state = stateOf(cell);
    const QString &resource = m_resources.at(index.row());
    const QString &action = m_actions.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (state) {
        case Unsubscribed:
            return tr("Not subscribed");
        case Subscribed:
            return cell.eventCount < 0 ? tr("Subscribed")
                                       : tr("Subscribed · %1").arg(eventsText(cell.eventCount));
        case Paused:
            return cell.eventCount < 0 ? tr("Paused") : tr("Paused · %1").arg(eventsText(cell.eventCount));
        }
        break;
    case Qt::DecorationRole:
        return m_icons.at(state);
    case Qt::BackgroundRole:
        // Translucent tints read on light and dark bases alike.
        if (state == Subscribed)
            return QColor(46, 157, 79, 48);
        if (state == Paused)
            return QColor(208, 138, 0, 56);
        break;
    case Qt::ToolTipRole: {
        const QString cellName = QStringLiteral("%1 · %2").arg(resource, action);
        switch (state) {
        case Unsubscribed:
            return tr("%1: not subscribed. Click to subscribe.").arg(cellName);
        case Subscribed:
            return tr("%1: subscribed (subscription %2), every matching change is delivered. Click to "
                      "pause.")
                .arg(cellName)
                .arg(cell.subscription->id);
        case Paused:
            return tr("%1: paused (subscription %2), no new events until it is resumed. Click to "
                      "unsubscribe; right-click to resume.")
                .arg(cellName)
                .arg(cell.subscription->id);
        }
        break;
    }
    case StateRole:
        return int(state);
    case SubscriptionIdRole:
        return cell.subscription ? cell.subscription->id : qint64(0);
    case EventCountRole:
        return cell.subscription ? cell.eventCount : qint64(-1);
    case ResourceRole:
        return resource;
    case ActionRole:
        return action;
    }
    return {};
}

QVariant SubscriptionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_actions.size()) {
        if (role == Qt::DisplayRole)
            return m_actions.at(section);
    } else if (orientation == Qt::Vertical && section >= 0 && section < m_resources.size()) {
        const ResourceInfo *info = ResourceCatalog::builtIn().find(m_resources.at(section));
        if (role == Qt::DisplayRole)
            return info ? info->title : m_resources.at(section);
        if (role == Qt::ToolTipRole && info)
            return QStringLiteral("%1 (%2)").arg(info->description, info->name);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags SubscriptionGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_receiverId > 0)
        flags |= Qt::ItemIsEnabled;
    return flags;
}

SubscriptionGridModel::State SubscriptionGridModel::nextState(State state)
{
    switch (state) {
    case Unsubscribed:
        return Subscribed;
    case Subscribed:
        return Paused;
    case Paused:
        return Unsubscribed;
    }
    return Unsubscribed;
}

Status SubscriptionGridModel::setState(const QModelIndex &index, State state)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Error::internal(tr("No such cell"));
    if (m_receiverId <= 0)
        return Error::badInput(QStringLiteral("receiverId"), QStringLiteral("required"),
                               tr("Save the receiver before subscribing it"));
    const Cell &cell = m_cells.at(index.row() * m_actions.size() + index.column());
    if (stateOf(cell) == state)
        return {};
    // The service announces every change, and the grid takes it from there like any other.
    Status done;
    if (state == Unsubscribed) {
        done = m_service.deleteSubscription(cell.subscription->id, cell.subscription->etag);
    } else if (!cell.subscription) {
        SubscriptionInput input;
        input.receiverId = m_receiverId;
        input.resource = m_resources.at(index.row());
        input.action = m_actions.at(index.column());
        input.active = state == Subscribed;
        Result<Subscription> created = m_service.createSubscription(input, Actor{m_operatorName});
        if (!created)
            done = created.error();
    } else {
        SubscriptionInput changes;
        changes.active = state == Subscribed;
        Result<Subscription> updated =
            m_service.updateSubscription(cell.subscription->id, cell.subscription->etag, changes);
        if (!updated)
            done = updated.error();
    }
    // Refused: the grid may be behind the store (another process changed it), so read it again.
    if (!done)
        reload();
    return done;
}

QModelIndex SubscriptionGridModel::indexOf(const QString &resource, const QString &action) const
{
    const int row = int(m_resources.indexOf(resource));
    const int column = int(m_actions.indexOf(action));
    if (row < 0 || column < 0)
        return {};
    return index(row, column);
}

void SubscriptionGridModel::setCountingPaused(bool paused)
{
    m_countingPaused = paused;
    if (!paused && m_countsStale && m_receiverId > 0 && !m_countTimer.isActive())
        m_countTimer.start();
}

void SubscriptionGridModel::onEventsPublished(const QList<qint64> &eventIds)
{
    if (m_receiverId <= 0)
        return;
    // Nobody looks: remember only that the counts are behind, and count afresh when shown.
    if (m_countingPaused || m_countsStale) {
        m_countsStale = true;
        m_pendingEventIds.clear();
    } else {
        m_pendingEventIds += eventIds;
        // Past this many, one full count costs less than sorting out the new events.
        if (m_pendingEventIds.size() > kMaxPendingEvents) {
            m_countsStale = true;
            m_pendingEventIds.clear();
        }
    }
    if (!m_countingPaused && !m_countTimer.isActive())
        m_countTimer.start();
}

void SubscriptionGridModel::countPublished()
{
    if (m_countsStale) {
        refreshCounts();
        return;
    }
    if (m_pendingEventIds.isEmpty())
        return;
    // One query for every event published since the last tick: the new events of this receiver,
    // each counted in its subscription's cell. Only a publish adds events, and events are never
    // removed, so the counts stay exact without counting the whole table again.
    // By id alone: with a receiver filter too, SQLite walks the receiver's index (every event it ever
    // had) instead of looking the ids up; the cells below only take their own subscriptions' events.
    EventQuery query;
    query.ids = std::exchange(m_pendingEventIds, {});
    query.limit = int(query.ids->size());
    using Counts = QHash<qint64, qint64>; // by subscription id
    ++m_countsReading;
    m_reader.read<Result<Counts>>(
        this,
        [query](StoreReader::Connection &c) -> Result<Counts> {
            const Result<QList<Event>> events = c.store.events().list(query);
            if (!events)
                return events.error();
            Counts added;
            for (const Event &event : *events) {
                if (event.subscriptionId)
                    ++added[*event.subscriptionId];
            }
            return added;
        },
        [this, generation = m_countGeneration](const Result<Counts> &added) {
            --m_countsReading;
            // After a reload the cells were counted afresh, these events included.
            if (generation != m_countGeneration)
                return;
            if (!added) {
                setLoadError(added.error().message);
                return;
            }
            showCounts(*added, true);
        });
}

void SubscriptionGridModel::showCounts(const QHash<qint64, qint64> &counts, bool add)
{
    for (int i = 0; i < m_cells.size(); ++i) {
        Cell &cell = m_cells[i];
        if (!cell.subscription || !counts.contains(cell.subscription->id) || (add && cell.eventCount < 0))
            continue;
        const qint64 count = counts.value(cell.subscription->id);
        const qint64 now = add ? cell.eventCount + count : count;
        if (now == cell.eventCount)
            continue;
        cell.eventCount = now;
        const QModelIndex changed = index(int(i / m_actions.size()), int(i % m_actions.size()));
        emit dataChanged(changed, changed, {Qt::DisplayRole, EventCountRole});
    }
}

void SubscriptionGridModel::refreshCounts()
{
    m_countsStale = false;
    m_pendingEventIds.clear();
    ++m_countGeneration; // incremental counts still being read are part of this count
    QList<qint64> subscriptionIds;
    for (const Cell &cell : std::as_const(m_cells)) {
        if (cell.subscription)
            subscriptionIds.append(cell.subscription->id);
    }
    using Counts = QHash<qint64, qint64>; // by subscription id
    ++m_countsReading;
    m_reader.read<Result<Counts>>(
        this,
        [subscriptionIds](StoreReader::Connection &c) -> Result<Counts> {
            Counts counts;
            for (qint64 id : subscriptionIds) {
                EventFilter filter;
                filter.subscriptionId = id;
                // first = 0: only the total is wanted, not the events.
                const Result<Page<Event>> page = c.service.events(filter, 0, 0);
                if (!page)
                    return page.error();
                counts.insert(id, page->totalCount);
            }
            return counts;
        },
        [this, generation = m_countGeneration](const Result<Counts> &counts) {
            --m_countsReading;
            if (generation != m_countGeneration)
                return; // a newer count follows
            if (!counts) {
                setLoadError(counts.error().message);
                return;
            }
            showCounts(*counts, false);
        });
}

void SubscriptionGridModel::reload()
{
    ++m_countGeneration; // counts read for the cells being replaced no longer apply
    QList<Cell> cells(m_cells.size());
    QString error;
    if (m_receiverId > 0) {
        Result<QList<Subscription>> subscriptions = m_service.subscriptionsOf(m_receiverId);
        if (subscriptions) {
            for (const Subscription &subscription : std::as_const(*subscriptions)) {
                const QModelIndex at = indexOf(subscription.resource, subscription.action);
                if (at.isValid())
                    cells[at.row() * m_actions.size() + at.column()].subscription = subscription;
            }
        } else {
            error = subscriptions.error().message;
        }
    }
    // The cells stay where they are, so the view keeps its current cell: data changes, not a reset.
    m_cells = std::move(cells);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    setLoadError(error);
    if (m_receiverId > 0 && error.isEmpty()) {
        if (m_countingPaused)
            m_countsStale = true;
        else
            refreshCounts();
    }
}

void SubscriptionGridModel::onSubscriptionChanged(const Subscription &subscription)
{
    // An update may move a subscription to another resource or action: clear its old cell first.
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells[i].subscription && m_cells[i].subscription->id == subscription.id &&
            (m_cells[i].subscription->resource != subscription.resource ||
             m_cells[i].subscription->action != subscription.action)) {
            m_cells[i] = Cell{};
            const QModelIndex old = index(int(i / m_actions.size()), int(i % m_actions.size()));
            emit dataChanged(old, old);
        }
    }
    const QModelIndex at = indexOf(subscription.resource, subscription.action);
    if (!at.isValid())
        return;
    Cell &cell = m_cells[at.row() * m_actions.size() + at.column()];
    const bool isNew = !cell.subscription || cell.subscription->id != subscription.id;
    cell.subscription = subscription;
    if (isNew)
        cell.eventCount = 0; // a new subscription has had no events yet
    emit dataChanged(at, at);
}

void SubscriptionGridModel::onSubscriptionDeleted(qint64 id)
{
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells[i].subscription && m_cells[i].subscription->id == id) {
            m_cells[i] = Cell{};
            const QModelIndex at = index(int(i / m_actions.size()), int(i % m_actions.size()));
            emit dataChanged(at, at);
        }
    }
}

QIcon SubscriptionGridModel::iconFor(State state)
{
    switch (state) {
    case Subscribed:
        return QIcon(QStringLiteral(":/hookboard/receivers/subscribed.svg"));
    case Paused:
        return QIcon(QStringLiteral(":/hookboard/receivers/paused.svg"));
    case Unsubscribed:
        break;
    }
    return QIcon(QStringLiteral(":/hookboard/receivers/unsubscribed.svg"));
}

void SubscriptionGridModel::setLoadError(const QString &error)
{
    if (error == m_loadError)
        return;
    m_loadError = error;
    emit loadErrorChanged(m_loadError);
}

} // namespace hookboard
