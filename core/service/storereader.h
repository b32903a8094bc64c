#pragma once

#include "common/result.h"
#include "store/storelocation.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace hookboard {

class Clock;
class DeliveryStats;
class Store;
class WebhookService;

// Runs the console's reads on a thread and a store connection of its own and answers on the
// asker's thread, so that no statement runs on the GUI thread while deliveries flow (a statistics
// read over a million attempts takes a second). Reads run one at a time, in the order asked.
class StoreReader
{
public:
    // What a read may use, on the reader's thread. Only reads: changes go through the service
    // that the console was given, so that they are posted to the change feed.
    struct Connection
    {
        Store &store;
        const WebhookService &service;
        DeliveryStats &stats; // shared by every view, so its kept hours are read once
    };

    // The connection to the store in dataDir is opened on the reader's thread at the first read.
    StoreReader(StoreLocation location, const Clock &clock);
    // Waits for the read under way, closes the connection on its thread and ends the thread.
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // Runs work on the reader's thread and then done(result) on the calling thread, unless context
    // has been destroyed by then. Call from the thread that created the reader. T is made from an
    // Error (as Result is) when the store cannot be opened.
    template <typename T>
    void read(QObject *context, std::function<T(Connection &)> work, std::function<void(T)> done)
    {
        run([work = std::move(work), done = std::move(done), context = QPointer<QObject>(context),
             answers = m_answers.get()](const Result<Connection *> &connection) mutable {
            auto result = std::make_shared<T>(connection ? work(**connection) : T(connection.error()));
            // Queued to an object of the asking thread, where context can be checked safely.
            QMetaObject::invokeMethod(
                answers,
                [done = std::move(done), context, result] {
                    if (context)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

private:
    class Worker;

    void run(std::function<void(const Result<Connection *> &)> job);

    QThread m_thread;
    Worker *m_worker;                   // lives on m_thread
    std::unique_ptr<QObject> m_answers; // lives on the creating thread
};

} // namespace hookboard
