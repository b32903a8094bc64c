#pragma once

#include "common/result.h"
#include "testhttpsserver.h"

#include <QMetaObject>
#include <QMutex>
#include <vector>

namespace hookboard {
class WebhookService;
}

namespace hookboard::bench {

// Resources a receiver can subscribe to (resources/catalog.json); receiver i takes the i-th, so
// that with several receivers each publish still makes exactly one event.
extern const char *const kResources[15];
constexpr int kMaxReceivers = 15;

// Receivers "bench receiver 1..count" at server paths /r1../rcount, receiver i subscribed to
// kResources[i] CREATE; cap is their maxInFlight (0: the global default).
Status addReceivers(WebhookService &service, const test::TestHttpsServer &server, int count, int cap = 0);

// The number after "event_id": in a delivery body; -1 when there is none.
qint64 eventIdOf(const QByteArray &body);

// Every request the test server reads: the event it carries and when it arrived. Written on the
// server's thread, at the moment the request is complete (before the answer goes out). The
// server's own list of requests is cleared as they arrive, so that tens of thousands of them do
// not count as the memory of what is measured.
class ArrivalLog
{
public:
    struct Arrival
    {
        qint64 eventId = 0;
        qint64 atUs = 0; // bench::nowUs()
    };

    explicit ArrivalLog(test::TestHttpsServer *server);
    ~ArrivalLog();
    ArrivalLog(const ArrivalLog &) = delete;
    ArrivalLog &operator=(const ArrivalLog &) = delete;

    std::vector<Arrival> take();
    qsizetype size() const;

private:
    QMetaObject::Connection m_connection;
    mutable QMutex m_mutex;
    std::vector<Arrival> m_arrivals;
};

} // namespace hookboard::bench
