#include "deliveryengine.h"

#include "delivery/deliveryqueue.h"
#include "delivery/dispatcher.h"
#include "service/changefeed.h"

#include <QEventLoop>
#include <QThread>

namespace hookboard {

DeliveryEngine::DeliveryEngine(StoreLocation location, const Clock &clock, DeliveryConfig config,
                               QList<QSslCertificate> extraCas, ChangeFeed &feed, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_clock(clock), m_config(std::move(config)),
      m_networkThread(new QThread(this)), m_storeThread(new QThread(this)),
      m_dispatcher(new Dispatcher(clock, m_config, std::move(extraCas))),
      m_queue(new DeliveryQueue(m_location, clock, m_config, feed)), m_feed(feed)
{
    qRegisterMetaType<hookboard::Delivery>();
    qRegisterMetaType<hookboard::Outcome>();
    m_networkThread->setObjectName(QStringLiteral("hookboard-network"));
    m_storeThread->setObjectName(QStringLiteral("hookboard-store"));
    m_dispatcher->moveToThread(m_networkThread);
    m_queue->moveToThread(m_storeThread);
    connect(m_networkThread, &QThread::finished, m_dispatcher, &QObject::deleteLater);
    connect(m_storeThread, &QThread::finished, m_queue, &QObject::deleteLater);

    connect(m_dispatcher, &Dispatcher::claimRequested, m_queue, &DeliveryQueue::claim);
    connect(m_queue, &DeliveryQueue::claimed, m_dispatcher, &Dispatcher::onClaimed);
    connect(m_dispatcher, &Dispatcher::outcomeReady, m_queue, &DeliveryQueue::record);
    connect(m_queue, &DeliveryQueue::storeFailed, m_dispatcher, &Dispatcher::onStoreFailed);
    connect(m_queue, &DeliveryQueue::storeRecovered, m_dispatcher, &Dispatcher::onStoreRecovered);
    // Written outcomes free per-receiver room and may have made retries due.
    connect(m_queue, &DeliveryQueue::recorded, m_dispatcher, &Dispatcher::poke);

    connect(m_queue, &DeliveryQueue::storeFailed, this, &DeliveryEngine::storeFailed);
    connect(m_queue, &DeliveryQueue::storeRecovered, this, &DeliveryEngine::storeRecovered);
}

DeliveryEngine::~DeliveryEngine()
{
    stop();
    // Objects whose thread never ran have no finished() to delete them.
    if (!m_networkThread->isFinished())
        delete m_dispatcher;
    if (!m_storeThread->isFinished())
        delete m_queue;
}

void DeliveryEngine::setMetrics(Metrics *metrics)
{
    Q_ASSERT(!m_running);
    m_dispatcher->setMetrics(metrics); // their threads start in start(), after this
    m_queue->setMetrics(metrics);
}

Result<int> DeliveryEngine::start()
{
    m_storeThread->start();
    Result<int> opened = Error::internal(QStringLiteral("delivery engine: store thread did not answer"));
    QMetaObject::invokeMethod(
        m_queue, [&] { opened = m_queue->open(); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        m_storeThread->quit();
        m_storeThread->wait();
        return opened;
    }
    m_networkThread->start();
    QMetaObject::invokeMethod(m_dispatcher, &Dispatcher::start, Qt::QueuedConnection);
    using Kind = StoreChange::Kind;
    // Heard on the network thread, so that a busy owner's thread (the console's GUI thread) never
    // delays delivery; only while running, so that changes do not pile up in a queue no thread runs
    // (start() claims whatever is due anyway). Work may have become due; the engine's own
    // EventsAttempted need no poke: recorded() gave it.
    Dispatcher *dispatcher = m_dispatcher;
    DeliveryQueue *queue = m_queue;
    m_listening = {m_feed.listen(
        dispatcher,
        {Kind::EventsPublished, Kind::EventsChanged, Kind::SubscriptionsCreated, Kind::SubscriptionsUpdated},
        [dispatcher](const StoreChange &) { dispatcher->poke(); })};
    // Receivers are cached by claims: settings, enabled state and deletions must be read again.
    // The queue outlives the network thread (stop() ends that first), so it is there to be told.
    // Another instance on a shared store wrote outcomes: slots of receivers' caps, which all
    // instances share, may be free.
    m_listening +=
        m_feed.listen(dispatcher, {Kind::EventsAttempted}, [dispatcher](const StoreChange &change) {
            if (change.fromOtherInstance)
                dispatcher->poke();
        });
    m_listening += m_feed.listen(
        dispatcher, {Kind::ReceiversUpdated, Kind::ReceiversDisabled, Kind::ReceiversDeleted},
        [dispatcher, queue](const StoreChange &) {
            QMetaObject::invokeMethod(queue, &DeliveryQueue::forgetReceivers, Qt::QueuedConnection);
            dispatcher->poke();
        });
    m_running = true;
    return opened;
}

void DeliveryEngine::stop(int graceMs)
{
    if (!m_running)
        return;
    m_running = false;
    for (const QMetaObject::Connection &connection : std::as_const(m_listening))
        disconnect(connection);
    m_listening.clear();
    QEventLoop loop;
    connect(m_dispatcher, &Dispatcher::stopped, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(
        m_dispatcher, [this, graceMs] { m_dispatcher->stop(graceMs); }, Qt::QueuedConnection);
    loop.exec();
    m_networkThread->quit();
    m_networkThread->wait();
    // Every outcome is queued to the store thread by now; write them before it ends.
    QMetaObject::invokeMethod(m_queue, &DeliveryQueue::close, Qt::BlockingQueuedConnection);
    m_storeThread->quit();
    m_storeThread->wait();
}

void DeliveryEngine::reconfigure(const DeliveryConfig &config, const QList<QSslCertificate> &extraCas)
{
    m_config.retryScheduleSeconds = config.retryScheduleSeconds;
    m_config.timeoutMs = config.timeoutMs;
    m_config.maxInFlightPerReceiver = config.maxInFlightPerReceiver;
    m_config.maxInFlight = config.maxInFlight;
    m_config.autoDisableAfterMs = config.autoDisableAfterMs;
    m_config.retention.keepMs = config.retention.keepMs;
    m_config.outbound = config.outbound;
    const DeliveryConfig next = m_config;
    if (m_running) {
        QMetaObject::invokeMethod(
            m_dispatcher,
            [dispatcher = m_dispatcher, next, extraCas] { dispatcher->reconfigure(next, extraCas); },
            Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            m_queue, [queue = m_queue, next] { queue->reconfigure(next); }, Qt::QueuedConnection);
    } else if (!m_networkThread->isRunning() && !m_networkThread->isFinished() &&
               !m_storeThread->isRunning()) {
        // Not started yet: nothing runs on their threads, and start() uses what they hold.
        m_dispatcher->reconfigure(next, extraCas);
        m_queue->reconfigure(next);
    }
}

void DeliveryEngine::poke()
{
    // Before start() and after stop() the dispatcher has no store to claim from; start() looks
    // for due work anyway, so nothing is lost by ignoring the poke.
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_dispatcher, &Dispatcher::poke, Qt::QueuedConnection);
}

} // namespace hookboard
