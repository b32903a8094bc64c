#include "binanswerform.h"

#include "sandbox/sandboxserver.h"
#include "widgets/statuslabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace hookboard {

namespace {

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setAccelerated(true);
    return box;
}

} // namespace

BinAnswerForm::BinAnswerForm(SandboxServer &sandbox, QWidget *parent)
    : QWidget(parent), m_sandbox(sandbox),
      m_status(spinBox(QStringLiteral("answerStatusSpin"), 100, 599, this)),
      m_delay(spinBox(QStringLiteral("answerDelaySpin"), 0, SandboxBin::kMaxDelayMs, this)),
      m_failNext(spinBox(QStringLiteral("failNextSpin"), 0, 1000000, this)),
      m_failureStatus(spinBox(QStringLiteral("failureStatusSpin"), 100, 599, this)),
      m_keep(spinBox(QStringLiteral("keepSpin"), 1, SandboxBin::kMaxKeep, this)),
      m_apply(new QPushButton(tr("Apply"), this)), m_summary(new QLabel(this)), m_error(new StatusLabel(this))
{
    m_delay->setSuffix(tr(" ms"));
    m_delay->setSingleStep(100);
    m_status->setToolTip(tr("The HTTP status the bin answers with"));
    m_delay->setToolTip(tr("How long the bin waits before it answers: try it against the attempt timeout"));
    m_failNext->setToolTip(tr("How many of the next requests get the failure status instead"));
    m_failureStatus->setToolTip(tr("The status of those failures: 500, 503 or 429 are retried; 410 "
                                   "disables the receiver"));
    m_keep->setToolTip(tr("How many of its last requests the bin keeps; older ones are dropped, and the "
                          "list of bins says how many"));
    // The grid reads as a sentence ("Answer with 200 after 0 ms"); a screen reader gets each part whole.
    m_status->setAccessibleName(tr("Answer with status"));
    m_delay->setAccessibleName(tr("Answer after"));
    m_failNext->setAccessibleName(tr("Fail the next requests"));
    m_failureStatus->setAccessibleName(tr("Failure status"));
    m_keep->setAccessibleName(tr("Requests kept"));

    // Two short rows rather than one long one: the page must fit a narrow window.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Answer with"), this), 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(new QLabel(tr("after"), this), 0, 2);
    grid->addWidget(m_delay, 0, 3);
    grid->addWidget(new QLabel(tr("but fail the next"), this), 1, 0);
    grid->addWidget(m_failNext, 1, 1);
    grid->addWidget(new QLabel(tr("with"), this), 1, 2);
    grid->addWidget(m_failureStatus, 1, 3);
    grid->addWidget(new QLabel(tr("keep the last"), this), 2, 0);
    grid->addWidget(m_keep, 2, 1);
    grid->addWidget(new QLabel(tr("requests"), this), 2, 2);
    m_apply->setObjectName(QStringLiteral("applyAnswerButton"));
    m_apply->setToolTip(tr("The bin answers so from the next request on"));
    grid->addWidget(m_apply, 1, 4);
    m_summary->setObjectName(QStringLiteral("answerSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, 0, 4, 1, 2);
    grid->setColumnStretch(5, 1);
    m_error->setObjectName(QStringLiteral("answerError"));
    m_error->hide();
    grid->addWidget(m_error, 3, 0, 1, 6);

    for (QSpinBox *box : {m_status, m_delay, m_failNext, m_failureStatus, m_keep}) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (m_loading)
                return;
            m_edited = true;
            updateSummary();
        });
    }
    connect(m_apply, &QPushButton::clicked, this, &BinAnswerForm::apply);
    setEnabled(false);
}

void BinAnswerForm::setBin(const QString &bin)
{
    m_bin = bin;
    m_edited = false;
    m_error->setMessage({}, StatusLabel::Neutral);
    setEnabled(!bin.isEmpty());
    load();
}

void BinAnswerForm::refresh()
{
    if (!m_edited)
        load();
}

void BinAnswerForm::load()
{
    const SandboxBinSettings settings = m_sandbox.binSettings(m_bin);
    m_loading = true;
    m_status->setValue(settings.status);
    m_delay->setValue(settings.delayMs);
    m_failNext->setValue(settings.failNext);
    m_failureStatus->setValue(settings.failureStatus);
    m_keep->setValue(settings.keep);
    m_loading = false;
    updateSummary();
}

void BinAnswerForm::apply()
{
    if (m_bin.isEmpty())
        return;
    // Read, change, write: the secrets the bin checks signatures with are kept.
    SandboxBinSettings settings = m_sandbox.binSettings(m_bin);
    settings.status = m_status->value();
    settings.delayMs = m_delay->value();
    settings.failNext = m_failNext->value();
    settings.failureStatus = m_failureStatus->value();
    settings.keep = m_keep->value();
    const Status configured = m_sandbox.configureBin(m_bin, settings);
    if (!configured) {
        m_error->setMessage(configured.error().message, StatusLabel::Failure);
        return;
    }
    m_error->setMessage({}, StatusLabel::Neutral);
    m_edited = false;
    load();
}

void BinAnswerForm::updateSummary()
{
    QString text = m_failNext->value() > 0 ? tr("The next %n request(s) get %1, then every request gets %2",
                                                nullptr, m_failNext->value())
                                                 .arg(m_failureStatus->value())
                                                 .arg(m_status->value())
                                           : tr("Every request gets %1").arg(m_status->value());
    if (m_delay->value() > 0)
        text += QLatin1Char(' ') + tr("after %1 ms").arg(m_delay->value());
    text += QLatin1Char('.');
    if (m_edited)
        text += QLatin1Char(' ') + tr("(not applied yet)");
    m_summary->setText(text);
}

} // namespace hookboard
