#include "receivertablecolumns.h"

#include "health/healthbadge.h"
#include "health/statstext.h"
#include "receiverlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>

namespace hookboard {

namespace {

constexpr double kMostNameShare = 0.45;

// The widest of texts in table's font, plus the room a cell leaves around its text.
int widthOf(const QTableView *table, const QStringList &texts, int decoration = 0)
{
    int widest = 0;
    for (const QString &text : texts)
        widest = std::max(widest, table->fontMetrics().horizontalAdvance(text));
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    return widest + decoration + margin + 8;
}

} // namespace

ReceiverTableColumns::ReceiverTableColumns(QTableView *table) : QObject(table), m_table(table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(ReceiverListModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReceiverListModel::UrlColumn, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == ReceiverListModel::NameColumn && !m_fitting)
            m_nameChosen = true;
    });
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ReceiverTableColumns::fitName);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReceiverTableColumns::fitName);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReceiverTableColumns::fitName);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() <= ReceiverListModel::NameColumn)
            fitName();
    });
    table->installEventFilter(this);
    // The viewport's own resize: when the table's arrives, the viewport still has its old width.
    table->viewport()->installEventFilter(this);
    fitShortColumns();
    fitName();
}

bool ReceiverTableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitName();
    } else if (watched == m_table &&
               (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
        fitShortColumns();
        fitName();
    }
    return QObject::eventFilter(watched, event);
}

void ReceiverTableColumns::fitShortColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 4;
    const int check = m_table->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_table);
    using State = HealthBadge::State;
    const QHash<int, int> values{
        {ReceiverListModel::ActiveColumn, check + widthOf(m_table, {})},
        {ReceiverListModel::SubscriptionsColumn, widthOf(m_table, {StatsText::count(9999)})},
        {ReceiverListModel::HealthColumn,
         widthOf(m_table,
                 {HealthBadge::label(State::Active), HealthBadge::label(State::Failing),
                  HealthBadge::label(State::Disabled)},
                 icon)},
        {ReceiverListModel::SuccessRateColumn,
         widthOf(m_table, {StatsText::rate(0.999), StatsText::rate(1.0), StatsText::dash()})},
        {ReceiverListModel::MedianLatencyColumn,
         widthOf(m_table, {StatsText::latency(9999.0), StatsText::latency(99999.0), StatsText::dash()})},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        header->resizeSection(it.key(), std::max(it.value(), header->sectionSizeHint(it.key())));
}

void ReceiverTableColumns::fitName()
{
    if (m_nameChosen)
        return;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    QHeaderView *header = m_table->horizontalHeader();
    int shortColumns = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ReceiverListModel::NameColumn && column != ReceiverListModel::UrlColumn)
            shortColumns += header->sectionSize(column);
    }
    const int shared = m_table->viewport()->width() - shortColumns;
    // Public in QAbstractItemView, protected in QTableView.
    const int longestName =
        static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(ReceiverListModel::NameColumn);
    const int title = header->sectionSizeHint(ReceiverListModel::NameColumn);
    header->resizeSection(ReceiverListModel::NameColumn,
                          std::max(title, std::min(longestName, int(shared * kMostNameShare))));
}

} // namespace hookboard
