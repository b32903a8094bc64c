#include "subscriptionpanel.h"

#include "subscriptiongridmodel.h"
#include "widgets/statuslabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace hookboard {

SubscriptionPanel::SubscriptionPanel(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_model(new SubscriptionGridModel(context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);

    auto *intro = new QLabel(tr("Click a cell to subscribe this receiver to that change. Click again to "
                                "pause it, a third time to unsubscribe; right-click for every choice."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_error = new StatusLabel(this);
    m_error->setObjectName(QStringLiteral("subscriptionError"));
    m_error->hide();
    layout->addWidget(m_error);

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("subscriptionGrid"));
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
    connect(m_grid, &QTableView::clicked, this,
            [this](const QModelIndex &index) { report(m_model->cycle(index)); });
    connect(m_grid, &QTableView::customContextMenuRequested, this, &SubscriptionPanel::showMenu);
    layout->addWidget(m_grid, 1);
    layout->addWidget(buildLegend());

    connect(m_model, &SubscriptionGridModel::loadErrorChanged, this, [this](const QString &error) {
        m_error->setMessage(error.isEmpty() ? QString()
                                            : tr("The subscriptions could not be read: %1").arg(error),
                            StatusLabel::Failure);
    });
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
                [this, index, state = choice.state] { report(m_model->setState(index, state)); });
    }
    menu.exec(m_grid->viewport()->mapToGlobal(position));
}

bool SubscriptionPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The keyboard does what a click does, on the current cell.
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex current = m_grid->currentIndex();
            if (current.isValid() && (current.flags() & Qt::ItemIsEnabled))
                report(m_model->cycle(current));
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
