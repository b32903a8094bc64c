// The tray icon's reports, from a real DeliveryEngine delivering to a real sandbox that fails on
// purpose, and the "keep running in the tray" setting. Under offscreen there is no system tray, so
// the messages are read from the notified signal, and closing the window closes it as before.
#include "consoletestsupport.h"
#include "delivery/deliveryengine.h"
#include "mainwindow.h"
#include "notify/trayicon.h"
#include "sandbox/sandboxserver.h"
#include "service/storereader.h"
#include "widgets/confirmation.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace hookboard;
using namespace hookboard::test;

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<DeliveryEngine> m_engine;
    std::unique_ptr<QSettings> m_settings;

    QString settingsPath() const { return QDir(m_store->dataDir()).filePath(QStringLiteral("settings.ini")); }

    ConsoleContext context() const
    {
        ConsoleContext c = consoleContextFor(*m_store);
        c.engine = m_engine.get();
        c.sandbox = m_sandbox.get();
        return c;
    }

    // A receiver delivering to a sandbox bin that answers status, subscribed to RUNS CREATE.
    Receiver receiverAnswering(const QString &bin, int status)
    {
        SandboxBinSettings answer;
        answer.status = status;
        if (!m_sandbox->configureBin(bin, answer).ok())
            qFatal("configureBin failed");
        ReceiverInput input;
        input.name = QStringLiteral("Orders ") + bin;
        input.webhookUri = m_sandbox->binUrl(bin).toString();
        const Result<Receiver> receiver = m_store->service().createReceiver(input, tester());
        if (!receiver)
            qFatal("createReceiver: %s", qPrintable(receiver.error().message));
        m_store->subscribe(receiver->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        return *receiver;
    }

    // How many attempt outcomes the tray has read and counted since spy was made.
    static int outcomes(const QSignalSpy &read)
    {
        int count = 0;
        for (const QList<QVariant> &batch : read)
            count += batch.at(0).toInt();
        return count;
    }

    void publish()
    {
        const Result<QList<qint64>> ids =
            m_store->service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"id\":1}"});
        QVERIFY(ids.ok() && !ids->isEmpty());
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->setClock(&m_store->clock());
        QVERIFY(m_sandbox->start(m_store->dataDir()).ok());
        DeliveryConfig config;
        // One retry, a day later: moving the clock by the quiet period makes no attempt due, so
        // every failure below comes from a publish the test makes.
        config.retryScheduleSeconds = {86400};
        m_engine = std::make_unique<DeliveryEngine>(m_store->dataDir(), m_store->clock(), config,
                                                    QList<QSslCertificate>{m_sandbox->caCertificate()},
                                                    m_store->feed());
        QVERIFY(m_engine->start().ok());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_engine.reset();
        m_sandbox.reset();
        m_store.reset();
    }

    void failuresAreReportedOncePerQuietPeriod()
    {
        TrayIcon tray(context(), *m_settings);
        QSignalSpy notified(&tray, &TrayIcon::notified);
        QSignalSpy recorded(&tray, &TrayIcon::attemptsRead);
        const Receiver receiver = receiverAnswering(QStringLiteral("down"), 503);

        publish();
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 15000);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Deliveries to Orders down are failing"));
        QCOMPARE(notified.at(0).at(2).value<QSystemTrayIcon::MessageIcon>(), QSystemTrayIcon::Warning);
        QCOMPARE(notified.at(0).at(1).toString(),
                 QStringLiteral("1 delivery attempt failed, the last with HTTP 503."));

        // Two more failures within the quiet period: held, not shown.
        publish();
        publish();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes(recorded), 3, 15000);
        QCOMPARE(tray.limiter().nextDueMs(),
                 std::optional<qint64>(m_store->clock().nowMs() + tray.limiter().quietMs()));
        tray.flush();
        QCOMPARE(notified.size(), 1);

        // The period over, one message sums them up.
        m_store->clock().advanceMs(tray.limiter().quietMs());
        tray.flush();
        QCOMPARE(notified.size(), 2);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Deliveries to Orders down are failing"));
        QCOMPARE(notified.at(1).at(1).toString(),
                 QStringLiteral(
                     "2 more failed delivery attempts since the last message, the last with HTTP 503."));
        QCOMPARE(m_store->service().receiver(receiver.id)->active, true);
    }

    void severalFailingReceiversShareOneMessage()
    {
        TrayIcon tray(context(), *m_settings);
        QSignalSpy notified(&tray, &TrayIcon::notified);
        QSignalSpy recorded(&tray, &TrayIcon::attemptsRead);
        receiverAnswering(QStringLiteral("a"), 500);
        receiverAnswering(QStringLiteral("b"), 503);
        // Both subscribe to the change: each first failure is news (one message or two, depending
        // on whether the engine recorded both attempts in one batch).
        publish();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes(recorded), 2, 15000);
        QVERIFY(notified.size() == 2 || notified.constFirst().at(1).toString().contains(u'\n'));
        QVERIFY(!tray.limiter().nextDueMs());

        // Failing again within the quiet period, both are held and then summed up in one message.
        notified.clear();
        publish();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes(recorded), 4, 15000);
        QVERIFY(notified.isEmpty());
        m_store->clock().advanceMs(tray.limiter().quietMs());
        tray.flush();
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(),
                 QStringLiteral("2 delivery attempts failed to 2 receivers"));
        QCOMPARE(notified.at(0).at(1).toString(),
                 QStringLiteral("Orders a: 1 failed (HTTP 500)\nOrders b: 1 failed (HTTP 503)"));
    }

    // A failure read that ran while the receiver was still active, its answer still queued when
    // the disable's notice comes: the disable says it all, and no "failing" is said around it.
    void disableWinsOverAFailureReadThatRanBeforeIt()
    {
        TrayIcon tray(context(), *m_settings);
        QSignalSpy notified(&tray, &TrayIcon::notified);
        QSignalSpy recorded(&tray, &TrayIcon::attemptsRead);
        const Receiver receiver = receiverAnswering(QStringLiteral("race"), 503);
        publish();
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 15000); // the first failure, said at once
        QTRY_COMPARE_WITH_TIMEOUT(outcomes(recorded), 1, 15000);
        m_engine->stop();
        EventQuery retrying;
        retrying.statuses = {EventStatus::Retrying};
        const QList<Event> failed = *m_store->store().events().list(retrying);
        QCOMPARE(failed.size(), 1);

        // The tray asks the reader about this failure; the reader runs it (the receiver still
        // active) before the marker below, since it works in order; the answer waits here.
        m_store->feed().post(StoreChange::Kind::EventsAttempted, {failed.first().id});
        QSemaphore ran;
        m_store->reader().read<Status>(
            &tray,
            [&ran](StoreReader::Connection &) {
                ran.release();
                return Status();
            },
            [](const Status &) {});
        QVERIFY(ran.tryAcquire(1, 10000));
        // Only then is the receiver disabled, and its notice heard before that answer.
        ReceiverInput off;
        off.active = false;
        QVERIFY(m_store->service().updateReceiver(receiver.id, receiver.etag, off));
        m_store->feed().post(StoreChange::Kind::ReceiversDisabled, {receiver.id});
        QTRY_COMPARE_WITH_TIMEOUT(outcomes(recorded), 2, 15000); // the raced answer has come
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 15000);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Receiver disabled: Orders race"));
        m_store->clock().advanceMs(tray.limiter().quietMs());
        tray.flush();
        QCOMPARE(notified.size(), 2);
        QVERIFY(!tray.limiter().nextDueMs());
    }

    void automaticDisableIsReportedWithItsReason()
    {
        TrayIcon tray(context(), *m_settings);
        QSignalSpy notified(&tray, &TrayIcon::notified);
        const Receiver receiver = receiverAnswering(QStringLiteral("gone"), 410);
        publish();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->service().receiver(receiver.id)->active, 15000);
        const QString reason = m_store->service().receiver(receiver.id)->disabledReason;
        QVERIFY(!reason.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 15000);
        const QList<QVariant> last = notified.constLast();
        QCOMPARE(last.at(0).toString(), QStringLiteral("Receiver disabled: Orders gone"));
        QCOMPARE(last.at(2).value<QSystemTrayIcon::MessageIcon>(), QSystemTrayIcon::Critical);
        QVERIFY2(last.at(1).toString().startsWith(reason + QLatin1Char('\n')),
                 qPrintable(last.at(1).toString()));
        // The disable says it all: the 410's failure is not reported later on top.
        m_store->clock().advanceMs(tray.limiter().quietMs());
        const qsizetype before = notified.size();
        tray.flush();
        QCOMPARE(notified.size(), before);
        QVERIFY(!tray.limiter().nextDueMs());
    }

    // A balloon fits a screen's corner: long error texts are cut, with an ellipsis.
    void longMessagesAreCutToFit()
    {
        const QString longLine(500, u'x');
        const QString fitted = TrayIcon::fitted(longLine + u'\n' + QStringLiteral("short"));
        QCOMPARE(fitted.section(u'\n', 0, 0).size(), TrayIcon::kMaxLineCharacters);
        QVERIFY(fitted.section(u'\n', 0, 0).endsWith(QChar(0x2026)));
        QCOMPARE(fitted.section(u'\n', 1, 1), QStringLiteral("short"));
        QStringList many;
        for (int i = 0; i < 20; ++i)
            many << QString::number(i);
        const QStringList lines = TrayIcon::fitted(many.join(u'\n')).split(u'\n');
        QCOMPARE(lines.size(), TrayIcon::kMaxMessageLines);
        QVERIFY(lines.constLast().endsWith(QChar(0x2026)));
        QCOMPARE(TrayIcon::fitted(QStringLiteral("fits\nas it is")), QStringLiteral("fits\nas it is"));
    }

    // News is information, not a warning: the window went to the tray and deliveries go on.
    void goingToTheTrayIsInformation()
    {
        TrayIcon tray(context(), *m_settings);
        QSignalSpy notified(&tray, &TrayIcon::notified);
        tray.announceHidden();
        tray.announceHidden(); // said once
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Hookboard is still running"));
        QCOMPARE(notified.at(0).at(2).value<QSystemTrayIcon::MessageIcon>(), QSystemTrayIcon::Information);
    }

    void keepRunningInTrayIsPersisted()
    {
        {
            TrayIcon tray(context(), *m_settings);
            QVERIFY(!tray.keepRunningInTray()); // off unless chosen: closing quits, as it always did
            QAction *keep = tray.menu()->findChild<QAction *>(QStringLiteral("trayKeepRunningAction"));
            QVERIFY(keep);
            QVERIFY(keep->isCheckable());
            QVERIFY(!keep->isChecked());
            keep->trigger();
            QVERIFY(tray.keepRunningInTray());
        }
        // In the data folder's settings.ini, where the next start reads it.
        QSettings file(settingsPath(), QSettings::IniFormat);
        QCOMPARE(file.value(QLatin1String(TrayIcon::kKeepRunningKey)).toBool(), true);
        TrayIcon again(context(), *m_settings);
        QVERIFY(again.keepRunningInTray());
        QVERIFY(again.menu()->findChild<QAction *>(QStringLiteral("trayKeepRunningAction"))->isChecked());
        again.setKeepRunningInTray(false);
        QCOMPARE(QSettings(settingsPath(), QSettings::IniFormat)
                     .value(QLatin1String(TrayIcon::kKeepRunningKey))
                     .toBool(),
                 false);
    }

    void withoutATrayClosingTheWindowCloses()
    {
        QVERIFY(!TrayIcon::isAvailable()); // offscreen has none
        m_settings->setValue(QLatin1String(TrayIcon::kKeepRunningKey), true);
        m_settings->sync();
        MainWindow window(context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.trayIcon());
        // Closing stops deliveries, so it asks first; kept open, nothing goes.
        Confirmation::setNextAnswer([](const QString &) { return false; });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(Confirmation::lastQuestion().text.contains(QLatin1String("Deliveries stop")));
        QCOMPARE(Confirmation::lastQuestion().acceptText, QStringLiteral("Close and stop deliveries"));
        QVERIFY(Confirmation::lastQuestion().offersDontAskAgain);
        // close() is true only when the close was accepted: the window goes, and with the last
        // window the console's event loop ends.
        Confirmation::setNextAnswer([](const QString &) { return true; });
        Confirmation::setNextDontAskAgain(true);
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        // "Do not ask again" is kept: the next window closes without a question.
        MainWindow again(context());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        Confirmation::setNextAnswer([](const QString &) { return false; }); // would keep it open
        QVERIFY(again.close());
        QVERIFY(Confirmation::hasPendingAnswer()); // never asked
        Confirmation::setNextAnswer({});
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
