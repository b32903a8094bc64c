#include "eventpagereader.h"

#include "store/database.h"

namespace hookboard {

// Lives on the reader's thread and owns the connection there (a connection belongs to the thread
// that opened it).
class EventPageReader::Worker : public QObject
{
public:
    explicit Worker(QString databasePath) : m_databasePath(std::move(databasePath)) {}

    Result<QList<Event>> list(const EventQuery &query)
    {
        if (!m_events) {
            Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath);
            if (!opened)
                return opened.error();
            m_database = std::move(opened).value();
            m_events = std::make_unique<EventStore>(*m_database);
        }
        return m_events->list(query);
    }

    void close()
    {
        m_events.reset();
        m_database.reset();
    }

private:
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EventStore> m_events;
};

EventPageReader::EventPageReader(QString databasePath) : m_worker(new Worker(std::move(databasePath)))
{
    m_thread.setObjectName(QStringLiteral("hookboard-eventlog"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

EventPageReader::~EventPageReader()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void EventPageReader::read(int generation, const EventQuery &query, QObject *receiver, Done done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, latest = m_latest, generation, query, receiver, done = std::move(done)] {
            if (generation < latest->load())
                return;
            Result<QList<Event>> rows = worker->list(query);
            // The receiver outlives this call: its owner destroys the reader, which waits for it.
            QMetaObject::invokeMethod(
                receiver, [done, rows = std::move(rows)]() mutable { done(std::move(rows)); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EventPageReader::supersede(int generation)
{
    m_latest->store(generation);
}

} // namespace hookboard
