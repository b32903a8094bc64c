#include "statuslabel.h"

#include "codecolors.h"

#include <QAccessible>
#include <QEvent>

namespace hookboard {

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StatusLabel::setMessage(const QString &text, Tone tone)
{
    setText(text);
    setVisible(!text.isEmpty());
    m_tone = tone;
    applyTone();
    // A failure told in colour alone reaches no screen reader: it is announced as an alert.
    if (tone == Failure && !text.isEmpty() && isVisible()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void StatusLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTone();
}

void StatusLabel::applyTone()
{
    if (m_applying)
        return; // setPalette below sends a PaletteChange of its own
    m_applying = true;
    // Light or dark is read from Base, which this label never sets, so it follows the theme.
    const CodeColors colors = CodeColors::forPalette(palette());
    QPalette p = palette();
    p.setColor(QPalette::WindowText, m_tone == Success   ? colors.success
                                     : m_tone == Failure ? colors.error
                                                         : QWidget::palette().color(QPalette::Text));
    setPalette(p);
    m_applying = false;
}

} // namespace hookboard
