#include "app/settingsservice.h"
#include "common/translations.h"
#include "consoletestsupport.h"
#include "delivery/deliveryengine.h"
#include "mainwindow.h"
#include "notify/trayicon.h"
#include "receivers/fielderrorlabel.h"
#include "settings/operatorsettingseditor.h"
#include "settings/settingspage.h"
#include "theme.h"
#include "widgets/confirmation.h"
#include "widgets/statuslabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

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

RuntimeOptions optionsFor(test::TestStore &store)
{
    RuntimeOptions options;
    options.dataDir = store.dataDir();
    return options;
}

ConsoleContext contextWith(test::TestStore &store, SettingsService &service)
{
    ConsoleContext context = test::consoleContextFor(store);
    context.settings = &service;
    return context;
}

// Replaces a field's text the way a person does: select everything, type.
void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
        edit->selectAll();
    else
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
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

    // A bad value: its rule under the field, and nothing saved (good values: the next test; that
    // a saved value reaches the running engine: tst_settingsservice).
    void aBadValueShowsItsRuleAndSavesNothing()
    {
        test::TestStore store;
        SettingsService service(store.dataDir(), optionsFor(store), optionsFor(store));
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(contextWith(store, service), settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *schedule = find<QLineEdit>(page, "retryScheduleEdit");
        QTRY_VERIFY(schedule->isEnabled());
        QCOMPARE(schedule->text(), QStringLiteral("5s, 5m, 30m, 2h, 5h, 10h, 10h")); // the default
        auto *apply = find<QPushButton>(page, "applySettingsButton");
        QVERIFY(!apply->isEnabled()); // nothing changed yet

        retype(schedule, QStringLiteral("5s, 0, 1h"));
        retype(find<QSpinBox>(page, "attemptTimeoutSpin"), QStringLiteral("45"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        auto *error = find<FieldErrorLabel>(page, "retryScheduleEditError");
        QTRY_VERIFY(!error->isHidden());
        QCOMPARE(error->rules(), QStringList{QStringLiteral("range")});
        QVERIFY2(error->text().contains(QStringLiteral("between 1 and 86400")), qPrintable(error->text()));
        QVERIFY(find<QLabel>(page, "settingsStatus")->text().startsWith(QStringLiteral("Nothing was saved")));
        QCOMPARE(store.rowCount(QStringLiteral("settings"), QStringLiteral("key LIKE 'delivery.%'")), 0);
        // The person's text stays to be mended.
        QCOMPARE(schedule->text(), QStringLiteral("5s, 0, 1h"));
        QVERIFY(apply->isEnabled());
    }

    void aGoodValueIsSavedAndShownAfterReopening()
    {
        test::TestStore store;
        {
            SettingsService service(store.dataDir(), optionsFor(store), optionsFor(store));
            QSettings settings(settingsFile(store), QSettings::IniFormat);
            SettingsPage page(contextWith(store, service), settings);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *schedule = find<QLineEdit>(page, "retryScheduleEdit");
            QTRY_VERIFY(schedule->isEnabled());
            retype(schedule, QStringLiteral("10s, 2m"));
            retype(find<QSpinBox>(page, "attemptTimeoutSpin"), QStringLiteral("45"));
            retype(find<QPlainTextEdit>(page, "denyCidrsEdit"), QStringLiteral("10.0.0.0/8"));
            QTest::mouseClick(find<QPushButton>(page, "applySettingsButton"), Qt::LeftButton);
            auto *status = find<StatusLabel>(page, "settingsStatus");
            QTRY_COMPARE(status->tone(), StatusLabel::Success);
            QVERIFY(find<FieldErrorLabel>(page, "retryScheduleEditError")->isHidden());
            QVERIFY(!find<QPushButton>(page, "applySettingsButton")->isEnabled());
        }
        QCOMPARE(
            store.rowCount(QStringLiteral("settings"), QStringLiteral("key = 'delivery.retrySchedule' AND "
                                                                      "value = '10s, 2m'")),
            1);
        QCOMPARE(store.rowCount(QStringLiteral("settings"),
                                QStringLiteral("key = 'delivery.attemptTimeoutSeconds' "
                                               "AND value = '45'")),
                 1);

        SettingsService service(store.dataDir(), optionsFor(store), optionsFor(store));
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage again(contextWith(store, service), settings);
        auto *schedule = find<QLineEdit>(again, "retryScheduleEdit");
        QTRY_VERIFY(schedule->isEnabled());
        QCOMPARE(schedule->text(), QStringLiteral("10s, 2m"));
        QCOMPARE(find<QSpinBox>(again, "attemptTimeoutSpin")->value(), 45);
        QCOMPARE(find<QPlainTextEdit>(again, "denyCidrsEdit")->toPlainText(), QStringLiteral("10.0.0.0/8"));
    }

    // What the command line set is shown read-only, saying so; the API address says it needs a restart.
    void theCommandLineAndRestartsAreSaidNextToTheirFields()
    {
        test::TestStore store;
        RuntimeOptions options = optionsFor(store);
        options.delivery.retryScheduleSeconds = {60, 600};
        options.commandLine = {QStringLiteral("retry-schedule")};
        SettingsService service(store.dataDir(), options, options);
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(contextWith(store, service), settings);
        auto *schedule = find<QLineEdit>(page, "retryScheduleEdit");
        QTRY_VERIFY(schedule->isEnabled());
        QVERIFY(schedule->isReadOnly());
        QCOMPARE(schedule->text(), QStringLiteral("1m, 10m"));
        QCOMPARE(find<QLabel>(page, "retryScheduleEditNote")->text(),
                 QStringLiteral("Set by --retry-schedule on the command line for this run."));
        QVERIFY(!find<QSpinBox>(page, "attemptTimeoutSpin")->isReadOnly());
        QVERIFY(
            find<QLabel>(page, "apiListenEditNote")->text().startsWith(QStringLiteral("Needs a restart")));
        QVERIFY(!find<QLabel>(page, "apiListenEditNote")->isHidden());
    }

    // Regenerating asks first, with the warning; the new token is shown and announced.
    void regeneratingTheTokenWarnsAndShowsTheNewOne()
    {
        test::TestStore store;
        QVERIFY(store.store().settings().setValue(QStringLiteral("api.token"), QStringLiteral("old-token")));
        SettingsService service(store.dataDir(), optionsFor(store), optionsFor(store));
        ConsoleContext context = contextWith(store, service);
        context.apiToken = QStringLiteral("old-token");
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(context, settings);
        QSignalSpy changed(&page, &SettingsPage::apiTokenChanged);
        auto *regenerate = find<QPushButton>(page, "regenerateTokenButton");
        QTRY_VERIFY(regenerate->isEnabled());
        auto *token = find<QLineEdit>(page, "settingsApiTokenEdit");
        QCOMPARE(token->text(), QStringLiteral("old-token"));

        Confirmation::setNextAnswer([](const QString &) { return false; });
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QVERIFY(Confirmation::lastQuestion().text.contains(QStringLiteral("Every API client")));
        QCOMPARE(token->text(), QStringLiteral("old-token"));

        Confirmation::setNextAnswer([](const QString &) { return true; });
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        const QString fresh = changed.first().first().toString();
        QVERIFY(fresh != QStringLiteral("old-token") && fresh.size() >= 40);
        QCOMPARE(token->text(), fresh);
        QCOMPARE(*store.store().settings().value(QStringLiteral("api.token")), std::optional<QString>(fresh));
        QTest::mouseClick(find<QToolButton>(page, "settingsCopyTokenButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), fresh);
    }

    // In the window, the status bar's copy button and the API explorer follow the new token.
    void theWindowFollowsARegeneratedToken()
    {
        test::TestStore store;
        SettingsService service(store.dataDir(), optionsFor(store), optionsFor(store));
        ConsoleContext context = contextWith(store, service);
        context.apiToken = QStringLiteral("old-token");
        context.apiUrl =
            QUrl(QStringLiteral("http://127.0.0.1:9/graphql")); // the explorer's token box needs one
        MainWindow window(context);
        auto *regenerate = find<QPushButton>(window, "regenerateTokenButton");
        QTRY_VERIFY(regenerate->isEnabled());
        Confirmation::setNextAnswer([](const QString &) { return true; });
        QTest::mouseClick(regenerate, Qt::LeftButton);
        auto *shown = find<QLineEdit>(window, "settingsApiTokenEdit");
        QTRY_VERIFY(shown->text() != QStringLiteral("old-token"));
        QCOMPARE(find<QLineEdit>(window, "apiTokenEdit")->text(), shown->text());
        QTest::mouseClick(find<QToolButton>(window, "copyApiTokenButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), shown->text());
    }

    // Every field and button can be reached and is named for a screen reader.
    void everyFieldHasAnAccessibleName()
    {
        test::TestStore store;
        SettingsService service(store.dataDir(), optionsFor(store), optionsFor(store));
        QSettings settings(settingsFile(store), QSettings::IniFormat);
        SettingsPage page(contextWith(store, service), settings);
        auto *editor = find<OperatorSettingsEditor>(page, "operatorSettingsEditor");
        QTRY_VERIFY(find<QLineEdit>(page, "retryScheduleEdit")->isEnabled());
        int named = 0;
        // The buttons sit below the page's scrolling content, outside the editor.
        QVERIFY(editor->buttonBar() && !editor->isAncestorOf(editor->buttonBar()));
        const QList<QWidget *> widgets =
            editor->findChildren<QWidget *>() + editor->buttonBar()->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->focusPolicy() || qobject_cast<QAbstractScrollArea *>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // viewports and the spin boxes' inner line edits
            if (!(widget->focusPolicy() & Qt::TabFocus))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++named;
        }
        QVERIFY(named >= 16);
        // Tab goes through the fields in reading order.
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QStringList order;
        find<QLineEdit>(page, "retryScheduleEdit")->setFocus();
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, QStringLiteral("attemptTimeoutSpin receiverCapSpin globalCapSpin autoDisableSpin "
                                       "retentionSpin caFilesEdit")
                            .split(u' '));
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
