// ReceiverHealthPanel over a real store: figures and chart from recorded attempts, the span switch,
// the DISABLED banner with its one-click re-enable (and a refused one), live updates from a real
// delivery engine, and its colours in light and dark themes. With HOOKBOARD_SCREENSHOT_DIR set, the
// look test also saves health-*.png there.
#include "deliverytestsupport.h"
#include "health/deliverychart.h"
#include "health/receiverhealthpanel.h"
#include "theme.h"

#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace hookboard;
using hookboard::test::DeliveredAttempt;
using hookboard::test::find;
using hookboard::test::TestStore;

namespace {

// 2026-11-23T10:00:00Z, a whole UTC hour.
constexpr qint64 kHourStart = 1795435200000;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

qreal sum(const QBarSet *set)
{
    qreal total = 0;
    for (int i = 0; i < set->count(); ++i)
        total += set->at(i);
    return total;
}

} // namespace

class TestReceiverHealthPanel : public QObject
{
    Q_OBJECT

private slots:
    void nothingSelected();
    void figuresAndChartFromRecordedAttempts();
    void lastHourSpan();
    void disabledBannerReenablesInOneClick();
    void refusedReenableIsShown();
    void followsTheEngineLive();
    void lookInLightAndDark();

private:
    static QString text(const QWidget &parent, const char *name)
    {
        return find<QLabel>(parent, name)->text();
    }
};

void TestReceiverHealthPanel::nothingSelected()
{
    TestStore store;
    ReceiverHealthPanel panel(hookboard::test::consoleContextFor(store));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(find<QLabel>(panel, "healthNothingNote")->isVisible());
    QVERIFY(!panel.chart()->isVisible());
}

void TestReceiverHealthPanel::figuresAndChartFromRecordedAttempts()
{
    TestStore store;
    store.clock().setNowMs(kHourStart + 30 * kMinute);
    const Receiver r = store.makeReceiver();
    const Receiver other = store.makeReceiver(QStringLiteral("other"));
    deliverAttempt(store, r.id, {400, 500, kHourStart - 3 * kHour});
    deliverAttempt(store, r.id, {100, 200, kHourStart + kMinute});
    deliverAttempt(store, r.id, {300, 200, kHourStart + 2 * kMinute});
    deliverAttempt(store, r.id, {200, 200, kHourStart + 3 * kMinute});
    deliverAttempt(store, other.id, {5000, 200, kHourStart}); // not this receiver's

    ReceiverHealthPanel panel(hookboard::test::consoleContextFor(store));
    panel.resize(760, 460);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setReceiver(r.id);

    QCOMPARE(text(panel, "healthReceiverName"), r.name);
    QCOMPARE(text(panel, "healthState"), QStringLiteral("ACTIVE"));   // the last attempt succeeded
    QTRY_COMPARE(text(panel, "healthAttempts"), QStringLiteral("4")); // read off the GUI thread
    QCOMPARE(text(panel, "healthSuccessRate"), QStringLiteral("75.0 %"));
    QCOMPARE(text(panel, "healthEventsDelivered"), QStringLiteral("75.0 % (3 of 4)"));
    QCOMPARE(text(panel, "healthP50"), QStringLiteral("250 ms"));
    QCOMPARE(text(panel, "healthP90"), QStringLiteral("370 ms"));
    QCOMPARE(text(panel, "healthP99"), QStringLiteral("397 ms"));
    QVERIFY(!find<QWidget>(panel, "disabledBanner")->isVisible());

    const DeliveryChart *chart = panel.chart();
    QVERIFY(chart->isVisible());
    QCOMPARE(chart->deliveredSet()->count(), 24);
    QCOMPARE(chart->failedSet()->count(), 24);
    QCOMPARE(chart->deliveredSet()->at(23), 3.0); // the current hour
    QCOMPARE(chart->failedSet()->at(20), 1.0);    // three hours ago
    QCOMPARE(sum(chart->deliveredSet()), 3.0);
    QCOMPARE(sum(chart->failedSet()), 1.0);
    QVERIFY(chart->timeLabels().size() >= 5); // a time every four hours
}

void TestReceiverHealthPanel::lastHourSpan()
{
    TestStore store;
    store.clock().setNowMs(kHourStart + 30 * kMinute);
    const Receiver r = store.makeReceiver();
    deliverAttempt(store, r.id, {40, 500, kHourStart - 3 * kHour});
    deliverAttempt(store, r.id, {10, 200, kHourStart + 5 * kMinute});
    deliverAttempt(store, r.id, {30, 200, kHourStart + 29 * kMinute});

    ReceiverHealthPanel panel(hookboard::test::consoleContextFor(store));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setReceiver(r.id);
    QTRY_COMPARE(text(panel, "healthAttempts"), QStringLiteral("3"));

    auto *span = find<QComboBox>(panel, "healthSpan");
    span->setCurrentIndex(span->findData(int(StatsSpan::LastHour)));
    QCOMPARE(panel.span(), StatsSpan::LastHour);
    QTRY_COMPARE(panel.chart()->deliveredSet()->count(), 60);
    QCOMPARE(text(panel, "healthAttempts"), QStringLiteral("2"));
    QCOMPARE(text(panel, "healthSuccessRate"), QStringLiteral("100 %"));
    QCOMPARE(text(panel, "healthP50"), QStringLiteral("20 ms"));
    // The minute of 10:05 is bar 34 of the hour that starts at 09:31.
    QCOMPARE(panel.chart()->deliveredSet()->at(34), 1.0);
    QCOMPARE(panel.chart()->deliveredSet()->at(58), 1.0);
}

void TestReceiverHealthPanel::disabledBannerReenablesInOneClick()
{
    TestStore store;
    const Receiver r = store.makeReceiver();
    const QString reason = QStringLiteral("disabled automatically: the receiver answered 410 Gone");
    deliverAttempt(store, r.id, {25, 410, {}, reason});
    QVERIFY(!store.service().receiver(r.id)->active);

    ReceiverHealthPanel panel(hookboard::test::consoleContextFor(store));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setReceiver(r.id);
    auto *banner = find<QWidget>(panel, "disabledBanner");
    QVERIFY(banner->isVisible());
    // The banner's headline already says "disabled automatically"; the rest of the reason follows it.
    QVERIFY(text(*banner, "disabledBannerText").contains(QStringLiteral("he receiver answered 410 Gone")));
    QCOMPARE(text(panel, "healthState"), QStringLiteral("DISABLED"));

    QTest::mouseClick(find<QPushButton>(*banner, "reenableButton"), Qt::LeftButton);
    QVERIFY(store.service().receiver(r.id)->active);
    QVERIFY(store.service().receiver(r.id)->disabledReason.isEmpty());
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(text(panel, "healthState"), QStringLiteral("FAILING")); // its last attempt still failed
}

void TestReceiverHealthPanel::refusedReenableIsShown()
{
    TestStore store;
    const Receiver r = store.makeReceiver();
    deliverAttempt(store, r.id, {25, 410, {}, QStringLiteral("disabled automatically: 410 Gone")});
    ReceiverHealthPanel panel(hookboard::test::consoleContextFor(store));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setReceiver(r.id);
    hookboard::test::changeEtagBehindTheService(store, r.id);

    auto *banner = find<QWidget>(panel, "disabledBanner");
    QTest::mouseClick(find<QPushButton>(*banner, "reenableButton"), Qt::LeftButton);
    QVERIFY(!store.service().receiver(r.id)->active); // refused: nothing changed
    QVERIFY(banner->isVisible());
    auto *error = find<QLabel>(*banner, "disabledBannerError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Could not enable the receiver: ")),
             qPrintable(error->text()));

    // The panel read the receiver again, so a second click works.
    QTest::mouseClick(find<QPushButton>(*banner, "reenableButton"), Qt::LeftButton);
    QVERIFY(store.service().receiver(r.id)->active);
    QTRY_VERIFY(!banner->isVisible());
}

void TestReceiverHealthPanel::followsTheEngineLive()
{
    TestStore store;
    hookboard::test::LiveDeliveries live(store);
    ReceiverHealthPanel panel(live.context);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setReceiver(live.receiver.id);
    QTRY_COMPARE(text(panel, "healthAttempts"), QStringLiteral("0"));
    QVERIFY(live.engine->start().ok());
    live.publish(2);
    // The periodic refresh is 15 s away: only the engine's signal brings this in time.
    QTRY_COMPARE_WITH_TIMEOUT(text(panel, "healthAttempts"), QStringLiteral("2"), 10000);
    QCOMPARE(text(panel, "healthSuccessRate"), QStringLiteral("100 %"));
    QCOMPARE(sum(panel.chart()->deliveredSet()), 2.0);
    live.engine->stop();
}

void TestReceiverHealthPanel::lookInLightAndDark()
{
    TestStore store;
    store.clock().setNowMs(kHourStart + 42 * kMinute);
    const Receiver busy = store.makeReceiver(QStringLiteral("orders"));
    // A day with a busy morning, an outage at 05:00 and a few slow attempts.
    for (int hour = 0; hour < 24; ++hour) {
        const qint64 start = kHourStart - (23 - hour) * kHour;
        const int count = 2 + (hour * 7) % 9;
        for (int i = 0; i < count; ++i) {
            const bool outage = hour == 5 || (hour == 6 && i % 2 == 0);
            deliverAttempt(store, busy.id,
                           {80 + (i * 37 + hour * 11) % 220 + (i == 0 && hour % 6 == 0 ? 900 : 0),
                            outage ? std::optional<int>(503) : std::optional<int>(200),
                            start + i * (kHour / count)});
        }
    }
    const Receiver gone = store.makeReceiver(QStringLiteral("legacy-crm"));
    deliverAttempt(store, gone.id, {120, 200, kHourStart - 5 * kHour});
    deliverAttempt(store, gone.id,
                   {64, 410, kHourStart + 20 * kMinute,
                    QStringLiteral("disabled automatically: the receiver answered 410 Gone at "
                                   "2026-11-23T10:20:00.000Z, asking for no more deliveries")});

    ReceiverHealthPanel panel(hookboard::test::consoleContextFor(store));
    panel.resize(820, 520);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString shots = qEnvironmentVariable("HOOKBOARD_SCREENSHOT_DIR");
    for (Theme::Kind kind : {Theme::Light, Theme::Dark}) {
        Theme::apply(kind);
        QCoreApplication::processEvents();
        for (const Receiver &receiver : {busy, gone}) {
            panel.setReceiver(receiver.id);
            QCoreApplication::processEvents(); // let the layout take the new figures in
            // The chart follows the theme: its background and labels come from the palette.
            QChart *chart = panel.chart()->chart();
            QCOMPARE(chart->backgroundBrush().color(), panel.palette().color(QPalette::Base));
            for (QAbstractAxis *axis : chart->axes())
                QCOMPARE(axis->labelsBrush().color(), panel.palette().color(QPalette::Text));
            if (!shots.isEmpty()) {
                const QString name =
                    QStringLiteral("health-%1-%2.png")
                        .arg(receiver.id == busy.id ? QStringLiteral("chart") : QStringLiteral("disabled"),
                             Theme::key(kind));
                QVERIFY(panel.grab().save(QDir(shots).filePath(name)));
            }
        }
    }
    Theme::apply(Theme::System);
}

QTEST_MAIN(TestReceiverHealthPanel)
#include "tst_receiverhealthpanel.moc"
