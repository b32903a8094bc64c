#include "sandboxbinlistmodel.h"

#include "sandbox/sandboxserver.h"

#include <algorithm>

namespace hookboard {

SandboxBinListModel::SandboxBinListModel(SandboxServer &sandbox, QObject *parent)
    : QAbstractTableModel(parent), m_sandbox(sandbox)
{
    for (const QString &bin : sandbox.bins()) {
        const SandboxServer::BinCounts counts = sandbox.binCounts(bin);
        m_rows.append(Row{bin, counts.kept, counts.dropped});
    }
    connect(&sandbox, &SandboxServer::binCreated, this, &SandboxBinListModel::onBinCreated);
    connect(&sandbox, &SandboxServer::requestCaught, this,
            [this](const QString &bin, const CaughtRequest &) { refreshCount(bin); });
    connect(&sandbox, &SandboxServer::binConfigured, this, &SandboxBinListModel::refreshCount);
}

int SandboxBinListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SandboxBinListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SandboxBinListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return row.name;
        // Said, not silent: a bin keeps only its last requests.
        return row.dropped == 0 ? QString::number(row.count)
                                : tr("%1 (+%2 dropped)").arg(row.count).arg(row.dropped);
    case Qt::ToolTipRole:
        if (index.column() == CountColumn && row.dropped > 0)
            return tr("The bin keeps its last %1 requests; %2 older ones were dropped. Choose how many it "
                      "keeps next to its answer.")
                .arg(m_sandbox.binSettings(row.name).keep)
                .arg(row.dropped);
        return m_sandbox.binUrl(row.name).toString();
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant SandboxBinListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Bin");
    case CountColumn:
        return tr("Caught");
    default:
        return {};
    }
}

int SandboxBinListModel::rowOf(const QString &bin) const
{
    const auto found =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.name == bin; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

void SandboxBinListModel::clearBin(const QString &bin)
{
    m_sandbox.clearBin(bin);
    refreshCount(bin);
}

void SandboxBinListModel::removeBin(const QString &bin)
{
    m_sandbox.removeBin(bin);
    const int row = rowOf(bin);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void SandboxBinListModel::onBinCreated(const QString &bin)
{
    if (rowOf(bin) >= 0)
        return;
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), bin,
                                     [](const Row &r, const QString &name) { return r.name < name; });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{bin, int(m_sandbox.caughtRequests(bin).size())});
    endInsertRows();
}

void SandboxBinListModel::refreshCount(const QString &bin)
{
    const int row = rowOf(bin);
    if (row < 0)
        return;
    // The bin may have dropped its oldest requests, so the count is read rather than incremented.
    const SandboxServer::BinCounts counts = m_sandbox.binCounts(bin);
    if (m_rows[row].count == counts.kept && m_rows[row].dropped == counts.dropped)
        return;
    m_rows[row].count = counts.kept;
    m_rows[row].dropped = counts.dropped;
    const QModelIndex cell = index(row, CountColumn);
    emit dataChanged(cell, cell, {Qt::DisplayRole});
}

} // namespace hookboard
