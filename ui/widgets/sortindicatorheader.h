#pragma once

#include <QHeaderView>
#include <QStyleOptionHeader>

namespace hookboard {

// A table header whose sort arrow points the way the values go down the list: ▼ for a
// descending order (newest first), ▲ for an ascending one. Qt's QHeaderView hands styles the
// opposite (Ascending becomes SortDown), which Fusion draws as ▼ over an A-to-Z list.
class SortIndicatorHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit SortIndicatorHeader(Qt::Orientation orientation, QWidget *parent = nullptr);

    // The arrow the style is asked to draw on section (None where the list is not sorted by it).
    QStyleOptionHeader::SortIndicator indicatorOf(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace hookboard
