#include "consoleapp.h"

#include "common/clock.h"
#include "common/localuser.h"
#include "common/unixsignalwatcher.h"
#include "mainwindow.h"
#include "service/webhookservice.h"
#include "store/store.h"

#include <QApplication>
#include <csignal>
#include <cstdio>

namespace hookboard {

ConsoleApp::ConsoleApp(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_clock(std::make_unique<SystemClock>())
{}

ConsoleApp::~ConsoleApp()
{
    // The window's models listen to the service, and the service writes to the store.
    m_window.reset();
    m_service.reset();
    m_store.reset();
}

int ConsoleApp::run()
{
    m_signals = std::make_unique<UnixSignalWatcher>();
    m_signals->watch(SIGTERM);
    m_signals->watch(SIGINT);
    connect(m_signals.get(), &UnixSignalWatcher::received, this, [this] {
        if (m_window)
            m_window->close(); // saves geometry and page like a person closing it would
        QApplication::exit(0);
    });

    Result<std::unique_ptr<Store>> opened = Store::open(m_dataDir);
    if (!opened) {
        std::fputs(qUtf8Printable(QStringLiteral("hookboard: ") + opened.error().message + QLatin1Char('\n')),
                   stderr);
        return 1;
    }
    m_store = std::move(opened).value();
    m_service = std::make_unique<WebhookService>(*m_store, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_service, m_dataDir, localUserName());
    QApplication::setWindowIcon(m_window->windowIcon());
    m_window->show();
    return QApplication::exec();
}

} // namespace hookboard
