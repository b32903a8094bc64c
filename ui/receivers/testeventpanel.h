#pragma once

#include "consolecontext.h"
#include "model/receiver.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace hookboard {

class CodeEditor;
class FieldErrorLabel;
class StatusLabel;
struct Event;

// The Test event tab: pick a resource and an action, edit the catalog's sample payload, send it to
// the selected receiver, and watch what happened (status, response, time) in place as the
// dispatcher delivers it.
class TestEventPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TestEventPanel(const ConsoleContext &context, QWidget *parent = nullptr);

    // The receiver test events go to (id 0: none). A different receiver clears the last result.
    void setReceiver(const Receiver &receiver);
    // Creates the test event; false when the service refused it (the reason is shown).
    bool send();
    // The test event last sent from here, 0 before the first.
    qint64 lastEventId() const { return m_eventId; }

private:
    void loadSample();
    void checkPayload();
    void updateSendButton();
    void showResult();
    void showEventIfOurs(const QList<qint64> &ids);
    QString statusText(const Event &event) const;

    ConsoleContext m_context;
    Receiver m_receiver;
    qint64 m_eventId = 0;
    QHash<qint64, qint64> m_lastEventOf; // the last test event sent here, by receiver
    QByteArray m_loadedSample; // the sample last put in the editor, to tell whether the person edited it
    bool m_payloadValid = false;

    QComboBox *m_resourceCombo;
    QComboBox *m_actionCombo;
    CodeEditor *m_payloadEdit;
    FieldErrorLabel *m_payloadError;
    QPushButton *m_resetButton;
    QPushButton *m_sendButton;
    StatusLabel *m_sendError;
    QGroupBox *m_resultBox;
    QLabel *m_resultPlaceholder;
    QWidget *m_resultDetails;
    QLabel *m_eventLabel;
    StatusLabel *m_statusLabel;
    QLabel *m_responseLabel;
    QLabel *m_durationLabel;
    QLabel *m_attemptsLabel;
    StatusLabel *m_attemptError;
    QLabel *m_errorCaption;
    CodeEditor *m_responseBody;
    QLabel *m_bodyCaption;
    StatusLabel *m_dispatcherNote;
};

} // namespace hookboard
