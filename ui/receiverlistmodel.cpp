#include "receiverlistmodel.h"

#include "service/webhookservice.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <algorithm>

namespace hookboard {

namespace {

constexpr int kPageSize = 200;

} // namespace

ReceiverListModel::ReceiverListModel(WebhookService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(&m_service, &WebhookService::receiverCreated, this, &ReceiverListModel::onReceiverCreated);
    connect(&m_service, &WebhookService::receiverUpdated, this, &ReceiverListModel::onReceiverUpdated);
    connect(&m_service, &WebhookService::receiverDeleted, this, &ReceiverListModel::onReceiverDeleted);
    connect(&m_service, &WebhookService::subscriptionCreated, this, [this](const Subscription &subscription) {
        onSubscriptionCountChanged(subscription.receiverId, +1);
    });
    connect(&m_service, &WebhookService::subscriptionDeleted, this,
            [this](qint64, qint64 receiverId) { onSubscriptionCountChanged(receiverId, -1); });
    reload();
}

int ReceiverListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceiverListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiverListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Receiver &receiver = row.receiver;
    if (role == ReceiverIdRole)
        return receiver.id;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return receiver.name;
        case UrlColumn:
            return receiver.webhookUri;
        case ActiveColumn:
            return receiver.active ? tr("Yes") : tr("No");
        case SubscriptionsColumn:
            return row.subscriptionCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !receiver.description.isEmpty())
            return receiver.description;
        if (index.column() == ActiveColumn && !receiver.active && !receiver.disabledReason.isEmpty())
            return tr("Disabled automatically: %1").arg(receiver.disabledReason);
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

QVariant ReceiverListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == SubscriptionsColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
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
            rows.append(Row{receiver, 0});
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
    m_rows.insert(position, Row{receiver, 0});
    endInsertRows();
}

void ReceiverListModel::onReceiverUpdated(const Receiver &receiver)
{
    const int row = rowOf(receiver.id);
    if (row < 0)
        return onReceiverCreated(receiver);
    m_rows[row].receiver = receiver;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
