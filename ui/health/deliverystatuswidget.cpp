#include "deliverystatuswidget.h"

#include "delivery/deliveryengine.h"
#include "healthbadge.h"
#include "service/changefeed.h"
#include "service/storereader.h"
#include "service/webhookservice.h"
#include "stats/deliverystats.h"
#include "stats/dispatcherstatus.h"
#include "statstext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace hookboard {

namespace {

QLabel *statusLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

DeliveryStatusWidget::DeliveryStatusWidget(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_reader(*context.reader), m_dispatcher(new DispatcherStatus(context.engine, this)),
      m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("deliveryStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_dispatcherLabel = statusLabel(this, "dispatcherLabel");
    m_rateLabel = statusLabel(this, "deliveryRateLabel");
    m_rateLabel->setToolTip(tr("Attempts per minute, averaged over the last five minutes"));
    m_failuresLabel = statusLabel(this, "failuresLabel");
    m_failuresLabel->setToolTip(
        tr("Failed attempts in the last hour: no answer, or not the expected response code"));
    layout->addWidget(m_dispatcherLabel);
    layout->addWidget(m_rateLabel);
    layout->addWidget(m_failuresLabel);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &DeliveryStatusWidget::refresh);
    auto *periodic = new QTimer(this);
    periodic->setInterval(kRefreshIntervalMs);
    connect(periodic, &QTimer::timeout, this, &DeliveryStatusWidget::refresh);
    periodic->start();
    connect(m_dispatcher, &DispatcherStatus::changed, this, &DeliveryStatusWidget::showDispatcher);
    context.service->feed().listen(this, {StoreChange::Kind::EventsAttempted},
                                   [this](const StoreChange &) { scheduleRefresh(); });
    refresh();
}

DeliveryStatusWidget::~DeliveryStatusWidget() = default;

void DeliveryStatusWidget::scheduleRefresh()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void DeliveryStatusWidget::refresh()
{
    m_coalesce->stop();
    showDispatcher();
    m_reader.read<Result<GlobalStatistics>>(
        this, [](StoreReader::Connection &c) { return c.stats.global(); },
        [this](const Result<GlobalStatistics> &stats) { showFigures(stats); });
}

void DeliveryStatusWidget::showFigures(const Result<GlobalStatistics> &stats)
{
    if (!stats) {
        const QString unknown = tr("Deliveries: unknown");
        m_rateLabel->setText(unknown);
        m_rateLabel->setToolTip(tr("The statistics could not be read: %1").arg(stats.error().message));
        m_failuresLabel->clear();
        return;
    }
    // The last minute, not an average over five: a rate that falls to 0 soon after traffic stops.
    m_rateLabel->setText(
        tr("%Ln attempt(s) in 1 min", nullptr, StatsText::clamped(stats->attemptsLastMinute)));
    m_rateLabel->setToolTip(tr("Delivery attempts started in the last minute (%1 in the last five minutes)")
                                .arg(StatsText::count(stats->attemptsLastFiveMinutes)));
    m_failuresLabel->setText(
        tr("%Ln failure(s) in 1 h", nullptr, StatsText::clamped(stats->failuresLastHour)));
}

void DeliveryStatusWidget::showDispatcher()
{
    QString text;
    QString tip;
    bool alarm = false;
    switch (m_dispatcher->state()) {
    case DispatcherStatus::State::Off:
        text = tr("Dispatcher off");
        tip = tr("This console runs without a dispatcher: nothing is delivered from it.");
        break;
    case DispatcherStatus::State::Stopped:
        text = tr("Dispatcher stopped");
        tip = tr("The dispatcher is not running: events wait in the store.");
        break;
    case DispatcherStatus::State::Running:
        text = tr("Dispatcher running");
        tip = tr("Delivering events as they become due.");
        break;
    case DispatcherStatus::State::StoreFailed:
        text = tr("Dispatcher: store failure");
        tip = tr("The dispatcher cannot write to the store and holds its work until it can: %1")
                  .arg(m_dispatcher->storeError());
        alarm = true;
        break;
    }
    m_dispatcherLabel->setText(text);
    m_dispatcherLabel->setToolTip(tip);
    QPalette palette = this->palette();
    if (alarm)
        palette.setColor(QPalette::WindowText, HealthBadge::color(HealthBadge::State::DisabledAutomatically));
    m_dispatcherLabel->setPalette(palette);
}

} // namespace hookboard
