#include "apiresponse.h"

#include "common/jsontext.h"

#include <QCoreApplication>

namespace hookboard {

Q_LOGGING_CATEGORY(lcApi, "hookboard.api")

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
};

} // namespace

namespace apiresponse {

void addPrivateHeaders(HttpResponse &response)
{
    response.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    response.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
}

HttpResponse json(int status, const QByteArray &body)
{
    HttpResponse response = HttpResponse::json(status, body);
    addPrivateHeaders(response);
    return response;
}

HttpResponse error(int status, const QString &message)
{
    return json(status, "{\"error\":" + jsontext::quote(message) + '}');
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response =
        error(405, Text::tr("method: this endpoint accepts %1 only").arg(QLatin1String(allow)));
    response.headers.append(qMakePair(QByteArray("Allow"), allow));
    return response;
}

bool isDiskFull(const QString &storeMessage)
{
    return storeMessage.contains(QLatin1String("database or disk is full"));
}

HttpResponse serviceError(const Error &failure, const QString &internalMessage)
{
    switch (failure.code) {
    case ErrorCode::BadUserInput:
        return error(400, failure.message);
    case ErrorCode::NotFound:
        return error(404, failure.message);
    case ErrorCode::EtagMismatch:
        return error(409, failure.message);
    case ErrorCode::StoreUnusable:
    case ErrorCode::Internal:
        break;
    }
    qCWarning(lcApi).noquote() << "internal error:" << errorCodeName(failure.code) << failure.rule
                               << failure.message;
    if (isDiskFull(failure.message))
        return error(507, Text::tr("the disk is full: the change was not stored; free some space "
                                   "and publish it again"));
    return error(500, internalMessage);
}

} // namespace apiresponse

} // namespace hookboard
