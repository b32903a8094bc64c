#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

// JSON as text. QJsonDocument parses numbers into double, which would turn 12345678901234567890 into
// 1.2345678901234567e+19; published payloads must reach receivers exactly as written (SPEC §3), so
// they are checked and kept as text instead.
namespace hookboard::jsontext {

enum class Kind
{
    Object,
    Array,
    String,
    Number,
    Bool,
    Null
};

// Checks that text is exactly one JSON value (RFC 8259, UTF-8, nesting at most 512 deep) and returns
// it without insignificant whitespace; member order, number text and string escapes stay byte for
// byte. A failure is a BAD_USER_INPUT Error for `field`, rule "json-syntax" (or "max-depth"), whose
// message gives the byte offset and what was expected there.
Result<QByteArray> compact(QByteArrayView text, const QString &field);

// The kind of a value that compact() accepted.
Kind kindOf(QByteArrayView compactValue);

struct Member
{
    QString name;     // the decoded member name
    QByteArray value; // the member's value as compact JSON text
};

// The members of a JSON object, in document order, each value as compact text. Refuses anything
// that is not one valid JSON object (rule "json-syntax" or "json-object").
Result<QList<Member>> objectMembers(QByteArrayView text, const QString &field);

// The elements of a JSON array, in document order, each as compact text. Refuses anything that is
// not one valid JSON array (rule "json-syntax" or "json-array").
Result<QList<QByteArray>> arrayElements(QByteArrayView text, const QString &field);

// The decoded text of a JSON string value; nothing if text is not exactly one valid JSON string.
std::optional<QString> stringValue(QByteArrayView text);

// A JSON string literal (with quotes) for value, escaped as RFC 8259 requires.
QByteArray quote(const QString &value);

} // namespace hookboard::jsontext
