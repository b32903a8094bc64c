#pragma once

#include <QLabel>

namespace hookboard {

// A one-line message whose colour says how things went (neutral, worked, failed), kept readable
// when the theme switches between light and dark.
class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    enum Tone
    {
        Neutral,
        Success,
        Failure
    };

    explicit StatusLabel(QWidget *parent = nullptr);

    // Shows text (hides the label when it is empty) in the colour of tone.
    void setMessage(const QString &text, Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    Tone m_tone = Neutral;
    bool m_applying = false;
};

} // namespace hookboard
