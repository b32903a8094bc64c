#pragma once

#include "common/result.h"

#include <QByteArray>

namespace hookboard {

class Clock;
class Metrics;
class Store;

// GET /metrics (issue 12): Hookboard's counters since start (Metrics) and the queue as the store
// holds it now, in Prometheus' text format. Reads the store on the caller's connection (the API's).
class MetricsEndpoint
{
public:
    MetricsEndpoint(const Metrics &metrics, Store &store, const Clock &clock);

    // The exposition text; an error when the store cannot be read.
    Result<QByteArray> render() const;

private:
    const Metrics &m_metrics;
    Store &m_store;
    const Clock &m_clock;
};

} // namespace hookboard
