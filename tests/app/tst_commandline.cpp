// The hookboard executable run as a user would: options, exit codes, messages and the headless mode.
#include "app/operatorsettings.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void unknownOption_data();
    void unknownOption();
    void printSchema();
    void badOptionValue_data();
    void badOptionValue();
    void readyLineOnStdout();
    void headlessUsesStoredSettingsUnlessGiven();
    void headlessStopsCleanly_data();
    void headlessStopsCleanly();
    void foreignFileIsRefusedUnchanged();
    void newerStoreIsRefused();
    void damagedStoreIsRefused();
    void noDisplayRunsHeadless();
    void consolePrintsTheReadyLine();
    void consoleSpeaksTheLanguageChosenInSettings();

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QString out;
        QString err;
    };

    // Runs hookboard to the end (for invocations that exit by themselves).
    Run runToEnd(const QStringList &arguments);
    // Starts hookboard and waits for the headless line; the caller stops it.
    std::unique_ptr<QProcess>
    startHeadless(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Collects stderr into err and tells whether the headless line has come. QTRY_* evaluates its
    // expression once more after success, so what was read must be kept, not tested and dropped.
    static bool sawHeadlessLine(QProcess &process, QString &err)
    {
        err += QString::fromUtf8(process.readAllStandardError());
        return err.contains(QLatin1String("schema version"));
    }
    // Sends signalNumber and checks a clean exit 0.
    void stop(QProcess &process, int signalNumber);
    // Free ports for the API and the sandbox, so tests never collide with each other or a running
    // Hookboard on the default 8765.
    static QStringList freePorts()
    {
        return {QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--sandbox-listen"), QStringLiteral("127.0.0.1:0")};
    }

    QString m_exe;
};

namespace {

// Owner, group and other bits only: QFileInfo also reports the current user's, which would repeat the
// owner's.
QFileDevice::Permissions modeOf(const QFileInfo &info)
{
    constexpr auto ugo = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                         QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return info.permissions() & ugo;
}

} // namespace

void TestCommandLine::initTestCase()
{
    m_exe = qEnvironmentVariable("HOOKBOARD_EXE");
    QVERIFY2(!m_exe.isEmpty(), "HOOKBOARD_EXE must point at the hookboard executable");
    QVERIFY2(QFileInfo(m_exe).isExecutable(), qPrintable(m_exe));
}

TestCommandLine::Run TestCommandLine::runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(m_exe, arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::unique_ptr<QProcess> TestCommandLine::startHeadless(const QStringList &arguments,
                                                         const QProcessEnvironment &environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->start(m_exe, arguments + freePorts());
    if (!process->waitForStarted(30000))
        return nullptr;
    return process;
}

void TestCommandLine::stop(QProcess &process, int signalNumber)
{
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestCommandLine::version()
{
    const Run run = runToEnd({QStringLiteral("--version")});
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("hookboard ") + QStringLiteral(HOOKBOARD_VERSION));
}

void TestCommandLine::help()
{
    const Run run = runToEnd({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option :
         {"--headless", "--data-dir", "--version", "--help", "--api-listen", "--api-token", "--api-tls-cert",
          "--api-tls-key", "--ca-file", "--sandbox-listen", "--migrate-to"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
}

void TestCommandLine::printSchema()
{
    const Run run = runToEnd({QStringLiteral("--print-schema")});
    QCOMPARE(run.exitCode, 0);
    for (const char *declaration : {"type Query {", "type Mutation {", "enum ResourceEnum {",
                                    "enum WebhookSubscriptionActions {", "scalar JSON"})
        QVERIFY2(run.out.contains(QLatin1String(declaration)), declaration);
}

void TestCommandLine::unknownOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown long") << QStringList{QStringLiteral("--frobnicate")}
                                  << QStringLiteral("frobnicate");
    QTest::newRow("unknown short") << QStringList{QStringLiteral("-z")} << QStringLiteral("z");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--data-dir")}
                                   << QStringLiteral("--data-dir");
    QTest::newRow("positional") << QStringList{QStringLiteral("stray")} << QStringLiteral("stray");
}

void TestCommandLine::unknownOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = runToEnd(arguments);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1Char('\'') + named + QLatin1Char('\'')), qPrintable(run.err));
    QVERIFY2(run.err.startsWith(QLatin1String("hookboard: ")), qPrintable(run.err));
}

void TestCommandLine::badOptionValue_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("api-listen without port")
        << QStringList{QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1")} << 2
        << QStringLiteral("--api-listen: must be HOST:PORT");
    QTest::newRow("api-listen bad port")
        << QStringList{QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1:99999")} << 2
        << QStringLiteral("--api-listen: must be HOST:PORT");
    QTest::newRow("sandbox-listen not an address")
        << QStringList{QStringLiteral("--sandbox-listen"), QStringLiteral("example.com:443")} << 2
        << QStringLiteral("--sandbox-listen: must be HOST:PORT");
    QTest::newRow("tls cert without key")
        << QStringList{QStringLiteral("--api-tls-cert"), QStringLiteral("c.pem")} << 2
        << QStringLiteral("give both or neither");
    QTest::newRow("empty token") << QStringList{QStringLiteral("--api-token="), QStringLiteral("--headless")}
                                 << 2 << QStringLiteral("'api-token' needs a token");
    QTest::newRow("empty retry schedule")
        << QStringList{QStringLiteral("--retry-schedule="), QStringLiteral("--headless")} << 2
        << QStringLiteral("'retry-schedule' needs a value");
    QTest::newRow("empty ca file") << QStringList{QStringLiteral("--ca-file="), QStringLiteral("--headless")}
                                   << 2 << QStringLiteral("'ca-file' needs a value");
    QTest::newRow("retry schedule not numbers")
        << QStringList{QStringLiteral("--retry-schedule"), QStringLiteral("5,soon")} << 2
        << QStringLiteral("--retry-schedule: \"soon\" is not a whole number of seconds");
    QTest::newRow("retry step too long")
        << QStringList{QStringLiteral("--retry-schedule"), QStringLiteral("5,90000")} << 2
        << QStringLiteral("--retry-schedule: must be between 1 and 86400");
    QTest::newRow("attempt timeout too long")
        << QStringList{QStringLiteral("--attempt-timeout"), QStringLiteral("600")} << 2
        << QStringLiteral("--attempt-timeout: must be a whole number of seconds from 1 to 120");
    QTest::newRow("retention not a number")
        << QStringList{QStringLiteral("--retention-days"), QStringLiteral("a month")} << 2
        << QStringLiteral("--retention-days: must be a whole number of days from 0 (keep every event)");
    QTest::newRow("retention negative") << QStringList{QStringLiteral("--retention-days=-1")} << 2
                                        << QStringLiteral("--retention-days: must be a whole number of days");
    QTest::newRow("public api without tls")
        << QStringList{QStringLiteral("--headless"), QStringLiteral("--api-listen"),
                       QStringLiteral("0.0.0.0:0")}
        << 1 << QStringLiteral("--api-listen");
    QTest::newRow("deny-cidr not a range")
        << QStringList{QStringLiteral("--deny-cidr"), QStringLiteral("intranet")} << 2
        << QStringLiteral("--deny-cidr: \"intranet\" is not a CIDR range");
    QTest::newRow("allow-cidr prefix too long")
        << QStringList{QStringLiteral("--allow-cidr"), QStringLiteral("10.0.0.0/40")} << 2
        << QStringLiteral("--allow-cidr: \"10.0.0.0/40\" is not a CIDR range");
    QTest::newRow("migrate-to with a password")
        << QStringList{QStringLiteral("--migrate-to"),
                       QStringLiteral("postgresql://hb:secret@127.0.0.1/hookboard")}
        << 2 << QStringLiteral("--migrate-to must not carry a password");
    QTest::newRow("migrate-to not a postgresql url")
        << QStringList{QStringLiteral("--migrate-to"), QStringLiteral("mysql://hb@127.0.0.1/hookboard")} << 2
        << QStringLiteral("--migrate-to must be a URL of the form postgresql://");
    QTest::newRow("migrate-to with database")
        << QStringList{QStringLiteral("--migrate-to"), QStringLiteral("postgresql://hb@127.0.0.1/a"),
                       QStringLiteral("--database"), QStringLiteral("postgresql://hb@127.0.0.1/b")}
        << 2 << QStringLiteral("'migrate-to' and 'database' do not go together");
    // Refused before any server is asked: the data folder has no store to copy.
    QTest::newRow("migrate-to without a store")
        << QStringList{QStringLiteral("--migrate-to"),
                       QStringLiteral("postgresql://hb@127.0.0.1:1/hookboard")}
        << 1 << QStringLiteral("there is no Hookboard store to copy");
    QTest::newRow("missing ca file") << QStringList{QStringLiteral("--headless"), QStringLiteral("--ca-file"),
                                                    QStringLiteral("/nonexistent/ca.pem")}
                                     << 1 << QStringLiteral("/nonexistent/ca.pem");
}

// Values that are wrong get a message naming the option and the rule, and nothing starts.
void TestCommandLine::badOptionValue()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir temp;
    const Run run =
        runToEnd(arguments + QStringList{QStringLiteral("--data-dir"), temp.filePath(QStringLiteral("d"))});
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QLatin1String("ready")), qPrintable(run.out));
}

void TestCommandLine::readyLineOnStdout()
{
    QTemporaryDir temp;
    auto process = startHeadless({QStringLiteral("--headless"), QStringLiteral("--data-dir"), temp.path()});
    QVERIFY(process);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).contains('\n'), 20000);
    const QRegularExpression format(QStringLiteral("^ready api=http://127\\.0\\.0\\.1:[1-9]\\d*/graphql "
                                                   "sandbox=https://127\\.0\\.0\\.1:[1-9]\\d*/\\n$"));
    QVERIFY2(format.match(QString::fromUtf8(out)).hasMatch(), out.constData());
    stop(*process, SIGTERM);
}

// The headless mode reads what the console stored, as the console does; an option given on the
// command line wins for that run.
void TestCommandLine::headlessUsesStoredSettingsUnlessGiven()
{
    QTemporaryDir temp;
    const QString dataDir = temp.filePath(QStringLiteral("data"));
    QTcpServer probe; // a port that is free now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    {
        hookboard::Result<std::unique_ptr<hookboard::Store>> store = hookboard::Store::open(dataDir);
        QVERIFY(store);
        QVERIFY(hookboard::OperatorSettings::save(**store,
                                                  {{hookboard::OperatorSettings::Field::ApiListen,
                                                    QStringLiteral("127.0.0.1:%1").arg(port)}},
                                                  false)
                    .isEmpty());
    }
    const QByteArray stored = "ready api=http://127.0.0.1:" + QByteArray::number(port) + "/graphql";
    for (const bool given : {false, true}) {
        // Not startHeadless(): it gives --api-listen itself.
        QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir,
                              QStringLiteral("--sandbox-listen"), QStringLiteral("127.0.0.1:0")};
        if (given)
            arguments << QStringLiteral("--api-listen") << QStringLiteral("127.0.0.1:0");
        auto process = std::make_unique<QProcess>();
        process->start(m_exe, arguments);
        QVERIFY(process->waitForStarted(30000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).contains('\n'), 20000);
        QVERIFY2(out.startsWith(stored) != given, out.constData());
        stop(*process, SIGTERM);
    }
}

void TestCommandLine::headlessStopsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestCommandLine::headlessStopsCleanly()
{
    QFETCH(int, signalNumber);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString dataDir = temp.filePath(QStringLiteral("data"));

    auto process = startHeadless({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir});
    QVERIFY(process);
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT(sawHeadlessLine(*process, err), 30000);
    QVERIFY2(
        err.contains(QLatin1String("hookboard: headless; store ") + dataDir + QLatin1String("/hookboard.db")),
        qPrintable(err));

    const QFileInfo folder(dataDir);
    QVERIFY(folder.isDir());
    QCOMPARE(modeOf(folder), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QFileInfo store(dataDir + QStringLiteral("/hookboard.db"));
    QVERIFY(store.isFile());
    QCOMPARE(modeOf(store), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    stop(*process, signalNumber);
}

void TestCommandLine::foreignFileIsRefusedUnchanged()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString storePath = temp.filePath(QStringLiteral("hookboard.db"));
    const QByteArray text("these are my notes, not a database\n");
    {
        QFile file(storePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    const Run run = runToEnd(
        QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"), temp.path()} + freePorts());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("hookboard: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("is not a Hookboard store")), qPrintable(run.err));

    QFile file(storePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestCommandLine::newerStoreIsRefused()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--data-dir"), temp.path()};
    {
        auto process = startHeadless(arguments);
        QVERIFY(process);
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT(sawHeadlessLine(*process, err), 30000);
        stop(*process, SIGTERM);
    }
    {
        const QString connection = QStringLiteral("tst_commandline-newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temp.filePath(QStringLiteral("hookboard.db")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        QSqlDatabase::removeDatabase(connection);
    }

    const Run run = runToEnd(arguments + freePorts());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("schema version 999")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("use a newer Hookboard")), qPrintable(run.err));
}

// Issue 9: a store with damaged pages once started, said it was healthy and kept writing into it.
void TestCommandLine::damagedStoreIsRefused()
{
    QTemporaryDir temp;
    QVERIFY(hookboard::test::makeDamagedStore(temp.path()));
    const QByteArray before = [&] {
        QFile file(temp.filePath(QStringLiteral("hookboard.db")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Run run = runToEnd(
        QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"), temp.path()} + freePorts());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is damaged")), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QLatin1String("ready")), qPrintable(run.out));
    QFile file(temp.filePath(QStringLiteral("hookboard.db")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // nothing was written into it
}

void TestCommandLine::noDisplayRunsHeadless()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));

    auto process = startHeadless({QStringLiteral("--data-dir"), temp.path()}, environment);
    QVERIFY(process);
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT(sawHeadlessLine(*process, err), 30000);
    // The GUI build finds no display; the GUI=OFF build has no console to show at all.
    QVERIFY2(err.contains(QLatin1String("hookboard: no display found, running headless")) ||
                 err.contains(QLatin1String("hookboard: built without the console, running headless")),
             qPrintable(err));
    stop(*process, SIGTERM);
}

// SPEC §4: the ready line is printed in console mode too (here on Qt's offscreen platform).
void TestCommandLine::consolePrintsTheReadyLine()
{
    QTemporaryDir temp;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_exe, {QStringLiteral("--data-dir"), temp.path(), QStringLiteral("--api-listen"),
                          QStringLiteral("127.0.0.1:0")});
    QVERIFY(process.waitForStarted(20000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), 30000);
    const QRegularExpression format(QStringLiteral("^ready api=http://127\\.0\\.0\\.1:[1-9]\\d*/graphql "
                                                   "sandbox=https://127\\.0\\.0\\.1:[1-9]\\d*/\\n$"));
    QVERIFY2(format.match(QString::fromUtf8(out)).hasMatch(), out.constData());
    // It was the console that said it (the GUI=OFF build has none and says so).
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(!err.contains(QLatin1String("headless;")) ||
                 err.contains(QLatin1String("built without the console")),
             qPrintable(err));
    stop(process, SIGTERM);
}

// Settings > Language is read at start, before anything speaks: the store's refusal comes in
// German. The headless mode (and a build without the console) speaks English whatever is chosen.
void TestCommandLine::consoleSpeaksTheLanguageChosenInSettings()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    {
        QFile store(temp.filePath(QStringLiteral("hookboard.db")));
        QVERIFY(store.open(QIODevice::WriteOnly));
        store.write("these are my notes, not a database\n");
        QFile settings(temp.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[console]\nlanguage=de\n");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const bool headless : {false, true}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QStringList arguments{QStringLiteral("--data-dir"), temp.path()};
        if (headless)
            arguments.prepend(QStringLiteral("--headless"));
        process.start(m_exe, arguments + freePorts());
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const bool console = !headless && !err.contains(QLatin1String("built without the console"));
        QVERIFY2(err.contains(console ? QLatin1String("ist kein Hookboard-Speicher")
                                      : QLatin1String("is not a Hookboard store")),
                 qPrintable(err));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
