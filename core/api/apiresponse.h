#pragma once

#include "common/error.h"
#include "http/httpresponse.h"

#include <QLoggingCategory>
#include <QString>

namespace hookboard {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The answers every endpoint of the local API shares: JSON, never cached, errors as {"error": …}.
namespace apiresponse {

// Answers carry ids and error details about the caller's own data: never worth caching.
void addPrivateHeaders(HttpResponse &response);
HttpResponse json(int status, const QByteArray &body);
HttpResponse error(int status, const QString &message);
HttpResponse methodNotAllowed(const QByteArray &allow);
// SQLite says SQLITE_FULL in these words, whatever filled up (the disk, or a size limit).
bool isDiskFull(const QString &storeMessage);
// A service Error as an HTTP answer: the caller's mistakes in their own words (400, 404, 409),
// anything else as a generic 500 saying internalMessage, whose details go to the log only (they
// may name files and SQL).
HttpResponse serviceError(const Error &error, const QString &internalMessage);

} // namespace apiresponse

} // namespace hookboard
