#pragma once

#include <QString>

class QAbstractButton;
class QAction;
class QWidget;

namespace hookboard {

// Tooltips that name an action and its shortcut ("Resend (Ctrl+R)"), with the action's status tip
// as the longer explanation on the next line. The tooltip is kept in step with the action: a new
// text (a retranslation), a new shortcut or a new status tip changes it at once.
namespace ActionToolTip {

// "Resend (Ctrl+R)\nSend the selected … again": the text without its mnemonic and ellipsis, the
// shortcuts in the platform's words, then the status tip if there is one.
QString text(const QAction *action);

// Sets action's tooltip from text(action), now and whenever the action changes.
void follow(QAction *action);

// button stands for action: a click triggers it, and the button takes its tooltip and its enabled
// state. The action is followed too. A
// QToolButton would use setDefaultAction; this is for the page's push buttons, which keep their
// own text and look.
void bind(QAbstractButton *button, QAction *action);

// Sets every followed action's tooltip under root again: after a language change, the key names
// ("Ctrl", "Strg") are translated anew.
void refreshAll(QWidget *root);

} // namespace ActionToolTip

} // namespace hookboard
