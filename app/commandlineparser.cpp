#include "commandlineparser.h"

#include "model/validation.h"
#include "store/datadir.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace hookboard {

namespace {

// A lease renewed every third of its length needs a few seconds; an hour is already far longer
// than any attempt (two minutes at most) and leaves killed work waiting long enough.
constexpr int kFewestLeaseSeconds = 3;
constexpr int kMostLeaseSeconds = 3600;

constexpr int kMostRetentionDays = 36'500; // a hundred years: past that, 0 says "forever" better

// The messages of this file, under the context "CommandLineParser".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineParser)
};

} // namespace

CommandLineParser::Outcome CommandLineParser::parse(const QStringList &arguments)
{
    const QString defaultDataDir = datadir::defaultPath();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Hookboard: register webhook receivers, subscribe them to changes "
                 "and deliver every change as a signed HTTP POST."));
    // Our own help option rather than addHelpOption(): that one also adds --help-all, which lists Qt's
    // GUI options and would need an application object that does not exist yet.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Text::tr("Show this help and exit."));
    parser.addOption(helpOption);
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Text::tr("Show the version and exit."));
    parser.addOption(versionOption);
    const QCommandLineOption printSchemaOption(QStringLiteral("print-schema"),
                                               Text::tr("Print the GraphQL API's schema as SDL and exit."));
    parser.addOption(printSchemaOption);
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            Text::tr("Run without the console until SIGTERM or SIGINT."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        Text::tr("Folder that holds the store and settings (default: %1).").arg(defaultDataDir),
        Text::tr("dir"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        Text::tr("Keep the store in PostgreSQL instead of the data folder, shared by every Hookboard "
                 "pointed at it (the password from PGPASSWORD or --database-password-file)."),
        Text::tr("postgresql://user@host:port/dbname"));
    const QCommandLineOption databasePasswordFileOption(
        QStringLiteral("database-password-file"),
        Text::tr("File whose first line is the PostgreSQL password for --database or --migrate-to."),
        Text::tr("file"));
    const QCommandLineOption migrateToOption(
        QStringLiteral("migrate-to"),
        Text::tr("Copy the data folder's store into an empty PostgreSQL database, keeping every id, and exit "
                 "(the password from PGPASSWORD or --database-password-file)."),
        Text::tr("postgresql://user@host:port/dbname"));
    const QCommandLineOption leaseOption(
        QStringLiteral("lease-seconds"),
        Text::tr("With --database: seconds after which the attempts of an instance that stopped (killed, "
                 "cut off) are taken over by the others (default 60)."),
        Text::tr("seconds"));
    const QCommandLineOption apiListenOption(
        QStringLiteral("api-listen"),
        Text::tr(
            "Address of the local API (default 127.0.0.1:8765; port 0 picks a free one). An address other "
            "than loopback needs --api-tls-cert and --api-tls-key."),
        Text::tr("host:port"));
    const QCommandLineOption apiTokenOption(
        QStringLiteral("api-token"),
        Text::tr(
            "Bearer token for the API (or set HOOKBOARD_API_TOKEN). Without one, a token is generated once "
            "and kept in the store."),
        Text::tr("token"));
    const QCommandLineOption apiTlsCertOption(QStringLiteral("api-tls-cert"),
                                              Text::tr("PEM certificate for serving the API over HTTPS."),
                                              Text::tr("pem"));
    const QCommandLineOption apiTlsKeyOption(QStringLiteral("api-tls-key"),
                                             Text::tr("PEM private key for serving the API over HTTPS."),
                                             Text::tr("pem"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        Text::tr("Extra CA certificates (PEM) trusted for receivers, besides the system's; repeatable."),
        Text::tr("pem"));
    const QCommandLineOption sandboxListenOption(
        QStringLiteral("sandbox-listen"),
        Text::tr("Address of the built-in HTTPS sandbox receiver (default: a free loopback port)."),
        Text::tr("host:port"));
    const QCommandLineOption retryScheduleOption(
        QStringLiteral("retry-schedule"),
        Text::tr("Seconds between attempts, for receivers that set none "
                 "(default 5,300,1800,7200,18000,36000,36000)."),
        Text::tr("s,s,..."));
    const QCommandLineOption attemptTimeoutOption(
        QStringLiteral("attempt-timeout"),
        Text::tr("Seconds an attempt may take, for receivers that set none (default 15)."),
        Text::tr("seconds"));
    const QCommandLineOption retentionOption(
        QStringLiteral("retention-days"),
        Text::tr("Days finished events are kept before they are removed (default 30; 0 keeps every event)."),
        Text::tr("days"));
    const QCommandLineOption denyCidrOption(
        QStringLiteral("deny-cidr"),
        Text::tr("Refuse deliveries to this range, besides link-local, cloud-metadata and multicast; "
                 "repeatable."),
        Text::tr("cidr"));
    const QCommandLineOption allowCidrOption(
        QStringLiteral("allow-cidr"),
        Text::tr("Allow deliveries to this range inside a refused one; repeatable."), Text::tr("cidr"));
    parser.addOptions({headlessOption, dataDirOption, databaseOption, databasePasswordFileOption,
                       migrateToOption, leaseOption, apiListenOption, apiTokenOption, apiTlsCertOption,
                       apiTlsKeyOption, caFileOption, sandboxListenOption, retryScheduleOption,
                       attemptTimeoutOption, retentionOption, denyCidrOption, allowCidrOption});
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
    if (parser.isSet(printSchemaOption))
        return Outcome::PrintSchema;
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty()) {
        m_errorText =
            Text::tr("Unexpected argument '%1': Hookboard takes options only.").arg(extra.constFirst());
        return Outcome::Error;
    }
    for (const QCommandLineOption *single :
         {&dataDirOption, &databaseOption, &databasePasswordFileOption, &migrateToOption, &leaseOption,
          &apiListenOption, &apiTokenOption, &apiTlsCertOption, &apiTlsKeyOption, &sandboxListenOption,
          &retentionOption}) {
        if (parser.values(*single).size() > 1) {
            m_errorText = Text::tr("Option '%1' given more than once.").arg(single->names().constFirst());
            return Outcome::Error;
        }
    }

    RuntimeOptions &runtime = m_options.runtime;
    // What was given here wins over the settings kept in the store (OperatorSettings::merge).
    for (const QCommandLineOption *option :
         {&apiListenOption, &caFileOption, &retryScheduleOption, &attemptTimeoutOption, &retentionOption,
          &denyCidrOption, &allowCidrOption}) {
        if (!parser.isSet(*option))
            continue;
        // An empty value would silently stand for the default and hide the stored setting.
        for (const QString &value : parser.values(*option)) {
            if (value.trimmed().isEmpty()) {
                m_errorText = Text::tr("Option '%1' needs a value, not an empty one.")
                                  .arg(option->names().constFirst());
                return Outcome::Error;
            }
        }
        runtime.commandLine.append(option->names().constFirst());
    }
    m_options.headless = parser.isSet(headlessOption);
    runtime.dataDir = defaultDataDir;
    if (parser.isSet(dataDirOption)) {
        const QString given = parser.value(dataDirOption);
        if (given.isEmpty()) {
            m_errorText = Text::tr("Option 'data-dir' needs a folder, not an empty value.");
            return Outcome::Error;
        }
        // Absolute, so messages and the status bar name the folder unambiguously.
        runtime.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(given));
    }
    const bool migrating = parser.isSet(migrateToOption);
    const bool passwordFileGiven = parser.isSet(databasePasswordFileOption);
    if (migrating && parser.isSet(databaseOption)) {
        m_errorText =
            Text::tr("Options 'migrate-to' and 'database' do not go together: --migrate-to copies the "
                     "data folder's store into the database it names.");
        return Outcome::Error;
    }
    if (passwordFileGiven && !migrating && !parser.isSet(databaseOption)) {
        m_errorText = Text::tr("Option 'database-password-file' goes with --database or --migrate-to.");
        return Outcome::Error;
    }
    if (migrating) {
        StoreLocation target;
        if (!parseDatabaseOptions(QStringLiteral("--migrate-to"), parser.value(migrateToOption),
                                  parser.value(databasePasswordFileOption), passwordFileGiven, target))
            return Outcome::Error;
        m_options.migrateTo = target;
        return Outcome::MigrateTo;
    }
    if (parser.isSet(databaseOption) &&
        !parseDatabaseOptions(QStringLiteral("--database"), parser.value(databaseOption),
                              parser.value(databasePasswordFileOption), passwordFileGiven,
                              runtime.sharedStore))
        return Outcome::Error;
    if (parser.isSet(leaseOption)) {
        bool ok = false;
        const int seconds = parser.value(leaseOption).toInt(&ok);
        if (!ok || seconds < kFewestLeaseSeconds || seconds > kMostLeaseSeconds) {
            m_errorText =
                Text::tr("--lease-seconds: must be a whole number of seconds from %1 to %2 (got \"%3\")")
                    .arg(kFewestLeaseSeconds)
                    .arg(kMostLeaseSeconds)
                    .arg(parser.value(leaseOption));
            return Outcome::Error;
        }
        if (runtime.sharedStore.engine() == Engine::SQLite) {
            m_errorText =
                Text::tr("Option 'lease-seconds' goes with --database: on one machine nothing takes "
                         "over another instance's work.");
            return Outcome::Error;
        }
        runtime.delivery.leaseMs = qint64(seconds) * 1000;
    }
    for (const auto &[option, target] :
         {std::pair{&apiListenOption, &runtime.api}, std::pair{&sandboxListenOption, &runtime.sandbox}}) {
        if (!parser.isSet(*option))
            continue;
        Result<ListenAddress> address =
            ListenAddress::parse(parser.value(*option), QStringLiteral("--") + option->names().constFirst());
        if (!address) {
            m_errorText = address.error().message;
            return Outcome::Error;
        }
        *target = *address;
    }
    runtime.apiToken = parser.isSet(apiTokenOption) ? parser.value(apiTokenOption)
                                                    : qEnvironmentVariable("HOOKBOARD_API_TOKEN");
    if (parser.isSet(apiTokenOption) && runtime.apiToken.isEmpty()) {
        m_errorText = Text::tr("Option 'api-token' needs a token, not an empty value.");
        return Outcome::Error;
    }
    runtime.apiTlsCertificate = parser.value(apiTlsCertOption);
    runtime.apiTlsKey = parser.value(apiTlsKeyOption);
    if (runtime.apiTlsCertificate.isEmpty() != runtime.apiTlsKey.isEmpty()) {
        m_errorText = Text::tr("Options 'api-tls-cert' and 'api-tls-key' go together: give both or neither.");
        return Outcome::Error;
    }
    runtime.caFiles = parser.values(caFileOption);
    Result<OutboundPolicy> outbound =
        OutboundPolicy::withLists(parser.values(denyCidrOption), parser.values(allowCidrOption));
    if (!outbound) {
        m_errorText = outbound.error().message;
        return Outcome::Error;
    }
    runtime.delivery.outbound = *outbound;
    if (!parseDeliveryOptions(parser.value(retryScheduleOption), parser.value(attemptTimeoutOption)))
        return Outcome::Error;
    if (parser.isSet(retentionOption)) {
        bool ok = false;
        const int days = parser.value(retentionOption).toInt(&ok);
        if (!ok || days < 0 || days > kMostRetentionDays) {
            m_errorText =
                Text::tr("--retention-days: must be a whole number of days from 0 (keep every event) to "
                         "%1 (got \"%2\")")
                    .arg(kMostRetentionDays)
                    .arg(parser.value(retentionOption));
            return Outcome::Error;
        }
        runtime.delivery.retention.keepMs = qint64(days) * 24 * 3600 * 1000;
    }
    return Outcome::Run;
}

bool CommandLineParser::parseDatabaseOptions(const QString &option, const QString &url,
                                             const QString &passwordFile, bool fileGiven, StoreLocation &into)
{
    Result<StoreLocation> location = StoreLocation::parse(url, m_options.runtime.dataDir, option);
    if (!location) {
        m_errorText = location.error().message;
        return false;
    }
    if (fileGiven) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_errorText = Text::tr("--database-password-file: cannot read %1: %2")
                              .arg(passwordFile, file.errorString());
            return false;
        }
        // The first line, without its line break: what `echo secret > file` writes.
        location->password = QString::fromUtf8(file.readLine(4096)).remove(u'\n').remove(u'\r');
        if (location->password.isEmpty()) {
            m_errorText = Text::tr("--database-password-file: %1 holds no password on its first line")
                              .arg(passwordFile);
            return false;
        }
    }
    into = *location;
    return true;
}

// The global delivery settings follow the same rules as a receiver's own (validation::delivery), so
// the command line cannot set what the API would refuse.
bool CommandLineParser::parseDeliveryOptions(const QString &schedule, const QString &timeout)
{
    DeliverySettings settings;
    if (!schedule.isEmpty()) {
        QList<int> seconds;
        for (const QString &step : schedule.split(u',')) {
            bool ok = false;
            seconds.append(step.trimmed().toInt(&ok));
            if (!ok) {
                m_errorText = Text::tr("--retry-schedule: \"%1\" is not a whole number of seconds").arg(step);
                return false;
            }
        }
        settings.retrySchedule = seconds;
    }
    if (!timeout.isEmpty()) {
        bool ok = false;
        const int value = timeout.toInt(&ok);
        if (!ok || value < 1 || value > 120) {
            m_errorText =
                Text::tr("--attempt-timeout: must be a whole number of seconds from 1 to 120 (got \"%1\")")
                    .arg(timeout);
            return false;
        }
        settings.timeoutMs = value * 1000;
    }
    if (const QList<Error> errors = validation::delivery(settings); !errors.isEmpty()) {
        // Only the schedule can be at fault here: the timeout was checked in seconds above.
        m_errorText = QStringLiteral("--retry-schedule: ") +
                      errors.constFirst().message.section(QStringLiteral(": "), 1);
        return false;
    }
    if (settings.retrySchedule)
        m_options.runtime.delivery.retryScheduleSeconds = *settings.retrySchedule;
    if (settings.timeoutMs)
        m_options.runtime.delivery.timeoutMs = *settings.timeoutMs;
    return true;
}

QString CommandLineParser::versionText()
{
    return QStringLiteral("hookboard ") + QStringLiteral(HOOKBOARD_VERSION);
}

} // namespace hookboard
