#include "eventlogpage.h"

#include "eventactions.h"
#include "eventfilterbar.h"
#include "eventinspector.h"
#include "eventlogmodel.h"
#include "eventstatusstyle.h"
#include "eventtableview.h"
#include "health/statstext.h"
#include "pageheader.h"
#include "receiverdirectory.h"
#include "transfer/configtransfer.h"
#include "transfer/eventexportjob.h"
#include "widgets/actiontooltip.h"
#include "widgets/codecolors.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookboard {

namespace {

// While the log follows the newest events, rows beyond this many are dropped (and fetched again
// on scrolling), so hours of a fast stream do not pile up in memory.
constexpr int kLiveWindowRows = 1000;

} // namespace

EventLogPage::EventLogPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_reader(*context.reader)
{
    Q_ASSERT(context.service && context.store && context.clock);
    setObjectName(QStringLiteral("eventLogPage"));
    m_receivers = new ReceiverDirectory(*context.service, this);
    m_model = new EventLogModel(context, *m_receivers, this);
    m_actions = new EventActions(*context.service, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PageHeader(
        tr("Event log"),
        tr("Every delivery, newest first, as it happens. Select one to see its payload, its attempts "
           "and how its signatures are checked."),
        this));

    m_filters = new EventFilterBar(*m_receivers, *context.clock, this);
    // The page's actions make its menu in the window's menu bar (MainWindow); their keys work
    // anywhere on the page.
    const auto pageAction = [this](const QString &text, const char *name, const QKeySequence &key,
                                   const QString &statusTip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(statusTip);
        addAction(action);
        return action;
    };
    // Find (Ctrl+F) goes to the payload search from anywhere on the page.
    QAction *find = pageAction(tr("&Find in payloads"), "findAction", QKeySequence::Find,
                               tr("Go to the search for text in the payloads"));
    connect(find, &QAction::triggered, m_filters, &EventFilterBar::focusSearch);
    layout->addWidget(m_filters);

    m_resendAction = pageAction(tr("&Resend"), "resendAction", QKeySequence(Qt::CTRL | Qt::Key_R),
                                tr("Send the selected succeeded, failed or cancelled events again, with the "
                                   "same webhook-id"));
    connect(m_resendAction, &QAction::triggered, this, [this] { m_actions->resend(selectedEvents()); });
    m_resend = new QPushButton(tr("Resend"), this);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    ActionToolTip::bind(m_resend, m_resendAction);
    m_retryNowAction =
        pageAction(tr("Retry &now"), "retryNowAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   tr("Try the selected retrying events now instead of at their next attempt time"));
    connect(m_retryNowAction, &QAction::triggered, this, [this] { m_actions->retryNow(selectedEvents()); });
    m_retryNow = new QPushButton(tr("Retry now"), this);
    m_retryNow->setObjectName(QStringLiteral("retryNowButton"));
    ActionToolTip::bind(m_retryNow, m_retryNowAction);
    // Delete in the list, as it deletes a receiver in the receiver list; elsewhere it edits text.
    m_cancelAction = pageAction(tr("&Cancel events"), "cancelEventsAction", QKeySequence::Delete,
                                tr("Stop the selected pending or retrying events"));
    m_cancelAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_cancelAction, &QAction::triggered, this, [this] { m_actions->cancel(selectedEvents()); });
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    ActionToolTip::bind(m_cancel, m_cancelAction);
    m_replay = new QToolButton(this);
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setPopupMode(QToolButton::MenuButtonPopup);
    m_replay->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *replayMenu = new QMenu(m_replay);
    m_replayFiltered = replayMenu->addAction(tr("Replay failed events matching the filters"));
    m_replayFiltered->setObjectName(QStringLiteral("replayFilteredAction"));
    m_replayReceiver = replayMenu->addAction(tr("Replay failed events of a receiver"));
    m_replayReceiver->setObjectName(QStringLiteral("replayReceiverAction"));
    m_replay->setMenu(replayMenu);
    // Not its default action: a QToolButton would take the action's long text and tooltip.
    connect(m_replay, &QToolButton::clicked, m_replayFiltered, &QAction::trigger);
    m_replay->setText(tr("Replay failed…"));
    m_replay->setToolTip(tr("Send failed events again: those matching the filters, or all of one "
                            "receiver's. You are told how many first."));
    m_replayFiltered->setStatusTip(tr("You are told how many first."));
    m_replayReceiver->setStatusTip(m_replayFiltered->statusTip());

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportEventsButton"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the events that match the filters, with their attempts, to a file"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    for (const auto &[format, text] :
         {std::pair{ExportFormat::Csv, tr("CSV, for spreadsheets…")},
          std::pair{ExportFormat::JsonLines, tr("JSON lines, with every attempt…")},
          std::pair{ExportFormat::Har, tr("HAR, for browser and proxy tools…")}}) {
        QAction *action = exportMenu->addAction(text);
        action->setObjectName(QStringLiteral("export_") + exportFormatName(format));
        connect(action, &QAction::triggered, this, [this, format] { exportEvents(format); });
    }
    m_export->setMenu(exportMenu);
    m_stopExport = new QPushButton(tr("Stop export"), this);
    m_stopExport->setObjectName(QStringLiteral("stopExportButton"));
    m_stopExport->setToolTip(tr("Stop the export under way; no file is written"));
    m_stopExport->hide();
    // Also in the menu bar's Event log menu, under a title of their own.
    QAction *exportTitle = exportMenu->menuAction();
    exportTitle->setText(tr("Export events"));
    addAction(exportTitle);

    m_newer = new QToolButton(this);
    m_newer->setObjectName(QStringLiteral("newerEventsButton"));
    m_newer->setAutoRaise(true);
    m_newestAction = pageAction(tr("Go to the ne&west events"), "newestEventsAction",
                                QKeySequence(Qt::CTRL | Qt::Key_Home), tr("Scroll to the newest events"));
    connect(m_newestAction, &QAction::triggered, this, [this] {
        // In the table, Ctrl+Home also moves the current row to the top, as it does in any table.
        const bool fromTable = m_table->hasFocus();
        m_table->scrollToNewest();
        if (fromTable && m_table->model()->rowCount() > 0)
            m_table->setCurrentIndex(m_table->model()->index(0, qMax(0, m_table->currentIndex().column())));
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    ActionToolTip::follow(m_newestAction);
    m_newer->setToolTip(m_newestAction->toolTip());
    connect(m_newestAction, &QAction::changed, m_newer,
            [this] { m_newer->setToolTip(m_newestAction->toolTip()); });
    m_newer->hide();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("eventCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setToolTip(tr("Events that match the filters (counted up to %1)")
                            .arg(QLocale().toString(EventLogModel::kMostCounted)));
    connect(m_model, &EventLogModel::matchCountChanged, this, &EventLogPage::showMatchCount);

    m_loading = new QLabel(tr("Searching…"), this);
    m_loading->setObjectName(QStringLiteral("eventLogLoading"));
    m_loading->setForegroundRole(QPalette::PlaceholderText);
    m_loading->setToolTip(tr("Reading the events that match the filters. Text in the payload is "
                             "searched in every stored event, which takes a moment in a large store."));
    m_loading->hide();
    // Shown only when a read takes long enough to notice, so quick ones do not flicker.
    m_loadingDelay = new QTimer(this);
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(250);
    connect(m_loadingDelay, &QTimer::timeout, m_loading, &QWidget::show);

    auto *actionsRow = new QHBoxLayout;
    actionsRow->setContentsMargins(0, 4, 0, 4);
    actionsRow->addWidget(m_resend);
    actionsRow->addWidget(m_retryNow);
    actionsRow->addWidget(m_cancel);
    actionsRow->addWidget(m_replay);
    actionsRow->addWidget(m_export);
    actionsRow->addWidget(m_stopExport);
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_count);
    actionsRow->addWidget(m_loading);
    actionsRow->addWidget(m_newer);
    layout->addLayout(actionsRow);

    m_table = new EventTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->addAction(m_cancelAction);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(14, 14));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Event and receiver names share what the fixed columns leave; the fixed ones are wide enough
    // for their content ("2026-11-23 12:00:03", "Succeeded" with its icon, "15.0 s") and are
    // widened to their titles once shown (fitColumnTitles).
    header->setSectionResizeMode(EventLogModel::EventColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EventLogModel::ReceiverColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // The status column fits the longest label in this language ("Wird wiederholt"), with its icon.
    int statusWidth = 0;
    for (EventStatus status : EventStatusStyle::all())
        statusWidth = std::max(statusWidth, fontMetrics().horizontalAdvance(EventStatusStyle::label(status)));
    statusWidth += m_table->iconSize().width() + digit * 3;
    const QList<QPair<int, int>> widths{
        {EventLogModel::IdColumn, digit * 8},           {EventLogModel::TimeColumn, digit * 19},
        {EventLogModel::StatusColumn, statusWidth},     {EventLogModel::AttemptsColumn, digit * 8},
        {EventLogModel::NextAttemptColumn, digit * 12}, {EventLogModel::ResponseColumn, digit * 8},
        {EventLogModel::DurationColumn, digit * 9}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // Newest first, as the model starts; set before sorting is on so nothing is read twice.
    header->setSortIndicator(EventLogModel::TimeColumn, Qt::DescendingOrder);
    m_sortColumn = EventLogModel::TimeColumn;
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (EventLogModel::isSortable(column)) {
                    m_sortColumn = column;
                    m_sortOrder = order;
                    return;
                }
                // The duration column has no index to sort a million rows by: keep the indicator honest.
                const QSignalBlocker blocker(header);
                header->setSortIndicator(m_sortColumn, m_sortOrder);
            });

    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("eventLogEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setMargin(24);
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_table);
    m_content->addWidget(m_emptyNote);

    m_inspector = new EventInspector(context, *m_receivers, this);
    addActions(m_inspector->pageActions());
    auto *replaySeparator = new QAction(this);
    replaySeparator->setSeparator(true);
    addAction(replaySeparator);
    addAction(m_replayFiltered);
    addAction(m_replayReceiver);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("eventLogSplitter"));
    split->addWidget(m_content);
    split->addWidget(m_inspector);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 380}); // the log, a little taller than the inspector below it
    layout->addWidget(split, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eventLogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_filters, &EventFilterBar::filterChanged, this, [this] {
        m_model->setFilter(m_filters->filter());
        updateActions();
        updateEmptyState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(EventLogModel::EventIdRole).toLongLong();
                // A message is about the event it came with ("Copied a curl command … of event 3").
                if (id != m_inspector->eventId())
                    showMessage({}, false);
                m_inspector->inspect(id);
            });
    // The selection, the detail pane and the actions describe the same listed event, or none: a
    // reload (a filter, a sort) or an update that drops the inspected event from the list clears
    // the pane; one that keeps it selects its row again.
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventLogPage::followInspectedEvent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventLogPage::followInspectedEvent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventLogPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_model->rowOf(m_inspector->eventId());
                if (row >= from.row() && row <= to.row())
                    m_inspector->refresh();
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventLogPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventLogPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventLogPage::updateEmptyState);
    connect(m_model, &EventLogModel::batchApplied, this, &EventLogPage::onBatchApplied);
    connect(m_model, &EventLogModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_loadingDelay->start();
        } else {
            m_loadingDelay->stop();
            m_loading->hide();
        }
        updateEmptyState();
    });
    connect(m_model, &EventLogModel::loadErrorChanged, this, [this](const QString &error) {
        if (!error.isEmpty())
            showMessage(tr("The events could not be read: %1").arg(error), true);
        updateEmptyState();
    });
    connect(m_table, &EventTableView::newRowsAboveChanged, this, [this](int rows) {
        m_newer->setText(tr("▲ %Ln newer event(s)", nullptr, rows));
        m_newer->setVisible(rows > 0);
    });
    connect(m_newer, &QToolButton::clicked, m_table, &EventTableView::scrollToNewest);

    connect(m_replayFiltered, &QAction::triggered, this,
            [this] { m_actions->replayFailed(m_filters->filter(), tr("matching the filters")); });
    connect(m_replayReceiver, &QAction::triggered, this, [this] {
        const qint64 receiverId = replayReceiverId();
        if (receiverId <= 0)
            return;
        EventFilter filter;
        filter.receiverId = receiverId;
        m_actions->replayFailed(filter, tr("of %1").arg(m_receivers->displayName(receiverId)));
    });
    connect(m_actions, &EventActions::message, this, &EventLogPage::showMessage);
    connect(m_inspector, &EventInspector::message, this, &EventLogPage::showMessage);
    connect(m_receivers, &ReceiverDirectory::changed, this, &EventLogPage::updateActions);

    updateActions();
    updateEmptyState();
}

QList<Event> EventLogPage::selectedEvents() const
{
    QList<Event> events;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    events.reserve(rows.size());
    for (const QModelIndex &index : rows)
        events.append(m_model->eventAt(index.row()));
    return events;
}

void EventLogPage::showReceiver(qint64 receiverId)
{
    m_filters->setReceiver(receiverId);
}

void EventLogPage::exportEvents(ExportFormat format)
{
    const QString path =
        chooseTransferFile(this, true, tr("Export events"),
                           QStringLiteral("hookboard-events-%1.%2")
                               .arg(QDate::currentDate().toString(Qt::ISODate), exportFormatName(format)),
                           QStringLiteral("%1 (*.%2)").arg(tr("Export files"), exportFormatName(format)));
    if (path.isEmpty())
        return;
    // The menu bar's Export events menu too: one export at a time.
    m_export->setEnabled(false);
    m_export->menu()->menuAction()->setEnabled(false);
    auto *job = new EventExportJob(m_reader, m_filters->filter(), format, path, this);
    m_stopExport->show();
    m_stopExport->setEnabled(true);
    connect(m_stopExport, &QPushButton::clicked, job, [this, job] {
        m_stopExport->setEnabled(false);
        job->cancel();
    });
    connect(job, &EventExportJob::progressed, this, [this](qint64 events) {
        showMessage(tr("Exporting… %n event(s) so far", nullptr, int(qMin<qint64>(events, INT_MAX))), false);
    });
    connect(job, &EventExportJob::finished, this,
            [this, job, path](bool ok, const QString &problem, qint64 events) {
                m_export->setEnabled(true);
                m_export->menu()->menuAction()->setEnabled(true);
                m_stopExport->hide();
                if (ok)
                    showMessage(tr("Exported %n event(s) to %1.", nullptr, int(qMin<qint64>(events, INT_MAX)))
                                    .arg(QDir::toNativeSeparators(path)),
                                false);
                else
                    showMessage(tr("The events were not exported: %1").arg(problem), true);
                job->deleteLater();
            });
    job->start();
}

void EventLogPage::showMessage(const QString &text, bool isError)
{
    const CodeColors colors = CodeColors::forPalette(palette());
    m_message->setStyleSheet(isError ? QStringLiteral("color: %1").arg(colors.error.name()) : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

qint64 EventLogPage::replayReceiverId() const
{
    if (m_filters->filter().receiverId)
        return *m_filters->filter().receiverId;
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->eventAt(current.row()).receiverId : 0;
}

void EventLogPage::followInspectedEvent()
{
    const qint64 id = m_inspector->eventId();
    if (id != 0) {
        const int row = m_model->rowOf(id);
        if (row < 0) {
            m_table->selectionModel()->clear();
            m_inspector->inspect(0);
            showMessage({}, false);
        } else if (!m_table->selectionModel()->isRowSelected(row, {})) {
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateActions();
}

void EventLogPage::showMatchCount()
{
    const std::optional<qint64> count = m_model->matchCount();
    if (!count)
        m_count->clear();
    else if (*count > EventLogModel::kMostCounted)
        m_count->setText(tr("More than %1 events").arg(QLocale().toString(EventLogModel::kMostCounted)));
    else
        m_count->setText(tr("%Ln event(s)", nullptr, StatsText::clamped(*count)));
}

void EventLogPage::updateActions()
{
    bool anyFinished = false;
    bool anyUnfinished = false;
    bool anyRetrying = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        switch (m_model->eventAt(index.row()).status) {
        case EventStatus::Succeeded:
        case EventStatus::Failed:
        case EventStatus::Cancelled:
            anyFinished = true;
            break;
        case EventStatus::Retrying:
            anyRetrying = true;
            anyUnfinished = true;
            break;
        default:
            anyUnfinished = true;
        }
    }
    m_resendAction->setEnabled(anyFinished);
    m_retryNowAction->setEnabled(anyRetrying);
    m_cancelAction->setEnabled(anyUnfinished);
    const qint64 receiverId = replayReceiverId();
    m_replayReceiver->setEnabled(receiverId > 0);
    m_replayReceiver->setText(receiverId > 0
                                  ? tr("Replay failed events of %1").arg(m_receivers->displayName(receiverId))
                                  : tr("Replay failed events of a receiver (select one of its events)"));
}

void EventLogPage::updateEmptyState()
{
    // An empty table looks broken; say why it is empty instead.
    if (m_model->rowCount() > 0) {
        m_content->setCurrentWidget(m_table);
        return;
    }
    if (m_model->isLoading())
        m_emptyNote->setText(tr("Reading the events…"));
    else if (!m_model->loadError().isEmpty())
        m_emptyNote->setText(tr("The events could not be read: %1").arg(m_model->loadError()));
    else if (m_model->filter().receiverId || !m_model->filter().statuses.isEmpty() ||
             m_model->filter().resource || m_model->filter().action || m_model->filter().sinceMs ||
             m_model->filter().payloadContains)
        m_emptyNote->setText(tr("No events match these filters."));
    else
        m_emptyNote->setText(tr("No events yet.\nEvery change published to a subscribed receiver shows "
                                "up here the moment it is stored, and changes as it is delivered."));
    m_content->setCurrentWidget(m_emptyNote);
}

void EventLogPage::fitColumnTitles()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive)
            header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
    }
}

void EventLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumnTitles(); // the header's style and font are only settled once it is shown
}

void EventLogPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Another theme or font can make a title wider than its column; the header hears of the
    // change after this page, so the check waits for the event loop.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &EventLogPage::fitColumnTitles, Qt::QueuedConnection);
}

void EventLogPage::onBatchApplied()
{
    if (m_table->isFollowing() && m_model->rowCount() > kLiveWindowRows)
        m_model->trimTo(kLiveWindowRows);
}

} // namespace hookboard
