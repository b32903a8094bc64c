#include "disabledbanner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hookboard {

DisabledBanner::DisabledBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("disabledBanner"));
    // The same strong red in light and dark themes, with white text: it has to stand out in both.
    setStyleSheet(QStringLiteral("QFrame#disabledBanner { background: #a3241b; border-radius: 4px; }"
                                 "QFrame#disabledBanner QLabel { color: white; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/hookboard/receivers/disabled.svg"))
                        .pixmap(QSize(24, 24), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto *headline = new QLabel(tr("Hookboard disabled this receiver automatically"), this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    texts->addWidget(headline);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("disabledBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("disabledBannerError"));
    m_error->setWordWrap(true);
    m_error->hide();
    texts->addWidget(m_error);
    layout->addLayout(texts, 1);

    m_reenable = new QPushButton(tr("Re-enable"), this);
    m_reenable->setObjectName(QStringLiteral("reenableButton"));
    m_reenable->setToolTip(tr("Turn deliveries back on; held events go out again"));
    connect(m_reenable, &QPushButton::clicked, this, &DisabledBanner::reenableClicked);
    layout->addWidget(m_reenable, 0, Qt::AlignVCenter);
    hide();
}

void DisabledBanner::setReceiver(const Receiver &receiver)
{
    const bool automatic = receiver.id > 0 && !receiver.active && !receiver.disabledReason.isEmpty();
    if (automatic) {
        // The dispatcher's reasons start by saying what the headline already says.
        QString reason = receiver.disabledReason;
        const QLatin1String said("disabled automatically: ");
        if (reason.startsWith(said, Qt::CaseInsensitive))
            reason = reason.mid(said.size());
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper();
        // The stored reason (as the API gives it) has UTC times; a person reads local ones.
        static const QRegularExpression utcTime(
            QStringLiteral("\\b\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\\b"));
        QRegularExpressionMatch match;
        for (qsizetype from = 0; (match = utcTime.match(reason, from)).hasMatch();) {
            const QString local = QDateTime::fromString(match.captured(), Qt::ISODateWithMs)
                                      .toLocalTime()
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            reason.replace(match.capturedStart(), match.capturedLength(), local);
            from = match.capturedStart() + local.size();
        }
        if (!reason.endsWith(QLatin1Char('.')))
            reason += QLatin1Char('.');
        m_text->setText(tr("%1\nNothing is delivered to it; its pending events are held and go out when it "
                           "is enabled again.")
                            .arg(reason));
        m_error->hide();
    }
    setVisible(automatic);
}

void DisabledBanner::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace hookboard
