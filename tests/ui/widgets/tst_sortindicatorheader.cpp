// The sort arrow points the way the values go down the list: ▼ newest first, ▲ oldest first.
#include "widgets/sortindicatorheader.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace hookboard;

class TestSortIndicatorHeader : public QObject
{
    Q_OBJECT

private slots:
    void arrowFollowsTheOrderOfTheList()
    {
        QStandardItemModel model(3, 3);
        QTableView view;
        auto *header = new SortIndicatorHeader(Qt::Horizontal, &view);
        view.setHorizontalHeader(header);
        view.setModel(&model);

        view.setSortingEnabled(true);
        header->setSortIndicator(1, Qt::DescendingOrder);
        QCOMPARE(header->indicatorOf(1), QStyleOptionHeader::SortDown);
        QCOMPARE(header->indicatorOf(0), QStyleOptionHeader::None);
        header->setSortIndicator(1, Qt::AscendingOrder);
        QCOMPARE(header->indicatorOf(1), QStyleOptionHeader::SortUp);
    }
};

QTEST_MAIN(TestSortIndicatorHeader)
#include "tst_sortindicatorheader.moc"
