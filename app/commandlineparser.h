#pragma once

#include "app/runtimeoptions.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace hookboard {

// What the command line asks Hookboard to do.
struct CommandLineOptions
{
    bool headless = false;
    // runtime.dataDir is absolute: the platform's app data folder unless --data-dir says otherwise.
    RuntimeOptions runtime;
    // --migrate-to: the PostgreSQL database to copy the data folder's store into.
    std::optional<StoreLocation> migrateTo;
};

// Reads the command line into CommandLineOptions. Help and version are answered by the caller, so
// that nothing here prints or exits and it can be tested as a function.
class CommandLineParser
{
public:
    enum class Outcome
    {
        Run,         // options are valid: start Hookboard
        ShowHelp,    // --help: print helpText() and exit 0
        ShowVersion, // --version: print versionText() and exit 0
        PrintSchema, // --print-schema: print the GraphQL schema as SDL and exit 0
        MigrateTo,   // --migrate-to: copy the store into options().migrateTo, then exit
        Error,       // print errorText() and exit 2
    };

    static constexpr int kUsageExitCode = 2;

    // arguments includes the program name first, as QCoreApplication::arguments() has it.
    Outcome parse(const QStringList &arguments);

    const CommandLineOptions &options() const { return m_options; }
    QString errorText() const { return m_errorText; }
    QString helpText() const { return m_helpText; }
    static QString versionText();

private:
    bool parseDeliveryOptions(const QString &schedule, const QString &timeout);
    // A postgresql:// URL given with option (--database or --migrate-to), and the password from
    // --database-password-file when given, into location (after the data folder).
    bool parseDatabaseOptions(const QString &option, const QString &url, const QString &passwordFile,
                              bool fileGiven, StoreLocation &location);

    CommandLineOptions m_options;
    QString m_errorText;
    QString m_helpText;
};

} // namespace hookboard
