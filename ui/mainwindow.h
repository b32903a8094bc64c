#pragma once

#include "consolecontext.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QToolButton;
class QUrl;
class QSettings;
class QStackedWidget;

namespace hookboard {

class ReceiversPage;
class ShortcutsDialog;
class TrayIcon;
class WebhookService;

// The console's window: a navigation list on the left, the chosen page on the right, and the store
// and operator in the status bar. Geometry and the current page are kept in the data folder's
// settings.ini, so every data folder (and every test) has its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The pages, in navigation order; the numbers are stored in settings, so only append.
    enum Page
    {
        ReceiversPageIndex,
        EventLogPageIndex,
        SandboxPageIndex,
        ApiExplorerPageIndex,
        SettingsPageIndex
    };

    explicit MainWindow(const ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    int currentPage() const;
    void setCurrentPage(int page);
    // Closes for good, without asking and without going to the tray: Quit in the tray, SIGTERM.
    void closeForQuit();
    ReceiversPage *receiversPage() const { return m_receiversPage; }
    // The tray icon, when the desktop has a system tray; null otherwise.
    TrayIcon *trayIcon() const { return m_tray; }
    // Opens (or raises) the list of keyboard shortcuts (F1).
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void styleNavigation();
    void buildMenus();
    // The current page's menu shows, the others hide; its shortcuts also work from the navigation.
    void followPage(int page);
    // Focus to the first control of the page, as if Tab had just entered it.
    void focusPage(int page);
    void quit();
    // Closing stops deliveries: true when the person agrees (or asked not to be asked).
    bool confirmStoppingDeliveries();
    void addPage(const QString &title, QWidget *page);
    void showApi(const QUrl &url, const QString &token);
    void restoreSettings();
    void saveSettings();

    ConsoleContext m_context;
    QSettings *m_settings = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ReceiversPage *m_receiversPage = nullptr;
    QLabel *m_apiLabel = nullptr;
    QToolButton *m_copyTokenButton = nullptr;
    QAction *m_copyTokenAction = nullptr;
    QList<QMenu *> m_pageMenus;           // by page; null for a page without actions
    QList<QAction *> m_navigationActions; // the current page's, shared with the navigation list
    ShortcutsDialog *m_shortcuts = nullptr;
    QString m_apiToken;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false; // closeForQuit(): close for real
};

} // namespace hookboard
