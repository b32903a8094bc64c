#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookboard {

// One entry of a GraphQL response's "errors", as a person needs it.
struct GraphQlErrorInfo
{
    QString message;
    QString code; // extensions.code: BAD_USER_INPUT, GRAPHQL_PARSE_FAILED, ...
    int line = 0; // of the first location; 0 when the error has none
    int column = 0;
    QString path; // "createWebhookReceiver.webhookReceiver", empty when none
};

// What came back from one POST to the API.
struct GraphQlReply
{
    int httpStatus = 0;   // 0 when no HTTP answer came (refused, timed out, aborted)
    QString reason;       // the HTTP reason phrase
    QString networkError; // why no usable answer came; empty when the server answered
    QByteArray body;
    bool isJson = false;  // the body is a JSON object
    bool hasData = false; // it has a non-null "data"
    QList<GraphQlErrorInfo> errors;
    qint64 elapsedMs = 0;
};

// A GraphQL-over-HTTP client for the local API: POSTs documents with the bearer token and reads
// the answer, HTTP failures and GraphQL errors apart. Also writes the same request as curl.
class GraphQlClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const GraphQlReply &)>;

    GraphQlClient(const QUrl &url, const QString &token, QObject *parent = nullptr);

    // {"query":…,"variables":…}: variables is a JSON object as text (sent byte for byte, so numbers
    // stay exact), or empty for none.
    static QByteArray requestBody(const QString &query, const QByteArray &variables = {});
    // The reply's errors, when body is a GraphQL response.
    static QList<GraphQlErrorInfo> errorsOf(const QByteArray &body);
    // Why reply has no data to show, as a status line says it: "Could not reach the API: …" when
    // no answer came, else refused (with %1) filled with the first GraphQL error or the HTTP
    // status. Empty when the reply has data.
    static QString noDataProblem(const GraphQlReply &reply, const QString &refused);

    // POSTs body; done runs once, when the answer is complete, unless context is gone by then.
    // Returns the reply so that a caller can abort it (done then reports the abort).
    QNetworkReply *post(const QByteArray &body, const QObject *context, Callback done);
    // The same POST as a shell command, with the token, ready to paste into a terminal.
    QString curlCommand(const QByteArray &body) const;

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    // Sends token from the next request on (it was regenerated in Settings).
    void setToken(const QString &token) { m_token = token; }

    static constexpr int kTimeoutMs = 30000;

private:
    QUrl m_url;
    QString m_token;
    QNetworkAccessManager *m_network;
};

} // namespace hookboard
