#pragma once

#include "model/receiver.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace hookboard {

// The strip above a receiver that the dispatcher disabled on its own (410 Gone, or failing for too
// long): what happened, why, and the one button that turns it back on. Hidden otherwise.
class DisabledBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DisabledBanner(QWidget *parent = nullptr);

    // Shows the banner when receiver was disabled automatically.
    void setReceiver(const Receiver &receiver);
    // The last attempt to re-enable failed: say why.
    void showError(const QString &message);

signals:
    void reenableClicked();

private:
    QLabel *m_text;
    QLabel *m_error;
    QPushButton *m_reenable;
};

} // namespace hookboard
