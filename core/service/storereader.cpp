#include "storereader.h"

#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "stats/deliverystats.h"
#include "store/store.h"

namespace hookboard {

// Owns the connection on the reader's thread (a connection belongs to the thread that opened it).
class StoreReader::Worker : public QObject
{
public:
    Worker(StoreLocation location, const Clock &clock) : m_location(std::move(location)), m_clock(clock) {}

    // The connection, opened on first use (and tried again at the next read if it cannot be).
    Result<StoreReader::Connection *> connection()
    {
        if (m_connection)
            return m_connection.get();
        Result<std::unique_ptr<Store>> opened = Store::open(m_location);
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();
        m_service = std::make_unique<WebhookService>(*m_store, m_clock, m_unusedFeed);
        m_stats = std::make_unique<DeliveryStats>(*m_store, m_clock);
        m_connection.reset(new StoreReader::Connection{*m_store, *m_service, *m_stats});
        return m_connection.get();
    }

    void close()
    {
        m_connection.reset();
        m_stats.reset();
        m_service.reset();
        m_store.reset();
    }

private:
    StoreLocation m_location;
    const Clock &m_clock;
    ChangeFeed m_unusedFeed; // the service here only reads, so it never posts
    std::unique_ptr<Store> m_store;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<DeliveryStats> m_stats;
    std::unique_ptr<StoreReader::Connection> m_connection;
};

StoreReader::StoreReader(StoreLocation location, const Clock &clock)
    : m_worker(new Worker(std::move(location), clock)), m_answers(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("hookboard-reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreReader::~StoreReader()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StoreReader::run(std::function<void(const Result<Connection *> &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(worker->connection()); },
        Qt::QueuedConnection);
}

} // namespace hookboard
