#pragma once

#include "model/event.h"

#include <QDialog>

class QPushButton;

namespace hookboard {

class CodeEditor;
class StatusLabel;
class WebhookService;

// Edit and send: an event's payload in an editor, sent as a new test event of the same resource
// and action to the same receiver, signed with its current secret. The original event and its
// attempts stay as they are in the audit trail. The payload is checked as it is typed by the
// rules of a publish (a JSON object of at most 1 MiB).
class EditResendDialog : public QDialog
{
    Q_OBJECT
public:
    EditResendDialog(WebhookService &service, const Event &event, const QString &receiverName,
                     QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }

signals:
    // The edited payload went out as test event eventId.
    void sent(qint64 eventId);

private:
    void check();
    void send();

    WebhookService &m_service;
    const Event m_event;
    CodeEditor *m_editor;
    StatusLabel *m_problem;
    QPushButton *m_send;
};

} // namespace hookboard
