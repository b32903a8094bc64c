#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace hookboard {

class Clock;
class MainWindow;
class Store;
class UnixSignalWatcher;
class WebhookService;

// Hookboard with its console: the store, the service and the main window, until the window closes
// (or SIGTERM/SIGINT asks the console to close, which still saves its settings).
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(const QString &dataDir, QObject *parent = nullptr);
    ~ConsoleApp() override;

    // Opens the store, shows the window and runs the QApplication that must exist. Returns the exit
    // code: 0 after a clean stop, 1 when the store cannot be used.
    int run();

private:
    QString m_dataDir;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace hookboard
