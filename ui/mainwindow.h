#pragma once

#include <QMainWindow>

class QListWidget;
class QSettings;
class QStackedWidget;

namespace hookboard {

class ReceiversPage;
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

    MainWindow(WebhookService &service, const QString &dataDir, const QString &operatorName,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    int currentPage() const;
    void setCurrentPage(int page);
    ReceiversPage *receiversPage() const { return m_receiversPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &title, QWidget *page);
    void restoreSettings();
    void saveSettings();

    QSettings *m_settings = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ReceiversPage *m_receiversPage = nullptr;
};

} // namespace hookboard
