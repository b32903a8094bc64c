#include "mainwindow.h"

#include "apiexplorer/apiexplorerpage.h"
#include "delivery/deliveryengine.h"
#include "eventlog/eventlogpage.h"
#include "health/deliverystatuswidget.h"
#include "notify/trayicon.h"
#include "receiverspage.h"
#include "sandbox/sandboxpage.h"
#include "settings/settingspage.h"
#include "shortcutsdialog.h"
#include "store/store.h"
#include "widgets/accessibilitypolicy.h"
#include "widgets/actiontooltip.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

// Q_INIT_RESOURCE must be called outside any namespace; the icons live in this static library,
// where an unreferenced resource initialiser could be dropped by the linker.
static void initUiResources()
{
    Q_INIT_RESOURCE(hookboard_ui);
}

namespace hookboard {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kAskBeforeClosingKey = QStringLiteral("mainWindow/askBeforeStoppingDeliveries");

} // namespace

MainWindow::MainWindow(const ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context),
      m_settings(new QSettings(QDir(context.dataDir).filePath(QStringLiteral("settings.ini")),
                               QSettings::IniFormat, this))
{
    Q_ASSERT(context.service && context.store && context.clock);
    initUiResources();
    AccessibilityPolicy::install(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hookboard"));
    setWindowIcon(QIcon(QStringLiteral(":/hookboard/icons/hookboard.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(180);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setAutoFillBackground(true);
    m_navigation->viewport()->setBackgroundRole(QPalette::AlternateBase);
    styleNavigation();
    layout->addWidget(m_navigation);

    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);
    layout->addWidget(divider);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setContentsMargins(12, 12, 12, 4);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_receiversPage = new ReceiversPage(context, m_pages);
    m_receiversPage->setObjectName(QStringLiteral("receiversPage"));
    addPage(tr("Receivers"), m_receiversPage);

    auto *eventLog = new EventLogPage(context, m_pages);
    addPage(tr("Event log"), eventLog);

    auto *sandbox = new SandboxPage(context, m_pages);
    sandbox->setObjectName(QStringLiteral("sandboxPage"));
    connect(sandbox, &SandboxPage::openReceiverRequested, this, [this](qint64 receiverId) {
        setCurrentPage(ReceiversPageIndex);
        m_receiversPage->selectReceiver(receiverId);
    });
    addPage(tr("Sandbox"), sandbox);

    auto *apiExplorer = new ApiExplorerPage(context, m_pages);
    apiExplorer->setObjectName(QStringLiteral("apiExplorerPage"));
    addPage(tr("API explorer"), apiExplorer);

    auto *settings = new SettingsPage(context, *m_settings, m_pages);
    settings->setObjectName(QStringLiteral("settingsPage"));
    settings->applyStoredTheme();
    addPage(tr("Settings"), settings);
    // A regenerated token is the only one the API accepts: every place that shows or sends it follows.
    connect(settings, &SettingsPage::apiTokenChanged, this,
            [this, apiExplorer, url = context.apiUrl](const QString &token) {
                showApi(url, token);
                apiExplorer->setApiToken(token);
            });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        followPage(row);
        // Stored at once: a console killed by the session manager still reopens where it was.
        m_settings->setValue(kPageKey, row);
    });

    auto *storeLabel = new QLabel(
        tr("Store: %1").arg(QDir::toNativeSeparators(context.storeLocation().displayName())), this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storeLabel->setContentsMargins(8, 0, 8, 0);
    // The path is the least needed part of the bar: it gives way first, and its tooltip keeps it whole.
    storeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    storeLabel->setMinimumWidth(80);
    storeLabel->setToolTip(storeLabel->text());
    auto *operatorLabel = new QLabel(tr("Operator: %1").arg(context.operatorName), this);
    operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    operatorLabel->setContentsMargins(8, 0, 8, 0);
    m_apiLabel = new QLabel(this);
    m_apiLabel->setObjectName(QStringLiteral("apiLabel"));
    m_apiLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apiLabel->setContentsMargins(8, 0, 8, 0);
    m_copyTokenAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy API token"), this);
    m_copyTokenAction->setObjectName(QStringLiteral("copyApiTokenAction"));
    m_copyTokenAction->setStatusTip(
        tr("Copies the bearer token that scripts send as \"Authorization: Bearer …\""));
    m_copyTokenAction->setEnabled(false);
    ActionToolTip::follow(m_copyTokenAction);
    connect(m_copyTokenAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(m_apiToken);
        statusBar()->showMessage(tr("API token copied"), 3000);
    });
    m_copyTokenButton = new QToolButton(this);
    m_copyTokenButton->setObjectName(QStringLiteral("copyApiTokenButton"));
    m_copyTokenButton->setDefaultAction(m_copyTokenAction);
    // Framed, so it reads as a button among the status bar's plain texts.
    m_copyTokenButton->setAutoRaise(false);
    m_copyTokenButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addWidget(storeLabel, 1);
    // Dispatcher state, attempts in the last minute and failures in the last hour, kept current.
    statusBar()->addPermanentWidget(new DeliveryStatusWidget(context, this));
    statusBar()->addPermanentWidget(m_apiLabel);
    statusBar()->addPermanentWidget(m_copyTokenButton);
    statusBar()->addPermanentWidget(operatorLabel);

    showApi(context.apiUrl, context.apiToken);
    buildMenus();
    restoreSettings();
    followPage(currentPage());

    // Most desktops have a system tray; offscreen and a bare Xvfb do not, and there closing the
    // window quits as it always did.
    if (context.hasSystemTray()) {
        m_tray = new TrayIcon(context, *m_settings, this);
        connect(m_tray, &TrayIcon::openRequested, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &TrayIcon::quitRequested, this, [this] {
            closeForQuit();
            QApplication::quit();
        });
        connect(settings, &SettingsPage::keepRunningInTrayChanged, m_tray, &TrayIcon::setKeepRunningInTray);
        m_tray->show();
    }
}

void MainWindow::showApi(const QUrl &url, const QString &token)
{
    m_apiLabel->setText(url.isEmpty() ? tr("API: off") : tr("API: %1").arg(url.toString()));
    m_apiToken = token;
    m_copyTokenAction->setEnabled(!token.isEmpty());
}

MainWindow::~MainWindow()
{
    saveSettings();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int page)
{
    if (page >= 0 && page < m_pages->count())
        m_navigation->setCurrentRow(page);
}

// Items get room to breathe: text flush against the window edge reads as a clipped list.
void MainWindow::styleNavigation()
{
    // A style sheet fixes the colours it resolves (its own palette() references, and the palette of
    // the widget it styles) when it is applied: set again after a theme change, it takes the new
    // theme's, where the old sheet left the list in the previous one.
    m_navigation->setStyleSheet(QString());
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { padding-top: 8px; }"
        "QListWidget#navigation::item { border: none; padding-left: 14px; }"
        // Once an item rule exists the style stops painting the selection; palette() keeps the theme's.
        "QListWidget#navigation::item:selected { background: palette(highlight); color: "
        "palette(highlighted-text); }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        styleNavigation();
    if (event->type() == QEvent::LanguageChange) {
        // Key names are words too ("Ctrl" is "Strg" in German): tooltips and the list say them anew.
        ActionToolTip::refreshAll(this);
        if (m_shortcuts && m_shortcuts->isVisible())
            showShortcuts();
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_copyTokenAction);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setStatusTip(tr("Close the window and stop delivering"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quit);

    // Ctrl+1… in navigation order, as browsers number their tabs.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    for (int page = 0; page < m_pages->count(); ++page) {
        QAction *action = go->addAction(m_navigation->item(page)->text());
        action->setObjectName(QStringLiteral("goToPage%1Action").arg(page + 1));
        if (page < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] {
            setCurrentPage(page);
            focusPage(page);
        });
    }
    m_navigation->setAccessibleDescription(
        tr("Choose a page with the arrow keys; %1 to %2 go straight to one from anywhere.")
            .arg(go->actions().constFirst()->shortcut().toString(QKeySequence::NativeText),
                 go->actions().constLast()->shortcut().toString(QKeySequence::NativeText)));
    go->addSeparator();
    QAction *navigation = go->addAction(tr("&Navigation list"));
    navigation->setObjectName(QStringLiteral("focusNavigationAction"));
    navigation->setShortcut(QKeySequence(Qt::Key_F6));
    navigation->setStatusTip(tr("Move the focus to the list of pages on the left"));
    connect(navigation, &QAction::triggered, this,
            [this] { m_navigation->setFocus(Qt::ShortcutFocusReason); });

    // A page's own actions (QWidget::actions of the page) make its menu, named after it. Their
    // shortcuts belong to the page (Qt::WidgetWithChildrenShortcut), so one key can mean one thing
    // on each page without Qt finding them ambiguous.
    for (int page = 0; page < m_pages->count(); ++page) {
        QWidget *widget = m_pages->widget(page);
        if (widget->actions().isEmpty()) {
            m_pageMenus << nullptr;
            continue;
        }
        QMenu *menu = menuBar()->addMenu(QLatin1Char('&') + m_navigation->item(page)->text());
        menu->setObjectName(widget->objectName() + QStringLiteral("Menu"));
        menu->addActions(widget->actions());
        m_pageMenus << menu;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("showShortcutsAction"));
    // "?" as well, as many programs have it; a text field that has the focus takes it as a character.
    shortcuts->setShortcuts({QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::Key_Question)});
    shortcuts->setStatusTip(tr("List every keyboard shortcut of the window"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    // Every menu entry and every other key of the window says its shortcut in its tooltip.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (!action->menu() && !action->isSeparator())
                ActionToolTip::follow(action);
        }
    }
    for (QAction *action : findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && !action->text().isEmpty())
            ActionToolTip::follow(action);
    }
}

void MainWindow::followPage(int page)
{
    for (int i = 0; i < m_pageMenus.size(); ++i) {
        if (m_pageMenus.at(i))
            m_pageMenus.at(i)->menuAction()->setVisible(i == page);
    }
    for (QAction *action : std::as_const(m_navigationActions))
        m_navigation->removeAction(action);
    m_navigationActions.clear();
    if (page < 0 || page >= m_pageMenus.size() || !m_pageMenus.at(page))
        return;
    for (QAction *action : m_pages->widget(page)->actions()) {
        if (action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            m_navigationActions << action;
    }
    m_navigation->addActions(m_navigationActions);
}

void MainWindow::focusPage(int page)
{
    QWidget *root = m_pages->widget(page);
    for (QWidget *widget = root->nextInFocusChain(); widget && root->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    root->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    QList<ShortcutsDialog::Group> groups;
    QSet<QAction *> listed;
    const std::function<void(QMenu *, QList<QAction *> &)> collect = [&](QMenu *menu,
                                                                         QList<QAction *> &into) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu(), into);
            else if (!action->isSeparator())
                into << action;
        }
    };
    for (QAction *top : menuBar()->actions()) {
        if (!top->menu())
            continue;
        ShortcutsDialog::Group group{top->text().remove(QLatin1Char('&')), {}};
        collect(top->menu(), group.actions);
        for (QAction *action : std::as_const(group.actions))
            listed.insert(action);
        groups << group;
    }
    // Keys a control of a page has for itself (Delete in a list, Undo in a form) join the page's group.
    for (int page = 0; page < m_pages->count(); ++page) {
        const QString title = m_navigation->item(page)->text();
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const ShortcutsDialog::Group &g) { return g.title == title; });
        QList<QAction *> more;
        for (QAction *action : m_pages->widget(page)->findChildren<QAction *>()) {
            if (!listed.contains(action) && !action->shortcut().isEmpty()) {
                more << action;
                listed.insert(action);
            }
        }
        if (more.isEmpty())
            continue;
        if (group == groups.end())
            groups << ShortcutsDialog::Group{title, more};
        else
            group->actions << more;
    }
    m_shortcuts->setGroups(groups);
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::quit()
{
    if (!confirmStoppingDeliveries())
        return;
    closeForQuit();
    // With the tray the application outlives its window; Quit means all of it.
    if (m_tray)
        QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_tray && m_tray->keepRunningInTray() && !m_quitting) {
        // The dispatcher belongs to the runtime, not to the window: hidden, Hookboard keeps delivering.
        hide();
        m_tray->announceHidden();
        event->ignore();
        return;
    }
    if (!m_quitting && !confirmStoppingDeliveries()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::closeForQuit()
{
    m_quitting = true;
    close();
}

bool MainWindow::confirmStoppingDeliveries()
{
    // Asked only when closing stops something: a running dispatcher, and the person has not said
    // "do not ask again".
    if (!m_context.engine || !m_context.engine->isRunning() ||
        !m_settings->value(kAskBeforeClosingKey, true).toBool())
        return true;
    const QString text =
        m_tray ? tr("Close Hookboard? Deliveries stop until it runs again: pending and retrying events "
                    "wait, and the API and the sandbox stop answering.\n\nTo keep delivering with the "
                    "window closed, choose \"Keep running in the tray\" in Settings.")
               : tr("Close Hookboard? Deliveries stop until it runs again: pending and retrying events "
                    "wait, and the API and the sandbox stop answering.");
    bool dontAskAgain = false;
    if (!Confirmation::ask(this, tr("Close Hookboard"), text, tr("Close and stop deliveries"),
                           tr("Keep it open"), &dontAskAgain))
        return false;
    if (dontAskAgain)
        m_settings->setValue(kAskBeforeClosingKey, false);
    return true;
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    m_pages->addWidget(page);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray())) {
        // The receiver list, its form and the event log with its inspector all want room; a first
        // start gets most of the screen, up to a size where lines stay readable.
        QSize size(1240, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size.expandedTo(minimumSizeHint()));
    }
    const int page = m_settings->value(kPageKey, int(ReceiversPageIndex)).toInt();
    setCurrentPage(page >= 0 && page < m_pages->count() ? page : int(ReceiversPageIndex));
}

void MainWindow::saveSettings()
{
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kPageKey, currentPage());
    m_settings->sync();
}

} // namespace hookboard
