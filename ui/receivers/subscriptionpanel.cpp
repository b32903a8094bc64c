#include "subscriptionpanel.h"

#include "subscriptiongridmodel.h"
#include "widgets/actiontooltip.h"
#include "widgets/statuslabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hookboard {

namespace {

SubscriptionGridModel::State stateOf(const QModelIndex &index)
{
    return SubscriptionGridModel::State(index.data(SubscriptionGridModel::StateRole).toInt());
}

} // namespace

SubscriptionPanel::SubscriptionPanel(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_model(new SubscriptionGridModel(context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);

    auto *intro = new QLabel(tr("Click a cell (or press Space on it) to subscribe this receiver to that "
                                "change. Again to pause it, a third time to unsubscribe; right-click (or the "
                                "Menu key) for every choice."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("subscriptionError"));
    m_error->hide();
    layout->addWidget(m_error);

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("subscriptionGrid"));
    m_grid->setAccessibleName(tr("Subscriptions"));
    m_grid->setAccessibleDescription(intro->text());
    intro->setBuddy(m_grid);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_grid->setWordWrap(false);
    m_grid->setIconSize(QSize(16, 16));
    m_grid->setMouseTracking(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setHighlightSections(false);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 14);
    m_grid->verticalHeader()->setHighlightSections(false);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->installEventFilter(this);
    connect(m_grid, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEnabled)
            apply({index}, SubscriptionGridModel::nextState(stateOf(index)));
    });
    connect(m_grid, &QTableView::customContextMenuRequested, this, &SubscriptionPanel::showMenu);
    for (QHeaderView *header : {m_grid->horizontalHeader(), m_grid->verticalHeader()}) {
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QHeaderView::customContextMenuRequested, this,
                [this, header](const QPoint &position) { showHeaderMenu(header->orientation(), position); });
    }
    layout->addWidget(m_grid, 1);
    layout->addWidget(buildUndoLine());
    layout->addWidget(buildLegend());

    connect(m_model, &SubscriptionGridModel::loadErrorChanged, this, [this](const QString &error) {
        m_error->setMessage(error.isEmpty() ? QString()
                                            : tr("The subscriptions could not be read: %1").arg(error),
                            StatusLabel::Failure);
    });
}

QWidget *SubscriptionPanel::buildUndoLine()
{
    m_undoLine = new QWidget(this);
    auto *layout = new QHBoxLayout(m_undoLine);
    layout->setContentsMargins(0, 2, 0, 2);
    m_undoText = new QLabel(m_undoLine);
    m_undoText->setObjectName(QStringLiteral("subscriptionUndoText"));
    layout->addWidget(m_undoText, 1);
    // Its key works while the line shows (after a change), from anywhere in the window, as the
    // button's own shortcut did; as an action it is in the shortcut list too.
    auto *undo = new QAction(tr("Undo subscription change"), m_undoLine);
    undo->setObjectName(QStringLiteral("undoSubscriptionAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WindowShortcut);
    connect(undo, &QAction::triggered, this, &SubscriptionPanel::undo);
    m_undoLine->addAction(undo);
    m_undoButton = new QPushButton(tr("Undo"), m_undoLine);
    m_undoButton->setObjectName(QStringLiteral("subscriptionUndoButton"));
    ActionToolTip::bind(m_undoButton, undo);
    layout->addWidget(m_undoButton);
    m_undoLine->hide();
    return m_undoLine;
}

QModelIndexList SubscriptionPanel::rowCells(int row) const
{
    QModelIndexList cells;
    for (int column = 0; column < m_model->columnCount(); ++column)
        cells.append(m_model->index(row, column));
    return cells;
}

QModelIndexList SubscriptionPanel::columnCells(int column) const
{
    QModelIndexList cells;
    for (int row = 0; row < m_model->rowCount(); ++row)
        cells.append(m_model->index(row, column));
    return cells;
}

QModelIndexList SubscriptionPanel::allCells() const
{
    QModelIndexList cells;
    for (int row = 0; row < m_model->rowCount(); ++row)
        cells.append(rowCells(row));
    return cells;
}

void SubscriptionPanel::apply(const QModelIndexList &cells, SubscriptionGridModel::State state)
{
    QList<CellState> before;
    Status done;
    for (const QModelIndex &cell : cells) {
        if (!(cell.flags() & Qt::ItemIsEnabled) || stateOf(cell) == state)
            continue;
        const CellState was{cell.data(SubscriptionGridModel::ResourceRole).toString(),
                            cell.data(SubscriptionGridModel::ActionRole).toString(), stateOf(cell)};
        done = m_model->setState(cell, state);
        if (!done)
            break;
        before.append(was);
    }
    report(done);
    if (before.isEmpty())
        return;
    m_undo = before;
    const int n = int(before.size());
    m_undoText->setText(
        state == SubscriptionGridModel::Subscribed ? tr("%Ln change(s) subscribed", nullptr, n)
        : state == SubscriptionGridModel::Paused   ? tr("%Ln subscription(s) paused", nullptr, n)
                                                   : tr("%Ln change(s) unsubscribed", nullptr, n));
    m_undoLine->show();
}

bool SubscriptionPanel::undo()
{
    if (m_undo.isEmpty())
        return false;
    const QList<CellState> cells = std::exchange(m_undo, {});
    m_undoLine->hide();
    Status done;
    for (const CellState &cell : cells) {
        done = m_model->setState(m_model->indexOf(cell.resource, cell.action), cell.state);
        if (!done)
            break;
    }
    report(done);
    return done.ok();
}

QWidget *SubscriptionPanel::buildLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("subscriptionLegend"));
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    const struct
    {
        SubscriptionGridModel::State state;
        QString text;
    } entries[] = {
        {SubscriptionGridModel::Subscribed, tr("Subscribed")},
        {SubscriptionGridModel::Paused, tr("Paused: no new events")},
        {SubscriptionGridModel::Unsubscribed, tr("Not subscribed")},
    };
    const int iconSize = 16;
    for (const auto &entry : entries) {
        auto *icon = new QLabel(legend);
        icon->setPixmap(SubscriptionGridModel::iconFor(entry.state).pixmap(iconSize, iconSize));
        layout->addWidget(icon);
        layout->addWidget(new QLabel(entry.text, legend));
        layout->addSpacing(12);
    }
    layout->addStretch(1);
    auto *counts = new QLabel(tr("Subscribed cells get every matching change; the number is how many events "
                                 "the subscription has had."),
                              legend);
    counts->setForegroundRole(QPalette::PlaceholderText);
    counts->setWordWrap(true);
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(legend);
    boxLayout->addWidget(counts);
    return box;
}

void SubscriptionPanel::setReceiver(qint64 receiverId)
{
    m_error->setMessage({}, StatusLabel::Neutral);
    const bool another = receiverId != m_model->receiverId();
    if (another) {
        m_undo.clear(); // an undo belongs to the receiver it was done to
        m_undoLine->hide();
    }
    m_model->setReceiver(receiverId);
    // Another receiver's grid starts at its top, not where the previous one was scrolled to.
    if (another)
        m_grid->scrollToTop();
}

void SubscriptionPanel::report(const Status &done)
{
    m_error->setMessage(done ? QString() : done.error().message, StatusLabel::Failure);
}

void SubscriptionPanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_grid->indexAt(position);
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    const auto current = SubscriptionGridModel::State(index.data(SubscriptionGridModel::StateRole).toInt());
    QMenu menu(this);
    const struct
    {
        SubscriptionGridModel::State state;
        QString text;
    } choices[] = {
        {SubscriptionGridModel::Subscribed,
         current == SubscriptionGridModel::Paused ? tr("Resume") : tr("Subscribe")},
        {SubscriptionGridModel::Paused, tr("Pause")},
        {SubscriptionGridModel::Unsubscribed, tr("Unsubscribe")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu.addAction(SubscriptionGridModel::iconFor(choice.state), choice.text);
        action->setCheckable(true);
        action->setChecked(choice.state == current);
        connect(action, &QAction::triggered, this,
                [this, index, state = choice.state] { apply({index}, state); });
    }
    menu.addSeparator();
    const QString resource = m_model->headerData(index.row(), Qt::Vertical).toString();
    const QString action = m_model->headerData(index.column(), Qt::Horizontal).toString();
    connect(menu.addAction(tr("Subscribe to every action of %1").arg(resource)), &QAction::triggered, this,
            [this, row = index.row()] { apply(rowCells(row), SubscriptionGridModel::Subscribed); });
    connect(
        menu.addAction(tr("Subscribe to %1 of every resource").arg(action)), &QAction::triggered, this,
        [this, column = index.column()] { apply(columnCells(column), SubscriptionGridModel::Subscribed); });
    addWholeGridActions(menu);
    menu.exec(m_grid->viewport()->mapToGlobal(position));
}

void SubscriptionPanel::showHeaderMenu(Qt::Orientation orientation, const QPoint &position)
{
    QHeaderView *header = orientation == Qt::Vertical ? m_grid->verticalHeader() : m_grid->horizontalHeader();
    const int section = header->logicalIndexAt(position);
    if (section < 0 || m_model->receiverId() <= 0)
        return;
    const QString name = m_model->headerData(section, orientation).toString();
    const QModelIndexList cells = orientation == Qt::Vertical ? rowCells(section) : columnCells(section);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("subscriptionHeaderMenu"));
    connect(menu.addAction(orientation == Qt::Vertical ? tr("Subscribe to every action of %1").arg(name)
                                                       : tr("Subscribe to %1 of every resource").arg(name)),
            &QAction::triggered, this, [this, cells] { apply(cells, SubscriptionGridModel::Subscribed); });
    connect(menu.addAction(orientation == Qt::Vertical
                               ? tr("Unsubscribe from every action of %1").arg(name)
                               : tr("Unsubscribe from %1 of every resource").arg(name)),
            &QAction::triggered, this, [this, cells] { apply(cells, SubscriptionGridModel::Unsubscribed); });
    addWholeGridActions(menu);
    menu.exec(header->viewport()->mapToGlobal(position));
}

void SubscriptionPanel::addWholeGridActions(QMenu &menu)
{
    menu.addSeparator();
    connect(menu.addAction(tr("Subscribe to every change")), &QAction::triggered, this,
            [this] { apply(allCells(), SubscriptionGridModel::Subscribed); });
    connect(menu.addAction(tr("Unsubscribe from every change")), &QAction::triggered, this,
            [this] { apply(allCells(), SubscriptionGridModel::Unsubscribed); });
}

bool SubscriptionPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The keyboard does what a click does, on the current cell.
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex current = m_grid->currentIndex();
            if (current.isValid() && (current.flags() & Qt::ItemIsEnabled))
                apply({current}, SubscriptionGridModel::nextState(stateOf(current)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SubscriptionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setCountingPaused(false);
}

void SubscriptionPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setCountingPaused(true);
}

} // namespace hookboard
