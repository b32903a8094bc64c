#pragma once

#include "api/apitoken.h"
#include "app/runtimeoptions.h"
#include "common/result.h"
#include "service/changefeed.h"
#include "stats/metrics.h"

#include <QLockFile>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <memory>
#include <optional>

namespace hookboard {

class ApiHost;
class Clock;
class DeliveryEngine;
class FeedRelay;
class PublishWriter;
class SandboxLink;
class SandboxServer;
class SettingsService;
class Store;
class WebhookService;

// A running Hookboard without its face: the store, the service, the delivery engine, the sandbox
// receiver and the local API, started and stopped in the right order. The headless app and the
// console both run one.
class Runtime : public QObject
{
    Q_OBJECT
public:
    Runtime(RuntimeOptions options, const Clock &clock, QObject *parent = nullptr);
    ~Runtime() override;

    // Opens the store, reads the operator's settings kept there (options given on the command line
    // win), starts the sandbox, the engine (trusting the sandbox and the configured CAs) and the
    // API. On an error, whatever started is stopped again.
    Status start();
    // Stops taking requests, lets in-flight deliveries finish (graceMs) or go back to the queue,
    // and writes every outcome. Safe to call twice.
    void stop(int graceMs = 5000);

    // "ready api=http://127.0.0.1:PORT/graphql sandbox=https://127.0.0.1:PORT2/" (SPEC §4).
    QString readyLine() const;
    QUrl apiUrl() const;
    QUrl sandboxUrl() const;
    int requeuedAtStart() const { return m_requeued; }

    Store &store() { return *m_store; }
    WebhookService &service() { return *m_service; }
    // Every committed change, from every writer; lives as long as the runtime.
    ChangeFeed &feed() { return m_feed; }
    DeliveryEngine &engine() { return *m_engine; }
    SandboxServer &sandbox() { return *m_sandbox; }
    PublishWriter &publishWriter() { return *m_publishWriter; }
    // The API's bearer token (given, or generated once and kept in the store), for the console to show.
    const std::optional<ApiToken> &apiToken() const { return m_apiToken; }
    // Reads and changes the operator's settings and the API token off this thread; what it saves
    // reaches the engine, the services and the API at once (the API address at the next start).
    SettingsService &settings() { return *m_settings; }
    // What this run uses: the command line over the stored settings, with changes since applied.
    const RuntimeOptions &options() const { return m_options; }

private:
    // On this thread: settings saved through settings() take effect.
    void apply(const RuntimeOptions &options, const QList<QSslCertificate> &extraCas);

    RuntimeOptions m_commandLine; // as given, before the stored settings
    RuntimeOptions m_options;
    const Clock &m_clock;
    ChangeFeed m_feed; // first: outlives every writer and listener below
    Metrics m_metrics; // filled by the writers below, read by GET /metrics
    std::unique_ptr<QLockFile> m_folderLock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FeedRelay> m_feedRelay; // a shared store only: the feed between instances
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<PublishWriter> m_publishWriter;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxLink> m_sandboxLink;
    std::unique_ptr<DeliveryEngine> m_engine;
    std::unique_ptr<ApiHost> m_api;
    std::unique_ptr<SettingsService> m_settings;
    std::optional<ApiToken> m_apiToken;
    int m_requeued = 0;
};

} // namespace hookboard
