#pragma once

#include <QObject>

namespace hookboard {

// Keyboard and screen-reader rules for every widget of the console, where Qt's defaults leave Tab
// caught or wasted or a control unnamed; applied to each widget as it is polished, so pages,
// dialogs and widgets made later keep them too:
// - Tab leaves an item view, and the arrow keys move inside it. QTableView's default moves Tab from
//   cell to cell and wraps round at the end, so Tab alone never leaves a table.
// - Tab leaves a plain text field (a description) rather than typing a tab character. Code editors
//   have their own rule (CodeEditor).
// - A scroll area does not take the focus itself: the controls in it do, and it scrolls to the one
//   that has it. Otherwise Tab stops on an unnamed frame around a form.
// - A label names the control it is the buddy of, also where the buddy is a box around the control
//   (a field with its error line under it) that hands the focus on with setFocusProxy. Qt itself
//   only looks for a label beside the control.
class AccessibilityPolicy : public QObject
{
    Q_OBJECT
public:
    // Installs the rules on the application for as long as owner lives.
    static void install(QObject *owner);

    // The rules for one widget (what install applies to each widget as it is polished).
    static void apply(QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace hookboard
