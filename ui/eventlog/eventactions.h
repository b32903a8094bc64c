#pragma once

#include "model/event.h"
#include "service/webhookservice.h"

#include <QObject>

class QWidget;

namespace hookboard {

// Resend, replay and cancel as the event log offers them. Replay and cancel ask first (through
// Confirmation, which tests script), replay saying how many events it will send again; the
// service does the work, and what happened (or why not) comes back as a message for the page.
// The rows change status on their own: the service announces every change.
class EventActions : public QObject
{
    Q_OBJECT
public:
    EventActions(WebhookService &service, QWidget *dialogParent);

    // Sends the finished ones among events again (same webhook-id, next attempt marked manual).
    void resend(const QList<Event> &events);
    // Cancels the unfinished ones among events.
    void cancel(const QList<Event> &events);
    // The RETRYING events among events are tried now rather than at their scheduled time.
    void retryNow(const QList<Event> &events);
    // Sends every FAILED event matching filter again (any status in filter is replaced by FAILED),
    // after a confirmation that names scope ("matching the filters", "of Receiver qa") and the count.
    void replayFailed(EventFilter filter, const QString &scope);

signals:
    void message(const QString &text, bool isError);

private:
    WebhookService &m_service;
    QWidget *m_dialogParent;
};

} // namespace hookboard
