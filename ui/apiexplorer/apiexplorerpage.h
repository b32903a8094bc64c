#pragma once

#include "consolecontext.h"
#include "exampledocuments.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QLineEdit;
class QNetworkReply;
class QPushButton;
class QToolButton;

namespace hookboard {

class CodeEditor;
class DocsBrowser;
class EnumBrowser;
class GraphQlClient;
class StatusLabel;
struct GraphQlReply;

// The API explorer: run GraphQL against this Hookboard's local API as a script would (same URL,
// same bearer token), starting from the seeds' documents, and browse the schema's enums.
class ApiExplorerPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApiExplorerPage(const ConsoleContext &context, QWidget *parent = nullptr);

    // Puts example (see ExampleDocuments) into the editors, its variables filled from the store.
    void showExample(const QString &key);
    // The API token was regenerated: shown, copied and sent from now on.
    void setApiToken(const QString &token);
    // Sends the document with its variables; the answer appears in the result view. A mutation
    // is sent only once the person confirms it (or chose not to be asked again in this window).
    void run();
    // The request Run would send, as a curl command (empty while the variables are not valid).
    QString curlCommand();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildOffNote();
    QWidget *buildConnection();
    QWidget *buildSidebar();
    QWidget *buildEditors();
    QWidget *buildResult();
    // The variables editor's text as compact JSON; nothing (with the error shown) when invalid.
    std::optional<QByteArray> checkedVariables();
    void showReply(const GraphQlReply &reply);
    static bool isMutation(const QString &document);
    // Error entries in the theme's error colour.
    void colourErrors();

    ConsoleContext m_context;
    QList<ExampleDocument> m_examples;
    GraphQlClient *m_client = nullptr;
    QPointer<QNetworkReply> m_running;
    quint64 m_runGeneration = 0;       // answers of earlier runs are dropped
    bool m_mutationsConfirmed = false; // "Do not ask again" ticked for this window
    QLineEdit *m_tokenEdit = nullptr;
    QToolButton *m_revealToken = nullptr;
    QListWidget *m_exampleList = nullptr;
    EnumBrowser *m_enums = nullptr;
    DocsBrowser *m_docs = nullptr;
    CodeEditor *m_document = nullptr;
    CodeEditor *m_variables = nullptr;
    StatusLabel *m_variablesError = nullptr;
    QPushButton *m_runButton = nullptr;
    StatusLabel *m_resultStatus = nullptr;
    QListWidget *m_errorList = nullptr;
    CodeEditor *m_result = nullptr;
};

} // namespace hookboard
