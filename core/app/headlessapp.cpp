#include "headlessapp.h"

#include "app/runtime.h"
#include "common/clock.h"
#include "common/unixsignalwatcher.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

namespace hookboard {

namespace {

void print(FILE *stream, const QString &line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

HeadlessApp::HeadlessApp(RuntimeOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(std::make_unique<SystemClock>())
{}

HeadlessApp::~HeadlessApp() = default;

int HeadlessApp::run()
{
    // Signals are caught before anything is announced: whoever reads the ready line may stop us at
    // once, and that must be a clean stop, not the default action killing us mid-way.
    m_signals = std::make_unique<UnixSignalWatcher>();
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        if (!m_signals->watch(signalNumber))
            print(stderr, QStringLiteral("hookboard: ") +
                              tr("cannot catch signal %1; it will stop Hookboard without a clean shutdown")
                                  .arg(signalNumber));
    }
    connect(m_signals.get(), &UnixSignalWatcher::received, this, [] { QCoreApplication::exit(0); });

    m_runtime = std::make_unique<Runtime>(m_options, *m_clock);
    if (Status started = m_runtime->start(); !started) {
        print(stderr, QStringLiteral("hookboard: ") + started.error().message);
        return 1;
    }
    const Database &database = m_runtime->store().database();
    const Result<int> version = schemaVersion(database.connection(), database.engine());
    print(stderr, QStringLiteral("hookboard: ") + tr("headless; store %1 (schema version %2)")
                                                      .arg(database.filePath())
                                                      .arg(version ? *version : -1));
    if (m_runtime->requeuedAtStart() > 0)
        print(stderr,
              QStringLiteral("hookboard: ") + tr("%n event(s) interrupted by the last stop went back to "
                                                 "the queue",
                                                 nullptr, m_runtime->requeuedAtStart()));
    print(stdout, m_runtime->readyLine());

    const int code = QCoreApplication::exec();
    // In-flight deliveries finish or go back to the queue; every outcome is written before we exit.
    m_runtime->stop();
    return code;
}

} // namespace hookboard
