#pragma once

#include "app/runtimeoptions.h"

#include <QObject>
#include <QString>
#include <memory>

namespace hookboard {

class Clock;
class MainWindow;
class Runtime;
class StoreReader;
class UnixSignalWatcher;

// Hookboard with its console: a Runtime (store, delivery, sandbox, API) and the main window, until
// the window closes (or SIGTERM/SIGINT asks the console to close, which still saves its settings).
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(RuntimeOptions options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    // Starts the runtime, shows the window and runs the QApplication that must exist. Returns the
    // exit code: 0 after a clean stop, 1 when Hookboard cannot start.
    int run();

private:
    RuntimeOptions m_options;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<StoreReader> m_reader; // the console's reads, off the GUI thread
    std::unique_ptr<MainWindow> m_window;
};

} // namespace hookboard
