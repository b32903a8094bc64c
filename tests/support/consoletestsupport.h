#pragma once

// For GUI tests only (they link hookboard_ui): finding widgets, the ConsoleContext a page gets over
// a TestStore, and a rig with a running sandbox and delivery engine.

#include "consolecontext.h"
#include "delivery/deliveryengine.h"
#include "sandbox/sandboxserver.h"
#include "service/webhookservice.h"
#include "testsupport.h"

#include <QWidget>
#include <memory>

namespace hookboard::test {

// The widget of type T named name under root; a test that looks for a widget the page lacks stops
// with its name rather than crashing on a null pointer.
template <typename T> T *find(const QWidget &root, const char *name)
{
    auto *widget = root.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

inline ConsoleContext consoleContextFor(TestStore &store,
                                        const QString &operatorName = QStringLiteral("tester"))
{
    ConsoleContext context;
    context.service = &store.service();
    context.store = &store.store();
    context.reader = &store.reader();
    context.clock = &store.clock();
    context.dataDir = store.dataDir();
    context.operatorName = operatorName;
    return context;
}

// A store, the sandbox receiver listening on loopback, and a running engine that trusts the
// sandbox's CA and shares the store's change feed, as Runtime wires them.
struct DeliveryRig
{
    DeliveryRig()
    {
        sandbox.setClock(&store.clock());
        if (Status started = sandbox.start(store.dataDir()); !started)
            qFatal("sandbox: %s", qPrintable(started.error().message));
        engine =
            std::make_unique<DeliveryEngine>(store.dataDir(), store.clock(), DeliveryConfig{},
                                             QList<QSslCertificate>{sandbox.caCertificate()}, store.feed());
        if (Result<int> running = engine->start(); !running)
            qFatal("engine: %s", qPrintable(running.error().message));
    }

    ConsoleContext context()
    {
        ConsoleContext context = consoleContextFor(store);
        context.engine = engine.get();
        context.sandbox = &sandbox;
        return context;
    }

    Receiver receiverAt(const QString &bin)
    {
        ReceiverInput input;
        input.name = QStringLiteral("Sandbox ") + bin;
        input.webhookUri = sandbox.binUrl(bin).toString();
        Result<Receiver> made = store.service().createReceiver(input, tester());
        if (!made)
            qFatal("receiverAt: %s", qPrintable(made.error().message));
        return *made;
    }

    TestStore store;
    SandboxServer sandbox;
    std::unique_ptr<DeliveryEngine> engine;
};

} // namespace hookboard::test
