#include "eventtableview.h"

#include "widgets/sortindicatorheader.h"

#include <QHeaderView>
#include <QScrollBar>

namespace hookboard {

EventTableView::EventTableView(QWidget *parent) : QTableView(parent)
{
    auto *header = new SortIndicatorHeader(Qt::Horizontal, this);
    header->setSectionsClickable(true); // as QTableView's own header is
    setHorizontalHeader(header);
    setVerticalScrollMode(ScrollPerPixel);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->hide();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0)
            setNewRowsAbove(0);
    });
}

void EventTableView::setModel(QAbstractItemModel *model)
{
    disconnect(m_aboutToInsert);
    disconnect(m_removed);
    QTableView::setModel(model);
    if (!model)
        return;
    // Captured before the model changes, restored once the view has taken the change in.
    m_aboutToInsert =
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &EventTableView::captureAnchor);
    m_removed = connect(model, &QAbstractItemModel::rowsRemoved, this, &EventTableView::restoreAnchor);
}

bool EventTableView::isFollowing() const
{
    return verticalScrollBar()->value() == 0 && (!selectionModel() || !selectionModel()->hasSelection());
}

int EventTableView::topVisibleRow() const
{
    return rowAt(0);
}

void EventTableView::scrollToNewest()
{
    scrollToTop();
    setNewRowsAbove(0);
}

void EventTableView::captureAnchor()
{
    m_anchor = QPersistentModelIndex();
    if (isFollowing() || !model())
        return;
    const int row = topVisibleRow();
    if (row < 0)
        return;
    m_anchor = model()->index(row, 0);
    m_anchorY = rowViewportPosition(row);
}

void EventTableView::restoreAnchor()
{
    if (!m_anchor.isValid())
        return;
    // The header knows the new row count already (it hears of the change first); the scroll bar
    // range follows only with the next layout, so it is brought up to date here.
    updateGeometries();
    verticalScrollBar()->setValue(verticalHeader()->sectionPosition(m_anchor.row()) - m_anchorY);
    m_anchor = QPersistentModelIndex();
}

void EventTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTableView::rowsInserted(parent, start, end);
    if (m_anchor.isValid() && start <= m_anchor.row())
        setNewRowsAbove(m_newRowsAbove + end - start + 1);
    restoreAnchor();
}

void EventTableView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    captureAnchor();
    // A removed anchor cannot be kept in place; the rows simply close up.
    if (m_anchor.isValid() && m_anchor.row() >= start && m_anchor.row() <= end)
        m_anchor = QPersistentModelIndex();
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

void EventTableView::setNewRowsAbove(int rows)
{
    if (rows == m_newRowsAbove)
        return;
    m_newRowsAbove = rows;
    emit newRowsAboveChanged(rows);
}

} // namespace hookboard
