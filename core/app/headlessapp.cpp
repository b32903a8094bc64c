#include "headlessapp.h"

#include "common/clock.h"
#include "common/unixsignalwatcher.h"
#include "service/webhookservice.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

namespace hookboard {

namespace {

void printErr(const QString &line)
{
    std::fputs(qUtf8Printable(QStringLiteral("hookboard: ") + line + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

} // namespace

HeadlessApp::HeadlessApp(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_clock(std::make_unique<SystemClock>())
{}

HeadlessApp::~HeadlessApp() = default;

int HeadlessApp::run()
{
    // Signals are caught before anything is announced: whoever reads the headless line may stop us
    // at once, and that must be a clean stop, not the default action killing us mid-way.
    m_signals = std::make_unique<UnixSignalWatcher>();
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        if (!m_signals->watch(signalNumber))
            printErr(QCoreApplication::translate("HeadlessApp", "cannot catch signal %1; it will stop "
                                                                "Hookboard without a clean shutdown")
                         .arg(signalNumber));
    }
    connect(m_signals.get(), &UnixSignalWatcher::received, this, [] { QCoreApplication::exit(0); });

    Result<std::unique_ptr<Store>> opened = Store::open(m_dataDir);
    if (!opened) {
        printErr(opened.error().message);
        return 1;
    }
    m_store = std::move(opened).value();
    m_service = std::make_unique<WebhookService>(*m_store, *m_clock);

    const Result<int> version = schemaVersion(m_store->database().connection());
    printErr(QCoreApplication::translate("HeadlessApp", "headless; store %1 (schema version %2)")
                 .arg(m_store->database().filePath())
                 .arg(version ? *version : -1));

    const int code = QCoreApplication::exec();
    // The service goes before the store it writes to.
    m_service.reset();
    m_store.reset();
    return code;
}

} // namespace hookboard
