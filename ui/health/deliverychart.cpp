#include "deliverychart.h"

#include "healthbadge.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace hookboard {

namespace {

QString timeOf(qint64 ms)
{
    // Hours and minutes only: the locale's short format may carry seconds, which bars never need.
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

// A step of 1, 2 or 5 times a power of ten that splits top into about four intervals, so the
// count axis shows whole numbers only.
qint64 niceStep(qint64 top)
{
    const double rough = std::max(1.0, double(top) / 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough)
            return std::max<qint64>(1, qint64(factor * power));
    }
    return qint64(10 * power);
}

} // namespace

DeliveryChart::DeliveryChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("deliveryChart"));
    // A picture to the eye; to a screen reader, its totals (setStatistics).
    setAccessibleName(tr("Deliveries over time"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);

    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // refreshed live: animation would only flicker
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_delivered = new QBarSet(tr("Delivered"));
    m_failed = new QBarSet(tr("Failed"));
    for (auto [set, state] : {std::pair{m_delivered, HealthBadge::State::Active},
                              std::pair{m_failed, HealthBadge::State::DisabledAutomatically}}) {
        set->setColor(HealthBadge::color(state));
        set->setBorderColor(HealthBadge::color(state));
    }
    m_series = new QStackedBarSeries;
    m_series->append(m_delivered);
    m_series->append(m_failed);
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);

    // A category axis over the bar positions (0 .. n-1) puts a time under every few bars only;
    // a label under each of 60 bars would not fit.
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setGridLineVisible(false);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_series->attachAxis(m_timeAxis);
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickAnchor(0);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_countAxis);
    setChart(chart);

    connect(m_series, &QStackedBarSeries::hovered, this,
            [this](bool hovering, int index, QBarSet *) { showBucket(hovering, index); });
    applyPalette();
}

void DeliveryChart::setStatistics(const ReceiverStatistics &statistics)
{
    m_statistics = statistics;
    QList<qreal> delivered;
    QList<qreal> failed;
    qint64 top = 0;
    for (const DeliveryBucket &bucket : statistics.buckets) {
        delivered.append(qreal(bucket.successes));
        failed.append(qreal(bucket.failures));
        top = std::max(top, bucket.successes + bucket.failures);
    }
    m_delivered->remove(0, m_delivered->count());
    m_delivered->append(delivered);
    m_failed->remove(0, m_failed->count());
    m_failed->append(failed);

    // At least 0..4, so a quiet receiver's single attempt does not fill the whole height.
    const qint64 shown = std::max<qint64>(top, 4);
    const qint64 step = niceStep(shown);
    m_countAxis->setTickInterval(double(step));
    m_countAxis->setRange(0, double((shown + step - 1) / step * step));

    // Times at round boundaries: every 4 hours of a day, every 10 minutes of an hour.
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    const int n = int(statistics.buckets.size());
    const qint64 every = statistics.span == StatsSpan::LastDay ? 4 : 10;
    m_timeAxis->setStartValue(-0.5);
    for (int i = 1; i < n; ++i) {
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(statistics.buckets.at(i).startMs).toLocalTime();
        const int unit = statistics.span == StatsSpan::LastDay ? start.time().hour() : start.time().minute();
        if (unit % every == 0)
            m_timeAxis->append(timeOf(statistics.buckets.at(i).startMs), i - 0.5);
    }
    m_timeAxis->setRange(-0.5, std::max(0, n) - 0.5);

    qint64 successes = 0;
    qint64 failures = 0;
    for (const DeliveryBucket &bucket : statistics.buckets) {
        successes += bucket.successes;
        failures += bucket.failures;
    }
    setAccessibleDescription((statistics.span == StatsSpan::LastDay
                                  ? tr("Hourly bars over the last day: %1 delivered, %2 failed.")
                                  : tr("Minute bars over the last hour: %1 delivered, %2 failed."))
                                 .arg(QLocale().toString(successes), QLocale().toString(failures)));
}

QStringList DeliveryChart::timeLabels() const
{
    return m_timeAxis->categoriesLabels();
}

void DeliveryChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DeliveryChart::applyPalette()
{
    const QPalette p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.brush(QPalette::Base));
    c->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    c->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_countAxis)}) {
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    setBackgroundBrush(p.brush(QPalette::Base));
}

void DeliveryChart::showBucket(bool hovering, int index)
{
    if (!hovering || index < 0 || index >= m_statistics.buckets.size()) {
        QToolTip::hideText();
        return;
    }
    const DeliveryBucket &bucket = m_statistics.buckets.at(index);
    QToolTip::showText(QCursor::pos(),
                       tr("%1 – %2\n%3 delivered, %4 failed")
                           .arg(timeOf(bucket.startMs), timeOf(bucket.startMs + m_statistics.bucketMs))
                           .arg(bucket.successes)
                           .arg(bucket.failures),
                       this);
}

} // namespace hookboard
