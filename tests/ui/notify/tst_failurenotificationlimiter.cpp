// When the tray may speak of failed deliveries: its rules, checked by moving a manual clock.
#include "common/clock.h"
#include "notify/failurenotificationlimiter.h"

#include <QTest>

using namespace hookboard;
using Notice = FailureNotificationLimiter::Notice;

namespace {

constexpr qint64 kStart = 1795435205000;
constexpr qint64 kQuiet = 10 * 60 * 1000;

} // namespace

class TestFailureNotificationLimiter : public QObject
{
    Q_OBJECT

private slots:
    void firstFailureIsReportedAtOnce()
    {
        ManualClock clock(kStart);
        FailureNotificationLimiter limiter(clock, kQuiet);
        QVERIFY(!limiter.nextDueMs());
        QVERIFY(limiter.takeDue().isEmpty());
        limiter.addFailures(7);
        QCOMPARE(limiter.nextDueMs(), std::optional<qint64>(kStart));
        QCOMPARE(limiter.takeDue(), (QList<Notice>{Notice{7, 1, kStart, false}}));
        QVERIFY(limiter.takeDue().isEmpty()); // said once
        QVERIFY(!limiter.nextDueMs());
    }

    void failuresInTheQuietPeriodAreHeldAndSummedUp()
    {
        ManualClock clock(kStart);
        FailureNotificationLimiter limiter(clock, kQuiet);
        limiter.addFailures(7);
        QCOMPARE(limiter.takeDue().size(), 1);

        clock.advanceMs(1000);
        limiter.addFailures(7, 2);
        clock.advanceMs(60000);
        limiter.addFailures(7);
        QVERIFY(limiter.takeDue().isEmpty());
        QCOMPARE(limiter.nextDueMs(), std::optional<qint64>(kStart + kQuiet));
        clock.setNowMs(kStart + kQuiet - 1);
        QVERIFY(limiter.takeDue().isEmpty());
        clock.setNowMs(kStart + kQuiet);
        QCOMPARE(limiter.takeDue(), (QList<Notice>{Notice{7, 3, kStart + 1000, true}}));

        // And the next quiet period starts from that message.
        limiter.addFailures(7);
        QVERIFY(limiter.takeDue().isEmpty());
        QCOMPARE(limiter.nextDueMs(), std::optional<qint64>(kStart + 2 * kQuiet));
    }

    void receiversAreLimitedEachOnTheirOwn()
    {
        ManualClock clock(kStart);
        FailureNotificationLimiter limiter(clock, kQuiet);
        limiter.addFailures(1);
        QCOMPARE(limiter.takeDue().size(), 1);
        clock.advanceMs(5000);
        limiter.addFailures(1);
        limiter.addFailures(2, 4);
        QCOMPARE(limiter.takeDue(), (QList<Notice>{Notice{2, 4, kStart + 5000, false}}));
    }

    void dueReceiversComeInTheOrderTheyFirstFailed()
    {
        ManualClock clock(kStart);
        FailureNotificationLimiter limiter(clock, kQuiet);
        limiter.addFailures(30);
        clock.advanceMs(10);
        limiter.addFailures(10);
        clock.advanceMs(10);
        limiter.addFailures(20);
        limiter.addFailures(30);
        const QList<Notice> due = limiter.takeDue();
        QCOMPARE(due.size(), 3);
        QCOMPARE(due.at(0), (Notice{30, 2, kStart, false}));
        QCOMPARE(due.at(1), (Notice{10, 1, kStart + 10, false}));
        QCOMPARE(due.at(2), (Notice{20, 1, kStart + 20, false}));
    }

    void aReceiverQuietForAWholePeriodIsNewsAgain()
    {
        ManualClock clock(kStart);
        FailureNotificationLimiter limiter(clock, kQuiet);
        limiter.addFailures(7);
        QCOMPARE(limiter.takeDue().size(), 1);
        clock.advanceMs(kQuiet + 1);
        QVERIFY(limiter.takeDue().isEmpty()); // nothing held: it is forgotten
        clock.advanceMs(kQuiet * 5);
        limiter.addFailures(7);
        QCOMPARE(limiter.takeDue(), (QList<Notice>{Notice{7, 1, kStart + 6 * kQuiet + 1, false}}));
    }

    void forgetDropsWhatIsHeld()
    {
        ManualClock clock(kStart);
        FailureNotificationLimiter limiter(clock, kQuiet);
        limiter.addFailures(7);
        QCOMPARE(limiter.takeDue().size(), 1);
        limiter.addFailures(7, 5);
        limiter.forget(7); // disabled: that message says it all
        QVERIFY(!limiter.nextDueMs());
        clock.advanceMs(kQuiet);
        QVERIFY(limiter.takeDue().isEmpty());
        // Enabled again and failing: a first failure once more.
        limiter.addFailures(7);
        QCOMPARE(limiter.takeDue(), (QList<Notice>{Notice{7, 1, kStart + kQuiet, false}}));
    }

    void nothingToCountIsIgnored()
    {
        ManualClock clock(kStart);
        FailureNotificationLimiter limiter(clock, kQuiet);
        limiter.addFailures(7, 0);
        limiter.addFailures(7, -3);
        QVERIFY(!limiter.nextDueMs());
        QVERIFY(limiter.takeDue().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFailureNotificationLimiter)
#include "tst_failurenotificationlimiter.moc"
