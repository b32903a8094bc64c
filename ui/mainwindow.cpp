#include "mainwindow.h"

#include "apiexplorer/apiexplorerpage.h"
#include "delivery/deliveryengine.h"
#include "eventlog/eventlogpage.h"
#include "health/deliverystatuswidget.h"
#include "notify/trayicon.h"
#include "receiverspage.h"
#include "sandbox/sandboxpage.h"
#include "settings/settingspage.h"
#include "store/store.h"
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
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hookboard"));
    setWindowIcon(QIcon(QStringLiteral(":/hookboard/icons/hookboard.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
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
        // Stored at once: a console killed by the session manager still reopens where it was.
        m_settings->setValue(kPageKey, row);
    });

    auto *storeLabel = new QLabel(
        tr("Store: %1")
            .arg(QDir::toNativeSeparators(QDir(context.dataDir).filePath(QLatin1String(Store::kFileName)))),
        this);
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
    m_copyTokenButton = new QToolButton(this);
    m_copyTokenButton->setObjectName(QStringLiteral("copyApiTokenButton"));
    m_copyTokenButton->setText(tr("Copy API token"));
    m_copyTokenButton->setToolTip(
        tr("Copies the bearer token that scripts send as \"Authorization: Bearer …\""));
    // Framed, so it reads as a button among the status bar's plain texts.
    m_copyTokenButton->setAutoRaise(false);
    m_copyTokenButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyTokenButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyTokenButton->setEnabled(false);
    connect(m_copyTokenButton, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_apiToken);
        statusBar()->showMessage(tr("API token copied"), 3000);
    });
    statusBar()->addWidget(storeLabel, 1);
    // Dispatcher state, attempts in the last minute and failures in the last hour, kept current.
    statusBar()->addPermanentWidget(new DeliveryStatusWidget(context, this));
    statusBar()->addPermanentWidget(m_apiLabel);
    statusBar()->addPermanentWidget(m_copyTokenButton);
    statusBar()->addPermanentWidget(operatorLabel);

    showApi(context.apiUrl, context.apiToken);
    restoreSettings();

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
    m_copyTokenButton->setEnabled(!token.isEmpty());
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
