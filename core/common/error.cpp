#include "error.h"

#include <QCoreApplication>

namespace hookboard {

Error Error::badInput(const QString &field, const QString &rule, const QString &message)
{
    return {ErrorCode::BadUserInput, field, rule, message};
}

Error Error::notFound(const QString &what, qint64 id, const QString &field)
{
    return {ErrorCode::NotFound, field, QStringLiteral("exists"),
            QCoreApplication::translate("Error", "%1: there is no %2 with id %3").arg(field, what).arg(id)};
}

Error Error::etagMismatch(const QString &field, const QString &rule, const QString &message)
{
    return {ErrorCode::EtagMismatch, field, rule, message};
}

Error Error::internal(const QString &message)
{
    return {ErrorCode::Internal, QString(), QStringLiteral("internal"), message};
}

Error Error::storeUnusable(const QString &rule, const QString &message)
{
    return {ErrorCode::StoreUnusable, QString(), rule, message};
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadUserInput:
        return QStringLiteral("BAD_USER_INPUT");
    case ErrorCode::NotFound:
        return QStringLiteral("NOT_FOUND");
    case ErrorCode::EtagMismatch:
        return QStringLiteral("ETAG_MISMATCH");
    case ErrorCode::StoreUnusable:
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("INTERNAL");
}

} // namespace hookboard
