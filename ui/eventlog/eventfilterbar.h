#pragma once

#include "service/webhookservice.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace hookboard {

class Clock;
class ReceiverDirectory;

// The event log's filters: receiver, statuses (any number of them), resource, action, time range and
// text in the payload.
// It only collects what the person chose into an EventFilter; what matches is the core's business.
// Typing in the payload field applies after a short pause (or at once on Return), because each
// search reads every stored payload.
class EventFilterBar : public QWidget
{
    Q_OBJECT
public:
    EventFilterBar(ReceiverDirectory &receivers, const Clock &clock, QWidget *parent = nullptr);

    // The filter as chosen now; relative time ranges ("last hour") are taken from the clock.
    EventFilter filter() const;
    // Shows only this receiver's events (and keeps the other filters).
    void setReceiver(qint64 receiverId);
    void clear();
    // Puts the focus in the payload search field, its text selected to type over.
    void focusSearch();
    // The search field's pause before it applies, in ms.
    void setTypingDelayMs(int ms);

signals:
    void filterChanged();

private:
    void fillReceivers();
    void onTimeRangeChosen();
    QToolButton *buildStatusButton();
    void updateStatusText();

    ReceiverDirectory &m_receivers;
    const Clock &m_clock;
    QComboBox *m_receiver = nullptr;
    QToolButton *m_status = nullptr;  // a menu of statuses, several may be ticked
    QList<QAction *> m_statusActions; // one per status, checkable
    QComboBox *m_resource = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_timeRange = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QLineEdit *m_payload = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_typingTimer = nullptr;
    bool m_quiet = false; // set while the bar changes its own widgets, so filterChanged fires once
};

} // namespace hookboard
