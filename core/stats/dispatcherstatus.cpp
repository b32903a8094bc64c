#include "dispatcherstatus.h"

#include "delivery/deliveryengine.h"

namespace hookboard {

DispatcherStatus::DispatcherStatus(DeliveryEngine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
    if (!engine)
        return;
    connect(engine, &DeliveryEngine::storeFailed, this, [this](const QString &message) {
        m_storeFailed = true;
        m_storeError = message;
        emit changed();
    });
    connect(engine, &DeliveryEngine::storeRecovered, this, [this] {
        m_storeFailed = false;
        m_storeError.clear();
        emit changed();
    });
}

DispatcherStatus::State DispatcherStatus::state() const
{
    if (!m_engine)
        return State::Off;
    if (m_storeFailed)
        return State::StoreFailed;
    return m_engine->isRunning() ? State::Running : State::Stopped;
}

} // namespace hookboard
