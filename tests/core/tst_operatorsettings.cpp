// OperatorSettings: each value refused with its field and rule, a change saved whole or not at
// all (in a real store file), and the command line winning over what is stored.
#include "app/operatorsettings.h"
#include "delivery/retrypolicy.h"
#include "delivery/schedulesyntax.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "store/store.h"
#include "testsupport.h"
#include "tls/certificates.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hookboard;
using Field = OperatorSettings::Field;

Q_DECLARE_METATYPE(hookboard::OperatorSettings::Field)

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString caFile(const QTemporaryDir &dir)
{
    Result<certificates::CertificateAndKey> ca =
        certificates::createCertificateAuthority(QStringLiteral("Test CA"), 2);
    if (!ca)
        qFatal("CA: %s", qPrintable(ca.error().message));
    return writeFile(dir, QStringLiteral("ca.pem"), ca->certificatePem);
}

} // namespace

class TestOperatorSettings : public QObject
{
    Q_OBJECT
private slots:
    void refusesWithFieldAndRule_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("schedule not a delay") << Field::RetrySchedule << "5s, soon"
                                              << "duration";
        QTest::newRow("schedule step of 0") << Field::RetrySchedule << "5s, 0"
                                            << "range";
        QTest::newRow("schedule step over a day") << Field::RetrySchedule << "5s, 25h"
                                                  << "range";
        QTest::newRow("timeout 0") << Field::AttemptTimeout << "0"
                                   << "range";
        QTest::newRow("timeout 121") << Field::AttemptTimeout << "121"
                                     << "range";
        QTest::newRow("timeout words") << Field::AttemptTimeout << "ten"
                                       << "range";
        QTest::newRow("receiver cap 65") << Field::MaxInFlightPerReceiver << "65"
                                         << "range";
        QTest::newRow("global cap 0") << Field::MaxInFlight << "0"
                                      << "range";
        QTest::newRow("auto-disable 0 h") << Field::AutoDisableHours << "0"
                                          << "range";
        QTest::newRow("retention -1") << Field::RetentionDays << "-1"
                                      << "range";
        QTest::newRow("relative CA path") << Field::CaFiles << "ca.pem"
                                          << "absolute-path";
        QTest::newRow("missing CA file") << Field::CaFiles << "/nonexistent/ca.pem"
                                         << "readable";
        QTest::newRow("deny not CIDR") << Field::DenyCidrs << "10.0.0.0/33"
                                       << "cidr";
        QTest::newRow("allow not CIDR") << Field::AllowCidrs << "somewhere"
                                        << "cidr";
        QTest::newRow("listen without port") << Field::ApiListen << "127.0.0.1"
                                             << "host-port";
        QTest::newRow("listen beyond loopback") << Field::ApiListen << "0.0.0.0:8765"
                                                << "loopback-without-tls";
    }
    void refusesWithFieldAndRule()
    {
        QFETCH(Field, field);
        QFETCH(QString, text);
        QFETCH(QString, rule);
        const QList<Error> errors = OperatorSettings::validate({{field, text}}, false);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, OperatorSettings::key(field));
        QCOMPARE(errors.first().rule, rule);
        QCOMPARE(errors.first().code, ErrorCode::BadUserInput);
        // The message a person reads names the field first, as every other form error does.
        QVERIFY2(errors.first().message.startsWith(OperatorSettings::key(field) + QStringLiteral(": ")),
                 qPrintable(errors.first().message));
    }

    void acceptsGoodValues()
    {
        QTemporaryDir dir;
        const OperatorSettings::Values values{
            {Field::RetrySchedule, QStringLiteral("10s, 1m, 1h30m")},
            {Field::AttemptTimeout, QStringLiteral("30")},
            {Field::MaxInFlightPerReceiver, QStringLiteral("4")},
            {Field::MaxInFlight, QStringLiteral("100")},
            {Field::AutoDisableHours, QStringLiteral("24")},
            {Field::RetentionDays, QStringLiteral("0")},
            {Field::CaFiles, caFile(dir)},
            {Field::DenyCidrs, QStringLiteral("10.0.0.0/8\n192.168.0.0/16")},
            {Field::AllowCidrs, QStringLiteral("169.254.10.0/24")},
            {Field::ApiListen, QStringLiteral("[::1]:9000")},
        };
        QVERIFY(OperatorSettings::validate(values, false).isEmpty());
        // Beyond loopback only with the API's own certificate.
        QVERIFY(
            OperatorSettings::validate({{Field::ApiListen, QStringLiteral("0.0.0.0:8765")}}, true).isEmpty());

        RuntimeOptions options = OperatorSettings::merge(RuntimeOptions{}, values);
        QCOMPARE(options.delivery.retryScheduleSeconds, (QList<int>{10, 60, 5400}));
        QCOMPARE(options.delivery.timeoutMs, 30000);
        QCOMPARE(options.delivery.maxInFlightPerReceiver, 4);
        QCOMPARE(options.delivery.maxInFlight, 100);
        QCOMPARE(options.delivery.autoDisableAfterMs, 24LL * 3600 * 1000);
        QCOMPARE(options.delivery.retention.keepMs, 0);
        QCOMPARE(options.caFiles, QStringList{values.value(Field::CaFiles)});
        QVERIFY(options.delivery.outbound.deniedRanges().contains(QStringLiteral("192.168.0.0/16")));
        QCOMPARE(options.delivery.outbound.allowedRanges(), QStringList{QStringLiteral("169.254.10.0/24")});
        QCOMPARE(options.api.host, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(options.api.port, quint16(9000));

        // What is in effect reads back as the same values.
        const OperatorSettings::Values text = OperatorSettings::textOf(options);
        QCOMPARE(text.value(Field::RetrySchedule), QStringLiteral("10s, 1m, 1h30m"));
        QCOMPARE(text.value(Field::DenyCidrs), QStringLiteral("10.0.0.0/8\n192.168.0.0/16"));
        QCOMPARE(text.value(Field::ApiListen), QStringLiteral("[::1]:9000"));
        QCOMPARE(OperatorSettings::textOf(RuntimeOptions{}).value(Field::RetrySchedule),
                 ScheduleSyntax::format(RetryPolicy::defaultScheduleSeconds()));
    }

    // One refused value and nothing of the change is written; a good change is written whole, and
    // an empty value removes what was stored.
    void savesAWholeChangeOrNothing()
    {
        test::TestStore store;
        QVERIFY(OperatorSettings::save(store.store(),
                                       {{Field::AttemptTimeout, QStringLiteral("20")},
                                        {Field::RetentionDays, QStringLiteral("7")}},
                                       false)
                    .isEmpty());
        const QList<Error> refused = OperatorSettings::save(store.store(),
                                                            {{Field::AttemptTimeout, QStringLiteral("40")},
                                                             {Field::RetentionDays, QStringLiteral("14")},
                                                             {Field::MaxInFlight, QStringLiteral("0")}},
                                                            false);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().field, QStringLiteral("delivery.maxInFlight"));
        Result<OperatorSettings::Values> stored = OperatorSettings::load(store.store().settings());
        QVERIFY(stored);
        QCOMPARE(*stored, (OperatorSettings::Values{{Field::AttemptTimeout, QStringLiteral("20")},
                                                    {Field::RetentionDays, QStringLiteral("7")}}));

        QVERIFY(OperatorSettings::save(
                    store.store(),
                    {{Field::AttemptTimeout, QString()}, {Field::MaxInFlight, QStringLiteral(" 300 ")}},
                    false)
                    .isEmpty());
        stored = OperatorSettings::load(store.store().settings());
        QVERIFY(stored);
        QCOMPARE(*stored, (OperatorSettings::Values{{Field::RetentionDays, QStringLiteral("7")},
                                                    {Field::MaxInFlight, QStringLiteral("300")}}));
        QCOMPARE(store.rowCount(QStringLiteral("settings"), QStringLiteral("key LIKE 'delivery.%'")), 1);
    }

    // A write that fails half-way (the store refuses the second row) leaves the first unwritten too.
    void aFailedWriteLeavesTheStoreAsItWas()
    {
        test::TestStore store;
        QSqlQuery trigger(store.store().database().connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER refuse_retention BEFORE INSERT ON settings WHEN NEW.key = 'retention.days' "
            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        const QList<Error> refused = OperatorSettings::save(
            store.store(),
            {{Field::AttemptTimeout, QStringLiteral("40")}, {Field::RetentionDays, QStringLiteral("14")}},
            false);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(store.rowCount(QStringLiteral("settings"), QStringLiteral("key LIKE 'delivery.%'")), 0);
    }

    // The command line wins for its run; what is stored stays and is used when the option is not given.
    void theCommandLineWins()
    {
        RuntimeOptions commandLine;
        commandLine.delivery.timeoutMs = 5000;
        commandLine.delivery.outbound = *OutboundPolicy::withLists({QStringLiteral("10.0.0.0/8")}, {});
        commandLine.commandLine = {QStringLiteral("attempt-timeout"), QStringLiteral("deny-cidr")};
        const OperatorSettings::Values stored{{Field::AttemptTimeout, QStringLiteral("60")},
                                              {Field::RetentionDays, QStringLiteral("3")},
                                              {Field::DenyCidrs, QStringLiteral("172.16.0.0/12")},
                                              {Field::AllowCidrs, QStringLiteral("10.1.0.0/16")}};
        const RuntimeOptions options = OperatorSettings::merge(commandLine, stored);
        QCOMPARE(options.delivery.timeoutMs, 5000);
        QCOMPARE(options.delivery.retention.keepMs, 3LL * 24 * 3600 * 1000);
        QCOMPARE(options.delivery.outbound.operatorDeniedRanges(), QStringList{QStringLiteral("10.0.0.0/8")});
        QCOMPARE(options.delivery.outbound.allowedRanges(), QStringList{QStringLiteral("10.1.0.0/16")});

        commandLine.commandLine.clear();
        QCOMPARE(OperatorSettings::merge(commandLine, stored).delivery.timeoutMs, 60000);
    }

    // A stored value that no longer passes (a CA file removed since) is left out, not fatal.
    void aStoredValueThatNoLongerPassesIsLeftOut()
    {
        QTemporaryDir dir;
        const QString ca = caFile(dir);
        const OperatorSettings::Values stored{{Field::CaFiles, ca},
                                              {Field::AttemptTimeout, QStringLiteral("9")}};
        QCOMPARE(OperatorSettings::merge(RuntimeOptions{}, stored).caFiles, QStringList{ca});
        QVERIFY(QFile::remove(ca));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("trust\\.caFiles")));
        const RuntimeOptions options = OperatorSettings::merge(RuntimeOptions{}, stored);
        QVERIFY(options.caFiles.isEmpty());
        QCOMPARE(options.delivery.timeoutMs, 9000);
    }
};

QTEST_GUILESS_MAIN(TestOperatorSettings)
#include "tst_operatorsettings.moc"
