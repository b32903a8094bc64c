#include "receiverlistmodel.h"

#include "consolecontext.h"
#include "delivery/deliveryengine.h"
#include "health/statstext.h"
#include "service/changefeed.h"
#include "service/storereader.h"
#include "service/webhookservice.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QTimer>
#include <algorithm>

namespace hookboard {

namespace {

constexpr int kPageSize = 200;

bool isStatisticsColumn(int column)
{
    return column == ReceiverListModel::HealthColumn || column == ReceiverListModel::SuccessRateColumn ||
           column == ReceiverListModel::MedianLatencyColumn;
}

} // namespace

ReceiverListModel::ReceiverListModel(const ConsoleContext &context, QObject *parent)
    : ReceiverListModel(*context.service, &context, parent)
{}

ReceiverListModel::ReceiverListModel(WebhookService &service, QObject *parent)
    : ReceiverListModel(service, nullptr, parent)
{}

ReceiverListModel::ReceiverListModel(WebhookService &service, const ConsoleContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_coalesce(new QTimer(this)),
      m_periodic(new QTimer(this))
{
    if (context)
        m_reader = context->reader;

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ReceiverListModel::refreshStatistics);
    m_periodic->setInterval(kRefreshIntervalMs);
    connect(m_periodic, &QTimer::timeout, this, &ReceiverListModel::scheduleRefresh);
    m_periodic->start();

    using Kind = StoreChange::Kind;
    ChangeFeed &feed = m_service.feed();
    feed.listen(this, {Kind::ReceiversCreated}, [this](const StoreChange &change) {
        for (const Receiver &receiver : m_service.receiversWithIds(change.ids))
            onReceiverCreated(receiver);
    });
    feed.listen(this, {Kind::ReceiversUpdated, Kind::ReceiversDisabled}, [this](const StoreChange &change) {
        for (const Receiver &receiver : m_service.receiversWithIds(change.ids))
            onReceiverUpdated(receiver);
    });
    feed.listen(this, {Kind::ReceiversDeleted}, [this](const StoreChange &change) {
        for (qint64 id : change.ids)
            onReceiverDeleted(id);
    });
    feed.listen(this, {Kind::SubscriptionsCreated, Kind::SubscriptionsDeleted},
                [this](const StoreChange &change) {
                    const int delta = change.kind == Kind::SubscriptionsCreated ? +1 : -1;
                    for (qint64 receiverId : change.receiverIds)
                        onSubscriptionCountChanged(receiverId, delta);
                });
    // Recorded attempts change health and statistics; one refresh covers a whole burst of them.
    feed.listen(this, {Kind::EventsAttempted}, [this](const StoreChange &) { scheduleRefresh(); });
    if (context && context->engine) {
        // Outcomes held while the store failed are written late, into hours DeliveryStats had kept.
        connect(context->engine, &DeliveryEngine::storeRecovered, this, [this] {
            m_reader->read<Status>(
                this,
                [](StoreReader::Connection &c) -> Status {
                    c.stats.forgetKeptHours();
                    return {};
                },
                [this](const Status &) { scheduleRefresh(); });
        });
    }
    reload();
}

ReceiverListModel::~ReceiverListModel() = default;

int ReceiverListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceiverListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReceiverListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ActiveColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ReceiverListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Receiver &receiver = row.receiver;
    if (role == ReceiverIdRole)
        return receiver.id;
    if (role == HealthStateRole)
        return int(HealthBadge::stateOf(receiver, row.health));
    if (isStatisticsColumn(index.column()))
        return statisticsData(row, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return receiver.name;
        case UrlColumn:
            return receiver.webhookUri;
        case SubscriptionsColumn:
            return row.subscriptionCount;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == ActiveColumn)
            return receiver.active ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        // A refused switch stays visible on its row until the next change of the receiver.
        if (index.column() == ActiveColumn && !row.activeError.isEmpty())
            return iconFor(HealthBadge::State::DisabledAutomatically);
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !receiver.description.isEmpty())
            return receiver.description;
        if (index.column() == ActiveColumn) {
            if (!row.activeError.isEmpty())
                return tr("Could not switch this receiver: %1").arg(row.activeError);
            return receiver.active ? tr("Active: gets new events. Click to disable.")
                                   : tr("Disabled: gets no new events. Click to enable.");
        }
        if (index.column() == UrlColumn)
            return receiver.webhookUri;
        break;
    case Qt::ForegroundRole:
        // A disabled receiver gets nothing delivered; greying the row makes that visible at a glance.
        if (!receiver.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SubscriptionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ReceiverListModel::statisticsData(const Row &row, int column, int role) const
{
    const HealthBadge::State state = HealthBadge::stateOf(row.receiver, row.health);
    const DeliverySummary &day = row.day;
    switch (role) {
    case Qt::DisplayRole:
        if (column == HealthColumn)
            return HealthBadge::label(state);
        if (!m_reader)
            return {};
        return column == SuccessRateColumn ? StatsText::rate(day.successRate())
                                           : StatsText::latency(day.p50Ms());
    case Qt::DecorationRole:
        if (column == HealthColumn)
            return iconFor(state);
        break;
    case StatValueRole:
        if (column == SuccessRateColumn && day.successRate())
            return *day.successRate();
        if (column == MedianLatencyColumn && day.p50Ms())
            return *day.p50Ms();
        break;
    case Qt::ToolTipRole:
        if (column == HealthColumn)
            return HealthBadge::explanation(row.receiver, row.health);
        if (!m_reader)
            return tr("Statistics are not available without the store.");
        if (!m_statsError.isEmpty())
            return tr("The statistics could not be read: %1").arg(m_statsError);
        if (day.attempts == 0)
            return tr("No attempt in the last 24 hours.");
        if (column == SuccessRateColumn)
            return tr("%1 of %2 attempts succeeded in the last 24 hours.")
                .arg(StatsText::count(day.successes), StatsText::count(day.attempts));
        return tr("Attempt durations over the last 24 hours (%1 attempts): median %2, p90 %3, p99 %4.")
            .arg(StatsText::count(day.attempts), StatsText::latency(day.p50Ms()),
                 StatsText::latency(day.p90Ms()), StatsText::latency(day.p99Ms()));
    case Qt::ForegroundRole:
        // The badge keeps full strength on a disabled row: that is the state people must notice.
        if (!row.receiver.active && column != HealthColumn)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (column != HealthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

const QIcon &ReceiverListModel::iconFor(HealthBadge::State state) const
{
    auto it = m_icons.find(int(state));
    if (it == m_icons.end())
        it = m_icons.insert(int(state), HealthBadge::icon(state));
    return *it;
}

bool ReceiverListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != ActiveColumn || role != Qt::CheckStateRole)
        return false;
    return setActive(index.row(), value.toInt() == Qt::Checked);
}

bool ReceiverListModel::setActive(int row, bool active)
{
    const Receiver receiver = m_rows.at(row).receiver;
    if (receiver.active == active)
        return false;
    // On success the service announces the change (receiverUpdated), which updates the row.
    const Result<Receiver> changed = m_service.setReceiverActive(receiver.id, receiver.etag, active);
    if (changed)
        return true;

    const QString message = changed.error().message;
    const int current = rowOf(receiver.id);
    if (current >= 0) {
        m_rows[current].activeError = message;
        // A stale etag means the receiver changed elsewhere (the API, another console): show what it
        // is now, so the next click works on the current version.
        if (changed.error().code == ErrorCode::EtagMismatch) {
            if (const Result<Receiver> fresh = m_service.receiver(receiver.id); fresh)
                m_rows[current].receiver = *fresh;
        }
        emit dataChanged(index(current, 0), index(current, ColumnCount - 1));
    }
    emit activeChangeFailed(receiver.id, message);
    return false;
}

QVariant ReceiverListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        const bool numeric =
            section == SubscriptionsColumn || section == SuccessRateColumn || section == MedianLatencyColumn;
        return QVariant::fromValue((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == SuccessRateColumn)
            return tr("Attempts that got the expected response code, over the last 24 hours");
        if (section == MedianLatencyColumn)
            return tr("Median attempt duration over the last 24 hours");
        if (section == HealthColumn)
            return tr("ACTIVE, FAILING (the last attempt failed) or DISABLED");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("URL");
    case ActiveColumn:
        return tr("Active");
    case SubscriptionsColumn:
        return tr("Subscriptions");
    case HealthColumn:
        return tr("Health");
    case SuccessRateColumn:
        return tr("Success (24 h)");
    case MedianLatencyColumn:
        return tr("Median (24 h)");
    }
    return {};
}

void ReceiverListModel::reload()
{
    QList<Row> rows;
    QString error;
    for (qint64 after = 0;;) {
        const Result<Page<Receiver>> page = m_service.receivers(ReceiverFilter{}, after, kPageSize);
        if (!page) {
            error = page.error().message;
            break;
        }
        for (const Receiver &receiver : page->items)
            rows.append(Row{receiver, 0, {}, {}, {}});
        if (!page->hasNextPage || page->items.isEmpty())
            break;
        after = page->items.constLast().id;
    }
    // Counted in one pass over the subscriptions rather than one query per receiver.
    QHash<qint64, int> counts;
    for (qint64 after = 0; error.isEmpty();) {
        const Result<Page<Subscription>> page =
            m_service.subscriptions(SubscriptionFilter{}, after, kPageSize);
        if (!page) {
            error = page.error().message;
            break;
        }
        for (const Subscription &subscription : page->items)
            ++counts[subscription.receiverId];
        if (!page->hasNextPage || page->items.isEmpty())
            break;
        after = page->items.constLast().id;
    }
    for (Row &row : rows)
        row.subscriptionCount = counts.value(row.receiver.id);

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    setLoadError(error);
    refreshStatistics();
}

void ReceiverListModel::scheduleRefresh()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void ReceiverListModel::refreshStatistics()
{
    m_coalesce->stop();
    if (m_rows.isEmpty())
        return;
    QList<qint64> ids;
    for (const Row &row : std::as_const(m_rows))
        ids.append(row.receiver.id);
    if (!m_reader) { // health only, from the service: a model made without a console's reader
        StatisticsRead read;
        read.statsError = m_statsError;
        for (qint64 id : ids) {
            if (const Result<ReceiverHealth> health = m_service.receiverHealth(id))
                read.health.insert(id, *health);
        }
        return applyStatistics(read);
    }
    m_reader->read<Result<StatisticsRead>>(
        this,
        [ids](StoreReader::Connection &c) -> Result<StatisticsRead> {
            StatisticsRead read;
            if (Result<QHash<qint64, DeliverySummary>> days = c.stats.summaries())
                read.days = std::move(*days);
            else
                read.statsError = days.error().message;
            for (qint64 id : ids) {
                if (const Result<ReceiverHealth> health = c.service.receiverHealth(id))
                    read.health.insert(id, *health);
            }
            return read;
        },
        [this](const Result<StatisticsRead> &read) {
            if (read) {
                applyStatistics(*read);
            } else {
                StatisticsRead failed;
                failed.statsError = read.error().message;
                applyStatistics(failed);
            }
        });
}

void ReceiverListModel::applyStatistics(const StatisticsRead &read)
{
    const QString &statsError = read.statsError;
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const auto health = read.health.constFind(row.receiver.id);
        const std::optional<ReceiverHealth> newHealth =
            health != read.health.cend() ? std::optional<ReceiverHealth>(*health) : std::nullopt;
        DeliverySummary day = statsError.isEmpty() ? read.days.value(row.receiver.id) : row.day;
        const bool changed = newHealth != row.health || day.attempts != row.day.attempts ||
                             day.successes != row.day.successes || day.latency != row.day.latency;
        if (!changed)
            continue;
        row.health = newHealth;
        row.day = std::move(day);
        first = first < 0 ? i : first;
        last = i;
    }
    const bool errorChanged = statsError != m_statsError;
    m_statsError = statsError;
    if (errorChanged) {
        first = 0;
        last = int(m_rows.size()) - 1;
    }
    if (first >= 0)
        emit dataChanged(index(first, HealthColumn), index(last, MedianLatencyColumn));
    emit statisticsRefreshed();
}

int ReceiverListModel::rowOf(qint64 receiverId) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), receiverId,
                                     [](const Row &row, qint64 id) { return row.receiver.id < id; });
    if (it == m_rows.cend() || it->receiver.id != receiverId)
        return -1;
    return int(it - m_rows.cbegin());
}

void ReceiverListModel::onReceiverCreated(const Receiver &receiver)
{
    if (rowOf(receiver.id) >= 0)
        return onReceiverUpdated(receiver);
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), receiver.id,
                                     [](const Row &row, qint64 id) { return row.receiver.id < id; });
    const int position = int(it - m_rows.cbegin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, Row{receiver, 0, {}, {}, {}});
    endInsertRows();
}

void ReceiverListModel::onReceiverUpdated(const Receiver &receiver)
{
    const int row = rowOf(receiver.id);
    if (row < 0)
        return onReceiverCreated(receiver);
    const bool codeChanged = m_rows[row].receiver.expectedResponseCode != receiver.expectedResponseCode;
    m_rows[row].receiver = receiver;
    m_rows[row].activeError.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // The expected code decides which attempts count as successes.
    if (codeChanged)
        scheduleRefresh();
}

void ReceiverListModel::onReceiverDeleted(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ReceiverListModel::onSubscriptionCountChanged(qint64 receiverId, int delta)
{
    // A receiver's deletion may announce its subscriptions' after the row has gone; nothing to do then.
    const int row = rowOf(receiverId);
    if (row < 0)
        return;
    m_rows[row].subscriptionCount = std::max(0, m_rows[row].subscriptionCount + delta);
    const QModelIndex changed = index(row, SubscriptionsColumn);
    emit dataChanged(changed, changed, {Qt::DisplayRole});
}

void ReceiverListModel::setLoadError(const QString &error)
{
    if (error == m_loadError)
        return;
    m_loadError = error;
    emit loadErrorChanged(m_loadError);
}

} // namespace hookboard
