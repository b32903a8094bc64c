// A retry schedule as people type it in the receiver form: seconds or units, read back and written
// out the same way, and text that is no list of delays refused naming the step.
#include "delivery/schedulesyntax.h"

#include <QTest>

using namespace hookboard;

class TestScheduleSyntax : public QObject
{
    Q_OBJECT

private slots:
    void parsesSecondsAndUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("seconds");
        QTest::newRow("bare seconds") << QStringLiteral("5,300") << QList<int>{5, 300};
        QTest::newRow("units") << QStringLiteral("5s, 5m, 30m, 2h") << QList<int>{5, 300, 1800, 7200};
        QTest::newRow("combined") << QStringLiteral("1h30m, 1m1s") << QList<int>{5400, 61};
        QTest::newRow("spaces and case") << QStringLiteral(" 90 S ,1 H ") << QList<int>{90, 3600};
        QTest::newRow("zero is read; its range is the core's") << QStringLiteral("0s") << QList<int>{0};
    }

    void parsesSecondsAndUnits()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, seconds);
        const Result<QList<int>> parsed =
            ScheduleSyntax::parse(text, QStringLiteral("delivery.retrySchedule"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(*parsed, seconds);
    }

    void refusesWhatIsNoDelay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("step");
        QTest::newRow("unknown unit") << QStringLiteral("10s, 5x") << 2;
        QTest::newRow("empty step") << QStringLiteral("5,,6") << 2;
        QTest::newRow("empty text") << QString() << 1;
        QTest::newRow("units out of order") << QStringLiteral("30m1h") << 1;
        QTest::newRow("negative") << QStringLiteral("-5") << 1;
        QTest::newRow("fraction") << QStringLiteral("1.5m") << 1;
        QTest::newRow("too many digits") << QStringLiteral("12345678901") << 1;
    }

    void refusesWhatIsNoDelay()
    {
        QFETCH(QString, text);
        QFETCH(int, step);
        const Result<QList<int>> parsed =
            ScheduleSyntax::parse(text, QStringLiteral("delivery.retrySchedule"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, QStringLiteral("delivery.retrySchedule"));
        QCOMPARE(parsed.error().rule, QStringLiteral("duration"));
        QVERIFY2(parsed.error().message.contains(QStringLiteral("step %1").arg(step)),
                 qPrintable(parsed.error().message));
    }

    void formatReadsBack()
    {
        const QList<int> schedule{5, 300, 1800, 7200, 18000, 36000, 5400, 61, 86400};
        const QString text = ScheduleSyntax::format(schedule);
        QCOMPARE(text, QStringLiteral("5s, 5m, 30m, 2h, 5h, 10h, 1h30m, 1m1s, 24h"));
        QCOMPARE(*ScheduleSyntax::parse(text, QStringLiteral("f")), schedule);
    }
};

QTEST_GUILESS_MAIN(TestScheduleSyntax)
#include "tst_schedulesyntax.moc"
