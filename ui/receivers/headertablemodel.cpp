#include "headertablemodel.h"

#include "changevalue.h"
#include "fielderrorlabel.h"
#include "model/validation.h"
#include "receiverdraft.h"

#include <QGuiApplication>
#include <QPalette>
#include <QUndoStack>

namespace hookboard {

namespace {

QString cellField(int row, int column)
{
    return column == HeaderTableModel::KeyColumn ? QStringLiteral("headers[%1].key").arg(row)
                                                 : QStringLiteral("headers[%1].value").arg(row);
}

} // namespace

HeaderTableModel::HeaderTableModel(ReceiverDraft &draft, QUndoStack &undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_draft(draft), m_undoStack(undoStack)
{
    m_rows = m_draft.value().headers;
    connect(&m_draft, &ReceiverDraft::changed, this, &HeaderTableModel::syncFromDraft);
    syncFromDraft();
}

int HeaderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookHeader &header = m_rows.at(index.row());
    const auto error = m_errors.constFind(cellField(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? header.key : header.value;
    case Qt::ToolTipRole:
        if (error != m_errors.cend())
            return FieldErrorLabel::describe(*error);
        break;
    case Qt::ForegroundRole:
        if (error != m_errors.cend())
            return FieldErrorLabel::errorColor(QGuiApplication::palette());
        break;
    case ErrorRuleRole:
        return error != m_errors.cend() ? error->rule : QString();
    }
    return {};
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == KeyColumn ? tr("Header") : tr("Value");
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags HeaderTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool HeaderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<WebhookHeader> headers = m_rows;
    QString &target = index.column() == KeyColumn ? headers[index.row()].key : headers[index.row()].value;
    const QString text = value.toString();
    if (target == text)
        return true;
    target = text;
    // Keyed by cell: editing one cell twice in a row is one step, but the key and the value are two.
    pushHeaders(headers, cellField(index.row(), index.column()),
                index.column() == KeyColumn ? tr("Edit header name") : tr("Edit header value"));
    return true;
}

int HeaderTableModel::appendHeader()
{
    QList<WebhookHeader> headers = m_rows;
    headers.append(WebhookHeader{});
    pushHeaders(headers, QString(), tr("Add header"));
    return int(m_rows.size()) - 1;
}

void HeaderTableModel::removeHeader(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QList<WebhookHeader> headers = m_rows;
    headers.removeAt(row);
    pushHeaders(headers, QString(), tr("Remove header"));
}

void HeaderTableModel::pushHeaders(const QList<WebhookHeader> &headers, const QString &mergeKey,
                                   const QString &text)
{
    m_undoStack.push(
        new ChangeValue<QList<WebhookHeader>>(m_draft, &Receiver::headers, headers, mergeKey, text));
}

void HeaderTableModel::syncFromDraft()
{
    const QList<WebhookHeader> &next = m_draft.value().headers;
    if (next != m_rows) {
        // Tell the view exactly what happened for the usual one-row edits, so an open editor and the
        // selection survive; anything else is a reset.
        qsizetype first = 0;
        while (first < m_rows.size() && first < next.size() && m_rows.at(first) == next.at(first))
            ++first;
        if (next.size() == m_rows.size() + 1 && next.mid(first + 1) == m_rows.mid(first)) {
            beginInsertRows({}, int(first), int(first));
            m_rows = next;
            endInsertRows();
        } else if (next.size() + 1 == m_rows.size() && next.mid(first) == m_rows.mid(first + 1)) {
            beginRemoveRows({}, int(first), int(first));
            m_rows = next;
            endRemoveRows();
        } else if (next.size() == m_rows.size()) {
            m_rows = next;
            emit dataChanged(index(int(first), 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        } else {
            beginResetModel();
            m_rows = next;
            endResetModel();
        }
    }

    // Every header is checked again: one changed key can make another one a duplicate.
    const bool hadErrors = !m_errors.isEmpty();
    m_errorList = validation::headers(m_rows);
    ReceiverDraft::dropBlankRowErrors(m_errorList, m_rows);
    m_errors.clear();
    for (const Error &error : std::as_const(m_errorList))
        m_errors.insert(error.field, error);
    if (!m_rows.isEmpty() && (hadErrors || !m_errors.isEmpty()))
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::ToolTipRole, Qt::ForegroundRole, ErrorRuleRole});
}

} // namespace hookboard
