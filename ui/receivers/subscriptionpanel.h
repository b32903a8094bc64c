#pragma once

#include "common/result.h"
#include "consolecontext.h"

#include <QWidget>

class QTableView;

namespace hookboard {

class StatusLabel;
class SubscriptionGridModel;

// The Subscriptions tab: the grid of resources × actions for the selected receiver, where a click
// subscribes, pauses or unsubscribes, with a legend that says what the marks mean.
class SubscriptionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionPanel(const ConsoleContext &context, QWidget *parent = nullptr);

    void setReceiver(qint64 receiverId);
    SubscriptionGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void report(const Status &done);
    void showMenu(const QPoint &position);
    QWidget *buildLegend();

    SubscriptionGridModel *m_model;
    QTableView *m_grid;
    StatusLabel *m_error;
};

} // namespace hookboard
