#pragma once

#include "common/result.h"
#include "model/event.h"
#include "service/storereader.h"
#include "store/eventstore.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace hookboard {

class Clock;

// Reads pages of the event log on a StoreReader of its own (a thread and a connection). A filter on
// payload text makes SQLite read every stored payload, a second at a million events: the window
// must keep answering meanwhile, and the statistics (on the console's shared reader) must not wait
// behind it. A read that a newer reload has made pointless is skipped, not run, so typing a search
// does not queue up one scan per pause.
class EventPageReader
{
public:
    using Done = std::function<void(Result<QList<Event>>)>;

    // store: where the store is; the connection is opened when first needed.
    EventPageReader(const StoreLocation &store, const Clock &clock);

    // Lists query on the reader's thread and calls done on receiver's thread with the result. A read
    // whose generation was superseded before it began is skipped and answered with an error, which
    // the receiver drops as it does any answer of an older generation.
    void read(int generation, const EventQuery &query, QObject *receiver, Done done);
    // Counts query's events, at most most, like read() (skipped when superseded).
    void count(int generation, const EventQuery &query, qint64 most, QObject *receiver,
               std::function<void(Result<qint64>)> done);
    // Reads of older generations still waiting are skipped.
    void supersede(int generation);

private:
    StoreReader m_reader;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};

} // namespace hookboard
