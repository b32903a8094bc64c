#pragma once

#include <QString>

namespace hookboard {

// What kind of failure an Error is. The API maps these onto SPEC §4's extensions.code names.
enum class ErrorCode
{
    BadUserInput,  // the caller sent something a rule refuses; field and rule say which
    NotFound,      // the object named by id does not exist
    EtagMismatch,  // the etag given is stale or missing
    StoreUnusable, // the store file cannot be used (not ours, too new, read-only, corrupt)
    Internal,      // anything else: a bug or an environment failure, with the details in message
};

// A failure a person can act on: which field broke which rule, in words.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString field;   // the input field at fault ("webhookUri", "headers[2].key"); empty if none
    QString rule;    // short machine-readable rule id ("https-only", "etag-stale")
    QString message; // full sentence for people, starting with the field name when there is one

    static Error badInput(const QString &field, const QString &rule, const QString &message);
    static Error notFound(const QString &what, qint64 id, const QString &field = QStringLiteral("id"));
    static Error etagMismatch(const QString &field, const QString &rule, const QString &message);
    static Error internal(const QString &message);
    static Error storeUnusable(const QString &rule, const QString &message);
};

// The SPEC §4 extensions.code for an error ("BAD_USER_INPUT", "ETAG_MISMATCH", ...).
QString errorCodeName(ErrorCode code);

} // namespace hookboard
