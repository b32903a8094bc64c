#pragma once

#include "consolecontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace hookboard {

class DisabledBanner;
class ReceiverForm;
class ReceiverHealthPanel;
class ReceiverListModel;
class StatusLabel;
class SubscriptionPanel;
class TestEventPanel;
struct Receiver;

// The Receivers page: every receiver of the store, live, and for the selected one its settings
// (create and edit), its subscriptions grid and a test event sender. A receiver the dispatcher
// disabled on its own carries a banner with the reason and a one-click re-enable.
class ReceiversPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiversPage(const ConsoleContext &context, QWidget *parent = nullptr);

    ReceiverListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReceiverForm *form() const { return m_form; }
    SubscriptionPanel *subscriptions() const { return m_subscriptions; }
    TestEventPanel *testEvents() const { return m_testEvents; }
    ReceiverHealthPanel *health() const { return m_health; }

    // Selects receiverId in the list, which shows it; false when it is not listed (or the person
    // chose to keep editing unsaved changes).
    bool selectReceiver(qint64 receiverId);
    // Starts a new receiver in the form (after asking about unsaved changes), its URL set to
    // webhookUri when one is given.
    void newReceiver(const QString &webhookUri = {});
    // Deletes the selected receiver after asking.
    void deleteReceiver();

private:
    QWidget *buildList();
    QWidget *buildDetails();
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void showReceiver(qint64 receiverId);
    void showDetailsOf(const Receiver &receiver);
    void showNothing(const QString &note);
    bool confirmDiscard();
    void reenable();
    void updateEmptyState();
    void updateSettingsTabTitle(bool dirty);

    ConsoleContext m_context; // a copy: the one given may be a temporary
    QSettings *m_settings;
    ReceiverListModel *m_model;
    QTableView *m_table = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QWidget *m_empty = nullptr; // the note and, where the sandbox runs, "Use a sandbox bin"
    QLabel *m_emptyNote = nullptr;
    QPushButton *m_useSandbox = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_detailsStack = nullptr;
    QLabel *m_detailsNote = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_deleteAction = nullptr; // Delete on the list, and the Delete… button
    DisabledBanner *m_banner = nullptr;
    StatusLabel *m_transferMessage = nullptr; // what an export or import did
    StatusLabel *m_pageError = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReceiverForm *m_form = nullptr;
    SubscriptionPanel *m_subscriptions = nullptr;
    TestEventPanel *m_testEvents = nullptr;
    ReceiverHealthPanel *m_health = nullptr;
    bool m_changingSelection = false; // the page itself moves the selection: no questions, no reload
};

} // namespace hookboard
