#include "graphqlclient.h"

#include "common/jsontext.h"
#include "widgets/curlcommand.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <memory>

namespace hookboard {

namespace {

// One shell word, quoted as the event log's curl commands quote theirs.
QString shellQuote(const QString &text)
{
    return QString::fromUtf8(CurlCommand::shellQuote(text.toUtf8()));
}

QString pathText(const QJsonArray &path)
{
    QStringList parts;
    for (const QJsonValue &part : path)
        parts.append(part.isDouble() ? QString::number(part.toInteger()) : part.toString());
    return parts.join(QLatin1Char('.'));
}

} // namespace

GraphQlClient::GraphQlClient(const QUrl &url, const QString &token, QObject *parent)
    : QObject(parent), m_url(url), m_token(token), m_network(new QNetworkAccessManager(this))
{}

QByteArray GraphQlClient::requestBody(const QString &query, const QByteArray &variables)
{
    QByteArray body = "{\"query\":" + jsontext::quote(query);
    if (!variables.isEmpty())
        body += ",\"variables\":" + variables;
    return body + '}';
}

QString GraphQlClient::noDataProblem(const GraphQlReply &reply, const QString &refused)
{
    if (!reply.networkError.isEmpty())
        return tr("Could not reach the API: %1").arg(reply.networkError);
    if (reply.errors.isEmpty() && reply.hasData)
        return {};
    return refused.arg(reply.errors.isEmpty() ? tr("HTTP %1 %2").arg(reply.httpStatus).arg(reply.reason)
                                              : reply.errors.first().message);
}

QList<GraphQlErrorInfo> GraphQlClient::errorsOf(const QByteArray &body)
{
    QList<GraphQlErrorInfo> errors;
    const QJsonArray list = QJsonDocument::fromJson(body).object().value(u"errors").toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject error = value.toObject();
        GraphQlErrorInfo info;
        info.message = error.value(u"message").toString();
        info.code = error.value(u"extensions").toObject().value(u"code").toString();
        const QJsonObject location = error.value(u"locations").toArray().first().toObject();
        info.line = location.value(u"line").toInt();
        info.column = location.value(u"column").toInt();
        info.path = pathText(error.value(u"path").toArray());
        errors.append(info);
    }
    return errors;
}

QNetworkReply *GraphQlClient::post(const QByteArray &body, const QObject *context, Callback done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/graphql-response+json, application/json;q=0.9");
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->post(request, body);
    // The reply is deleted whoever listens, so a caller gone meanwhile leaves nothing behind.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [reply, timer, done = std::move(done)] {
        GraphQlReply answer;
        answer.elapsedMs = timer->elapsed();
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        answer.body = reply->readAll();
        // An HTTP error status still carries the server's explanation; only a missing answer is a
        // network failure.
        if (answer.httpStatus == 0)
            answer.networkError = reply->errorString();
        const QJsonDocument document = QJsonDocument::fromJson(answer.body);
        answer.isJson = document.isObject();
        if (answer.isJson) {
            const QJsonValue data = document.object().value(u"data");
            answer.hasData = !data.isUndefined() && !data.isNull();
            answer.errors = errorsOf(answer.body);
        }
        done(answer);
    });
    return reply;
}

QString GraphQlClient::curlCommand(const QByteArray &body) const
{
    const QStringList lines{
        QStringLiteral("curl -sS %1").arg(shellQuote(m_url.toString(QUrl::FullyEncoded))),
        QStringLiteral("  -H %1").arg(shellQuote(QStringLiteral("Authorization: Bearer ") + m_token)),
        QStringLiteral("  -H %1").arg(shellQuote(QStringLiteral("Content-Type: application/json"))),
        QStringLiteral("  --data-binary %1").arg(shellQuote(QString::fromUtf8(body)))};
    return lines.join(QLatin1String(" \\\n"));
}

} // namespace hookboard
