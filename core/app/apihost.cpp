#include "apihost.h"

#include "api/metricsendpoint.h"
#include "service/webhookservice.h"
#include "store/store.h"

namespace hookboard {

ApiHost::ApiHost(StoreLocation location, const Clock &clock, ChangeFeed &feed, PublishWriter &writer,
                 ApiToken token, ApiServerOptions options, OutboundPolicy outbound)
    : m_location(std::move(location)), m_clock(clock), m_feed(feed), m_writer(writer),
      m_token(std::move(token)), m_options(std::move(options)), m_outbound(std::move(outbound)),
      m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("hookboard-api"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

ApiHost::~ApiHost()
{
    QMetaObject::invokeMethod(
        m_anchor.get(), [this] { closeParts(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Status ApiHost::start()
{
    Status started = Error::internal(QStringLiteral("API: its thread did not answer"));
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, &started] {
            Result<std::unique_ptr<Store>> store = Store::open(m_location);
            if (!store) {
                started = store.error();
                return;
            }
            m_parts.store = std::move(store).value();
            m_parts.service = std::make_unique<WebhookService>(*m_parts.store, m_clock, m_feed);
            m_parts.service->setOutboundPolicy(m_outbound);
            m_parts.server = std::make_unique<ApiServer>(*m_parts.service, m_writer, m_token, m_options);
            if (m_metrics) {
                m_parts.service->setMetrics(m_metrics);
                m_parts.metrics = std::make_unique<MetricsEndpoint>(*m_metrics, *m_parts.store, m_clock);
                m_parts.server->setMetricsEndpoint(m_parts.metrics.get());
            }
            started = m_parts.server->listen();
            if (started)
                m_url = m_parts.server->url();
            else
                closeParts();
        },
        Qt::BlockingQueuedConnection);
    return started;
}

void ApiHost::closeParts()
{
    m_parts.server.reset(); // first: it uses the service and the endpoint, which use the store
    m_parts.metrics.reset();
    m_parts.service.reset();
    m_parts.store.reset();
}

Status ApiHost::setToken(const ApiToken &token)
{
    Status used = Error::internal(QStringLiteral("API: its thread did not answer"));
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, &token, &used] {
            m_token = token;
            if (m_parts.server)
                m_parts.server->setToken(token);
            used = {};
        },
        Qt::BlockingQueuedConnection);
    return used;
}

void ApiHost::setOutboundPolicy(const OutboundPolicy &policy)
{
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, policy] {
            m_outbound = policy;
            if (m_parts.service)
                m_parts.service->setOutboundPolicy(policy);
        },
        Qt::QueuedConnection);
}

void ApiHost::setEngineStoreProblem(const QString &storeMessage)
{
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, storeMessage] {
            if (m_parts.server)
                m_parts.server->setEngineStoreProblem(storeMessage);
        },
        Qt::QueuedConnection);
}

} // namespace hookboard
