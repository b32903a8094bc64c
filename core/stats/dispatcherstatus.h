#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace hookboard {

class DeliveryEngine;

// Whether deliveries are going out, as the console's status bar tells it: follows a DeliveryEngine,
// including the store failures it reports and recovers from. Without an engine (a console run
// without delivery) the dispatcher is Off.
class DispatcherStatus : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Off,         // no delivery engine at all
        Stopped,     // an engine that is not running
        Running,     // dispatching
        StoreFailed, // the engine cannot write to the store and holds its work until it can
    };
    Q_ENUM(State)

    explicit DispatcherStatus(DeliveryEngine *engine, QObject *parent = nullptr);

    State state() const;
    // The engine's words on the store failure; empty unless state() is StoreFailed.
    QString storeError() const { return m_storeFailed ? m_storeError : QString(); }

signals:
    // The store failed or recovered (start and stop are asked for, not announced: read state()).
    void changed();

private:
    QPointer<DeliveryEngine> m_engine;
    bool m_storeFailed = false;
    QString m_storeError;
};

} // namespace hookboard
