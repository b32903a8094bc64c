// hookboard: parses the command line, then starts the console or the headless service. Wiring only;
// everything else lives in hookboard_core and hookboard_ui.
#include "api/graphqlschema.h"
#include "app/headlessapp.h"
#include "commandlineparser.h"
#include "common/translations.h"
#include "graphql/sdlprinter.h"
#include "store/storecopy.h"

#include <QCoreApplication>
#include <cstdio>
#include <sys/resource.h>

#ifdef HOOKBOARD_HAVE_GUI
#include "consoleapp.h"

#include <QApplication>
#endif

namespace {

// The messages of this file, under the context "main".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void print(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    std::fflush(stream);
}

// Lifts the soft limit on open files to the hard one (1,024 by default on Debian, often 524,288
// hard): each HTTP server caps its own connections (HttpServer::kDefaultMaxConnections) well below
// it, so that neither API clients nor in-flight deliveries can run the process out of descriptors.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &limit);
    }
}

QStringList argumentList(int argc, char **argv)
{
    // Parsed before any QCoreApplication exists, because which kind to create depends on the result.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

#ifdef HOOKBOARD_HAVE_GUI
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without this check QApplication would abort with "could not connect to display". A platform
    // chosen explicitly (offscreen, vnc, ...) is trusted to know what it needs.
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}
#endif

// hookboard --migrate-to: copies the data folder's store into an empty PostgreSQL database.
int migrateStore(int argc, char **argv, const hookboard::CommandLineOptions &options)
{
    QCoreApplication app(argc, argv); // the SQL drivers are plugins, found through the application
    hookboard::Translations::install(app, QStringLiteral("en"));
    const hookboard::Result<hookboard::CopyReport> copied =
        hookboard::StoreCopy::migrate(options.runtime.dataDir, *options.migrateTo);
    if (!copied) {
        print(stderr, QStringLiteral("hookboard: ") + copied.error().message + QLatin1Char('\n'));
        return 1;
    }
    print(stdout, copied->summary() + QLatin1Char('\n'));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("hookboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hookboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKBOARD_VERSION));
    raiseOpenFileLimit();

    hookboard::CommandLineParser parser;
    switch (parser.parse(argumentList(argc, argv))) {
    case hookboard::CommandLineParser::Outcome::ShowHelp:
        print(stdout, parser.helpText());
        return 0;
    case hookboard::CommandLineParser::Outcome::ShowVersion:
        print(stdout, hookboard::CommandLineParser::versionText() + QLatin1Char('\n'));
        return 0;
    case hookboard::CommandLineParser::Outcome::PrintSchema:
        print(stdout, hookboard::graphql::SdlPrinter::print(hookboard::GraphQLSchema::instance()));
        return 0;
    case hookboard::CommandLineParser::Outcome::MigrateTo:
        return migrateStore(argc, argv, parser.options());
    case hookboard::CommandLineParser::Outcome::Error:
        print(stderr, QStringLiteral("hookboard: ") + parser.errorText() + QLatin1Char('\n') +
                          Text::tr("Try 'hookboard --help' for the options.") + QLatin1Char('\n'));
        return hookboard::CommandLineParser::kUsageExitCode;
    case hookboard::CommandLineParser::Outcome::Run:
        break;
    }
    const hookboard::CommandLineOptions &options = parser.options();

    bool headless = options.headless;
#ifdef HOOKBOARD_HAVE_GUI
    if (!headless && !displayAvailable()) {
        print(stderr, QStringLiteral("hookboard: ") + Text::tr("no display found, running headless") +
                          QLatin1Char('\n'));
        headless = true;
    }
#else
    if (!headless)
        print(stderr, QStringLiteral("hookboard: ") +
                          Text::tr("built without the console, running headless") + QLatin1Char('\n'));
    headless = true;
#endif

    if (headless) {
        QCoreApplication app(argc, argv);
        // A server's log speaks English (with its plural forms), whatever the machine's locale.
        hookboard::Translations::install(app, QStringLiteral("en"));
        hookboard::HeadlessApp headlessApp(options.runtime);
        return headlessApp.run();
    }
#ifdef HOOKBOARD_HAVE_GUI
    QApplication app(argc, argv);
    hookboard::ConsoleApp console(options.runtime);
    return console.run();
#endif
}
