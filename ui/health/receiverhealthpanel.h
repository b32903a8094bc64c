#pragma once

#include "consolecontext.h"
#include "model/receiver.h"
#include "model/receiverhealth.h"
#include "stats/deliverystats.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTimer;

namespace hookboard {

class DeliveryChart;
class DisabledBanner;

// Health at a glance for one receiver: its state, a chart of deliveries and failures over the last
// day or hour, success rate and latency percentiles, and, when the dispatcher disabled it, a banner
// with the reason and a one-click re-enable. Follows the service and the delivery engine live,
// reading the store at most once per kCoalesceMs, and not at all while hidden.
class ReceiverHealthPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 1000;
    static constexpr int kRefreshIntervalMs = 15000; // the newest bar fills even without signals

    ReceiverHealthPanel(const ConsoleContext &context, QWidget *parent = nullptr);
    ~ReceiverHealthPanel() override;

    // 0 shows nothing.
    void setReceiver(qint64 id);
    qint64 receiverId() const { return m_receiverId; }
    void setSpan(StatsSpan span);
    StatsSpan span() const { return m_span; }
    // Off where the page around the panel already shows the disabled banner (the receivers page).
    void setShowsDisabledBanner(bool shows);
    // Reads the receiver's statistics now (if visible; otherwise on the next show).
    void refresh();

    DeliveryChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    // Shows receiver's name and state, with its health as last read (m_health).
    void showReceiver(const Receiver &receiver);
    void showStatistics(const ReceiverStatistics &statistics);
    void showError(const QString &message);
    void enableAgain();
    QLabel *addFigure(QGridLayout *grid, int column, const QString &caption, const char *name,
                      const QString &tip);

    ConsoleContext m_context;

    qint64 m_receiverId = 0;
    std::optional<Receiver> m_receiver;
    std::optional<ReceiverHealth> m_health;
    StatsSpan m_span = StatsSpan::LastDay;
    bool m_stale = true;

    QStackedWidget *m_content = nullptr;
    QLabel *m_nothing = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_state = nullptr;
    QComboBox *m_spanBox = nullptr;
    DisabledBanner *m_banner = nullptr;
    bool m_showsBanner = true;
    QLabel *m_error = nullptr;
    QLabel *m_delivered = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_successRate = nullptr;
    QLabel *m_p50 = nullptr;
    QLabel *m_p90 = nullptr;
    QLabel *m_p99 = nullptr;
    DeliveryChart *m_chart = nullptr;
    QTimer *m_coalesce = nullptr;
    QTimer *m_periodic = nullptr;
};

} // namespace hookboard
