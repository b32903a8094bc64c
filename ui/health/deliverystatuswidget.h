#pragma once

#include "common/result.h"
#include "consolecontext.h"
#include "stats/deliverystats.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTimer;

namespace hookboard {

class DispatcherStatus;
class StoreReader;

// The status bar's view of delivery: the dispatcher's state (running, stopped, store failure, or
// off when the console runs without one), attempts in the last minute (falling to 0 when traffic stops)
// and failures in the last hour. Read every kRefreshIntervalMs and soon after the engine records
// attempts, at most once per kCoalesceMs however many it records.
class DeliveryStatusWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 5000;
    static constexpr int kCoalesceMs = 1000;

    explicit DeliveryStatusWidget(const ConsoleContext &context, QWidget *parent = nullptr);
    ~DeliveryStatusWidget() override;

    // Reads the figures now (off the GUI thread; they show when read).
    void refresh();

private:
    void scheduleRefresh();
    void showDispatcher();
    void showFigures(const Result<GlobalStatistics> &stats);

    StoreReader &m_reader;
    DispatcherStatus *m_dispatcher = nullptr;
    QLabel *m_dispatcherLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_failuresLabel = nullptr;
    QTimer *m_coalesce = nullptr;
};

} // namespace hookboard
