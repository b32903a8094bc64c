#include "receiverhealthpanel.h"

#include "delivery/deliveryengine.h"
#include "deliverychart.h"
#include "healthbadge.h"
#include "receivers/disabledbanner.h"
#include "service/changefeed.h"
#include "service/storereader.h"
#include "service/webhookservice.h"
#include "statstext.h"

#include <QBarSet>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace hookboard {

ReceiverHealthPanel::ReceiverHealthPanel(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_coalesce(new QTimer(this)), m_periodic(new QTimer(this))
{
    Q_ASSERT(context.service && context.reader && context.clock);
    setObjectName(QStringLiteral("receiverHealthPanel"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_content = new QStackedWidget(this);
    outer->addWidget(m_content);

    m_nothing = new QLabel(this);
    m_nothing->setObjectName(QStringLiteral("healthNothingNote"));
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_content->addWidget(m_nothing);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *title = new QHBoxLayout;
    m_stateIcon = new QLabel(page);
    title->addWidget(m_stateIcon);
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("healthReceiverName"));
    QFont bigger = m_name->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    m_name->setFont(bigger);
    m_name->setTextFormat(Qt::PlainText);
    title->addWidget(m_name, 1);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("healthState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    title->addWidget(m_state);
    title->addSpacing(12);
    m_spanBox = new QComboBox(page);
    m_spanBox->setObjectName(QStringLiteral("healthSpan"));
    m_spanBox->addItem(tr("Last 24 hours"), int(StatsSpan::LastDay));
    m_spanBox->addItem(tr("Last hour"), int(StatsSpan::LastHour));
    m_spanBox->setToolTip(tr("Hourly bars over the last day, or minute bars over the last hour"));
    title->addWidget(m_spanBox);
    layout->addLayout(title);

    m_banner = new DisabledBanner(page);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("healthError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText,
                          HealthBadge::color(HealthBadge::State::DisabledAutomatically));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    figures->setVerticalSpacing(0);
    m_delivered = addFigure(figures, 0, tr("Events delivered"), "healthEventsDelivered",
                            tr("Of the events published in the period that have finished, those "
                               "delivered (on any attempt)"));
    m_attempts = addFigure(figures, 1, tr("Attempts"), "healthAttempts",
                           tr("HTTP attempts in the period, retries and resends included"));
    m_successRate = addFigure(figures, 2, tr("Attempt success"), "healthSuccessRate",
                              tr("Attempts in the period answered with the receiver's expected response "
                                 "code: a retry that succeeds still leaves its failed attempts here"));
    m_p50 = addFigure(figures, 3, tr("Median"), "healthP50", tr("Half the attempts took at most this long"));
    m_p90 = addFigure(figures, 4, tr("p90"), "healthP90", tr("9 in 10 attempts took at most this long"));
    m_p99 = addFigure(figures, 5, tr("p99"), "healthP99", tr("99 in 100 attempts took at most this long"));
    figures->setColumnStretch(6, 1);
    layout->addLayout(figures);

    m_chart = new DeliveryChart(page);
    layout->addWidget(m_chart, 1);
    m_content->addWidget(page);

    connect(m_spanBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setSpan(StatsSpan(m_spanBox->itemData(index).toInt())); });
    connect(m_banner, &DisabledBanner::reenableClicked, this, &ReceiverHealthPanel::enableAgain);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ReceiverHealthPanel::refresh);
    m_periodic->setInterval(kRefreshIntervalMs);
    connect(m_periodic, &QTimer::timeout, this, &ReceiverHealthPanel::scheduleRefresh);
    m_periodic->start();

    using Kind = StoreChange::Kind;
    WebhookService *service = context.service;
    service->feed().listen(this, {Kind::ReceiversUpdated, Kind::ReceiversDisabled},
                           [this, service](const StoreChange &change) {
                               if (!change.ids.contains(m_receiverId))
                                   return;
                               if (Result<Receiver> receiver = service->receiver(m_receiverId))
                                   showReceiver(*receiver);
                               scheduleRefresh(); // an enable or a new expected code changes the figures too
                           });
    service->feed().listen(this, {Kind::ReceiversDeleted}, [this](const StoreChange &change) {
        if (change.ids.contains(m_receiverId))
            setReceiver(0);
    });
    service->feed().listen(this, {Kind::EventsAttempted}, [this](const StoreChange &) { scheduleRefresh(); });
    if (context.engine) {
        connect(context.engine, &DeliveryEngine::storeRecovered, this, [this] {
            // Outcomes held during the failure were written late, into hours the statistics kept.
            m_context.reader->read<Status>(
                this,
                [](StoreReader::Connection &c) -> Status {
                    c.stats.forgetKeptHours();
                    return {};
                },
                [this](const Status &) { scheduleRefresh(); });
        });
    }
    setReceiver(0);
}

ReceiverHealthPanel::~ReceiverHealthPanel() = default;

QLabel *ReceiverHealthPanel::addFigure(QGridLayout *grid, int column, const QString &caption,
                                       const char *name, const QString &tip)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    captionLabel->setToolTip(tip);
    grid->addWidget(captionLabel, 0, column);
    auto *value = new QLabel(StatsText::dash(), this);
    value->setObjectName(QLatin1String(name));
    value->setToolTip(tip);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    value->setFont(big);
    grid->addWidget(value, 1, column);
    return value;
}

void ReceiverHealthPanel::setReceiver(qint64 id)
{
    m_receiverId = id;
    m_receiver.reset();
    m_error->hide();
    if (id == 0) {
        m_nothing->setText(tr("Select a receiver to see how its deliveries are going."));
        m_content->setCurrentWidget(m_nothing);
        return;
    }
    const Result<Receiver> receiver = m_context.service->receiver(id);
    if (!receiver) {
        m_content->setCurrentWidget(m_nothing);
        m_nothing->setText(tr("This receiver could not be read: %1").arg(receiver.error().message));
        return;
    }
    const Result<ReceiverHealth> health = m_context.service->receiverHealth(id);
    m_health = health ? std::optional<ReceiverHealth>(*health) : std::nullopt;
    showReceiver(*receiver);
    m_content->setCurrentIndex(1);
    m_stale = true;
    refresh();
}

void ReceiverHealthPanel::setSpan(StatsSpan span)
{
    if (span == m_span)
        return;
    m_span = span;
    const int index = m_spanBox->findData(int(span));
    if (index != m_spanBox->currentIndex())
        m_spanBox->setCurrentIndex(index);
    m_stale = true;
    refresh();
}

void ReceiverHealthPanel::showReceiver(const Receiver &receiver)
{
    m_receiver = receiver;
    m_name->setText(receiver.name);
    m_name->setToolTip(receiver.webhookUri);
    const std::optional<ReceiverHealth> &known = m_health;
    const HealthBadge::State state = HealthBadge::stateOf(receiver, known);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_stateIcon->setPixmap(HealthBadge::icon(state).pixmap(QSize(side, side), devicePixelRatioF()));
    m_state->setText(HealthBadge::label(state));
    m_state->setToolTip(HealthBadge::explanation(receiver, known));
    if (m_showsBanner)
        m_banner->setReceiver(receiver); // shown only when the dispatcher disabled it
}

void ReceiverHealthPanel::setShowsDisabledBanner(bool shows)
{
    m_showsBanner = shows;
    if (!shows)
        m_banner->hide();
}

void ReceiverHealthPanel::scheduleRefresh()
{
    m_stale = true;
    if (m_receiverId != 0 && isVisible() && !m_coalesce->isActive())
        m_coalesce->start();
}

void ReceiverHealthPanel::refresh()
{
    m_coalesce->stop();
    if (m_receiverId == 0)
        return;
    if (!isVisible()) {
        m_stale = true; // read when shown: a hidden panel costs nothing
        return;
    }
    m_stale = false;
    using Read = std::pair<ReceiverStatistics, std::optional<ReceiverHealth>>;
    const qint64 id = m_receiverId;
    m_context.reader->read<Result<Read>>(
        this,
        [id, span = m_span](StoreReader::Connection &c) -> Result<Read> {
            Result<ReceiverStatistics> statistics = c.stats.receiver(id, span);
            if (!statistics)
                return statistics.error();
            const Result<ReceiverHealth> health = c.service.receiverHealth(id);
            return Read{std::move(*statistics),
                        health ? std::optional<ReceiverHealth>(*health) : std::nullopt};
        },
        [this, id, span = m_span](const Result<Read> &read) {
            if (id != m_receiverId || span != m_span)
                return; // another receiver or span was chosen meanwhile: its own read follows
            if (!read) {
                showError(tr("The statistics could not be read: %1").arg(read.error().message));
                return;
            }
            m_health = read->second; // health moves with every attempt
            if (m_receiver)
                showReceiver(*m_receiver);
            showStatistics(read->first);
        });
}

void ReceiverHealthPanel::showStatistics(const ReceiverStatistics &statistics)
{
    const DeliverySummary &summary = statistics.summary;
    m_delivered->setText(statistics.eventsFinished == 0
                             ? StatsText::dash()
                             : tr("%1 (%2 of %3)")
                                   .arg(StatsText::rate(statistics.eventDeliveryRate()),
                                        StatsText::count(statistics.eventsDelivered),
                                        StatsText::count(statistics.eventsFinished)));
    m_attempts->setText(StatsText::count(summary.attempts));
    m_successRate->setText(StatsText::rate(summary.successRate()));
    m_p50->setText(StatsText::latency(summary.p50Ms()));
    m_p90->setText(StatsText::latency(summary.p90Ms()));
    m_p99->setText(StatsText::latency(summary.p99Ms()));
    m_chart->setStatistics(statistics);
}

void ReceiverHealthPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReceiverHealthPanel::enableAgain()
{
    if (!m_receiver)
        return;
    const Result<Receiver> enabled =
        m_context.service->setReceiverActive(m_receiver->id, m_receiver->etag, true);
    if (enabled) {
        showReceiver(*enabled); // the service's receiverUpdated says the same; this is immediate
        return;
    }
    // A stale etag means it changed elsewhere: show what it is now, so the next click can work.
    if (const Result<Receiver> fresh = m_context.service->receiver(m_receiver->id); fresh)
        showReceiver(*fresh);
    m_banner->showError(tr("Could not enable the receiver: %1").arg(enabled.error().message));
}

void ReceiverHealthPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace hookboard
