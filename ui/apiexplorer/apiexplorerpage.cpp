#include "apiexplorerpage.h"

#include "common/jsontext.h"
#include "docsbrowser.h"
#include "enumbrowser.h"
#include "graphql/parser.h"
#include "graphqlclient.h"
#include "graphqlhighlighter.h"
#include "pageheader.h"
#include "sandbox/sandboxserver.h"
#include "widgets/actiontooltip.h"
#include "widgets/codecolors.h"
#include "widgets/codeeditor.h"
#include "widgets/confirmation.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/prettyjson.h"
#include "widgets/statuslabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookboard {

namespace {

// Where "Create a receiver" points a new receiver when the sandbox runs.
const QString kExampleBin = QStringLiteral("explorer");

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &toolTip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    return button;
}

QString sizeText(qsizetype bytes)
{
    return bytes < 1024 ? ApiExplorerPage::tr("%1 B").arg(bytes)
                        : ApiExplorerPage::tr("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
}

} // namespace

ApiExplorerPage::ApiExplorerPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_examples(ExampleDocuments::all())
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("API explorer"),
        tr("Run GraphQL against this Hookboard's local API, with the URL and token your scripts use."),
        this));
    if (context.apiUrl.isEmpty()) {
        layout->addWidget(buildOffNote());
        layout->addStretch(1);
        return;
    }
    m_client = new GraphQlClient(context.apiUrl, context.apiToken, this);
    layout->addWidget(buildConnection());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("explorerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildSidebar());
    splitter->addWidget(buildEditors());
    splitter->addWidget(buildResult());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({240, 400, 400});
    layout->addWidget(splitter, 1);

    if (!m_examples.isEmpty())
        m_exampleList->setCurrentRow(0);
}

QWidget *ApiExplorerPage::buildOffNote()
{
    auto *note = new QLabel(
        tr("The local API is off in this window, so there is nothing to run queries against. "
           "Start Hookboard with its API (the default, or --api-listen HOST:PORT) to use the explorer."),
        this);
    note->setObjectName(QStringLiteral("apiOffNote"));
    note->setWordWrap(true);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(16);
    return note;
}

QWidget *ApiExplorerPage::buildConnection()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 4);
    grid->setColumnStretch(1, 1);

    auto *url = new QLineEdit(m_context.apiUrl.toString(), box);
    url->setObjectName(QStringLiteral("apiUrlEdit"));
    url->setReadOnly(true);
    auto *copyUrl = toolButton(QStringLiteral("copyApiUrlButton"), tr("Copy"), tr("Copies the API URL"), box);
    connect(copyUrl, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_context.apiUrl.toString());
        m_resultStatus->setMessage(tr("API URL copied."), StatusLabel::Neutral);
    });
    auto *urlLabel = new QLabel(tr("Endpoint:"), box);
    urlLabel->setBuddy(url);
    grid->addWidget(urlLabel, 0, 0);
    grid->addWidget(url, 0, 1);
    grid->addWidget(copyUrl, 0, 3);

    m_tokenEdit = new QLineEdit(m_context.apiToken, box);
    m_tokenEdit->setObjectName(QStringLiteral("apiTokenEdit"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setEchoMode(QLineEdit::Password); // shoulder-surfing and screen sharing
    m_revealToken = toolButton(QStringLiteral("revealTokenButton"), tr("Show"),
                               tr("Shows or hides the bearer token"), box);
    m_revealToken->setCheckable(true);
    connect(m_revealToken, &QToolButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    auto *copyToken =
        toolButton(QStringLiteral("explorerCopyTokenButton"), tr("Copy"),
                   tr("Copies the bearer token that scripts send as \"Authorization: Bearer …\""), box);
    connect(copyToken, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_context.apiToken);
        m_resultStatus->setMessage(tr("API token copied."), StatusLabel::Neutral);
    });
    auto *tokenLabel = new QLabel(tr("Bearer token:"), box);
    tokenLabel->setBuddy(m_tokenEdit);
    grid->addWidget(tokenLabel, 1, 0);
    grid->addWidget(m_tokenEdit, 1, 1);
    grid->addWidget(m_revealToken, 1, 2);
    grid->addWidget(copyToken, 1, 3);
    return box;
}

void ApiExplorerPage::setApiToken(const QString &token)
{
    m_context.apiToken = token;
    if (!m_client)
        return; // the API is off: the page says so and holds no token
    m_tokenEdit->setText(token);
    m_client->setToken(token);
}

QWidget *ApiExplorerPage::buildSidebar()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("explorerSidebar"));
    tabs->setDocumentMode(true);

    m_exampleList = new QListWidget(tabs);
    m_exampleList->setObjectName(QStringLiteral("exampleList"));
    m_exampleList->setAccessibleName(tr("Examples"));
    m_exampleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_exampleList->setTextElideMode(Qt::ElideRight);
    for (const ExampleDocument &example : std::as_const(m_examples)) {
        auto *item = new QListWidgetItem(example.title, m_exampleList);
        item->setData(Qt::UserRole, example.key);
        item->setToolTip(example.title);
        item->setSizeHint(QSize(0, fontMetrics().height() + 10)); // room to aim at with the mouse
    }
    connect(m_exampleList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showExample(item->data(Qt::UserRole).toString());
    });
    tabs->addTab(m_exampleList, tr("Examples"));

    m_enums = new EnumBrowser(*m_client, tabs);
    m_enums->setObjectName(QStringLiteral("enumBrowser"));
    connect(m_enums, &EnumBrowser::valueActivated, this, [this](const QString &value) {
        m_document->textCursor().insertText(value);
        m_document->setFocus();
    });
    tabs->addTab(m_enums, tr("Enums"));

    m_docs = new DocsBrowser(*m_client, tabs);
    m_docs->setObjectName(QStringLiteral("docsBrowser"));
    tabs->addTab(m_docs, tr("Docs"));
    tabs->setMinimumWidth(180);
    return tabs;
}

QWidget *ApiExplorerPage::buildEditors()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *split = new QSplitter(Qt::Vertical, box);
    split->setChildrenCollapsible(false);
    auto *documentBox = new QWidget(split);
    auto *documentLayout = new QVBoxLayout(documentBox);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *documentCaption = caption(tr("Document"), documentBox);
    documentLayout->addWidget(documentCaption);
    m_document = new CodeEditor(documentBox);
    documentCaption->setBuddy(m_document);
    m_document->setObjectName(QStringLiteral("documentEditor"));
    m_document->setHighlighter(new GraphQlHighlighter(m_document->document()));
    // Field and argument names from the schema the Docs tab read (none until it has).
    m_document->setCompletionSource([this](const QString &text, int position) -> CodeEditor::Completions {
        if (!m_docs || !m_docs->isLoaded())
            return {};
        const GraphQlSchemaIndex::Completion found = m_docs->schema().completionsAt(text, position);
        return {found.prefix, found.candidates};
    });
    m_document->setPlaceholderText(tr("{ webhookReceivers { edges { node { id name } } } }"));
    documentLayout->addWidget(m_document, 1);

    auto *variablesBox = new QWidget(split);
    auto *variablesLayout = new QVBoxLayout(variablesBox);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *variablesCaption = caption(tr("Variables (JSON)"), variablesBox);
    variablesLayout->addWidget(variablesCaption);
    m_variables = new CodeEditor(variablesBox);
    variablesCaption->setBuddy(m_variables);
    m_variables->setObjectName(QStringLiteral("variablesEditor"));
    m_variables->setHighlighter(new JsonHighlighter(m_variables->document()));
    m_variables->setPlaceholderText(tr("{ \"input\": { … } }"));
    variablesLayout->addWidget(m_variables, 1);
    m_variablesError = new StatusLabel(variablesBox);
    m_variablesError->setObjectName(QStringLiteral("variablesError"));
    m_variablesError->hide();
    variablesLayout->addWidget(m_variablesError);
    // Checked as you type, so a stray comma is pointed out before Run.
    connect(m_variables, &QPlainTextEdit::textChanged, this, [this] { (void)checkedVariables(); });
    split->addWidget(documentBox);
    split->addWidget(variablesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    // The page's actions are its menu in the window's menu bar (MainWindow).
    auto *runAction = new QAction(tr("&Run"), this);
    runAction->setObjectName(QStringLiteral("runAction"));
    // Enter on the main keyboard and on the keypad are two keys to Qt.
    runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    runAction->setStatusTip(tr("Sends the document to the API"));
    connect(runAction, &QAction::triggered, this, &ApiExplorerPage::run);
    addAction(runAction);
    m_runButton = new QPushButton(tr("Run"), box);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    ActionToolTip::bind(m_runButton, runAction);
    auto *curlAction = new QAction(tr("Copy as &curl"), this);
    curlAction->setObjectName(QStringLiteral("copyRequestCurlAction"));
    curlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    curlAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    curlAction->setStatusTip(tr("Copies this request as a curl command, token included"));
    connect(curlAction, &QAction::triggered, this, [this] {
        const QString command = curlCommand();
        if (command.isEmpty())
            return;
        QApplication::clipboard()->setText(command);
        m_resultStatus->setMessage(tr("Copied as a curl command."), StatusLabel::Neutral);
    });
    addAction(curlAction);
    auto *curl = new QPushButton(tr("Copy as curl"), box);
    curl->setObjectName(QStringLiteral("copyCurlButton"));
    ActionToolTip::bind(curl, curlAction);
    auto *hint = new QLabel(tr("%1 runs").arg(runAction->shortcut().toString(QKeySequence::NativeText)), box);
    hint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(m_runButton);
    buttons->addWidget(curl);
    buttons->addWidget(hint);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *ApiExplorerPage::buildResult()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel *resultCaption = caption(tr("Result"), box);
    layout->addWidget(resultCaption);
    m_resultStatus = new StatusLabel(box);
    m_resultStatus->setObjectName(QStringLiteral("resultStatus"));
    m_resultStatus->setMessage(tr("Pick an example or write a document, then Run."), StatusLabel::Neutral);
    layout->addWidget(m_resultStatus);

    m_errorList = new QListWidget(box);
    m_errorList->setObjectName(QStringLiteral("errorList"));
    m_errorList->setAccessibleName(tr("Errors"));
    m_errorList->setWordWrap(true);
    m_errorList->setToolTip(tr("Click an error to go to where it is in the document"));
    m_errorList->setMaximumHeight(fontMetrics().height() * 7);
    m_errorList->hide();
    // One click (or Enter on the keyboard) goes to the error's place.
    const auto goToError = [this](QListWidgetItem *item) {
        const QPoint at = item->data(Qt::UserRole).toPoint();
        if (at.x() > 0)
            m_document->goTo(at.x(), at.y());
    };
    connect(m_errorList, &QListWidget::itemClicked, this, goToError);
    connect(m_errorList, &QListWidget::itemActivated, this, goToError);
    layout->addWidget(m_errorList);

    m_result = new CodeEditor(box);
    m_result->setObjectName(QStringLiteral("resultView"));
    resultCaption->setBuddy(m_result);
    m_result->setReadOnly(true);
    m_result->setHighlighter(new JsonHighlighter(m_result->document()));
    m_result->setPlaceholderText(tr("The API's answer appears here, laid out and coloured."));
    layout->addWidget(m_result, 1);
    return box;
}

void ApiExplorerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Asked for when first seen rather than at start-up: the console opens without waiting on it.
    if (m_enums && !m_enums->isLoaded())
        m_enums->reload();
    if (m_docs && !m_docs->isLoaded())
        m_docs->reload();
}

void ApiExplorerPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_errorList)
        colourErrors();
}

void ApiExplorerPage::colourErrors()
{
    const QColor colour = CodeColors::forPalette(palette()).error;
    for (int row = 0; row < m_errorList->count(); ++row)
        m_errorList->item(row)->setForeground(colour);
}

void ApiExplorerPage::showExample(const QString &key)
{
    if (!m_client)
        return;
    for (const ExampleDocument &example : std::as_const(m_examples)) {
        if (example.key != key)
            continue;
        const QUrl bin = m_context.sandbox && m_context.sandbox->isListening()
                             ? m_context.sandbox->binUrl(kExampleBin)
                             : QUrl();
        // Replaced through the cursor rather than setPlainText, so Ctrl+Z brings back what was there.
        for (auto [editor, text] :
             {std::pair{m_document, example.document},
              std::pair{m_variables, QString::fromUtf8(ExampleDocuments::filledVariables(
                                         example, *m_context.service, bin))}}) {
            QTextCursor cursor(editor->document());
            cursor.select(QTextCursor::Document);
            cursor.insertText(text);
            editor->moveCursor(QTextCursor::Start);
        }
        // The previous document's answer does not belong to this one.
        m_result->clear();
        m_errorList->clear();
        m_errorList->hide();
        m_resultStatus->setMessage(tr("Run (Ctrl+Enter) to see what the API answers."), StatusLabel::Neutral);
        return;
    }
}

std::optional<QByteArray> ApiExplorerPage::checkedVariables()
{
    const QByteArray text = m_variables->toPlainText().toUtf8().trimmed();
    if (text.isEmpty()) {
        m_variablesError->setMessage({}, StatusLabel::Neutral);
        return QByteArray();
    }
    // Hookboard's own scanner: the variables go out byte for byte, numbers exactly as typed.
    const Result<QByteArray> compact = jsontext::compact(text, QStringLiteral("variables"));
    if (!compact) {
        m_variablesError->setMessage(compact.error().message, StatusLabel::Failure);
        return std::nullopt;
    }
    if (jsontext::kindOf(*compact) != jsontext::Kind::Object) {
        m_variablesError->setMessage(tr("variables: must be a JSON object"), StatusLabel::Failure);
        return std::nullopt;
    }
    m_variablesError->setMessage({}, StatusLabel::Neutral);
    return *compact;
}

QString ApiExplorerPage::curlCommand()
{
    if (!m_client)
        return {};
    const std::optional<QByteArray> variables = checkedVariables();
    if (!variables) {
        m_resultStatus->setMessage(tr("The variables are not valid JSON; fix them first."),
                                   StatusLabel::Failure);
        return {};
    }
    return m_client->curlCommand(GraphQlClient::requestBody(m_document->toPlainText(), *variables));
}

void ApiExplorerPage::run()
{
    if (!m_client)
        return;
    const std::optional<QByteArray> variables = checkedVariables();
    if (!variables) {
        m_resultStatus->setMessage(
            tr("Not sent: the variables are not valid JSON (see below the variables)."),
            StatusLabel::Failure);
        m_variables->setFocus();
        return;
    }
    if (m_document->toPlainText().trimmed().isEmpty()) {
        m_resultStatus->setMessage(tr("Nothing to run: the document is empty."), StatusLabel::Failure);
        return;
    }
    if (isMutation(m_document->toPlainText()) && !m_mutationsConfirmed &&
        !Confirmation::ask(this, tr("Run a mutation?"),
                           tr("This document is a mutation: it changes this Hookboard's live receivers, "
                              "subscriptions or events, as an API client would (the examples create, disable "
                              "and send real things). Run it?"),
                           tr("Run mutation"), tr("Do not run"), &m_mutationsConfirmed)) {
        m_resultStatus->setMessage(tr("Not run: nothing was changed."), StatusLabel::Neutral);
        return;
    }
    if (m_running)
        m_running->abort(); // the newest Run wins; the aborted one's answer is dropped below
    m_errorList->clear();
    m_errorList->hide();
    m_resultStatus->setMessage(tr("Running…"), StatusLabel::Neutral);
    const quint64 generation = ++m_runGeneration;
    m_running = m_client->post(GraphQlClient::requestBody(m_document->toPlainText(), *variables), this,
                               [this, generation](const GraphQlReply &answer) {
                                   if (generation == m_runGeneration)
                                       showReply(answer);
                               });
}

bool ApiExplorerPage::isMutation(const QString &document)
{
    // A document that does not parse is the server's to refuse; it changes nothing.
    graphql::Parser parser(document);
    const std::optional<graphql::Document> parsed = parser.parse();
    if (!parsed)
        return false;
    return std::any_of(parsed->operations.cbegin(), parsed->operations.cend(), [](const auto &operation) {
        return operation.type == graphql::OperationDefinition::Type::Mutation;
    });
}

void ApiExplorerPage::showReply(const GraphQlReply &reply)
{
    m_running = nullptr;
    if (!reply.networkError.isEmpty()) {
        m_resultStatus->setMessage(
            tr("No answer from %1: %2").arg(m_context.apiUrl.toString(), reply.networkError),
            StatusLabel::Failure);
        m_result->setPlainText({});
        return;
    }
    const bool failed = reply.httpStatus >= 400 || !reply.errors.isEmpty();
    QString status = tr("HTTP %1 %2 · %3 ms · %4")
                         .arg(reply.httpStatus)
                         .arg(reply.reason)
                         .arg(reply.elapsedMs)
                         .arg(sizeText(reply.body.size()));
    if (!reply.errors.isEmpty())
        status += QStringLiteral(" · ") + tr("GraphQL errors: %1").arg(reply.errors.size());
    if (reply.httpStatus == 401)
        status += QStringLiteral(" · ") + tr("the API refused the token");
    m_resultStatus->setMessage(status, failed ? StatusLabel::Failure : StatusLabel::Success);

    for (const GraphQlErrorInfo &error : reply.errors) {
        QString text =
            error.code.isEmpty() ? error.message : error.code + QLatin1String(": ") + error.message;
        if (error.line > 0)
            text += QLatin1Char(' ') + tr("(line %1, column %2)").arg(error.line).arg(error.column);
        if (!error.path.isEmpty())
            text += QLatin1Char(' ') + tr("at %1").arg(error.path);
        auto *item = new QListWidgetItem(text, m_errorList);
        item->setData(Qt::UserRole, QPoint(error.line, error.column));
    }
    colourErrors();
    m_errorList->setVisible(!reply.errors.isEmpty());
    m_result->setPlainText(prettyJson(reply.body));
}

} // namespace hookboard
