// SettingsService in a running Hookboard: a saved change reaches the running engine (the next
// attempt of a failing delivery uses the new schedule and timeout), a regenerated token is the
// only one the API accepts at once (over real HTTP), and stored settings apply at the next start
// unless the command line says otherwise.
#include "app/runtime.h"
#include "app/settingsservice.h"
#include "delivery/deliveryengine.h"
#include "sandbox/sandboxserver.h"
#include "service/webhookservice.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace hookboard;
using Field = OperatorSettings::Field;

namespace {

RuntimeOptions optionsIn(const QTemporaryDir &temp)
{
    RuntimeOptions options;
    options.dataDir = temp.filePath(QStringLiteral("data"));
    options.api = ListenAddress{QHostAddress(QHostAddress::LocalHost), 0};
    return options;
}

// POST /graphql with token on a blocking socket; the status code, or 0 when no answer came.
int graphqlStatus(const QUrl &api, const QString &token)
{
    QTcpSocket socket;
    socket.connectToHost(api.host(), quint16(api.port()));
    if (!socket.waitForConnected(5000))
        return 0;
    const QByteArray body = R"({"query":"{ __typename }"})";
    socket.write("POST /graphql HTTP/1.1\r\nHost: " + api.authority().toLatin1() +
                 "\r\nAuthorization: Bearer " + token.toLatin1() +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    QElapsedTimer waited;
    waited.start();
    while (!answer.contains("\r\n") && waited.elapsed() < 5000) {
        if (socket.waitForReadyRead(int(5000 - waited.elapsed())))
            answer += socket.readAll();
    }
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
}

SettingsService::Saved save(SettingsService &settings, const OperatorSettings::Values &changes)
{
    QObject context;
    std::optional<SettingsService::Saved> saved;
    settings.save(changes, &context, [&](SettingsService::Saved result) { saved = std::move(result); });
    if (!QTest::qWaitFor([&] { return saved.has_value(); }, 10000))
        qFatal("save: no answer");
    return *saved;
}

Result<QString> regenerate(SettingsService &settings)
{
    QObject context;
    std::optional<Result<QString>> token;
    settings.regenerateToken(&context, [&](Result<QString> result) { token = std::move(result); });
    if (!QTest::qWaitFor([&] { return token.has_value(); }, 10000))
        qFatal("regenerate: no answer");
    return *token;
}

// A receiver on a sandbox bin that answers 500 to everything, subscribed to RUNS CREATE.
Receiver failingReceiver(Runtime &runtime, const QString &bin)
{
    SandboxBinSettings failing = runtime.sandbox().binSettings(bin);
    failing.status = 500;
    if (!runtime.sandbox().configureBin(bin, failing))
        qFatal("cannot configure the bin");
    ReceiverInput input;
    input.name = bin;
    input.webhookUri = runtime.sandbox().binUrl(bin).toString();
    Result<Receiver> receiver = runtime.service().createReceiver(input, test::tester());
    if (!receiver ||
        !runtime.service().createSubscription(
            {receiver->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}}, test::tester()))
        qFatal("cannot create the receiver");
    return *receiver;
}

qint64 publish(Runtime &runtime)
{
    Result<QList<qint64>> ids =
        runtime.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), R"({"id":1})"});
    if (!ids || ids->size() != 1)
        qFatal("publish failed");
    return ids->first();
}

} // namespace

class TestSettingsService : public QObject
{
    Q_OBJECT
private slots:
    // The first failure of an event waits the first step of the schedule in effect: 5 s ±20 % by
    // default, 2 h ±20 % once the schedule "2h, 5h" is saved, with no restart between.
    void aSavedScheduleReachesTheRunningEngine()
    {
        QTemporaryDir temp;
        ManualClock clock;
        Runtime runtime(optionsIn(temp), clock);
        QVERIFY(runtime.start().ok());
        failingReceiver(runtime, QStringLiteral("failing"));

        const qint64 before = publish(runtime);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.service().event(before)->status, EventStatus::Retrying, 10000);
        const qint64 firstWait = *runtime.service().event(before)->nextAttemptAtMs - clock.nowMs();
        QVERIFY2(firstWait >= 4000 && firstWait <= 6000, qPrintable(QString::number(firstWait)));

        const SettingsService::Saved saved =
            save(runtime.settings(), {{Field::RetrySchedule, QStringLiteral("2h, 5h")}});
        QVERIFY(saved.errors.isEmpty());
        QCOMPARE(saved.state.stored.value(Field::RetrySchedule), QStringLiteral("2h, 5h"));
        QCOMPARE(saved.state.inEffect.value(Field::RetrySchedule), QStringLiteral("2h, 5h"));
        QTRY_COMPARE(runtime.engine().config().retryScheduleSeconds, (QList<int>{7200, 18000}));

        const qint64 after = publish(runtime);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.service().event(after)->status, EventStatus::Retrying, 10000);
        const qint64 secondWait = *runtime.service().event(after)->nextAttemptAtMs - clock.nowMs();
        QVERIFY2(secondWait >= 5760'000 && secondWait <= 8640'000, qPrintable(QString::number(secondWait)));
    }

    // A receiver that accepts the connection and never answers: with the timeout saved as 1 s, the
    // attempt fails after about a second, not the default 15.
    void aSavedTimeoutReachesTheRunningEngine()
    {
        QTemporaryDir temp;
        SystemClock clock;
        Runtime runtime(optionsIn(temp), clock);
        QVERIFY(runtime.start().ok());
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        ReceiverInput input;
        input.name = QStringLiteral("silent");
        input.webhookUri = QStringLiteral("https://127.0.0.1:%1/hook").arg(silent.serverPort());
        const Result<Receiver> receiver = runtime.service().createReceiver(input, test::tester());
        QVERIFY(receiver);
        QVERIFY(runtime.service().createSubscription(
            {receiver->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"), {}}, test::tester()));

        QVERIFY(save(runtime.settings(), {{Field::AttemptTimeout, QStringLiteral("1")}}).errors.isEmpty());
        QTRY_COMPARE(runtime.engine().config().timeoutMs, 1000);
        QElapsedTimer elapsed;
        elapsed.start();
        const qint64 id = publish(runtime);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.service().event(id)->status, EventStatus::Retrying, 8000);
        QVERIFY2(elapsed.elapsed() < 8000, qPrintable(QString::number(elapsed.elapsed())));
        const QList<Attempt> attempts = *runtime.service().attemptsOf(id);
        QCOMPARE(attempts.size(), 1);
        QVERIFY2(attempts.first().durationMs >= 900 && attempts.first().durationMs < 5000,
                 qPrintable(QString::number(attempts.first().durationMs)));
        QVERIFY(!held.isEmpty()); // it did connect: the timeout, not a refusal, ended the attempt
    }

    // A refused value saves nothing and leaves the engine as it was.
    void aRefusedChangeChangesNothing()
    {
        QTemporaryDir temp;
        SystemClock clock;
        Runtime runtime(optionsIn(temp), clock);
        QVERIFY(runtime.start().ok());
        const SettingsService::Saved saved =
            save(runtime.settings(),
                 {{Field::AttemptTimeout, QStringLiteral("30")}, {Field::MaxInFlight, QStringLiteral("0")}});
        QCOMPARE(saved.errors.size(), 1);
        QCOMPARE(saved.errors.first().field, QStringLiteral("delivery.maxInFlight"));
        QCOMPARE(saved.errors.first().rule, QStringLiteral("range"));
        QVERIFY(saved.state.stored.isEmpty());
        QCOMPARE(runtime.engine().config().timeoutMs, 15000);
    }

    // Over real HTTP: the old token works until it is regenerated and never after; the new one
    // works at once, and is the token of the next start.
    void aRegeneratedTokenIsTheOnlyOneAccepted()
    {
        QTemporaryDir temp;
        SystemClock clock;
        QString fresh;
        {
            Runtime runtime(optionsIn(temp), clock);
            QVERIFY(runtime.start().ok());
            const QString old = runtime.apiToken()->token();
            QCOMPARE(graphqlStatus(runtime.apiUrl(), old), 200);

            const Result<QString> regenerated = regenerate(runtime.settings());
            QVERIFY(regenerated);
            fresh = *regenerated;
            QVERIFY(fresh != old);
            QCOMPARE(graphqlStatus(runtime.apiUrl(), old), 401);
            QCOMPARE(graphqlStatus(runtime.apiUrl(), fresh), 200);
            QTRY_COMPARE(runtime.apiToken()->token(), fresh);
        }
        Runtime again(optionsIn(temp), clock);
        QVERIFY(again.start().ok());
        QCOMPARE(again.apiToken()->token(), fresh);
        QCOMPARE(graphqlStatus(again.apiUrl(), fresh), 200);
    }

    // A token given at start (--api-token, HOOKBOARD_API_TOKEN) is the operator's: not replaced.
    void aGivenTokenIsNotRegenerated()
    {
        QTemporaryDir temp;
        SystemClock clock;
        RuntimeOptions options = optionsIn(temp);
        options.apiToken = QStringLiteral("given-token");
        Runtime runtime(options, clock);
        QVERIFY(runtime.start().ok());
        const Result<QString> regenerated = regenerate(runtime.settings());
        QVERIFY(!regenerated);
        QCOMPARE(regenerated.error().rule, QStringLiteral("given-at-start"));
        QCOMPARE(graphqlStatus(runtime.apiUrl(), QStringLiteral("given-token")), 200);
    }

    // What the console saved is used at the next start, headless or not (both start a Runtime);
    // an option given on the command line wins for that run. The API address waits for the restart.
    void storedSettingsApplyAtTheNextStart()
    {
        QTemporaryDir temp;
        SystemClock clock;
        QTcpServer probe; // a port that is free now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
        {
            Runtime runtime(optionsIn(temp), clock);
            QVERIFY(runtime.start().ok());
            const SettingsService::Saved saved =
                save(runtime.settings(), {{Field::AttemptTimeout, QStringLiteral("20")},
                                          {Field::RetentionDays, QStringLiteral("3")},
                                          {Field::ApiListen, address}});
            QVERIFY(saved.errors.isEmpty());
            QCOMPARE(saved.state.stored.value(Field::ApiListen), address);
            QVERIFY(saved.state.inEffect.value(Field::ApiListen) != address); // until the restart
            QVERIFY(runtime.apiUrl().port() != port);
        }
        {
            Runtime runtime(optionsIn(temp), clock);
            QVERIFY(runtime.start().ok());
            QCOMPARE(runtime.engine().config().timeoutMs, 20000);
            QCOMPARE(runtime.engine().config().retention.keepMs, 3LL * 24 * 3600 * 1000);
            QCOMPARE(runtime.apiUrl().port(), int(port));
        }
        RuntimeOptions commandLine = optionsIn(temp);
        commandLine.delivery.timeoutMs = 7000;
        commandLine.commandLine = {QStringLiteral("attempt-timeout"), QStringLiteral("api-listen")};
        Runtime runtime(commandLine, clock);
        QVERIFY(runtime.start().ok());
        QCOMPARE(runtime.engine().config().timeoutMs, 7000);
        QVERIFY(runtime.apiUrl().port() != port);
        QCOMPARE(runtime.engine().config().retention.keepMs, 3LL * 24 * 3600 * 1000);
        QObject context;
        std::optional<Result<SettingsService::State>> state;
        runtime.settings().load(&context, [&](Result<SettingsService::State> s) { state = std::move(s); });
        QTRY_VERIFY(state.has_value());
        QVERIFY(*state);
        QCOMPARE((*state)->setBy(Field::AttemptTimeout), QStringLiteral("--attempt-timeout"));
        QCOMPARE((*state)->inEffect.value(Field::AttemptTimeout), QStringLiteral("7"));
        QCOMPARE((*state)->stored.value(Field::AttemptTimeout), QStringLiteral("20"));
        QVERIFY((*state)->setBy(Field::RetentionDays).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
