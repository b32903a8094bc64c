#include "consoleapp.h"

#include "app/runtime.h"
#include "common/clock.h"
#include "common/localuser.h"
#include "common/translations.h"
#include "common/unixsignalwatcher.h"
#include "mainwindow.h"
#include "service/storereader.h"
#include "settings/settingspage.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <csignal>
#include <cstdio>

namespace hookboard {

ConsoleApp::ConsoleApp(RuntimeOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(std::make_unique<SystemClock>())
{}

ConsoleApp::~ConsoleApp()
{
    // The window's models listen to the service, which the runtime owns.
    m_window.reset();
    m_reader.reset(); // its connection closes before the runtime frees the data folder
    m_runtime.reset();
}

int ConsoleApp::run()
{
    // Before anything speaks: the runtime's errors are translated too.
    const QSettings settings(QDir(m_options.dataDir).filePath(QStringLiteral("settings.ini")),
                             QSettings::IniFormat);
    const QString language = settings.value(QLatin1String(SettingsPage::kLanguageKey)).toString();
    const QString installed = Translations::install(*QCoreApplication::instance(), language);
    // A language chosen in Settings also writes numbers and dates its way.
    if (Translations::languages().contains(language))
        QLocale::setDefault(QLocale(installed));
    m_signals = std::make_unique<UnixSignalWatcher>();
    m_signals->watch(SIGTERM);
    m_signals->watch(SIGINT);
    connect(m_signals.get(), &UnixSignalWatcher::received, this, [this] {
        if (m_window)
            m_window->closeForQuit(); // saves geometry and page like a person closing it would
        QApplication::exit(0);
    });

    m_runtime = std::make_unique<Runtime>(m_options, *m_clock);
    if (Status started = m_runtime->start(); !started) {
        std::fputs(
            qUtf8Printable(QStringLiteral("hookboard: ") + started.error().message + QLatin1Char('\n')),
            stderr);
        return 1;
    }
    ConsoleContext context;
    context.service = &m_runtime->service();
    context.store = &m_runtime->store();
    m_reader = std::make_unique<StoreReader>(m_options.store(), *m_clock);
    context.reader = m_reader.get();
    context.clock = m_clock.get();
    context.engine = &m_runtime->engine();
    context.sandbox = &m_runtime->sandbox();
    context.dataDir = m_options.dataDir;
    context.sharedStore = m_options.sharedStore;
    context.operatorName = localUserName();
    context.apiUrl = m_runtime->apiUrl();
    context.apiToken = m_runtime->apiToken() ? m_runtime->apiToken()->token() : QString();
    context.settings = &m_runtime->settings();
    m_window = std::make_unique<MainWindow>(context);
    QApplication::setWindowIcon(m_window->windowIcon());
    m_window->show();
    // SPEC §4: the ready line whenever the program listens, console included (scripts wrap it).
    std::fputs(qUtf8Printable(m_runtime->readyLine() + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
    const int code = QApplication::exec();
    m_window.reset();
    m_runtime->stop(); // in-flight deliveries finish or go back to the queue
    return code;
}

} // namespace hookboard
