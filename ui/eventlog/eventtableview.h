#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

namespace hookboard {

// The event log's table. Rows arrive above the ones a person is reading many times a second, so
// it keeps them in place: unless the view is at the very top with nothing selected (following the
// newest events), the row at the top of the viewport stays at the same height while rows are
// inserted or removed around it, and the rows that came in above are counted for a "newer events"
// button. Row heights are uniform and scrolling is per pixel, so that holds to the pixel.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // True while new rows show up at the top as they arrive.
    bool isFollowing() const;
    // Rows that arrived above the viewport since the view last was at the top.
    int newRowsAbove() const { return m_newRowsAbove; }
    // The first row whose top is in the viewport (-1 when there is none).
    int topVisibleRow() const;
    void scrollToNewest();

signals:
    void newRowsAboveChanged(int rows);

protected slots:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

private:
    void captureAnchor();
    void restoreAnchor();
    void setNewRowsAbove(int rows);

    QPersistentModelIndex m_anchor;
    int m_anchorY = 0; // the anchor row's top in viewport coordinates when captured
    int m_newRowsAbove = 0;
    QMetaObject::Connection m_aboutToInsert;
    QMetaObject::Connection m_removed;
};

} // namespace hookboard
