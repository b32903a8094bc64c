#include "fielderrorlabel.h"

#include "widgets/codecolors.h"

#include <QEvent>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hookboard {

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    updateColour();
}

void FieldErrorLabel::setError(const std::optional<Error> &error)
{
    setErrors(error ? QList<Error>{*error} : QList<Error>{});
}

void FieldErrorLabel::setErrors(const QList<Error> &errors)
{
    QStringList lines;
    m_rules.clear();
    for (const Error &error : errors) {
        lines.append(describe(error, m_namesFields));
        m_rules.append(error.rule);
    }
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!errors.isEmpty());
}

QString FieldErrorLabel::describe(const Error &error, bool keepField)
{
    QString message = error.message;
    const QString prefix = error.field + QLatin1String(": ");
    // A header's field names its row in words, counted from one: "Header 2, name: ...".
    static const QRegularExpression headerField(QStringLiteral("^headers\\[(\\d+)\\]\\.(key|value)$"));
    if (const QRegularExpressionMatch match = headerField.match(error.field);
        match.hasMatch() && message.startsWith(prefix)) {
        const int row = match.captured(1).toInt() + 1;
        const QString rule = message.mid(prefix.size());
        message = match.captured(2) == QLatin1String("key") ? tr("Header %1, name: %2").arg(row).arg(rule)
                                                            : tr("Header %1, value: %2").arg(row).arg(rule);
    } else if (!keepField && !error.field.isEmpty() && message.startsWith(prefix)) {
        message = message.mid(prefix.size());
        if (!message.isEmpty())
            message[0] = message.at(0).toUpper(); // now the start of a sentence
    }
    if (error.rule.isEmpty())
        return message;
    return tr("%1 — rule: %2").arg(message, error.rule);
}

QColor FieldErrorLabel::errorColor(const QPalette &palette)
{
    return CodeColors::forPalette(palette).error;
}

void FieldErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColour();
}

void FieldErrorLabel::updateColour()
{
    // Set on the text role only, so the palette change this causes does not loop.
    QPalette p = palette();
    const QColor colour = errorColor(p);
    if (p.color(QPalette::WindowText) == colour)
        return;
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
}

QWidget *FieldErrorLabel::stackedUnder(QWidget *field, FieldErrorLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    // The row's label (its buddy is the box) gives the field the focus and its name.
    box->setFocusProxy(field);
    return box;
}

} // namespace hookboard
