#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hookboard {

// The shared secret of a receiver: hidden unless revealed, copied in one click, regenerated, and
// (for a stored receiver) rotated with a grace period in which the old secret still signs.
class SecretEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SecretEditor(QWidget *parent = nullptr);

    QString secret() const;
    // Shows secret without moving the cursor when it is what the field already holds.
    void setSecret(const QString &secret);
    bool isRevealed() const;
    QLineEdit *lineEdit() const { return m_edit; }

    // Rotation needs a stored receiver; a new one only has the field and its buttons.
    void setRotationVisible(bool visible);
    void setRotationEnabled(bool enabled, const QString &why = {});
    // The rotated-out secret's expiry (ms since the epoch), 0 when there is none.
    void setPreviousSecretExpiry(qint64 expiresAtMs, qint64 nowMs);
    // The note under the buttons ("Copied", "Rotated"...), or an error.
    void showNote(const QString &text);

signals:
    void secretEdited(const QString &secret);
    void regenerateRequested();
    void rotateRequested(qint64 graceMs);

private:
    void setRevealed(bool revealed);

    QLineEdit *m_edit;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QToolButton *m_regenerate;
    QWidget *m_rotation;
    QLabel *m_difference; // how Regenerate and Rotate now differ, shown with the rotation row
    QComboBox *m_grace;
    QPushButton *m_rotate;
    QLabel *m_previous;
    QLabel *m_note;
};

} // namespace hookboard
