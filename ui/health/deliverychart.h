#pragma once

#include "stats/deliverystats.h"

#include <QChartView>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace hookboard {

// Deliveries and failures over time as stacked bars, one bar per bucket of a ReceiverStatistics,
// drawn in the palette's colours so it reads in light and dark themes.
class DeliveryChart : public QChartView
{
    Q_OBJECT
public:
    explicit DeliveryChart(QWidget *parent = nullptr);

    void setStatistics(const ReceiverStatistics &statistics);

    // What is drawn, for tests: one value per bucket.
    QBarSet *deliveredSet() const { return m_delivered; }
    QBarSet *failedSet() const { return m_failed; }
    // The time labels under the bars.
    QStringList timeLabels() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void showBucket(bool hovering, int index);

    QStackedBarSeries *m_series = nullptr;
    QBarSet *m_delivered = nullptr;
    QBarSet *m_failed = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    ReceiverStatistics m_statistics;
};

} // namespace hookboard
