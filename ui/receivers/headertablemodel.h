#pragma once

#include "common/error.h"
#include "model/receiver.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QUndoStack;

namespace hookboard {

class ReceiverDraft;

// The custom headers of a ReceiverDraft as an editable key/value table. Every edit goes through the
// undo stack, and each cell carries the core's verdict on it (the rule it breaks) as it is typed.
class HeaderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        ErrorRuleRole = Qt::UserRole + 1 // the rule the cell breaks, empty when it is fine
    };

    HeaderTableModel(ReceiverDraft &draft, QUndoStack &undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Adds an empty header at the end (one undo step) and returns its row.
    int appendHeader();
    // Removes the header of row (one undo step).
    void removeHeader(int row);

    // What the core refuses in the headers, in row order.
    QList<Error> errors() const { return m_errorList; }

private:
    void syncFromDraft();
    void pushHeaders(const QList<WebhookHeader> &headers, const QString &mergeKey, const QString &text);

    ReceiverDraft &m_draft;
    QUndoStack &m_undoStack;
    QList<WebhookHeader> m_rows; // what the view was last told about
    QList<Error> m_errorList;
    QHash<QString, Error> m_errors; // by field, "headers[2].key"
};

} // namespace hookboard
