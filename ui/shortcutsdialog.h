#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace hookboard {

// The keyboard shortcuts of the console, listed from its actions rather than from a table of its
// own, so the list says what the keys do today: one group per menu or page, each action with its
// shortcuts in the platform's words.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Replaces the list; actions without a shortcut are left out, and so are groups left empty.
    void setGroups(const QList<Group> &groups);
    // "Ctrl+R, F5": every shortcut of action, as the platform writes them.
    static QString keysOf(const QAction *action);

private:
    QTreeWidget *m_list;
};

} // namespace hookboard
