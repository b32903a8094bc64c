#include "commandlineparser.h"

#include "store/datadir.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace hookboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLineParser", text);
}

} // namespace

CommandLineParser::Outcome CommandLineParser::parse(const QStringList &arguments)
{
    const QString defaultDataDir = datadir::defaultPath();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Hookboard: register webhook receivers, subscribe them to changes "
                                        "and deliver every change as a signed HTTP POST."));
    // Our own help option rather than addHelpOption(): that one also adds --help-all, which lists Qt's
    // GUI options and would need an application object that does not exist yet.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    parser.addOption(helpOption);
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version and exit."));
    parser.addOption(versionOption);
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            tr("Run without the console until SIGTERM or SIGINT."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        tr("Folder that holds the store and settings (default: %1).").arg(defaultDataDir), tr("dir"));
    parser.addOption(headlessOption);
    parser.addOption(dataDirOption);
    // Without an application object, helpText() cannot know the program's name.
    m_helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("hookboard"));

    if (!parser.parse(arguments)) {
        m_errorText = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(helpOption))
        return Outcome::ShowHelp;
    if (parser.isSet(versionOption))
        return Outcome::ShowVersion;
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty()) {
        m_errorText = tr("Unexpected argument '%1': Hookboard takes options only.").arg(extra.constFirst());
        return Outcome::Error;
    }
    if (parser.values(dataDirOption).size() > 1) {
        m_errorText = tr("Option 'data-dir' given more than once.");
        return Outcome::Error;
    }

    m_options.headless = parser.isSet(headlessOption);
    m_options.dataDir = defaultDataDir;
    if (parser.isSet(dataDirOption)) {
        const QString given = parser.value(dataDirOption);
        if (given.isEmpty()) {
            m_errorText = tr("Option 'data-dir' needs a folder, not an empty value.");
            return Outcome::Error;
        }
        // Absolute, so messages and the status bar name the folder unambiguously.
        m_options.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(given));
    }
    return Outcome::Run;
}

QString CommandLineParser::versionText()
{
    return QStringLiteral("hookboard ") + QStringLiteral(HOOKBOARD_VERSION);
}

} // namespace hookboard
