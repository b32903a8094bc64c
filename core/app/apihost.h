#pragma once

#include "api/apiserver.h"
#include "api/apitoken.h"
#include "common/result.h"
#include "model/outboundpolicy.h"
#include "store/storelocation.h"

#include <QThread>
#include <QUrl>
#include <memory>

namespace hookboard {

class ChangeFeed;
class Clock;
class Metrics;
class MetricsEndpoint;
class PublishWriter;
class Store;
class WebhookService;

// Runs the local API on a thread of its own, with its own store connection and service, so that
// neither a busy console (the GUI thread) nor a long GraphQL query holds up the other: publishes
// are answered while the window repaints, and the window repaints while a query runs. Changes the
// API makes reach everyone through the change feed, as any writer's do.
class ApiHost
{
public:
    ApiHost(StoreLocation location, const Clock &clock, ChangeFeed &feed, PublishWriter &writer,
            ApiToken token, ApiServerOptions options, OutboundPolicy outbound);
    // Stops the server and closes the connection on the API thread, then ends it.
    ~ApiHost();
    ApiHost(const ApiHost &) = delete;
    ApiHost &operator=(const ApiHost &) = delete;

    // Opens the connection and listens, on the API thread; an error names what failed.
    Status start();
    // http(s)://HOST:PORT/graphql once started.
    QUrl url() const { return m_url; }
    // From any thread: what /healthz says about the engine's store (empty: it is writing again).
    void setEngineStoreProblem(const QString &storeMessage);
    // From any thread but the API's: the server accepts token, and only it, once this returns.
    Status setToken(const ApiToken &token);
    // From any thread: where the API's receiver changes may point (SPEC §8), from the next one on.
    void setOutboundPolicy(const OutboundPolicy &policy);
    // Before start(): GET /metrics answers from metrics (not owned), and the API's publishes
    // through GraphQL are counted there too.
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }

private:
    // What lives on the API thread; created and destroyed there.
    struct Parts
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<WebhookService> service;
        std::unique_ptr<MetricsEndpoint> metrics;
        std::unique_ptr<ApiServer> server;
    };

    void closeParts(); // on m_thread

    StoreLocation m_location;
    const Clock &m_clock;
    ChangeFeed &m_feed;
    PublishWriter &m_writer;
    ApiToken m_token;
    ApiServerOptions m_options;
    OutboundPolicy m_outbound;
    Metrics *m_metrics = nullptr;
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread: the context of what runs there
    Parts m_parts;                     // touched on m_thread only
    QUrl m_url;
};

} // namespace hookboard
