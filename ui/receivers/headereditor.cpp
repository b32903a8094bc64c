#include "headereditor.h"

#include "headertablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hookboard {

HeaderEditor::HeaderEditor(ReceiverDraft &draft, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_model(new HeaderTableModel(draft, undoStack, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(HeaderTableModel::KeyColumn, 180);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(rowHeight * 4);
    m_table->setMaximumHeight(rowHeight * 7);
    layout->addWidget(m_table);
    setFocusProxy(m_table); // the form's "Custom headers" label

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add header"), this);
    add->setObjectName(QStringLiteral("addHeaderButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QModelIndex key = m_model->index(m_model->appendHeader(), HeaderTableModel::KeyColumn);
        // Straight into the new row's name: that is what the person is about to type.
        m_table->setCurrentIndex(key);
        m_table->edit(key);
        emit headerAdded();
    });
    buttons->addWidget(add);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeHeaderButton"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model->removeHeader(current.row());
    });
    buttons->addWidget(m_remove);
    auto *hint = new QLabel(tr("Sent with every delivery, e.g. Authorization"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(hint, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HeaderEditor::updateRemoveButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HeaderEditor::updateRemoveButton);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HeaderEditor::updateRemoveButton);
    updateRemoveButton();
}

void HeaderEditor::updateRemoveButton()
{
    m_remove->setEnabled(m_table->currentIndex().isValid());
}

} // namespace hookboard
