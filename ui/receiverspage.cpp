#include "receiverspage.h"

#include "pageheader.h"
#include "receiverlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hookboard {

ReceiversPage::ReceiversPage(WebhookService &service, QWidget *parent)
    : QWidget(parent), m_model(new ReceiverListModel(service, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Receivers"), tr("Endpoints that get a signed HTTP POST for every change they subscribe to."),
        this));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("receiverTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // URLs differ at both ends: host and path
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ReceiverListModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReceiverListModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReceiverListModel::ActiveColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReceiverListModel::SubscriptionsColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ReceiverListModel::NameColumn, 220);

    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("receiversEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setMargin(24);

    m_content = new QStackedWidget(this);
    m_content->addWidget(m_table);
    m_content->addWidget(m_emptyNote);
    layout->addWidget(m_content, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReceiversPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReceiversPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceiversPage::updateEmptyState);
    connect(m_model, &ReceiverListModel::loadErrorChanged, this, &ReceiversPage::updateEmptyState);
    updateEmptyState();
}

void ReceiversPage::updateEmptyState()
{
    // An empty table looks broken; say why it is empty instead.
    if (!m_model->loadError().isEmpty()) {
        m_emptyNote->setText(tr("The receivers could not be read: %1").arg(m_model->loadError()));
        m_content->setCurrentWidget(m_emptyNote);
    } else if (m_model->rowCount() == 0) {
        m_emptyNote->setText(
            tr("No receivers yet.\nAdding and editing receivers arrives with the receiver editor "
               "in a later release."));
        m_content->setCurrentWidget(m_emptyNote);
    } else {
        m_content->setCurrentWidget(m_table);
    }
}

} // namespace hookboard
