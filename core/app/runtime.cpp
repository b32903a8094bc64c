#include "runtime.h"

#include "app/apihost.h"
#include "app/operatorsettings.h"
#include "app/sandboxlink.h"
#include "app/settingsservice.h"
#include "delivery/deliveryengine.h"
#include "delivery/httpsender.h"
#include "sandbox/sandboxserver.h"
#include "service/feedrelay.h"
#include "service/publishwriter.h"
#include "service/webhookservice.h"
#include "store/datadir.h"
#include "store/store.h"

namespace hookboard {

Runtime::Runtime(RuntimeOptions options, const Clock &clock, QObject *parent)
    : QObject(parent), m_commandLine(options), m_options(std::move(options)), m_clock(clock)
{}

Runtime::~Runtime()
{
    stop();
}

Status Runtime::start()
{
    // --ca-file files are checked before anything starts; a stored CA file is checked below.
    if (Result<QList<QSslCertificate>> given = HttpSender::loadCaFiles(m_commandLine.caFiles); !given)
        return given.error();
    Result<std::unique_ptr<QLockFile>> folderLock = datadir::lock(m_options.dataDir);
    if (!folderLock)
        return folderLock.error();
    m_folderLock = std::move(folderLock).value();
    Result<std::unique_ptr<Store>> store = Store::open(m_options.store());
    if (!store) {
        m_folderLock.reset();
        return store.error();
    }
    // Once, before anything writes: a store with damaged pages is refused rather than written into.
    if (Status intact = (*store)->database().checkIntegrity(); !intact) {
        m_folderLock.reset();
        return intact;
    }
    m_store = std::move(store).value();
    // The command line wins over what the console stored; a stored value that no longer passes
    // its rule (a CA file removed since) is left out with a warning rather than keeping Hookboard
    // from starting, since the console that could mend it would not start either.
    Result<OperatorSettings::Values> stored = OperatorSettings::load(m_store->settings());
    if (!stored) {
        stop();
        return stored.error();
    }
    m_options = OperatorSettings::merge(m_commandLine, *stored);
    Result<QList<QSslCertificate>> extraCas = OperatorSettings::loadCas(m_options);
    if (!extraCas) {
        stop();
        return extraCas.error();
    }
    if (m_store->database().engine() == Engine::PostgreSQL) {
        m_feedRelay = std::make_unique<FeedRelay>(m_options.store(), m_feed);
        if (Status relaying = m_feedRelay->start(); !relaying) {
            stop();
            return relaying;
        }
    }
    m_service = std::make_unique<WebhookService>(*m_store, m_clock, m_feed);
    m_service->setOutboundPolicy(m_options.delivery.outbound);
    m_service->setMetrics(&m_metrics);
    m_publishWriter = std::make_unique<PublishWriter>(m_options.store(), m_clock, m_feed);
    m_publishWriter->setMetrics(&m_metrics);
    if (Status started = m_publishWriter->start(); !started) {
        stop();
        return started;
    }

    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setClock(&m_clock);
    if (Status started = m_sandbox->start(m_options.dataDir, m_options.sandbox.host, m_options.sandbox.port);
        !started) {
        stop();
        return started;
    }
    m_sandboxLink = std::make_unique<SandboxLink>(*m_service, *m_sandbox);
    m_sandboxLink->syncAll();

    // The API comes before the engine so that a refused address fails fast; publishes that arrive
    // before the engine runs simply wait in the store.
    Result<ApiToken> token = ApiToken::load(m_store->settings(), m_options.apiToken);
    if (!token) {
        stop();
        return token.error();
    }
    m_apiToken = *token;
    m_api = std::make_unique<ApiHost>(m_options.store(), m_clock, m_feed, *m_publishWriter, *token,
                                      ApiServerOptions{m_options.api.host, m_options.api.port,
                                                       m_options.apiTlsCertificate, m_options.apiTlsKey},
                                      m_options.delivery.outbound);
    m_api->setMetrics(&m_metrics);
    if (Status listening = m_api->start(); !listening) {
        stop();
        return listening;
    }

    // Hookboard trusts its own sandbox's CA, so deliveries to sandbox bins are verified like any other.
    m_engine = std::make_unique<DeliveryEngine>(
        m_options.store(), m_clock, m_options.delivery,
        *extraCas + QList<QSslCertificate>{m_sandbox->caCertificate()}, m_feed);
    m_engine->setMetrics(&m_metrics);
    // /healthz says so while the engine cannot write its outcomes.
    connect(m_engine.get(), &DeliveryEngine::storeFailed, this, [this](const QString &message) {
        if (m_api)
            m_api->setEngineStoreProblem(message);
    });
    connect(m_engine.get(), &DeliveryEngine::storeRecovered, this, [this] {
        if (m_api)
            m_api->setEngineStoreProblem(QString());
    });
    Result<int> requeued = m_engine->start();
    if (!requeued) {
        stop();
        return requeued.error();
    }
    m_requeued = *requeued;

    m_settings = std::make_unique<SettingsService>(m_options.store(), m_commandLine, m_options);
    // Both are called on the settings thread: the change is handed to this thread, the token to
    // the API's (which answers before the console hears that the token changed).
    m_settings->setApply([this](const RuntimeOptions &options, const QList<QSslCertificate> &cas) {
        QMetaObject::invokeMethod(
            this, [this, options, cas] { apply(options, cas); }, Qt::QueuedConnection);
    });
    ApiHost *api = m_api.get();
    m_settings->setUseToken([this, api](const ApiToken &fresh) {
        QMetaObject::invokeMethod(
            this, [this, fresh] { m_apiToken = fresh; }, Qt::QueuedConnection);
        return api->setToken(fresh);
    });
    return {};
}

void Runtime::apply(const RuntimeOptions &options, const QList<QSslCertificate> &extraCas)
{
    if (!m_engine)
        return;                              // stopped meanwhile
    const ListenAddress api = m_options.api; // bound at start; the stored address waits for the next
    m_options = options;
    m_options.api = api;
    m_engine->reconfigure(m_options.delivery, extraCas + QList<QSslCertificate>{m_sandbox->caCertificate()});
    m_service->setOutboundPolicy(m_options.delivery.outbound);
    if (m_api)
        m_api->setOutboundPolicy(m_options.delivery.outbound);
}

void Runtime::stop(int graceMs)
{
    m_settings.reset(); // first: it may be handing a token to the API
    m_api.reset();      // no new publishes while the engine winds down
    if (m_publishWriter)
        m_publishWriter->stop(); // commits what is waiting
    if (m_engine)
        m_engine->stop(graceMs);
    if (m_sandbox)
        m_sandbox->stop();
    m_engine.reset();
    m_sandboxLink.reset();
    m_sandbox.reset();
    m_publishWriter.reset();
    m_service.reset();
    m_feedRelay.reset();
    m_store.reset();
    m_folderLock.reset(); // last: the folder is free once every connection is closed
}

QUrl Runtime::apiUrl() const
{
    return m_api ? m_api->url() : QUrl();
}

QUrl Runtime::sandboxUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

QString Runtime::readyLine() const
{
    return QStringLiteral("ready api=%1 sandbox=%2")
        .arg(apiUrl().toString(QUrl::FullyEncoded), sandboxUrl().toString(QUrl::FullyEncoded));
}

} // namespace hookboard
