#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace hookboard {

class Clock;
class Store;
class UnixSignalWatcher;
class WebhookService;

// Hookboard without a console: the store and the service, running until SIGTERM or SIGINT.
// The delivery engine, API and sandbox hang off this as they arrive.
class HeadlessApp : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessApp(const QString &dataDir, QObject *parent = nullptr);
    ~HeadlessApp() override;

    // Opens the store, runs the event loop of the QCoreApplication that must exist, and returns the
    // process exit code: 0 after a clean stop, 1 when the store cannot be used.
    int run();

private:
    QString m_dataDir;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<WebhookService> m_service;
};

} // namespace hookboard
