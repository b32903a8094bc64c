#include "receiverspage.h"

#include "health/receiverhealthpanel.h"
#include "pageheader.h"
#include "receiverlistmodel.h"
#include "receivers/disabledbanner.h"
#include "receivers/receiverdraft.h"
#include "receivers/receiverform.h"
#include "receivers/receivertablecolumns.h"
#include "receivers/subscriptionpanel.h"
#include "receivers/testeventpanel.h"
#include "sandbox/sandboxserver.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "transfer/configtransfer.h"
#include "widgets/actiontooltip.h"
#include "widgets/confirmation.h"
#include "widgets/statuslabel.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookboard {

namespace {

const QString kSplitterKey = QStringLiteral("receiversPage/splitter");

enum Tab
{
    SettingsTab,
    SubscriptionsTab,
    TestEventTab,
    HealthTab
};

} // namespace

ReceiversPage::ReceiversPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_settings(new QSettings(QDir(context.dataDir).filePath(QStringLiteral("settings.ini")),
                               QSettings::IniFormat, this)),
      m_model(new ReceiverListModel(context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Receivers"), tr("Endpoints that get a signed HTTP POST for every change they subscribe to."),
        this));

    // The list above the details: it has seven columns and wants the page's width; the details have
    // tabs and scroll.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("receiversSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildList());
    m_splitter->addWidget(buildDetails());
    addAction(m_form->saveAction());
    addAction(m_deleteAction);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    if (!m_splitter->restoreState(m_settings->value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({170, 480});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings->setValue(kSplitterKey, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    WebhookService &service = *m_context.service;
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReceiversPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReceiversPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceiversPage::updateEmptyState);
    connect(m_model, &ReceiverListModel::loadErrorChanged, this, &ReceiversPage::updateEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceiversPage::onCurrentChanged);
    using Kind = StoreChange::Kind;
    service.feed().listen(this, {Kind::ReceiversUpdated, Kind::ReceiversDisabled},
                          [this, &service](const StoreChange &change) {
                              if (!change.ids.contains(m_form->receiverId()))
                                  return;
                              if (Result<Receiver> receiver = service.receiver(m_form->receiverId()))
                                  showDetailsOf(*receiver);
                          });
    service.feed().listen(this, {Kind::ReceiversDeleted}, [this](const StoreChange &change) {
        // The list has usually moved on to another row already; this covers the last one going.
        if (change.ids.contains(m_form->receiverId()))
            showNothing(tr("The receiver was deleted."));
    });
    connect(m_form, &ReceiverForm::created, this, [this](const Receiver &receiver) {
        {
            const QScopedValueRollback<bool> changing(m_changingSelection, true);
            const int row = m_model->rowOf(receiver.id);
            if (row >= 0)
                m_table->selectionModel()->setCurrentIndex(
                    m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        showDetailsOf(receiver);
        m_subscriptions->setReceiver(receiver.id);
    });
    connect(m_form, &ReceiverForm::dirtyChanged, this, &ReceiversPage::updateSettingsTabTitle);
    connect(m_banner, &DisabledBanner::reenableClicked, this, &ReceiversPage::reenable);

    if (m_model->rowCount() > 0)
        selectReceiver(m_model->receiverAt(0).id);
    else
        showNothing(tr("Select a receiver to edit it, or create one with New receiver."));
    updateEmptyState();
}

QWidget *ReceiversPage::buildList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 4);

    // The page's actions are its menu in the window's menu bar (MainWindow).
    auto *newAction = new QAction(tr("&New receiver"), this);
    newAction->setObjectName(QStringLiteral("newReceiverAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    newAction->setStatusTip(tr("Add an endpoint that Hookboard delivers to"));
    connect(newAction, &QAction::triggered, this, [this] { newReceiver(); });
    addAction(newAction);
    auto *toolbar = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New receiver"), box);
    newButton->setObjectName(QStringLiteral("newReceiverButton"));
    ActionToolTip::bind(newButton, newAction);
    toolbar->addWidget(newButton);
    toolbar->addStretch(1);
    auto *transfer = new ConfigTransfer(m_context, box);
    auto *transferButton = new QToolButton(box);
    transferButton->setObjectName(QStringLiteral("configurationButton"));
    transferButton->setText(tr("Configuration"));
    transferButton->setToolTip(tr("Export the receivers and subscriptions to a file, or import such a file"));
    transferButton->setPopupMode(QToolButton::InstantPopup);
    auto *transferMenu = new QMenu(transferButton);
    transferMenu->addAction(transfer->exportAction());
    transferMenu->addAction(transfer->importAction());
    transferButton->setMenu(transferMenu);
    // Also in the menu bar's Receivers menu, after the page's own actions.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    addActions({separator, transfer->exportAction(), transfer->importAction()});
    toolbar->addWidget(transferButton);
    layout->addLayout(toolbar);
    m_transferMessage = new StatusLabel(box);
    m_transferMessage->setObjectName(QStringLiteral("configurationMessage"));
    m_transferMessage->setWordWrap(true);
    m_transferMessage->hide();
    connect(transfer, &ConfigTransfer::message, this, [this](const QString &text, bool isError) {
        m_transferMessage->setMessage(text, isError ? StatusLabel::Failure : StatusLabel::Success);
    });
    layout->addWidget(m_transferMessage);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("receiverTable"));
    m_table->setAccessibleName(tr("Receivers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // URLs differ at both ends: host and path
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    new ReceiverTableColumns(m_table); // owned by the table
    // Delete on the list deletes the receiver; in a form field it only deletes text.
    m_deleteAction = new QAction(tr("&Delete receiver…"), m_table);
    m_deleteAction->setObjectName(QStringLiteral("deleteReceiverAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setStatusTip(
        tr("Delete the selected receiver and its subscriptions; its events stay in the log"));
    connect(m_deleteAction, &QAction::triggered, this, &ReceiversPage::deleteReceiver);
    m_table->addAction(m_deleteAction);

    m_empty = new QWidget(box);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    m_emptyNote = new QLabel(m_empty);
    m_emptyNote->setObjectName(QStringLiteral("receiversEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setMargin(24);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyNote);
    // A first receiver in one click: the form opens aimed at a bin of the built-in sandbox.
    m_useSandbox = new QPushButton(tr("Use a sandbox bin"), m_empty);
    m_useSandbox->setObjectName(QStringLiteral("useSandboxBinButton"));
    m_useSandbox->setToolTip(tr("Starts a new receiver whose URL is a bin of the built-in sandbox, which "
                                "records every delivery and checks its signatures"));
    m_useSandbox->setVisible(m_context.sandbox && m_context.sandbox->isListening());
    connect(m_useSandbox, &QPushButton::clicked, this,
            [this] { newReceiver(m_context.sandbox->binUrl(QStringLiteral("my-first-bin")).toString()); });
    emptyLayout->addWidget(m_useSandbox, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    m_listStack = new QStackedWidget(box);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    layout->addWidget(m_listStack, 1);
    return box;
}

QWidget *ReceiversPage::buildDetails()
{
    m_detailsStack = new QStackedWidget(this);
    m_detailsNote = new QLabel(m_detailsStack);
    m_detailsNote->setObjectName(QStringLiteral("receiverDetailsNote"));
    m_detailsNote->setAlignment(Qt::AlignCenter);
    m_detailsNote->setWordWrap(true);
    m_detailsNote->setForegroundRole(QPalette::PlaceholderText);
    m_detailsNote->setMargin(24);
    m_detailsStack->addWidget(m_detailsNote);

    m_details = new QWidget(m_detailsStack);
    m_details->setObjectName(QStringLiteral("receiverDetails"));
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *titleRow = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(m_details);
    m_title->setObjectName(QStringLiteral("receiverTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    titles->addWidget(m_title);
    m_subtitle = new QLabel(m_details);
    m_subtitle->setObjectName(QStringLiteral("receiverSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextFormat(Qt::PlainText);
    titles->addWidget(m_subtitle);
    titleRow->addLayout(titles, 1);
    m_deleteButton = new QPushButton(tr("Delete…"), m_details);
    m_deleteButton->setObjectName(QStringLiteral("deleteReceiverButton"));
    ActionToolTip::bind(m_deleteButton, m_deleteAction);
    titleRow->addWidget(m_deleteButton, 0, Qt::AlignTop);
    layout->addLayout(titleRow);

    m_banner = new DisabledBanner(m_details);
    layout->addWidget(m_banner);
    m_pageError = new StatusLabel(m_details);
    m_pageError->setObjectName(QStringLiteral("receiversPageError"));
    m_pageError->hide();
    layout->addWidget(m_pageError);

    m_tabs = new QTabWidget(m_details);
    m_tabs->setObjectName(QStringLiteral("receiverTabs"));
    m_tabs->setAccessibleName(tr("Receiver details"));
    m_tabs->setDocumentMode(true);
    m_form = new ReceiverForm(m_context, m_tabs);
    m_form->setObjectName(QStringLiteral("receiverForm"));
    m_tabs->addTab(m_form, tr("Settings"));
    m_subscriptions = new SubscriptionPanel(m_context, m_tabs);
    m_subscriptions->setObjectName(QStringLiteral("subscriptionPanel"));
    m_tabs->addTab(m_subscriptions, tr("Subscriptions"));
    m_testEvents = new TestEventPanel(m_context, m_tabs);
    m_testEvents->setObjectName(QStringLiteral("testEventPanel"));
    m_tabs->addTab(m_testEvents, tr("Test event"));
    m_health = new ReceiverHealthPanel(m_context, m_tabs);
    m_health->setObjectName(QStringLiteral("receiverHealthPanel"));
    m_health->setShowsDisabledBanner(false); // the page's own banner is above the tabs
    m_tabs->addTab(m_health, tr("Health"));
    layout->addWidget(m_tabs, 1);
    m_detailsStack->addWidget(m_details);
    return m_detailsStack;
}

bool ReceiversPage::selectReceiver(qint64 receiverId)
{
    const int row = m_model->rowOf(receiverId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    return m_form->receiverId() == receiverId;
}

void ReceiversPage::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_changingSelection)
        return;
    const qint64 id = current.isValid() ? current.data(ReceiverListModel::ReceiverIdRole).toLongLong() : 0;
    if (id != 0 && id == m_form->receiverId())
        return;
    if (!confirmDiscard()) {
        // Back to the receiver whose edits the person keeps.
        const QScopedValueRollback<bool> changing(m_changingSelection, true);
        if (previous.isValid() && m_form->receiverId() != 0)
            m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
        else
            m_table->selectionModel()->clear();
        return;
    }
    if (id == 0)
        showNothing(tr("Select a receiver to edit it, or create one with New receiver."));
    else
        showReceiver(id);
}

bool ReceiversPage::confirmDiscard()
{
    if (!m_form->isDirty())
        return true;
    // Changes to a receiver that no longer exists cannot be saved anyway. Asked of the service, not
    // the list: the list moves its selection before it drops the deleted row.
    if (!m_form->isNew()) {
        const Result<Receiver> current = m_context.service->receiver(m_form->receiverId());
        if (!current && current.error().code == ErrorCode::NotFound)
            return true;
    }
    const QString name =
        m_form->isNew() ? tr("the new receiver") : QStringLiteral("“%1”").arg(m_form->base().name);
    return Confirmation::ask(this, tr("Unsaved changes"), tr("Discard your unsaved changes to %1?").arg(name),
                             tr("Discard changes"));
}

void ReceiversPage::showReceiver(qint64 receiverId)
{
    m_pageError->setMessage({}, StatusLabel::Neutral);
    const Result<Receiver> receiver = m_context.service->receiver(receiverId);
    if (!receiver) {
        showNothing(tr("The receiver could not be read: %1").arg(receiver.error().message));
        return;
    }
    m_form->edit(*receiver);
    m_subscriptions->setReceiver(receiverId);
    showDetailsOf(*receiver);
}

void ReceiversPage::showDetailsOf(const Receiver &receiver)
{
    m_detailsStack->setCurrentWidget(m_details);
    const bool stored = receiver.id > 0;
    m_title->setText(stored ? receiver.name : tr("New receiver"));
    if (stored) {
        const QString created = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(receiver.createdAtMs).toLocalTime(), QLocale::ShortFormat);
        m_subtitle->setText(
            tr("Receiver %1 · created by %2 on %3")
                .arg(receiver.id)
                .arg(receiver.createdBy.name.isEmpty() ? tr("unknown") : receiver.createdBy.name, created));
    } else {
        m_subtitle->setText(tr("Fill in the settings and save; then subscribe it and send it a test event."));
    }
    m_deleteButton->setVisible(stored);
    m_banner->setReceiver(receiver);
    m_testEvents->setReceiver(receiver);
    m_health->setReceiver(receiver.id);
    for (const int tab : {SubscriptionsTab, TestEventTab, HealthTab}) {
        m_tabs->setTabEnabled(tab, stored);
        m_tabs->setTabToolTip(tab, stored ? QString() : tr("Save the receiver first"));
    }
}

void ReceiversPage::showNothing(const QString &note)
{
    m_form->clear();
    m_subscriptions->setReceiver(0);
    m_testEvents->setReceiver(Receiver{});
    m_health->setReceiver(0);
    m_detailsNote->setText(note);
    m_detailsStack->setCurrentWidget(m_detailsNote);
    updateEmptyState();
}

void ReceiversPage::newReceiver(const QString &webhookUri)
{
    if (!confirmDiscard())
        return;
    {
        const QScopedValueRollback<bool> changing(m_changingSelection, true);
        m_table->selectionModel()->clear();
    }
    m_pageError->setMessage({}, StatusLabel::Neutral);
    m_subscriptions->setReceiver(0);
    m_tabs->setCurrentIndex(SettingsTab);
    showDetailsOf(Receiver{});
    m_form->startNew(webhookUri);
    updateEmptyState();
}

void ReceiversPage::deleteReceiver()
{
    const qint64 id = m_form->receiverId();
    if (id <= 0)
        return;
    const Receiver receiver = m_form->latest();
    const Result<QList<Subscription>> subscriptions = m_context.service->subscriptionsOf(id);
    const int count = subscriptions ? int(subscriptions->size()) : 0;
    const QString goes = count == 1  ? tr("Its subscription goes with it")
                         : count > 1 ? tr("Its %1 subscriptions go with it").arg(count)
                                     : tr("It has no subscriptions");
    const QString text = tr("Delete “%1”?\n\n%2, and its unfinished deliveries are cancelled. The events "
                            "delivered so far stay in the event log.")
                             .arg(receiver.name, goes);
    if (!Confirmation::ask(this, tr("Delete receiver"), text, tr("Delete")))
        return;
    const Status deleted = m_context.service->deleteReceiver(id, receiver.etag);
    if (!deleted)
        m_pageError->setMessage(tr("“%1” was not deleted: %2").arg(receiver.name, deleted.error().message),
                                StatusLabel::Failure);
}

void ReceiversPage::reenable()
{
    const Status enabled = m_form->reenable();
    m_banner->showError(enabled ? QString() : enabled.error().message);
}

void ReceiversPage::updateEmptyState()
{
    // An empty table looks broken; say why it is empty instead.
    if (!m_model->loadError().isEmpty()) {
        m_emptyNote->setText(tr("The receivers could not be read: %1").arg(m_model->loadError()));
        m_useSandbox->hide();
        m_listStack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_emptyNote->setText(tr("No receivers yet.\nClick New receiver to add an endpoint that gets signed "
                                "events:\none of yours, or a sandbox bin to try things out."));
        m_useSandbox->setVisible(m_context.sandbox && m_context.sandbox->isListening());
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    // With nothing listed the note above says it all; the details come back for a new receiver.
    m_detailsStack->setVisible(m_model->rowCount() > 0 || m_form->isEditing());
}

void ReceiversPage::updateSettingsTabTitle(bool dirty)
{
    // The asterisk tells at a glance that something is not saved yet, even from another tab.
    m_tabs->setTabText(SettingsTab, dirty ? tr("Settings *") : tr("Settings"));
}

} // namespace hookboard
