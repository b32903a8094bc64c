#include "common/translations.h"
#include "consoletestsupport.h"
#include "delivery/deliveryengine.h"
#include "mainwindow.h"
#include "notify/trayicon.h"
#include "settings/settingspage.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace hookboard;
using hookboard::test::find;

namespace {

QString settingsFile(test::TestStore &store)
{
    return QDir(store.dataDir()).filePath(QStringLiteral("settings.ini"));
}

// Picks an entry the way a person does with the keyboard, which emits activated() like a click.
void choose(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    QVERIFY(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Theme::apply(Theme::System); }

    void withoutDispatcherSaysSo()
    {
        test::TestStore store;
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(test::consoleContextFor(store), settings);
        QVERIFY(find<QLabel>(page, "dispatcherOffLabel")->text().contains(QStringLiteral("not running")));
        QCOMPARE(find<QLabel>(page, "apiUrlLabel")->text(), QStringLiteral("off"));
        QVERIFY(find<QLabel>(page, "storeFileLabel")
                    ->text()
                    .startsWith(QDir::toNativeSeparators(store.dataDir())));
    }

    void keepInTrayFollowsTheStoredSettingAndNeedsATray()
    {
        test::TestStore store;
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(test::consoleContextFor(store), settings);
        auto *keep = find<QCheckBox>(page, "keepInTrayCheck");
        // Offscreen, like a bare Xvfb, has no system tray: closing must quit, so the choice is off.
        QVERIFY(!TrayIcon::isAvailable());
        QVERIFY(!keep->isEnabled());
        QVERIFY(keep->toolTip().contains(QStringLiteral("no system tray")));

        // The tray menu writes the same key; the page shows what is stored whenever it is shown.
        settings.setValue(QLatin1String(TrayIcon::kKeepRunningKey), true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(keep->isChecked());
        page.hide();
        settings.setValue(QLatin1String(TrayIcon::kKeepRunningKey), false);
        page.show();
        QVERIFY(!keep->isChecked());
    }

    void showsTheEngineConfigurationInEffect()
    {
        test::TestStore store;
        DeliveryConfig config;
        config.retryScheduleSeconds = {5, 90, 3600, 5400};
        config.timeoutMs = 30000;
        config.maxInFlightPerReceiver = 3;
        config.maxInFlight = 12;
        config.outbound =
            *OutboundPolicy::withLists({QStringLiteral("10.0.0.0/8")}, {QStringLiteral("169.254.10.0/24")});
        DeliveryEngine engine(store.dataDir(), store.clock(), config, {}, store.feed());
        ConsoleContext context = test::consoleContextFor(store);
        context.engine = &engine;
        context.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8765/graphql"));
        context.caFiles = {QStringLiteral("/etc/ssl/our-ca.pem")};
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(context, settings);

        QCOMPARE(find<QLabel>(page, "retryScheduleLabel")->text(),
                 QStringLiteral("5 s, 1 min 30 s, 1 h, 1 h 30 min (±20 % jitter), then the event fails"));
        QCOMPARE(find<QLabel>(page, "attemptTimeoutLabel")->text(), QStringLiteral("30 s"));
        QCOMPARE(find<QLabel>(page, "inFlightLabel")->text(),
                 QStringLiteral("at most 3 per receiver, 12 in all"));
        QCOMPARE(find<QLabel>(page, "autoDisableLabel")->text(),
                 QStringLiteral("72 h of failures in a row, or at once on 410 Gone"));
        QVERIFY(find<QLabel>(page, "trustedCasLabel")
                    ->text()
                    .startsWith(QStringLiteral("/etc/ssl/our-ca.pem\n")));
        QCOMPARE(find<QLabel>(page, "apiUrlLabel")->text(), QStringLiteral("http://127.0.0.1:8765/graphql"));
        QCOMPARE(find<QLabel>(page, "outboundLabel")->text(),
                 QStringLiteral("169.254.0.0/16, 0.0.0.0/8, 224.0.0.0/4, fe80::/10, fd00:ec2::254/128, "
                                "ff00::/8, 10.0.0.0/8\nexcept 169.254.10.0/24"));
    }

    void themeAppliesAtOnceAndIsRemembered()
    {
        test::TestStore store;
        const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
        {
            QSettings settings(settingsFile(store), QSettings::IniFormat);
            SettingsPage page(test::consoleContextFor(store), settings);
            page.applyStoredTheme(); // nothing stored: the desktop's look stays
            QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);

            choose(find<QComboBox>(page, "themeCombo"), QStringLiteral("Dark"));
            QCOMPARE(Theme::current(), Theme::Dark);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
            QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        }
        QCOMPARE(QSettings(settingsFile(store), QSettings::IniFormat).value("console/theme").toString(),
                 QStringLiteral("dark"));

        Theme::apply(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);

        // A console opened on this data folder comes back dark, with the choice shown.
        MainWindow window(test::consoleContextFor(store));
        QCOMPARE(Theme::current(), Theme::Dark);
        QCOMPARE(find<QComboBox>(window, "themeCombo")->currentText(), QStringLiteral("Dark"));

        choose(find<QComboBox>(window, "themeCombo"), QStringLiteral("Desktop default"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);
        QCOMPARE(QSettings(settingsFile(store), QSettings::IniFormat).value("console/theme").toString(),
                 QStringLiteral("system"));
    }

    // The language is kept for the next start, which the page says; choosing the system's again
    // forgets the choice.
    void languageIsKeptForTheNextStart()
    {
        test::TestStore store;
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(test::consoleContextFor(store), settings);
        auto *language = find<QComboBox>(page, "languageCombo");
        auto *hint = find<QLabel>(page, "languageHint");
        QVERIFY(language->currentText().startsWith(QLatin1String("Follow the system")));
        QCOMPARE(language->count(), 4);
        QVERIFY(hint->isHidden());

        choose(language, QStringLiteral("Deutsch"));
        QCOMPARE(QSettings(settingsFile(store), QSettings::IniFormat).value("console/language").toString(),
                 QStringLiteral("de"));
        QVERIFY(!hint->isHidden());
        QCOMPARE(hint->text(), QStringLiteral("Hookboard speaks Deutsch from its next start."));

        choose(language, QStringLiteral("Français"));
        QCOMPARE(QSettings(settingsFile(store), QSettings::IniFormat).value("console/language").toString(),
                 QStringLiteral("fr"));
        // The language this start speaks (the tests' system resolves to English) needs no note.
        QCOMPARE(Translations::resolve({}), QStringLiteral("en"));
        choose(language, QStringLiteral("English"));
        QVERIFY(hint->isHidden());

        choose(language, language->itemText(0));
        QVERIFY(!QSettings(settingsFile(store), QSettings::IniFormat).contains("console/language"));
        QVERIFY(hint->isHidden()); // back to what this start uses

        // A page opened later shows the stored choice.
        settings.setValue(QStringLiteral("console/language"), QStringLiteral("fr"));
        SettingsPage again(test::consoleContextFor(store), settings);
        QCOMPARE(find<QComboBox>(again, "languageCombo")->currentText(), QStringLiteral("Français"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
