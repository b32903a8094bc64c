#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hookboard {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Keys that work in the window, grouped by the menu or page they belong "
                                "to. Tab and Shift+Tab move between the controls of a page; in a code "
                                "editor, where Tab indents, press Escape first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    intro->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(600, 560); // the longest entries ("Ctrl+Return, Ctrl+Enter") with room to spare
}

QString ShortcutsDialog::keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts()) {
        if (!shortcut.isEmpty())
            keys << shortcut.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

void ShortcutsDialog::setGroups(const QList<Group> &groups)
{
    m_list->clear();
    for (const Group &group : groups) {
        QList<QTreeWidgetItem *> rows;
        for (const QAction *action : group.actions) {
            const QString keys = keysOf(action);
            if (keys.isEmpty() || action->text().isEmpty())
                continue;
            auto *row = new QTreeWidgetItem({plainText(action), keys});
            row->setToolTip(0, action->statusTip());
            rows << row;
        }
        if (rows.isEmpty())
            continue;
        auto *title = new QTreeWidgetItem(m_list, {group.title});
        QFont bold = title->font(0);
        bold.setBold(true);
        title->setFont(0, bold);
        title->setFirstColumnSpanned(true);
        title->setFlags(Qt::ItemIsEnabled);
        title->addChildren(rows);
        title->setExpanded(true);
    }
    if (QTreeWidgetItem *first = m_list->topLevelItemCount() ? m_list->topLevelItem(0)->child(0) : nullptr)
        m_list->setCurrentItem(first);
}

} // namespace hookboard
