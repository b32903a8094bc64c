#pragma once

#include "app/runtimeoptions.h"

#include <QObject>
#include <memory>

namespace hookboard {

class Clock;
class Runtime;
class UnixSignalWatcher;

// Hookboard without a console: a Runtime (store, delivery, sandbox, API) that runs until SIGTERM or
// SIGINT, announcing itself with SPEC §4's "ready" line on stdout.
class HeadlessApp : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessApp(RuntimeOptions options, QObject *parent = nullptr);
    ~HeadlessApp() override;

    // Starts everything, runs the event loop of the QCoreApplication that must exist, and returns the
    // process exit code: 0 after a clean stop, 1 when Hookboard cannot start.
    int run();

private:
    RuntimeOptions m_options;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<Runtime> m_runtime;
};

} // namespace hookboard
