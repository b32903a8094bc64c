#pragma once

#include "consolecontext.h"
#include "model/event.h"
#include "model/receiver.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QAction;
class QPushButton;
class QTabWidget;

namespace hookboard {

class CodeEditor;
class HttpMessageView;
class ReceiverDirectory;
class SignatureView;

// The selected event in full: its payload as highlighted JSON, the timeline of its attempts, and
// for the chosen attempt the request as sent (signatures included), the response or error as
// received, and how its signatures are checked. Copies the attempt as a curl command, and sends
// an edited copy of the payload as a new test event (EditResendDialog).
class EventInspector : public QWidget
{
    Q_OBJECT
public:
    EventInspector(const ConsoleContext &context, ReceiverDirectory &receivers, QWidget *parent = nullptr);

    // Shows event id (read from the store now); 0 shows nothing.
    void inspect(qint64 eventId);
    // Reads the shown event again (its status or attempts changed), keeping the chosen attempt.
    void refresh();
    qint64 eventId() const { return m_event ? m_event->id : 0; }
    // The curl command for the chosen attempt; empty when there is none to copy.
    QString curlCommand() const;
    // Copy as curl (Ctrl+Shift+C) and Edit and send (Ctrl+E), for the page's menu.
    QList<QAction *> pageActions() const { return {m_editResendAction, m_copyCurlAction}; }

signals:
    // Something for the page's message line (copied, or what could not be read).
    void message(const QString &text, bool isError);

private:
    void showAttempt(int index);
    void copyCurl();
    void editAndSend();
    QString titleText() const;

    ConsoleContext m_context;
    ReceiverDirectory &m_receivers;
    std::optional<Event> m_event;
    std::optional<Receiver> m_receiver; // empty when it was deleted
    QList<Attempt> m_attempts;

    QLabel *m_title = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_editResend = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_editResendAction = nullptr;
    QListWidget *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    CodeEditor *m_payload = nullptr;
    HttpMessageView *m_request = nullptr;
    HttpMessageView *m_response = nullptr;
    SignatureView *m_signature = nullptr;
};

} // namespace hookboard
