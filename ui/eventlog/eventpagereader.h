#pragma once

#include "common/result.h"
#include "model/event.h"
#include "store/eventstore.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace hookboard {

// Reads pages of the event log on a thread and a store connection of its own. A filter on payload
// text makes SQLite read every stored payload, a second at a million events, and the window must
// keep answering meanwhile. A read that a newer reload has made pointless is skipped, not run, so
// typing a search does not queue up one scan per pause.
class EventPageReader
{
public:
    using Done = std::function<void(Result<QList<Event>>)>;

    // databasePath: the store file; the reader opens its own connection to it when first needed.
    explicit EventPageReader(QString databasePath);
    // Waits for the read under way (if any) to finish, then ends the thread.
    ~EventPageReader();
    EventPageReader(const EventPageReader &) = delete;
    EventPageReader &operator=(const EventPageReader &) = delete;

    // Lists query on the reader's thread and calls done on receiver's thread with the result,
    // unless a generation above this one was superseded in before the read began.
    void read(int generation, const EventQuery &query, QObject *receiver, Done done);
    // Reads of older generations still waiting are dropped.
    void supersede(int generation);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};

} // namespace hookboard
