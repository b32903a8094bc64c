#pragma once

#include "common/result.h"
#include "consolecontext.h"
#include "subscriptiongridmodel.h"

#include <QList>
#include <QModelIndexList>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace hookboard {

class StatusLabel;

// The Subscriptions tab: the grid of resources × actions for the selected receiver, where a click
// subscribes, pauses or unsubscribes, a whole row, column or the grid at once from the menus, with
// a legend that says what the marks mean. The last change can be undone from the line it reports.
class SubscriptionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionPanel(const ConsoleContext &context, QWidget *parent = nullptr);

    void setReceiver(qint64 receiverId);
    SubscriptionGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }

    // Sets every enabled cell of cells to state in one step that Undo takes back whole.
    void apply(const QModelIndexList &cells, SubscriptionGridModel::State state);
    // Puts the cells of the last step back as they were. false when there is nothing to undo.
    bool undo();
    // The cells of a row (a resource), a column (an action), or the whole grid.
    QModelIndexList rowCells(int row) const;
    QModelIndexList columnCells(int column) const;
    QModelIndexList allCells() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct CellState
    {
        QString resource;
        QString action;
        SubscriptionGridModel::State state;
    };

    void report(const Status &done);
    void showMenu(const QPoint &position);
    void showHeaderMenu(Qt::Orientation orientation, const QPoint &position);
    void addWholeGridActions(QMenu &menu);
    QWidget *buildLegend();
    QWidget *buildUndoLine();

    SubscriptionGridModel *m_model;
    QTableView *m_grid;
    StatusLabel *m_error;
    QWidget *m_undoLine = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undoButton = nullptr;
    QList<CellState> m_undo; // the cells of the last step, as they were before it
};

} // namespace hookboard
