#include "accessibilitypolicy.h"

#include "codeeditor.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextEdit>

namespace hookboard {

void AccessibilityPolicy::install(QObject *owner)
{
    QCoreApplication::instance()->installEventFilter(new AccessibilityPolicy(owner));
}

void AccessibilityPolicy::apply(QObject *object)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(object)) {
        view->setTabKeyNavigation(false);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(object)) {
        if (!qobject_cast<CodeEditor *>(plain))
            plain->setTabChangesFocus(true);
    } else if (auto *rich = qobject_cast<QTextEdit *>(object)) {
        rich->setTabChangesFocus(true);
    } else if (auto *area = qobject_cast<QScrollArea *>(object)) {
        area->setFocusPolicy(Qt::NoFocus);
    } else if (auto *label = qobject_cast<QLabel *>(object); label && label->buddy()) {
        QWidget *control = label->buddy();
        while (control->focusProxy())
            control = control->focusProxy();
        QString name = label->text();
        name.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        name.remove(QLatin1Char('&'));
        name.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        name = name.trimmed();
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        if (control->accessibleName().isEmpty() && !name.isEmpty())
            control->setAccessibleName(name);
    }
}

bool AccessibilityPolicy::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish)
        apply(watched);
    return QObject::eventFilter(watched, event);
}

} // namespace hookboard
