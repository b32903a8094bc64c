// The API explorer driven as a person would, against a real ApiServer on loopback: pick a seed,
// run it, read the answer; GraphQL, HTTP and variables errors; the enums; copy as curl.
#include "api/apiserver.h"
#include "api/apitoken.h"
#include "apiexplorer/apiexplorerpage.h"
#include "apiexplorer/docsbrowser.h"
#include "consoletestsupport.h"
#include "theme.h"
#include "widgets/codecolors.h"
#include "widgets/confirmation.h"
#include "widgets/statuslabel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <memory>

using namespace hookboard;
using namespace hookboard::test;

namespace {

const QString kToken = QStringLiteral("explorer-token_0123456789abcdefABCDEF");

// As a mouse does it: a click, then the second press that makes it a double-click (item views act
// only on a double-click that follows a press on the same item).
void doubleClick(QWidget *viewport, const QPoint &at)
{
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
}

} // namespace

class TestApiExplorerPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<ApiExplorerPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_exampleTester;
    std::unique_ptr<QAbstractItemModelTester> m_errorTester;
    std::unique_ptr<QAbstractItemModelTester> m_enumTester;

    ConsoleContext context(const QString &token = kToken) const
    {
        ConsoleContext c = consoleContextFor(*m_store);
        c.apiUrl = m_api->url();
        c.apiToken = token;
        return c;
    }

    void closePage()
    {
        m_exampleTester.reset();
        m_errorTester.reset();
        m_enumTester.reset();
        m_page.reset();
    }

    void openPage(const ConsoleContext &c)
    {
        closePage();
        m_page = std::make_unique<ApiExplorerPage>(c);
        // Every model the page shows runs under the tester from the start, live updates included.
        m_exampleTester = std::make_unique<QAbstractItemModelTester>(
            find<QListWidget>(*m_page, "exampleList")->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_errorTester = std::make_unique<QAbstractItemModelTester>(
            find<QListWidget>(*m_page, "errorList")->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_enumTester = std::make_unique<QAbstractItemModelTester>(
            find<QTreeView>(*m_page, "enumTree")->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void pick(const QString &title)
    {
        auto *list = find<QListWidget>(*m_page, "exampleList");
        const QList<QListWidgetItem *> items = list->findItems(title, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QCOMPARE(list->currentItem(), items.first());
    }

    // Types text as a person would, pressing Return between lines (the editor keeps the indentation).
    void setText(const char *editorName, const QString &text)
    {
        auto *editor = find<QPlainTextEdit>(*m_page, editorName);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, lines.at(i));
        }
    }

    QString status() const { return find<QLabel>(*m_page, "resultStatus")->text(); }
    QString result() const { return find<QPlainTextEdit>(*m_page, "resultView")->toPlainText(); }

    void clickRun() { QTest::mouseClick(find<QPushButton>(*m_page, "runButton"), Qt::LeftButton); }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        Result<ApiToken> token = ApiToken::fromGiven(kToken);
        QVERIFY(token.ok());
        m_api = std::make_unique<ApiServer>(m_store->service(), m_store->publishWriter(), *token,
                                            ApiServerOptions());
        const Status listening = m_api->listen();
        QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message));
    }

    void cleanup()
    {
        closePage();
        m_api.reset();
        m_store.reset();
    }

    void listReceiversSeedRunsAndIsPrettyPrinted()
    {
        const Receiver alpha = m_store->makeReceiver(QStringLiteral("alpha"));
        openPage(context());
        pick(QStringLiteral("List subscriptions"));
        pick(QStringLiteral("List receivers"));
        QVERIFY(find<QPlainTextEdit>(*m_page, "documentEditor")->toPlainText().contains(u"webhookReceivers"));
        QVERIFY(find<QPlainTextEdit>(*m_page, "variablesEditor")->toPlainText().isEmpty());
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("HTTP 200")), 10000);
        QCOMPARE(find<StatusLabel>(*m_page, "resultStatus")->tone(), StatusLabel::Success);
        QVERIFY(find<QListWidget>(*m_page, "errorList")->isHidden());

        // Pretty: one member per line, indented by two, and still the API's answer.
        const QString text = result();
        QVERIFY2(text.startsWith(QLatin1String("{\n  \"data\": {\n    \"webhookReceivers\": {\n")),
                 qPrintable(text));
        const QJsonObject node = QJsonDocument::fromJson(text.toUtf8())
                                     .object()[u"data"][u"webhookReceivers"][u"edges"][0][u"node"]
                                     .toObject();
        QCOMPARE(node.value(u"name").toString(), alpha.name);
        QCOMPARE(node.value(u"_etag").toString(), alpha.etag);
        QCOMPARE(node.value(u"sharedSecret").toString(), alpha.sharedSecret);
    }

    void createReceiverSeedRunsWithCtrlEnter()
    {
        openPage(context());
        pick(QStringLiteral("Create a receiver"));
        const QJsonObject variables =
            QJsonDocument::fromJson(find<QPlainTextEdit>(*m_page, "variablesEditor")->toPlainText().toUtf8())
                .object();
        QCOMPARE(variables[u"input"][u"name"].toString(), QStringLiteral("Our example server"));
        QCOMPARE(m_store->rowCount(QStringLiteral("receivers")), 0);

        auto *document = find<QPlainTextEdit>(*m_page, "documentEditor");
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        document->setFocus();
        // A mutation changes live data: asked first, and "Do not run" sends nothing.
        Confirmation::setNextAnswer([](const QString &) { return false; });
        QTest::keyClick(document, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(Confirmation::lastQuestion().title, QStringLiteral("Run a mutation?"));
        QCOMPARE(Confirmation::lastQuestion().acceptText, QStringLiteral("Run mutation"));
        QVERIFY(Confirmation::lastQuestion().offersDontAskAgain);
        QVERIFY2(status().startsWith(QLatin1String("Not run")), qPrintable(status()));
        QTest::qWait(200);
        QCOMPARE(m_store->rowCount(QStringLiteral("receivers")), 0);
        // Confirmed, with "Do not ask again" ticked: it runs, and the next mutation is not asked.
        Confirmation::setNextDontAskAgain(true);
        Confirmation::setNextAnswer([](const QString &) { return true; });
        QTest::keyClick(document, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->rowCount(QStringLiteral("receivers")), 1, 10000);
        QTRY_VERIFY(status().startsWith(QLatin1String("HTTP 200")));
        const Result<Page<Receiver>> receivers = m_store->service().receivers({});
        QVERIFY(receivers.ok());
        QCOMPARE(receivers->items.first().name, QStringLiteral("Our example server"));
        QCOMPARE(receivers->items.first().webhookUri, QStringLiteral("https://whoknows.where.this.leads"));
        QCOMPARE(receivers->items.first().createdBy.name, QString::fromLatin1(ApiToken::kGivenName));
        QVERIFY(result().contains(QLatin1String("\"name\": \"Our example server\"")));
        pick(QStringLiteral("Disable a receiver"));
        const QString asked = Confirmation::lastQuestion().text;
        Confirmation::setNextAnswer([](const QString &) { return false; }); // would refuse, if asked
        clickRun();
        QVERIFY(Confirmation::hasPendingAnswer());
        Confirmation::setNextAnswer({});
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->service().receivers({})->items.first().active, 10000);
        // A query is never asked about.
        pick(QStringLiteral("List receivers"));
        Confirmation::setNextAnswer([](const QString &) { return false; });
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("HTTP 200")), 10000);
        QVERIFY(Confirmation::hasPendingAnswer());
        Confirmation::setNextAnswer({});
        QCOMPARE(Confirmation::lastQuestion().text, asked);
    }

    void disableReceiverSeedIsFilledWithTheNewestReceiver()
    {
        m_store->makeReceiver(QStringLiteral("older"));
        const Receiver newest = m_store->makeReceiver(QStringLiteral("newer"));
        openPage(context());
        pick(QStringLiteral("Disable a receiver"));
        const QJsonObject input =
            QJsonDocument::fromJson(find<QPlainTextEdit>(*m_page, "variablesEditor")->toPlainText().toUtf8())
                .object()[u"input"]
                .toObject();
        QCOMPARE(input.value(u"id").toInteger(), newest.id);
        QCOMPARE(input.value(u"etag").toString(), newest.etag);
        QCOMPARE(input.value(u"active").toBool(true), false);
        Confirmation::setNextAnswer([](const QString &) { return true; });
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("HTTP 200")), 10000);
        QCOMPARE(m_store->service().receiver(newest.id)->active, false);
    }

    void graphqlErrorsAreListedAndLeadToTheirPlace()
    {
        openPage(context());
        setText("variablesEditor", QString());
        setText("documentEditor", QStringLiteral("{\n  webhookReceivers {\n  edges { node { nope } }\n}\n}"));
        QCOMPARE(find<QPlainTextEdit>(*m_page, "documentEditor")->toPlainText(),
                 QStringLiteral("{\n  webhookReceivers {\n    edges { node { nope } }\n    }\n    }"));
        clickRun();
        auto *errors = find<QListWidget>(*m_page, "errorList");
        QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), 10000);
        QCOMPARE(find<StatusLabel>(*m_page, "resultStatus")->tone(), StatusLabel::Failure);
        QVERIFY2(status().endsWith(QStringLiteral(" · GraphQL errors: 1")), qPrintable(status()));
        QCOMPARE(errors->count(), 1);
        const QString error = errors->item(0)->text();
        QVERIFY2(error.startsWith(QLatin1String("GRAPHQL_VALIDATION_FAILED: ")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("nope")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("(line 3, column 20)")), qPrintable(error));
        // The raw answer is there too, for the details.
        QVERIFY(result().contains(QLatin1String("\"errors\": [")));

        // One click on the error goes to its place.
        QTest::mouseClick(errors->viewport(), Qt::LeftButton, {},
                          errors->visualItemRect(errors->item(0)).center());
        const QTextCursor cursor = find<QPlainTextEdit>(*m_page, "documentEditor")->textCursor();
        QCOMPARE(cursor.blockNumber() + 1, 3);
        QCOMPARE(cursor.positionInBlock() + 1, 20);

        // A syntax error names the parse failure.
        setText("documentEditor", QStringLiteral("{ webhookReceivers { edges"));
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(errors->count() == 1 && errors->item(0)->text().startsWith(
                                                             QLatin1String("GRAPHQL_PARSE_FAILED: ")),
                                 10000);

        // Another example picked: the previous answer and its errors go.
        pick(find<QListWidget>(*m_page, "exampleList")->item(1)->text());
        QVERIFY(errors->isHidden());
        QCOMPARE(errors->count(), 0);
        QVERIFY(result().isEmpty());
        QCOMPARE(find<StatusLabel>(*m_page, "resultStatus")->tone(), StatusLabel::Neutral);
    }

    void invalidVariablesAreShownAndNothingIsSent()
    {
        openPage(context());
        pick(QStringLiteral("Create a receiver"));
        setText("variablesEditor",
                QStringLiteral("{\"input\": {\"name\": \"x\", \"webhookUri\": \"https://x.example\",}}"));
        auto *variablesError = find<StatusLabel>(*m_page, "variablesError");
        QVERIFY(variablesError->isVisible());
        QCOMPARE(variablesError->tone(), StatusLabel::Failure);
        QVERIFY2(variablesError->text().startsWith(QLatin1String("variables: malformed JSON at byte")),
                 qPrintable(variablesError->text()));
        clickRun();
        QVERIFY2(status().startsWith(QLatin1String("Not sent")), qPrintable(status()));
        QCOMPARE(find<StatusLabel>(*m_page, "resultStatus")->tone(), StatusLabel::Failure);

        // Fixed, the same document creates exactly one receiver: the refused Run sent nothing.
        setText("variablesEditor",
                QStringLiteral("{\"input\": {\"name\": \"x\", \"webhookUri\": \"https://x.example\"}}"));
        QVERIFY(variablesError->isHidden());
        Confirmation::setNextAnswer([](const QString &) { return true; });
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("HTTP 200")), 10000);
        QCOMPARE(m_store->rowCount(QStringLiteral("receivers")), 1);

        // Variables must be an object.
        setText("variablesEditor", QStringLiteral("[1, 2]"));
        QVERIFY(variablesError->isVisible());
        QCOMPARE(variablesError->text(), QStringLiteral("variables: must be a JSON object"));
    }

    void httpErrorsAreShown()
    {
        openPage(context(QStringLiteral("not-the-token")));
        pick(QStringLiteral("List receivers"));
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("HTTP 401")), 10000);
        QVERIFY2(status().contains(QLatin1String("refused the token")), qPrintable(status()));
        QCOMPARE(find<StatusLabel>(*m_page, "resultStatus")->tone(), StatusLabel::Failure);
        auto *errors = find<QListWidget>(*m_page, "errorList");
        QCOMPARE(errors->count(), 1);
        QVERIFY(errors->item(0)->text().startsWith(QLatin1String("UNAUTHENTICATED: ")));

        // No server at all: said so, with the address.
        const QUrl url = m_api->url();
        m_api.reset();
        ConsoleContext gone = consoleContextFor(*m_store);
        gone.apiUrl = url;
        gone.apiToken = kToken;
        openPage(gone);
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("No answer from ") + url.toString()),
                                 10000);
        QCOMPARE(find<StatusLabel>(*m_page, "resultStatus")->tone(), StatusLabel::Failure);
    }

    // Issue 11 point 16: a docs pane and field completion, both from the running API's introspection.
    void docsAndCompletionFollowTheSchema()
    {
        openPage(context());
        auto *docs = find<QTextBrowser>(*m_page, "docsView");
        QTRY_VERIFY_WITH_TIMEOUT(docs->toPlainText().contains(QLatin1String("Queries: Query")), 10000);
        QTabBar *tabs = find<QTabWidget>(*m_page, "explorerSidebar")->tabBar();
        QCOMPARE(tabs->tabText(2), QStringLiteral("Docs"));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        QTRY_VERIFY(docs->isVisible());
        // Clicks a link as a person would: on the last character of the first text found.
        const auto clickLink = [&](const QString &text) {
            QTextCursor found = docs->document()->find(text);
            QVERIFY2(!found.isNull(), qPrintable(text));
            found.setPosition(found.selectionEnd() - 1);
            docs->setTextCursor(found);
            docs->ensureCursorVisible();
            QTest::mouseClick(docs->viewport(), Qt::LeftButton, {}, docs->cursorRect(found).center());
        };
        clickLink(QStringLiteral("Query"));
        QTRY_VERIFY(docs->toPlainText().startsWith(QLatin1String("Query")));
        // Fields with their arguments, types and descriptions.
        QVERIFY(docs->toPlainText().contains(QLatin1String("webhookReceivers(")));
        QVERIFY(docs->toPlainText().contains(QLatin1String("webhookEvent(id: ID!): WebhookEvent")));
        clickLink(QStringLiteral("webhookEvent(id: ID!): WebhookEvent"));
        QTRY_VERIFY(docs->toPlainText().startsWith(QLatin1String("WebhookEvent")));
        QVERIFY(docs->toPlainText().contains(QLatin1String("status: WebhookEventStatus!")));
        auto *back = find<QToolButton>(*m_page, "docsBackButton");
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_VERIFY(docs->toPlainText().startsWith(QLatin1String("Query")));

        // Completion: the fields of the selection set the cursor is in, then its field's arguments.
        auto *editor = find<QPlainTextEdit>(*m_page, "documentEditor");
        auto *completer = editor->findChild<QCompleter *>(QStringLiteral("codeCompleter"));
        QVERIFY(completer);
        setText("documentEditor", QStringLiteral("{\n  webhookRec"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 2); // webhookReceiver(id) and webhookReceivers
        QCOMPARE(completer->currentCompletion(), QStringLiteral("webhookReceiver"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), QStringLiteral("{\n  webhookReceivers"));
        QTest::keyClicks(editor, QStringLiteral(" { edges { node { sharedSe"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("sharedSecret"));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(editor->toPlainText().endsWith(QLatin1String("node { sharedSecret")));
        // Escape closes the list and leaves the text as typed.
        QTest::keyClicks(editor, QStringLiteral(" we"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("webhookUri"));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY(editor->toPlainText().endsWith(QLatin1String("sharedSecret we")));

        // Arguments inside a field's parentheses; a mutation's root type; Ctrl+Space with no word.
        setText("documentEditor", QStringLiteral("{ webhookEvents(fir"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("first"));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        setText("documentEditor", QStringLiteral("mutation { rotateWebhookRec"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("rotateWebhookReceiverSecret"));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        setText("documentEditor", QStringLiteral("{ webhookEvent(id: 1) { "));
        QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int row = 0; row < completer->completionCount(); ++row) {
            completer->setCurrentRow(row);
            offered.append(completer->currentCompletion());
        }
        QVERIFY2(offered.contains(u"status"_qs) && offered.contains(u"attempts"_qs) &&
                     offered.contains(u"__typename"_qs) && !offered.contains(u"webhookReceivers"_qs),
                 qPrintable(offered.join(u", "_qs)));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);

        // The contexts where a field name would be wrong.
        const GraphQlSchemaIndex &schema = find<DocsBrowser>(*m_page, "docsBrowser")->schema();
        const auto offeredAt = [&](const QString &document) {
            return schema.completionsAt(document, int(document.size())).candidates;
        };
        QVERIFY(offeredAt(u"{ webhookReceivers # rec"_qs).isEmpty());                     // a comment
        QVERIFY(offeredAt(u"{ webhookEvents(payloadContains: \"fir"_qs).isEmpty());       // a string
        QVERIFY(offeredAt(u"{ webhookEvents(first: "_qs).isEmpty());                      // a value
        QVERIFY(offeredAt(u"mutation { createWebhookReceiver(input: { na"_qs).isEmpty()); // an input object
        QVERIFY(offeredAt(u"{ webhookEvents(first: 2 "_qs).contains(u"after"_qs));        // the next argument
        QVERIFY(offeredAt(u"query($x: Boolean!) { webhookEvent(id: 1) @include(if: $x) { "_qs)
                    .contains(u"status"_qs));
        QVERIFY(offeredAt(u"{ webhookEvent(id: 1) { ... on "_qs).contains(u"WebhookEvent"_qs));
    }

    void enumsTreeListsTheApisEnums()
    {
        openPage(context());
        auto *tree = find<QTreeView>(*m_page, "enumTree");
        auto *model = qobject_cast<QStandardItemModel *>(tree->model());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        const QList<QStandardItem *> resource = model->findItems(QStringLiteral("ResourceEnum"));
        QCOMPARE(resource.size(), 1);
        QStringList values;
        for (int row = 0; row < resource.first()->rowCount(); ++row)
            values.append(resource.first()->child(row)->text());
        for (const char *name : {"RUNS", "RUN_STEPS", "RUN_STEP_FIELDS", "PROCEDURES", "ISSUES", "PARTS",
                                 "PART_INVENTORIES", "PURCHASE_ORDERS", "RECEIPTS", "FILE_ATTACHMENTS"})
            QVERIFY2(values.contains(QLatin1String(name)), name);
        // With the schema's descriptions, of the type and of each value.
        const QModelIndex resourceIndex = model->indexFromItem(resource.first());
        QCOMPARE(resourceIndex.siblingAtColumn(1).data().toString(),
                 QStringLiteral("The kinds of objects one can subscribe to."));
        const int runsRow = int(values.indexOf(u"RUNS"));
        QVERIFY(!model->index(runsRow, 1, resourceIndex).data().toString().isEmpty());
        QCOMPARE(model->findItems(QStringLiteral("WebhookSubscriptionActions")).size(), 1);
        QCOMPARE(model->findItems(QStringLiteral("WebhookEventStatus")).size(), 1);
        // The introspection system's own enums are not this API's.
        QVERIFY(model->findItems(QStringLiteral("__TypeKind")).isEmpty());

        // Double-clicking a value puts it where the cursor is.
        setText("documentEditor", QString());
        QTabBar *tabs = find<QTabWidget>(*m_page, "explorerSidebar")->tabBar();
        QCOMPARE(tabs->tabText(1), QStringLiteral("Enums"));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QTRY_VERIFY(tree->isVisible());
        tree->expand(model->indexFromItem(resource.first()));
        const QModelIndex runs = model->indexFromItem(resource.first()->child(values.indexOf(u"RUNS")));
        tree->scrollTo(runs);
        doubleClick(tree->viewport(), tree->visualRect(runs).center());
        QCOMPARE(find<QPlainTextEdit>(*m_page, "documentEditor")->toPlainText(), QStringLiteral("RUNS"));
    }

    void tokenIsHiddenUntilRevealedAndCopyable()
    {
        openPage(context());
        auto *token = find<QLineEdit>(*m_page, "apiTokenEdit");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(token->text(), kToken);
        QTest::mouseClick(find<QToolButton>(*m_page, "revealTokenButton"), Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(find<QToolButton>(*m_page, "revealTokenButton"), Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        QTest::mouseClick(find<QToolButton>(*m_page, "explorerCopyTokenButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), kToken);
        QCOMPARE(find<QLineEdit>(*m_page, "apiUrlEdit")->text(), m_api->url().toString());
        QTest::mouseClick(find<QToolButton>(*m_page, "copyApiUrlButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_api->url().toString());
    }

    void copyAsCurlRunsInAShell()
    {
        openPage(context());
        pick(QStringLiteral("Create a receiver"));
        // A quote in a value must survive the shell.
        setText("variablesEditor",
                QStringLiteral(
                    "{\"input\": {\"name\": \"Ops' hook\", \"webhookUri\": \"https://ops.example/h\"}}"));
        QTest::mouseClick(find<QPushButton>(*m_page, "copyCurlButton"), Qt::LeftButton);
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(
            command.startsWith(QLatin1String("curl -sS '") + m_api->url().toString() + QLatin1Char('\'')),
            qPrintable(command));
        QVERIFY(command.contains(QLatin1String("Authorization: Bearer ") + kToken));
        QCOMPARE(m_store->rowCount(QStringLiteral("receivers")), 0); // copying sends nothing

        // Not a skip: scripts/test.sh installs curl, and the command must really run.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
                 "curl is needed to run the copied command: install curl");
        // The server lives on this thread, so curl runs while the event loop keeps serving.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 20000);
        QCOMPARE(shell.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(answer[u"data"][u"createWebhookReceiver"][u"webhookReceiver"][u"name"].toString(),
                 QStringLiteral("Ops' hook"));
        QCOMPARE(m_store->rowCount(QStringLiteral("receivers")), 1);
    }

    void colouringFollowsTheTheme()
    {
        m_store->makeReceiver(QStringLiteral("alpha"));
        m_store->makeReceiver(QStringLiteral("beta"));
        openPage(context());
        m_page->resize(1060, 620);
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QLatin1String("HTTP 200")), 10000);
        auto *result = find<QPlainTextEdit>(*m_page, "resultView");
        // Line 2 is '    "webhookReceivers": {': a member name, coloured as one for the palette in use.
        const auto nameColour = [result] {
            const QTextBlock block = result->document()->findBlockByNumber(2);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.start <= 4 && 4 < range.start + range.length)
                    return range.format.foreground().color();
            }
            return QColor();
        };
        const QString shots = qEnvironmentVariable("HOOKBOARD_SCREENSHOT_DIR");
        QList<QColor> seen;
        for (Theme::Kind kind : {Theme::Light, Theme::Dark}) {
            Theme::apply(kind);
            QCoreApplication::processEvents();
            QCOMPARE(nameColour(), CodeColors::forPalette(result->palette()).name);
            seen.append(nameColour());
            if (!shots.isEmpty())
                QVERIFY(m_page->grab().save(
                    QDir(shots).filePath(QStringLiteral("apiexplorer-%1.png").arg(Theme::key(kind)))));
        }
        QVERIFY(seen.at(0) != seen.at(1));

        // The other half of the page: an error and the enums.
        setText("documentEditor", QStringLiteral("{ webhookReceivers(first: \"ten\") { totalCount } }"));
        clickRun();
        QTRY_VERIFY_WITH_TIMEOUT(find<QListWidget>(*m_page, "errorList")->isVisible(), 10000);
        QTabBar *tabs = find<QTabWidget>(*m_page, "explorerSidebar")->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        auto *tree = find<QTreeView>(*m_page, "enumTree");
        auto *model = qobject_cast<QStandardItemModel *>(tree->model());
        QTRY_VERIFY_WITH_TIMEOUT(!model->findItems(QStringLiteral("ResourceEnum")).isEmpty(), 10000);
        tree->expand(model->indexFromItem(model->findItems(QStringLiteral("ResourceEnum")).first()));
        for (Theme::Kind kind : {Theme::Light, Theme::Dark}) {
            Theme::apply(kind);
            QCoreApplication::processEvents();
            if (!shots.isEmpty())
                QVERIFY(m_page->grab().save(
                    QDir(shots).filePath(QStringLiteral("apiexplorer-errors-%1.png").arg(Theme::key(kind)))));
        }
        Theme::apply(Theme::System);
    }

    void saysWhenTheApiIsOff()
    {
        ConsoleContext off = consoleContextFor(*m_store);
        ApiExplorerPage page(off);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *note = find<QLabel>(page, "apiOffNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("API is off")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("runButton")));
    }
};

QTEST_MAIN(TestApiExplorerPage)
#include "tst_apiexplorerpage.moc"
