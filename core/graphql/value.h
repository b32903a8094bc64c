#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <any>

namespace hookboard::graphql {

// A GraphQL value as the engine moves it around: input after coercion, resolver output, and the
// response tree. RawJson carries already-valid compact JSON that is written verbatim, so payload
// numbers such as 12345678901234567890 never pass through a double. Host carries a resolver's own
// source object to the child resolvers; it never reaches the response.
class Value
{
public:
    enum class Kind
    {
        Null,
        Bool,
        Int,
        Float,
        String,
        Enum,
        List,
        Object,
        RawJson,
        Host
    };
    using Member = QPair<QString, Value>;

    Value() = default;
    static Value fromBool(bool value);
    static Value fromInt(qint64 value);
    static Value fromFloat(double value);
    static Value fromString(const QString &value);
    static Value fromEnum(const QString &name);
    static Value fromList(QList<Value> items);
    static Value fromObject(QList<Member> members);
    // text must be one compact JSON value (jsontext::compact output); it is not checked again.
    static Value fromRawJson(const QByteArray &text);
    static Value fromHost(std::any source);
    // Parses JSON text: integers that fit in 64 bits become Int, other numbers stay RawJson text.
    static Result<Value> fromJson(QByteArrayView text, const QString &field);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toFloat() const { return m_float; }
    // The text of a String or the name of an Enum.
    const QString &toString() const { return m_string; }
    const QList<Value> &items() const { return m_items; }
    const QList<Member> &members() const { return m_members; }
    const QByteArray &rawJson() const { return m_raw; }
    const std::any &host() const { return m_host; }
    // The member called name, or nullptr.
    const Value *member(const QString &name) const;

    // Compact JSON, strings escaped as RFC 8259 requires; Host values are written as null.
    QByteArray toJson() const;
    void appendJson(QByteArray &out) const;

    bool operator==(const Value &other) const;

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_float = 0;
    QString m_string;
    QByteArray m_raw;
    QList<Value> m_items;
    QList<Member> m_members;
    std::any m_host;
};

} // namespace hookboard::graphql
