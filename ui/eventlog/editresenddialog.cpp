#include "editresenddialog.h"

#include "service/webhookservice.h"
#include "widgets/codeeditor.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/prettyjson.h"
#include "widgets/statuslabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookboard {

EditResendDialog::EditResendDialog(WebhookService &service, const Event &event, const QString &receiverName,
                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_event(event)
{
    setObjectName(QStringLiteral("editResendDialog"));
    setWindowTitle(tr("Edit and send as a test event"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sends this payload, as you edit it, to “%1” as a new test event of %2.%3, "
                                "signed with the receiver's current secret. Event evt_%4 and its "
                                "attempts stay as they are.")
                                 .arg(receiverName, event.resource, event.action, QString::number(event.id)),
                             this);
    intro->setObjectName(QStringLiteral("editResendIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("editResendEditor"));
    m_editor->setHighlighter(new JsonHighlighter(m_editor->document()));
    m_editor->setPlainText(prettyJson(event.payload));
    connect(m_editor, &QPlainTextEdit::textChanged, this, &EditResendDialog::check);
    layout->addWidget(m_editor, 1);

    m_problem = new StatusLabel(this);
    m_problem->setObjectName(QStringLiteral("editResendProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send test event"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("editResendSendButton"));
    m_send->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("editResendCancelButton"));
    connect(m_send, &QPushButton::clicked, this, &EditResendDialog::send);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(680, 520);
    check();
}

void EditResendDialog::check()
{
    const Result<Change> checked =
        WebhookService::checkedChange({m_event.resource, m_event.action, m_editor->toPlainText().toUtf8()});
    m_problem->setMessage(checked ? QString() : checked.error().message, StatusLabel::Failure);
    m_send->setEnabled(checked.ok());
}

void EditResendDialog::send()
{
    const Result<qint64> id = m_service.sendTestEvent(
        m_event.receiverId, {m_event.resource, m_event.action, m_editor->toPlainText().toUtf8()});
    if (!id) {
        m_problem->setMessage(id.error().message, StatusLabel::Failure);
        return;
    }
    emit sent(*id);
    accept();
}

} // namespace hookboard
