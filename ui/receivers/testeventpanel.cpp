#include "testeventpanel.h"

#include "common/clock.h"
#include "common/jsontext.h"
#include "delivery/deliveryengine.h"
#include "fielderrorlabel.h"
#include "model/resourcecatalog.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "widgets/codeeditor.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/prettyjson.h"
#include "widgets/statuslabel.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookboard {

namespace {

// Enough of a response body to recognise it; the event log shows the whole of it.
constexpr qsizetype kBodyExcerptBytes = 2048;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(),
                              QStringLiteral("HH:mm:ss"));
}

} // namespace

TestEventPanel::TestEventPanel(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    // What to send on the left, what came back on the right.
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(4, 8, 4, 4);
    columns->setSpacing(12);
    auto *layout = new QVBoxLayout;
    columns->addLayout(layout, 3);

    auto *pick = new QHBoxLayout;
    auto *resourceLabel = new QLabel(tr("&Resource"), this);
    pick->addWidget(resourceLabel);
    m_resourceCombo = new QComboBox(this);
    m_resourceCombo->setObjectName(QStringLiteral("testResourceCombo"));
    for (const ResourceInfo &info : ResourceCatalog::builtIn().resources())
        m_resourceCombo->addItem(QStringLiteral("%1 (%2)").arg(info.title, info.name), info.name);
    resourceLabel->setBuddy(m_resourceCombo);
    // Long names ("Purchase order lines (PURCHASE_ORDER_LINES)") must not set the page's minimum width.
    m_resourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_resourceCombo->setMinimumContentsLength(14);
    pick->addWidget(m_resourceCombo, 1);
    auto *actionLabel = new QLabel(tr("&Action"), this);
    pick->addWidget(actionLabel);
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("testActionCombo"));
    m_actionCombo->addItems(ResourceCatalog::actions());
    actionLabel->setBuddy(m_actionCombo);
    pick->addWidget(m_actionCombo);
    layout->addLayout(pick);

    auto *payloadLabel = new QLabel(tr("&Payload (the event's data, a JSON object)"), this);
    layout->addWidget(payloadLabel);
    m_payloadEdit = new CodeEditor(this);
    m_payloadEdit->setObjectName(QStringLiteral("testPayloadEdit"));
    m_payloadEdit->setHighlighter(new JsonHighlighter(m_payloadEdit->document()));
    payloadLabel->setBuddy(m_payloadEdit);
    layout->addWidget(m_payloadEdit, 3);
    m_payloadError = new FieldErrorLabel(this);
    m_payloadError->setObjectName(QStringLiteral("payloadError"));
    layout->addWidget(m_payloadError);

    auto *buttons = new QHBoxLayout;
    m_resetButton = new QPushButton(tr("Reset to sample"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPayloadButton"));
    m_resetButton->setToolTip(tr("Put the catalog's sample payload for this resource back"));
    connect(m_resetButton, &QPushButton::clicked, this, [this] {
        m_loadedSample.clear();
        loadSample();
    });
    buttons->addWidget(m_resetButton);
    m_sendError = new StatusLabel(this);
    m_sendError->setObjectName(QStringLiteral("testSendError"));
    m_sendError->hide();
    buttons->addWidget(m_sendError, 1);
    buttons->addStretch(0); // keeps the buttons at their size while the error line is hidden
    m_sendButton = new QPushButton(tr("Send test event"), this);
    m_sendButton->setObjectName(QStringLiteral("sendTestButton"));
    connect(m_sendButton, &QPushButton::clicked, this, [this] { send(); });
    buttons->addWidget(m_sendButton);
    layout->addLayout(buttons);

    m_resultBox = new QGroupBox(tr("Result"), this);
    m_resultBox->setObjectName(QStringLiteral("testResultBox"));
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    m_resultPlaceholder = new QLabel(tr("Send a test event to see what the receiver answers: the status, "
                                        "the response and how long it took."),
                                     m_resultBox);
    m_resultPlaceholder->setObjectName(QStringLiteral("testResultPlaceholder"));
    m_resultPlaceholder->setWordWrap(true);
    m_resultPlaceholder->setAlignment(Qt::AlignCenter);
    m_resultPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    resultLayout->addWidget(m_resultPlaceholder, 1);
    m_resultDetails = new QWidget(m_resultBox);
    m_resultDetails->setObjectName(QStringLiteral("testResultDetails"));
    resultLayout->addWidget(m_resultDetails, 1);
    // A grid rather than a QFormLayout: rows come and go with the attempt, and Qt 6.4's
    // QFormLayout::setRowVisible corrupts memory when rows are hidden and shown.
    auto *grid = new QGridLayout(m_resultDetails);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const auto addRow = [this, grid](const QString &caption, QWidget *value) {
        auto *label = new QLabel(caption, m_resultDetails);
        label->setForegroundRole(QPalette::PlaceholderText);
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(value, row, 1);
        return label;
    };
    const auto valueLabel = [this](const char *name) {
        auto *label = new QLabel(m_resultDetails);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_eventLabel = valueLabel("testEventLabel");
    addRow(tr("Event"), m_eventLabel);
    m_statusLabel = new StatusLabel(m_resultDetails);
    m_statusLabel->setObjectName(QStringLiteral("testStatusLabel"));
    addRow(tr("Status"), m_statusLabel);
    m_responseLabel = valueLabel("testResponseLabel");
    addRow(tr("Response"), m_responseLabel);
    m_durationLabel = valueLabel("testDurationLabel");
    addRow(tr("Time"), m_durationLabel);
    m_attemptsLabel = valueLabel("testAttemptsLabel");
    addRow(tr("Attempts"), m_attemptsLabel);
    m_attemptError = new StatusLabel(m_resultDetails);
    m_attemptError->setObjectName(QStringLiteral("testAttemptError"));
    m_errorCaption = addRow(tr("Error"), m_attemptError);
    m_responseBody = new CodeEditor(m_resultDetails);
    m_responseBody->setObjectName(QStringLiteral("testResponseBody"));
    m_responseBody->setReadOnly(true);
    m_responseBody->setHighlighter(new JsonHighlighter(m_responseBody->document()));
    m_responseBody->setMinimumHeight(m_responseBody->fontMetrics().lineSpacing() * 4 + 12);
    m_bodyCaption = addRow(tr("Body"), m_responseBody);
    m_dispatcherNote = new StatusLabel(m_resultDetails);
    m_dispatcherNote->setObjectName(QStringLiteral("testDispatcherNote"));
    grid->addWidget(m_dispatcherNote, grid->rowCount(), 0, 1, 2);
    grid->setRowStretch(grid->rowCount(), 1);
    columns->addWidget(m_resultBox, 2);
    m_resultDetails->hide();

    connect(m_resourceCombo, &QComboBox::currentIndexChanged, this, &TestEventPanel::loadSample);
    connect(m_payloadEdit, &QPlainTextEdit::textChanged, this, &TestEventPanel::checkPayload);
    // Results arrive as the engine records attempts, or as someone resends or cancels the event.
    m_context.service->feed().listen(this,
                                     {StoreChange::Kind::EventsAttempted, StoreChange::Kind::EventsChanged},
                                     [this](const StoreChange &change) { showEventIfOurs(change.ids); });
    loadSample();
}

void TestEventPanel::setReceiver(const Receiver &receiver)
{
    const bool other = receiver.id != m_receiver.id;
    m_receiver = receiver;
    if (other) {
        // Each receiver's last test stays with it, to find again on coming back to it.
        m_eventId = m_lastEventOf.value(receiver.id);
        m_sendError->setMessage({}, StatusLabel::Neutral);
        if (m_eventId > 0) {
            showResult();
        } else {
            m_resultDetails->hide();
            m_resultPlaceholder->show();
        }
    } else if (m_eventId > 0) {
        showResult(); // the receiver was enabled or disabled: the note about held events changes
    }
    updateSendButton();
}

void TestEventPanel::loadSample()
{
    // A payload the person edited stays until they ask for the sample back.
    const QByteArray current = m_payloadEdit->toPlainText().toUtf8();
    if (!m_loadedSample.isEmpty() && current != m_loadedSample)
        return;
    const ResourceInfo *info = ResourceCatalog::builtIn().find(m_resourceCombo->currentData().toString());
    m_loadedSample = info ? prettyJson(info->sample).toUtf8() : QByteArrayLiteral("{}");
    m_payloadEdit->setPlainText(QString::fromUtf8(m_loadedSample));
}

void TestEventPanel::checkPayload()
{
    // The service's own checks, as typed: valid JSON, and an object.
    const QByteArray text = m_payloadEdit->toPlainText().toUtf8();
    std::optional<Error> error;
    Result<QByteArray> compact = jsontext::compact(text, QStringLiteral("data"));
    if (!compact)
        error = compact.error();
    else if (jsontext::kindOf(*compact) != jsontext::Kind::Object)
        error = Error::badInput(QStringLiteral("data"), QStringLiteral("json-object"),
                                tr("data: must be a JSON object, as in {\"id\": 1}"));
    m_payloadValid = !error;
    m_payloadError->setError(error);
    m_resetButton->setEnabled(text != m_loadedSample);
    updateSendButton();
}

void TestEventPanel::updateSendButton()
{
    m_sendButton->setEnabled(m_receiver.id > 0 && m_payloadValid);
    m_sendButton->setToolTip(m_receiver.id > 0
                                 ? tr("Send this payload to “%1” as a test event").arg(m_receiver.name)
                                 : tr("Save the receiver first"));
}

bool TestEventPanel::send()
{
    if (!m_sendButton->isEnabled())
        return false;
    const Change change{m_resourceCombo->currentData().toString(), m_actionCombo->currentText(),
                        m_payloadEdit->toPlainText().toUtf8()};
    const Result<qint64> sent = m_context.service->sendTestEvent(m_receiver.id, change);
    if (!sent) {
        if (sent.error().field == QLatin1String("data"))
            m_payloadError->setError(sent.error());
        else
            m_sendError->setMessage(sent.error().message, StatusLabel::Failure);
        return false;
    }
    m_sendError->setMessage({}, StatusLabel::Neutral);
    m_eventId = *sent;
    m_lastEventOf.insert(m_receiver.id, m_eventId);
    showResult();
    return true;
}

void TestEventPanel::showEventIfOurs(const QList<qint64> &ids)
{
    if (m_eventId > 0 && ids.contains(m_eventId))
        showResult();
}

QString TestEventPanel::statusText(const Event &event) const
{
    switch (event.status) {
    case EventStatus::Pending:
        return tr("Pending: waiting for the dispatcher");
    case EventStatus::Sending:
        return tr("Sending…");
    case EventStatus::Retrying:
        return event.nextAttemptAtMs ? tr("Retrying: the attempt failed; the next one is at %1")
                                           .arg(timeText(*event.nextAttemptAtMs))
                                     : tr("Retrying: the attempt failed");
    case EventStatus::Succeeded:
        return tr("Succeeded: the receiver answered as expected (%1)").arg(m_receiver.expectedResponseCode);
    case EventStatus::Failed:
        return tr("Failed: the attempts are used up");
    case EventStatus::Cancelled:
        return tr("Cancelled");
    }
    return eventStatusName(event.status);
}

void TestEventPanel::showResult()
{
    m_resultPlaceholder->hide();
    m_resultDetails->show();
    const Result<Event> event = m_context.service->event(m_eventId);
    if (!event) {
        m_statusLabel->setMessage(event.error().message, StatusLabel::Failure);
        return;
    }
    m_eventLabel->setText(tr("#%1 · %2 · %3 · created at %4")
                              .arg(event->id)
                              .arg(event->resource, event->action, timeText(event->createdAtMs)));
    const StatusLabel::Tone tone =
        event->status == EventStatus::Succeeded ? StatusLabel::Success
        : event->status == EventStatus::Failed || event->status == EventStatus::Retrying
            ? StatusLabel::Failure
            : StatusLabel::Neutral;
    m_statusLabel->setMessage(statusText(*event), tone);

    const Result<QList<Attempt>> attempts = m_context.service->attemptsOf(m_eventId);
    const Attempt *last = attempts && !attempts->isEmpty() ? &attempts->constLast() : nullptr;
    m_attemptsLabel->setText(QString::number(attempts ? attempts->size() : 0));
    if (!last) {
        m_responseLabel->setText(tr("none yet"));
        m_durationLabel->setText(tr("none yet"));
        m_attemptError->setMessage({}, StatusLabel::Neutral);
        m_responseBody->clear();
    } else {
        m_responseLabel->setText(last->responseCode ? tr("HTTP %1").arg(*last->responseCode)
                                                    : tr("no response"));
        m_durationLabel->setText(tr("%1 ms").arg(last->durationMs));
        m_attemptError->setMessage(last->error, StatusLabel::Failure);
        QString body = prettyJson(last->responseBody.left(kBodyExcerptBytes));
        if (last->responseBody.size() > kBodyExcerptBytes || last->responseTruncated)
            body += QLatin1Char('\n') +
                    tr("… (%1 bytes in all; the event log shows the rest)").arg(last->responseBody.size());
        m_responseBody->setPlainText(body);
    }
    m_errorCaption->setVisible(m_attemptError->isVisibleTo(m_resultDetails));
    const bool hasBody = last && !last->responseBody.isEmpty();
    m_responseBody->setVisible(hasBody);
    m_bodyCaption->setVisible(hasBody);

    // Say why nothing moves, when nothing will.
    QString note;
    if (event->status == EventStatus::Pending || event->status == EventStatus::Retrying) {
        if (!m_context.engine || !m_context.engine->isRunning())
            note = tr("The dispatcher is not running, so the event is stored and waits. It is delivered "
                      "once Hookboard runs with its dispatcher.");
        else if (!m_receiver.active)
            note = tr("“%1” is disabled: the event is held until the receiver is enabled again.")
                       .arg(m_receiver.name);
    }
    m_dispatcherNote->setMessage(note, StatusLabel::Neutral);
}

} // namespace hookboard
