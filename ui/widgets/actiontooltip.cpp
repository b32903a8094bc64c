#include "actiontooltip.h"

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace hookboard::ActionToolTip {

namespace {

// Marks a followed action, so refreshAll finds only those (others keep their own tooltips).
const char *const kFollowed = "hookboardToolTipFollowsAction";

void update(QAction *action)
{
    const QString tip = text(action);
    // Setting the tooltip emits changed() again; the second round finds nothing to do.
    if (action->toolTip() != tip)
        action->setToolTip(tip);
}

} // namespace

QString text(const QAction *action)
{
    QString name = action->text();
    // "&Resend…" reads "Resend": the mnemonic's ampersand goes (a doubled one is a real "&").
    name.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    name.remove(QLatin1Char('&'));
    name.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (name.endsWith(QStringLiteral("…")))
        name.chop(1);
    else if (name.endsWith(QLatin1String("...")))
        name.chop(3);
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts()) {
        if (!shortcut.isEmpty())
            keys << shortcut.toString(QKeySequence::NativeText);
    }
    QString tip = name.trimmed();
    if (!keys.isEmpty())
        tip += QStringLiteral(" (%1)").arg(keys.join(QStringLiteral(", ")));
    if (!action->statusTip().isEmpty())
        tip += QLatin1Char('\n') + action->statusTip();
    return tip;
}

void follow(QAction *action)
{
    if (action->property(kFollowed).toBool()) {
        update(action);
        return;
    }
    action->setProperty(kFollowed, true);
    QObject::connect(action, &QAction::changed, action, [action] { update(action); });
    update(action);
}

void bind(QAbstractButton *button, QAction *action)
{
    follow(action);
    const auto sync = [button, action] {
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
    };
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
    sync();
}

void refreshAll(QWidget *root)
{
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->property(kFollowed).toBool())
            update(action);
    }
}

} // namespace hookboard::ActionToolTip
