#include "eventpagereader.h"

#include "store/store.h"

namespace hookboard {

EventPageReader::EventPageReader(const StoreLocation &store, const Clock &clock) : m_reader(store, clock) {}

void EventPageReader::read(int generation, const EventQuery &query, QObject *receiver, Done done)
{
    m_reader.read<Result<QList<Event>>>(
        receiver,
        [latest = m_latest, generation, query](StoreReader::Connection &c) -> Result<QList<Event>> {
            if (generation < latest->load())
                return Error::internal(QStringLiteral("event log: read superseded"));
            return c.store.events().list(query);
        },
        std::move(done));
}

void EventPageReader::count(int generation, const EventQuery &query, qint64 most, QObject *receiver,
                            std::function<void(Result<qint64>)> done)
{
    m_reader.read<Result<qint64>>(
        receiver,
        [latest = m_latest, generation, query, most](StoreReader::Connection &c) -> Result<qint64> {
            if (generation < latest->load())
                return Error::internal(QStringLiteral("event log: count superseded"));
            return c.store.events().countUpTo(query, most);
        },
        std::move(done));
}

void EventPageReader::supersede(int generation)
{
    m_latest->store(generation);
}

} // namespace hookboard
