#pragma once

#include <QObject>

class QTableView;

namespace hookboard {

// Widths of the receivers table's columns. The short columns (active, subscriptions, health, the
// statistics) are as wide as their widest possible value, so nothing moves when a receiver turns
// DISABLED or its rate reaches 100 %; the name gets what its longest name needs, up to 45 % of what
// the short columns leave, and the URL (elided in the middle) the rest. A width people set by
// dragging the name's edge is kept.
class ReceiverTableColumns : public QObject
{
    Q_OBJECT
public:
    // Sizes table's columns (a ReceiverListModel's) now and whenever names or the width change.
    explicit ReceiverTableColumns(QTableView *table);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitShortColumns();
    void fitName();

    QTableView *m_table;
    bool m_fitting = false;
    bool m_nameChosen = false; // dragged by a person: left as it is
};

} // namespace hookboard
