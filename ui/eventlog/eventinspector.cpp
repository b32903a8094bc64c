#include "eventinspector.h"

#include "editresenddialog.h"
#include "eventstatusstyle.h"
#include "receiverdirectory.h"
#include "sandbox/sandboxserver.h"
#include "service/webhookservice.h"
#include "signatureview.h"
#include "widgets/actiontooltip.h"
#include "widgets/codeeditor.h"
#include "widgets/curlcommand.h"
#include "widgets/httpmessageview.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/prettyjson.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hookboard {

namespace {

QString localTime(qint64 ms, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(format);
}

} // namespace

EventInspector::EventInspector(const ConsoleContext &context, ReceiverDirectory &receivers, QWidget *parent)
    : QWidget(parent), m_context(context), m_receivers(receivers)
{
    setObjectName(QStringLiteral("eventInspector"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // The page puts these two in its menu; their keys work anywhere on the page.
    m_copyCurlAction = new QAction(tr("Copy as &curl"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCurlAction->setStatusTip(tr("Copies a curl command (for sh, bash or zsh) that sends the chosen "
                                      "attempt's request again: the same body and headers, signatures "
                                      "included, to the receiver's current URL."));
    connect(m_copyCurlAction, &QAction::triggered, this, &EventInspector::copyCurl);
    m_copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    ActionToolTip::bind(m_copyCurl, m_copyCurlAction);

    m_editResendAction = new QAction(tr("&Edit and send…"), this);
    m_editResendAction->setObjectName(QStringLiteral("editResendAction"));
    m_editResendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editResendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editResendAction->setStatusTip(
        tr("Opens this payload in an editor and sends what you make of it to the "
           "same receiver as a new test event; this event stays as it is."));
    connect(m_editResendAction, &QAction::triggered, this, &EventInspector::editAndSend);
    m_editResend = new QPushButton(tr("Edit and send…"), this);
    m_editResend->setObjectName(QStringLiteral("editResendButton"));
    ActionToolTip::bind(m_editResend, m_editResendAction);

    m_timeline = new QListWidget(this);
    m_timeline->setObjectName(QStringLiteral("attemptTimeline"));
    m_timeline->setToolTip(tr("Every attempt of this event, oldest first"));
    m_timeline->setIconSize(QSize(16, 16));
    m_timeline->setSpacing(2);
    m_timeline->setWordWrap(true); // errors are long: "Connection timed out after 15000 ms"
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_timeline, &QListWidget::currentRowChanged, this, &EventInspector::showAttempt);

    m_payload = new CodeEditor(this);
    m_payload->setObjectName(QStringLiteral("payloadView"));
    m_payload->setReadOnly(true);
    m_payload->setHighlighter(new JsonHighlighter(m_payload->document()));
    m_request = new HttpMessageView(QStringLiteral("request"), this);
    m_response = new HttpMessageView(QStringLiteral("response"), this);
    m_signature = new SignatureView(this);
    m_signature->setObjectName(QStringLiteral("signatureView"));
    m_request->setTitle(tr("Request"));
    m_response->setTitle(tr("Response"));
    m_payload->setAccessibleName(tr("Payload"));
    m_timeline->setAccessibleName(tr("Attempts"));
    m_signature->setAccessibleName(tr("Signature check"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_signature, tr("Signature check"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_timeline);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({240, 700});

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_editResend);
    top->addWidget(m_copyCurl);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    // In reading order: the buttons as they stand, the attempts, then the tabs before what they show.
    setTabOrder(m_editResend, m_copyCurl);
    setTabOrder(m_copyCurl, m_timeline);
    setTabOrder(m_timeline, m_tabs->tabBar());
    setTabOrder(m_tabs->tabBar(), m_payload);

    inspect(0);
}

void EventInspector::inspect(qint64 eventId)
{
    m_event.reset();
    m_receiver.reset();
    m_attempts.clear();
    if (eventId > 0) {
        WebhookService &service = *m_context.service;
        Result<Event> event = service.event(eventId);
        Result<QList<Attempt>> attempts = service.attemptsOf(eventId);
        if (!event || !attempts) {
            emit message(event ? attempts.error().message : event.error().message, true);
        } else {
            m_event = std::move(event).value();
            m_attempts = std::move(attempts).value();
            Result<Receiver> receiver = service.receiver(m_event->receiverId);
            if (receiver)
                m_receiver = std::move(receiver).value();
            else if (receiver.error().code != ErrorCode::NotFound)
                emit message(receiver.error().message, true);
        }
    }

    m_title->setText(titleText());
    // A deleted receiver has no URL or secret left to send to.
    m_editResendAction->setEnabled(m_event && m_receiver);
    // With nothing to inspect the panes read as inactive rather than as an empty event.
    m_tabs->setEnabled(m_event.has_value());
    m_timeline->setEnabled(m_event.has_value());
    m_payload->setPlainText(m_event ? prettyJson(m_event->payload) : QString());
    const QSignalBlocker blocker(m_timeline);
    m_timeline->clear();
    for (const Attempt &attempt : std::as_const(m_attempts)) {
        const int expected = m_receiver ? m_receiver->expectedResponseCode : 200;
        const bool ok = attempt.error.isEmpty() && attempt.responseCode == expected;
        const QString outcome = attempt.responseCode
                                    ? tr("HTTP %1").arg(*attempt.responseCode)
                                    : (attempt.error.isEmpty() ? tr("no answer") : attempt.error);
        QString text = tr("#%1 · %2")
                           .arg(attempt.number)
                           .arg(localTime(attempt.startedAtMs, QStringLiteral("MM-dd HH:mm:ss")));
        if (attempt.manual)
            text += tr(" · resent");
        text += u'\n' + tr("%1 · %2 ms").arg(outcome).arg(attempt.durationMs);
        auto *item = new QListWidgetItem(
            EventStatusStyle::icon(ok ? EventStatus::Succeeded : EventStatus::Failed, palette()), text,
            m_timeline);
        item->setToolTip(attempt.error.isEmpty() ? outcome : attempt.error);
    }
    if (m_event && m_attempts.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No attempt yet"), m_timeline);
        item->setFlags(Qt::NoItemFlags);
    }
    m_timeline->setCurrentRow(int(m_attempts.size()) - 1);
    showAttempt(int(m_attempts.size()) - 1);
}

void EventInspector::refresh()
{
    if (!m_event)
        return;
    const int chosen = m_timeline->currentRow();
    const bool latestChosen = chosen == m_attempts.size() - 1;
    const int tab = m_tabs->currentIndex();
    inspect(m_event->id);
    // Following the newest attempt as attempts come in, unless an older one was picked.
    if (!latestChosen && chosen >= 0 && chosen < m_attempts.size())
        m_timeline->setCurrentRow(chosen);
    m_tabs->setCurrentIndex(tab);
}

void EventInspector::editAndSend()
{
    if (!m_event || !m_receiver)
        return;
    auto *dialog = new EditResendDialog(*m_context.service, *m_event, m_receiver->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 original = m_event->id;
    const QString receiver = m_receiver->name;
    connect(dialog, &EditResendDialog::sent, this, [this, original, receiver](qint64 id) {
        emit message(tr("Sent your edit to %1 as test event evt_%2; evt_%3 is unchanged")
                         .arg(receiver, QString::number(id), QString::number(original)),
                     false);
    });
    dialog->open();
}

QString EventInspector::titleText() const
{
    if (!m_event)
        return tr("Select an event to see its payload, its attempts and how its signatures are checked.");
    const Event &e = *m_event;
    QString state = EventStatusStyle::label(e.status);
    if (e.attemptCount == 1)
        state = tr("%1 after 1 attempt").arg(state);
    else if (e.attemptCount > 1)
        state = tr("%1 after %2 attempts").arg(state).arg(e.attemptCount);
    if (e.status == EventStatus::Retrying && e.nextAttemptAtMs)
        state = tr("%1, next at %2")
                    .arg(state, QDateTime::fromMSecsSinceEpoch(*e.nextAttemptAtMs)
                                    .toLocalTime()
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return tr("Event %1 · %2.%3%4 → %5 · %6")
        .arg(e.id)
        .arg(e.resource, e.action, e.test ? tr(" (test)") : QString(), m_receivers.displayName(e.receiverId),
             state);
}

void EventInspector::showAttempt(int index)
{
    const bool valid = index >= 0 && index < m_attempts.size();
    m_copyCurlAction->setEnabled(valid && m_receiver.has_value());
    if (!valid) {
        const QString why = !m_event ? QString()
                                     : tr("No attempt yet: requests, responses and signatures are "
                                          "recorded per attempt (each retry has a fresh timestamp).");
        m_request->clear(why);
        m_response->clear(why);
        m_signature->setNothing(why);
        return;
    }
    const Attempt &a = m_attempts.at(index);
    const QString url = m_receiver ? m_receiver->webhookUri : tr("(the receiver was deleted)");
    QString requestSummary =
        tr("POST %1 · attempt %2 · started %3").arg(url).arg(a.number).arg(localTime(a.startedAtMs));
    if (a.manual)
        requestSummary += tr(" · resent by a person");
    m_request->setMessage(requestSummary, a.requestHeaders, a.requestBody);

    if (a.responseCode) {
        m_response->setMessage(tr("HTTP %1 after %2 ms").arg(*a.responseCode).arg(a.durationMs),
                               a.responseHeaders, a.responseBody,
                               a.responseTruncated ? tr("(truncated: only the first 64 KiB were kept)")
                                                   : QString());
    } else {
        m_response->clear(tr("No response after %1 ms: %2")
                              .arg(a.durationMs)
                              .arg(a.error.isEmpty() ? tr("the attempt ended without an answer") : a.error));
    }
    m_signature->setCheck(SignatureCheck::of(a, m_receiver));
}

QString EventInspector::curlCommand() const
{
    const int index = m_timeline->currentRow();
    if (!m_receiver || index < 0 || index >= m_attempts.size())
        return {};
    const Attempt &a = m_attempts.at(index);
    const QUrl url(m_receiver->webhookUri);
    // The sandbox's certificate is signed by Hookboard's own CA, which curl does not know: the
    // command names it, so that it runs as copied.
    QStringList trust;
    if (m_context.sandbox && m_context.sandbox->serves(url))
        trust = {QStringLiteral("--cacert"), SandboxServer::caFilePath(m_context.dataDir)};
    return CurlCommand::build(url, a.requestHeaders, a.requestBody, trust);
}

void EventInspector::copyCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    emit message(tr("Copied a curl command that sends attempt %1 of event %2 again")
                     .arg(m_attempts.at(m_timeline->currentRow()).number)
                     .arg(m_event->id),
                 false);
}

} // namespace hookboard
