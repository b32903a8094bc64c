#pragma once

#include <QWidget>

class QPushButton;
class QTableView;
class QUndoStack;

namespace hookboard {

class HeaderTableModel;
class ReceiverDraft;

// The custom headers of the receiver being edited: a key/value table edited in place, with buttons
// to add and remove rows. Every change is an undo step on the form's stack.
class HeaderEditor : public QWidget
{
    Q_OBJECT
public:
    HeaderEditor(ReceiverDraft &draft, QUndoStack &undoStack, QWidget *parent = nullptr);

    HeaderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    // A header was added: the person has started on the headers.
    void headerAdded();

private:
    void updateRemoveButton();

    HeaderTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_remove;
};

} // namespace hookboard
