#include "caughtrequestdetails.h"

#include "caughtrequestmodel.h"
#include "widgets/codeeditor.h"
#include "widgets/httpmessageview.h"
#include "widgets/statuslabel.h"

#include <QDateTime>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookboard {

namespace {

StatusLabel::Tone toneOf(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::Valid:
        return StatusLabel::Success;
    case SignatureVerdict::NotChecked:
        return StatusLabel::Neutral;
    default:
        return StatusLabel::Failure;
    }
}

} // namespace

CaughtRequestDetails::CaughtRequestDetails(QWidget *parent)
    : QWidget(parent), m_standardWebhooks(new StatusLabel(this)), m_github(new StatusLabel(this)),
      // The event log's view of a recorded request: a caught one reads the same way.
      m_message(new HttpMessageView(QStringLiteral("request"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_standardWebhooks->setObjectName(QStringLiteral("standardWebhooksVerdict"));
    m_github->setObjectName(QStringLiteral("githubVerdict"));
    layout->addWidget(m_standardWebhooks);
    layout->addWidget(m_github);
    layout->addWidget(m_message, 1);
    m_message->setTitle(tr("Caught request"));
    // Small floors, so that the Sandbox page fits a small window; the splitters hand out the rest.
    m_message->headersTable()->setMinimumHeight(fontMetrics().height() * 3);
    m_message->bodyView()->setMinimumHeight(fontMetrics().height() * 3);
    showNothing();
}

void CaughtRequestDetails::showRequest(const CaughtRequest &request)
{
    // One line each, the whole explanation in the tooltip: the request below needs the room.
    const auto showVerdict = [](StatusLabel *label, const QString &scheme, SignatureVerdict verdict,
                                bool standardWebhooks) {
        label->setMessage(tr("%1: %2 — %3")
                              .arg(scheme, CaughtRequestModel::verdictText(verdict),
                                   CaughtRequestModel::verdictConsequence(verdict)),
                          toneOf(verdict));
        label->setToolTip(CaughtRequestModel::verdictExplanation(verdict, standardWebhooks));
    };
    showVerdict(m_standardWebhooks, tr("Standard Webhooks"), request.standardWebhooks, true);
    showVerdict(m_github, tr("GitHub signature"), request.github, false);
    const QString summary = tr("#%1  %2 %3  →  answered %4, %5")
                                .arg(request.sequence)
                                .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.target))
                                .arg(request.answeredStatus)
                                .arg(QDateTime::fromMSecsSinceEpoch(request.receivedMs)
                                         .toLocalTime()
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    m_message->setMessage(summary, request.headers, request.body);
}

void CaughtRequestDetails::showNothing()
{
    m_standardWebhooks->setMessage({}, StatusLabel::Neutral);
    m_github->setMessage({}, StatusLabel::Neutral);
    m_message->clear(tr("Select a request to see it in full."));
}

} // namespace hookboard
