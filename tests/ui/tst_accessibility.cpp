// The console with the keyboard alone: every page walked with Tab reaches each control a person
// could use, each with a name a screen reader can say; F1 lists every shortcut the menus offer.
#include "api/apiserver.h"
#include "api/apitoken.h"
#include "eventlog/eventlogtestsupport.h"
#include "eventlog/eventstatusstyle.h"
#include "health/deliverytestsupport.h"
#include "health/healthbadge.h"
#include "mainwindow.h"
#include "receivers/subscriptiongridmodel.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace hookboard;
using hookboard::test::DeliveredAttempt;
using hookboard::test::find;
using hookboard::test::TestStore;

namespace {

// What a person could operate: buttons, fields, lists, text they can edit or select. Parts of a
// control (a spin box's line edit, a line edit's clear button, a tab bar's scroll arrows, a view's
// scroll bars and headers) are reached through the control itself.
bool isInteractive(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent) ||
            qobject_cast<const QAbstractItemView *>(parent))
            return false;
    }
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget))
        return false;
    if (auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return !text->isReadOnly() || (text->focusPolicy() & Qt::TabFocus);
    if (auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly() || (text->focusPolicy() & Qt::TabFocus);
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QTabBar *>(widget);
}

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty()) {
        for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (!parent->objectName().isEmpty()) {
                name = QStringLiteral("(in %1)").arg(parent->objectName());
                break;
            }
        }
    }
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (auto *edit = qobject_cast<const QLineEdit *>(widget))
        text = edit->placeholderText();
    return QStringLiteral("%1 %2%3").arg(QString::fromLatin1(widget->metaObject()->className()), name,
                                         text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Focus on page, then Tab (and only Tab) until focus comes round again; the widgets of page that
// focus went through, in order.
QList<QWidget *> tabWalk(QWidget *page)
{
    page->setFocus(Qt::OtherFocusReason);
    QList<QWidget *> order;
    QWidget *first = nullptr;
    for (int presses = 0; presses < 600; ++presses) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        if (!focus || focus == first)
            break;
        if (!first)
            first = focus;
        if (page->isAncestorOf(focus) && !order.contains(focus))
            order.append(focus);
    }
    return order;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabReachesEveryControlWithAName_data();
    void tabReachesEveryControlWithAName();
    void shortcutListNamesEveryMenuShortcut();
    void questionMarkOpensTheListOutsideTextFields();
    void tooltipsShowShortcuts();
    void pageShortcutsSwitchPages();
    void iconsAreSharpAtHighPixelRatios();
    void codeEditorTabIndentsWhileTypingAndMovesOnAfterEscape();
    void pageKeysWorkFromTheNavigation();

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::init()
{
    m_store = std::make_unique<TestStore>();
    // A receiver with a delivered event, so the receiver details, the event log's rows and its
    // inspector all show what a person would tab through.
    const Receiver receiver = m_store->makeReceiver(QStringLiteral("keys"));
    hookboard::test::deliverAttempt(*m_store, receiver.id, DeliveredAttempt(120, 500));
    // The sandbox with a bin that caught a request, and the API: their pages show all they have.
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setClock(&m_store->clock());
    QVERIFY(m_sandbox->start(m_store->dataDir()).ok());
    QNetworkAccessManager client;
    QNetworkRequest request(m_sandbox->binUrl(QStringLiteral("keys")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_sandbox->caCertificate()});
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(client.post(request, QByteArray("{\"hello\":1}")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    const QString token = QStringLiteral("keyboard-test-token-0123456789abcdef");
    Result<ApiToken> apiToken = ApiToken::fromGiven(token);
    QVERIFY(apiToken.ok());
    m_api = std::make_unique<ApiServer>(m_store->service(), m_store->publishWriter(), *apiToken,
                                        ApiServerOptions());
    QVERIFY(m_api->listen().ok());

    ConsoleContext context = hookboard::test::consoleContextFor(*m_store);
    context.sandbox = m_sandbox.get();
    context.apiUrl = m_api->url();
    context.apiToken = token;
    m_window = std::make_unique<MainWindow>(context);
    m_window->resize(1240, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_api.reset();
    m_sandbox.reset();
    m_store.reset();
}

void TestAccessibility::tabReachesEveryControlWithAName_data()
{
    // order: controls that Tab must reach in this order (a tab bar is named after its tab widget),
    // where the order in which the page made them is not the order they are read in.
    QTest::addColumn<int>("page");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("receivers") << int(MainWindow::ReceiversPageIndex)
                               << QStringList{QStringLiteral("newReceiverButton"),
                                              QStringLiteral("receiverTable"),
                                              QStringLiteral("deleteReceiverButton"),
                                              QStringLiteral("receiverTabs.tabBar"),
                                              QStringLiteral("nameEdit"),
                                              QStringLiteral("urlEdit"),
                                              QStringLiteral("secretEdit")};
    QTest::newRow("event log")
        << int(MainWindow::EventLogPageIndex)
        << QStringList{QStringLiteral("receiverFilter"),   QStringLiteral("payloadFilter"),
                       QStringLiteral("resendButton"),     QStringLiteral("eventTable"),
                       QStringLiteral("editResendButton"), QStringLiteral("copyCurlButton"),
                       QStringLiteral("attemptTimeline"),  QStringLiteral("inspectorTabs.tabBar"),
                       QStringLiteral("payloadView")};
    QTest::newRow("sandbox") << int(MainWindow::SandboxPageIndex)
                             << QStringList{
                                    QStringLiteral("sandboxCaFile"),    QStringLiteral("binList"),
                                    QStringLiteral("newBinEdit"),       QStringLiteral("binUrlEdit"),
                                    QStringLiteral("answerStatusSpin"), QStringLiteral("applyAnswerButton"),
                                    QStringLiteral("requestTable")};
    QTest::newRow("api explorer") << int(MainWindow::ApiExplorerPageIndex)
                                  << QStringList{QStringLiteral("apiUrlEdit"),
                                                 QStringLiteral("explorerSidebar.tabBar"),
                                                 QStringLiteral("exampleList"),
                                                 QStringLiteral("documentEditor"),
                                                 QStringLiteral("variablesEditor"),
                                                 QStringLiteral("runButton"),
                                                 QStringLiteral("resultView")};
    QTest::newRow("settings") << int(MainWindow::SettingsPageIndex) << QStringList{};
}

// Every tab of every tab widget on the page is walked too: each shows controls of its own.
void TestAccessibility::tabReachesEveryControlWithAName()
{
    QFETCH(int, page);
    QFETCH(QStringList, order);
    m_window->setCurrentPage(page);
    QWidget *pageWidget = find<QStackedWidget>(*m_window, "pages")->widget(page);
    QTRY_VERIFY(pageWidget->isVisible());
    if (page == MainWindow::EventLogPageIndex) {
        auto *table = find<QAbstractItemView>(*pageWidget, "eventTable");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
    }

    QStringList unreached;
    QStringList unnamed;
    const auto walk = [&](const QString &where) {
        QCoreApplication::processEvents();
        const QList<QWidget *> reached = tabWalk(pageWidget);
        if (qEnvironmentVariableIsSet("HOOKBOARD_SHOW_TAB_ORDER")) {
            for (QWidget *widget : reached)
                qInfo("%s%s", qPrintable(where), qPrintable(describe(widget)));
        }
        for (QWidget *widget : pageWidget->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !widget->isEnabled() || !isInteractive(widget))
                continue;
            const QString label = where + describe(widget);
            if (!reached.contains(widget) && !unreached.contains(label))
                unreached << label;
        }
        for (QWidget *widget : reached) {
            const QString label = where + describe(widget);
            if (accessibleName(widget).isEmpty() && !unnamed.contains(label))
                unnamed << label;
        }
    };
    walk(QString());
    for (QTabWidget *tabs : pageWidget->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            walk(QStringLiteral("[%1 tab] ").arg(tabs->tabText(i).remove(QLatin1Char('&'))));
        }
        tabs->setCurrentIndex(shown);
    }
    // The main controls in reading order (the page as it was, first tabs shown).
    QStringList reachedNames;
    for (QWidget *widget : tabWalk(pageWidget)) {
        reachedNames << (qobject_cast<QTabBar *>(widget) && widget->parentWidget()
                             ? widget->parentWidget()->objectName() + QStringLiteral(".tabBar")
                             : widget->objectName());
    }
    QString outOfOrder;
    qsizetype previous = -1;
    for (const QString &name : std::as_const(order)) {
        const qsizetype at = reachedNames.indexOf(name);
        if (at <= previous && outOfOrder.isEmpty())
            outOfOrder = QStringLiteral("%1 is not reached after %2: %3")
                             .arg(name, previous >= 0 ? reachedNames.at(previous) : QString(),
                                  reachedNames.join(QStringLiteral(", ")));
        previous = std::max(previous, at);
    }

    // One line each: QVERIFY2 would cut a long list short.
    for (const QString &label : std::as_const(unreached))
        qInfo("not reached with Tab: %s", qPrintable(label));
    for (const QString &label : std::as_const(unnamed))
        qInfo("no accessible name: %s", qPrintable(label));
    if (!outOfOrder.isEmpty())
        qInfo("out of reading order: %s", qPrintable(outOfOrder));
    QVERIFY2(unreached.isEmpty() && unnamed.isEmpty() && outOfOrder.isEmpty(),
             qPrintable(QStringLiteral("%1 controls not reached with Tab, %2 without an accessible name, "
                                       "%3 out of order (listed above)")
                            .arg(unreached.size())
                            .arg(unnamed.size())
                            .arg(outOfOrder.isEmpty() ? 0 : 1)));
}

namespace {

QTreeWidget *openShortcutList(MainWindow &window)
{
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    return list && list->isVisible() ? list : nullptr;
}

QStringList listedShortcuts(QTreeWidget *list)
{
    QStringList entries;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        QTreeWidgetItem *groupItem = list->topLevelItem(group);
        for (int i = 0; i < groupItem->childCount(); ++i)
            entries << groupItem->child(i)->text(0) + QLatin1Char('\t') + groupItem->child(i)->text(1);
    }
    return entries;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

} // namespace

// F1 opens the list, and it names each menu action that has a shortcut, with that shortcut as the
// menu shows it.
void TestAccessibility::shortcutListNamesEveryMenuShortcut()
{
    QMenuBar *bar = m_window->menuBar();
    QVERIFY(bar->isVisible());
    QStringList expected;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->isSeparator() && !action->shortcut().isEmpty())
                expected << plain(action->text()) + QLatin1Char('\t') +
                                action->shortcut().toString(QKeySequence::NativeText);
        }
    };
    for (QAction *top : bar->actions()) {
        if (top->menu())
            collect(top->menu());
    }
    QVERIFY2(expected.size() >= 10, qPrintable(expected.join(QLatin1Char('\n'))));

    QVERIFY(!openShortcutList(*m_window));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(openShortcutList(*m_window));
    QTreeWidget *list = openShortcutList(*m_window);
    QStringList listed;
    for (const QString &entry : listedShortcuts(list))
        listed << plain(entry.section(QLatin1Char('\t'), 0, 0)) + QLatin1Char('\t') +
                      entry.section(QLatin1Char('\t'), 1);
    for (const QString &entry : std::as_const(expected)) {
        bool found = false;
        for (const QString &shown : std::as_const(listed))
            found = found || shown == entry || shown.startsWith(entry + QStringLiteral(", "));
        QVERIFY2(found, qPrintable(QStringLiteral("%1 is not listed; the list has:\n%2")
                                       .arg(entry, listed.join(QLatin1Char('\n')))));
    }
    // Groups are named after the menus (and the pages they act on).
    QStringList groups;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        groups << list->topLevelItem(i)->text(0);
    QVERIFY2(groups.contains(QStringLiteral("Event log")), qPrintable(groups.join(QLatin1String(", "))));
    QVERIFY2(groups.contains(QStringLiteral("Go")), qPrintable(groups.join(QLatin1String(", "))));
    // Escape closes it.
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!openShortcutList(*m_window));
}

// "?" opens the list too, except where it is a character being typed.
void TestAccessibility::questionMarkOpensTheListOutsideTextFields()
{
    m_window->setCurrentPage(MainWindow::EventLogPageIndex);
    auto *search = find<QLineEdit>(*m_window, "payloadFilter");
    QTRY_VERIFY(search->isVisible());
    search->setFocus();
    QTest::keyClick(search, '?');
    QCOMPARE(search->text(), QStringLiteral("?"));
    QVERIFY(!openShortcutList(*m_window));

    auto *table = find<QAbstractItemView>(*m_window, "eventTable");
    table->setFocus();
    QTest::keyClick(table, '?');
    QTRY_VERIFY(openShortcutList(*m_window));
}

// A button's tooltip says what it does and its shortcut, as the menu does.
void TestAccessibility::tooltipsShowShortcuts()
{
    m_window->setCurrentPage(MainWindow::EventLogPageIndex);
    auto *resend = find<QAbstractButton>(*m_window, "resendButton");
    auto *action = find<QAction>(*m_window, "resendAction");
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    QVERIFY(!key.isEmpty());
    QVERIFY2(resend->toolTip().startsWith(QStringLiteral("Resend (%1)").arg(key)),
             qPrintable(resend->toolTip()));
    auto *newButton = find<QAbstractButton>(*m_window, "newReceiverButton");
    QVERIFY2(newButton->toolTip().contains(QStringLiteral("(%1)").arg(
                 QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))),
             qPrintable(newButton->toolTip()));
    // The tooltip follows a changed shortcut (or a retranslated text) without anyone setting it again.
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F9));
    action->setText(QStringLiteral("Erneut senden"));
    QVERIFY2(
        resend->toolTip().startsWith(
            QStringLiteral("Erneut senden (%1)")
                .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F9).toString(QKeySequence::NativeText))),
        qPrintable(resend->toolTip()));
}

// Ctrl+1… go to the pages in navigation order and put the focus on the page.
void TestAccessibility::pageShortcutsSwitchPages()
{
    auto *pages = find<QStackedWidget>(*m_window, "pages");
    for (int page = pages->count() - 1; page >= 0; --page) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                        Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), page);
        QTRY_VERIFY(pages->widget(page)->isAncestorOf(QApplication::focusWidget()));
    }
}

// On a 2× or 3× screen every icon of the console has as many pixels as the screen shows, rather
// than a smaller picture scaled up (and blurred).
void TestAccessibility::iconsAreSharpAtHighPixelRatios()
{
    QList<QPair<QString, QIcon>> icons{
        {QStringLiteral("window"), m_window->windowIcon()},
        {QStringLiteral("disabled banner"), QIcon(QStringLiteral(":/hookboard/receivers/disabled.svg"))}};
    for (auto state : {HealthBadge::State::Active, HealthBadge::State::Failing, HealthBadge::State::Disabled})
        icons.append({QStringLiteral("health %1").arg(HealthBadge::label(state)), HealthBadge::icon(state)});
    for (EventStatus status : EventStatusStyle::all())
        icons.append({QStringLiteral("event %1").arg(EventStatusStyle::label(status)),
                      EventStatusStyle::icon(status, QApplication::palette())});
    for (auto state : {SubscriptionGridModel::Subscribed, SubscriptionGridModel::Unsubscribed})
        icons.append(
            {QStringLiteral("subscription %1").arg(int(state)), SubscriptionGridModel::iconFor(state)});
    for (const auto &[name, icon] : std::as_const(icons)) {
        QVERIFY2(!icon.isNull(), qPrintable(name));
        for (const int side : {16, 24, 32}) {
            for (const qreal ratio : {1.0, 2.0, 3.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(side, side), ratio);
                const QSize wanted = QSize(side, side) * ratio;
                QVERIFY2(pixmap.size() == wanted,
                         qPrintable(QStringLiteral("%1 at %2 px, ratio %3: %4×%5 pixels, not %6×%7")
                                        .arg(name)
                                        .arg(side)
                                        .arg(ratio)
                                        .arg(pixmap.width())
                                        .arg(pixmap.height())
                                        .arg(wanted.width())
                                        .arg(wanted.height())));
            }
        }
    }
}

// Reached with Tab, an editor lets Tab move on; once typed in, Tab indents; Escape lets Tab move
// on again. The keyboard is never caught in it.
void TestAccessibility::codeEditorTabIndentsWhileTypingAndMovesOnAfterEscape()
{
    m_window->setCurrentPage(MainWindow::ApiExplorerPageIndex);
    auto *examples = find<QAbstractItemView>(*m_window, "exampleList");
    auto *document = find<QPlainTextEdit>(*m_window, "documentEditor");
    auto *variables = find<QPlainTextEdit>(*m_window, "variablesEditor");
    QTRY_VERIFY(document->isVisible());
    examples->setFocus(Qt::TabFocusReason);
    QTest::keyClick(examples, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), document);
    QTest::keyClick(document, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), variables);

    QTest::keyClick(variables, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), document);
    document->clear();
    QTest::keyClicks(document, QStringLiteral("{"));
    QTest::keyClick(document, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), document);
    QCOMPARE(document->toPlainText(), QStringLiteral("{  "));
    QTest::keyClick(document, Qt::Key_Escape);
    QTest::keyClick(document, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), variables);
    QCOMPARE(document->toPlainText(), QStringLiteral("{  "));
}

// A page's keys also work while the page list has the focus (after Ctrl+1…, or F6).
void TestAccessibility::pageKeysWorkFromTheNavigation()
{
    m_window->setCurrentPage(MainWindow::EventLogPageIndex);
    auto *navigation = find<QListWidget>(*m_window, "navigation");
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), navigation);
    QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(*m_window, "payloadFilter"));
    // Another page's keys do not: Ctrl+N is the Receivers page's (its action is not triggered).
    QSignalSpy newReceiver(find<QAction>(*m_window, "newReceiverAction"), &QAction::triggered);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(MainWindow::EventLogPageIndex));
    QCOMPARE(newReceiver.count(), 0);
    // On its own page it is.
    m_window->setCurrentPage(MainWindow::ReceiversPageIndex);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(newReceiver.count(), 1);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
