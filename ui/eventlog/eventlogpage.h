#pragma once

#include "consolecontext.h"
#include "model/event.h"
#include "transfer/eventexport.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace hookboard {

class EventActions;
class EventFilterBar;
class EventInspector;
class EventLogModel;
class EventTableView;
class ReceiverDirectory;
class StoreReader;

// The Event log page: every delivery, newest first and live, with filters; the selected event in
// the inspector below; resend, cancel and replay of failed events above.
class EventLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogPage(const ConsoleContext &context, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    EventTableView *table() const { return m_table; }
    EventFilterBar *filterBar() const { return m_filters; }
    EventInspector *inspector() const { return m_inspector; }
    // The events selected in the table, as shown.
    QList<Event> selectedEvents() const;

public slots:
    // Shows only this receiver's events (other pages jump here with it).
    void showReceiver(qint64 receiverId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitColumnTitles();
    void showMessage(const QString &text, bool isError);
    void exportEvents(ExportFormat format);
    void updateActions();
    // "1,234 events" beside the actions, from the model's capped count.
    void showMatchCount();
    // After rows went: keeps the inspected event selected, or clears the pane when it is no longer listed.
    void followInspectedEvent();
    void updateEmptyState();
    void onBatchApplied();
    // The receiver "replay failed of a receiver" works on: the filter's, else the selected event's.
    qint64 replayReceiverId() const;

    StoreReader &m_reader;
    ReceiverDirectory *m_receivers = nullptr;
    EventLogModel *m_model = nullptr;
    EventFilterBar *m_filters = nullptr;
    EventTableView *m_table = nullptr;
    EventInspector *m_inspector = nullptr;
    EventActions *m_actions = nullptr;
    QStackedWidget *m_content = nullptr;
    QLabel *m_emptyNote = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_retryNow = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_cancel = nullptr;
    QToolButton *m_replay = nullptr;
    QAction *m_resendAction = nullptr;
    QAction *m_retryNowAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_newestAction = nullptr;
    QAction *m_replayFiltered = nullptr;
    QAction *m_replayReceiver = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_stopExport = nullptr; // shown while an export runs
    QToolButton *m_newer = nullptr;
    QLabel *m_loading = nullptr;
    QTimer *m_loadingDelay = nullptr;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace hookboard
