#include "value.h"

#include "common/jsontext.h"

#include <QLocale>
#include <cmath>

namespace hookboard::graphql {

Value Value::fromBool(bool value)
{
    Value v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    return v;
}

Value Value::fromInt(qint64 value)
{
    Value v;
    v.m_kind = Kind::Int;
    v.m_int = value;
    return v;
}

Value Value::fromFloat(double value)
{
    Value v;
    v.m_kind = Kind::Float;
    v.m_float = value;
    return v;
}

Value Value::fromString(const QString &value)
{
    Value v;
    v.m_kind = Kind::String;
    v.m_string = value;
    return v;
}

Value Value::fromEnum(const QString &name)
{
    Value v;
    v.m_kind = Kind::Enum;
    v.m_string = name;
    return v;
}

Value Value::fromList(QList<Value> items)
{
    Value v;
    v.m_kind = Kind::List;
    v.m_items = std::move(items);
    return v;
}

Value Value::fromObject(QList<Member> members)
{
    Value v;
    v.m_kind = Kind::Object;
    v.m_members = std::move(members);
    return v;
}

Value Value::fromRawJson(const QByteArray &text)
{
    Value v;
    v.m_kind = Kind::RawJson;
    v.m_raw = text;
    return v;
}

Value Value::fromHost(std::any source)
{
    Value v;
    v.m_kind = Kind::Host;
    v.m_host = std::move(source);
    return v;
}

namespace {

Value fromCompact(const QByteArray &text)
{
    switch (jsontext::kindOf(text)) {
    case jsontext::Kind::Null:
        return Value();
    case jsontext::Kind::Bool:
        return Value::fromBool(text == "true");
    case jsontext::Kind::String:
        return Value::fromString(jsontext::stringValue(text).value_or(QString()));
    case jsontext::Kind::Number: {
        bool isInt = false;
        const qint64 n = text.toLongLong(&isInt);
        return isInt ? Value::fromInt(n) : Value::fromRawJson(text);
    }
    case jsontext::Kind::Array: {
        QList<Value> items;
        const auto elements = jsontext::arrayElements(text, QString());
        if (elements.ok()) {
            for (const QByteArray &element : *elements)
                items.append(fromCompact(element));
        }
        return Value::fromList(std::move(items));
    }
    case jsontext::Kind::Object: {
        QList<Value::Member> members;
        const auto parsed = jsontext::objectMembers(text, QString());
        if (parsed.ok()) {
            for (const jsontext::Member &m : *parsed)
                members.append({m.name, fromCompact(m.value)});
        }
        return Value::fromObject(std::move(members));
    }
    }
    return Value();
}

} // namespace

Result<Value> Value::fromJson(QByteArrayView text, const QString &field)
{
    auto compact = jsontext::compact(text, field);
    if (!compact)
        return compact.error();
    return fromCompact(*compact);
}

const Value *Value::member(const QString &name) const
{
    for (const Member &m : m_members) {
        if (m.first == name)
            return &m.second;
    }
    return nullptr;
}

QByteArray Value::toJson() const
{
    QByteArray out;
    appendJson(out);
    return out;
}

void Value::appendJson(QByteArray &out) const
{
    switch (m_kind) {
    case Kind::Null:
    case Kind::Host:
        out += "null";
        return;
    case Kind::Bool:
        out += m_bool ? "true" : "false";
        return;
    case Kind::Int:
        out += QByteArray::number(m_int);
        return;
    case Kind::Float:
        // JSON has no NaN or infinity; a resolver that produced one gets null rather than bad JSON.
        if (!std::isfinite(m_float))
            out += "null";
        else
            out += QString::number(m_float, 'g', QLocale::FloatingPointShortest).toLatin1();
        return;
    case Kind::String:
    case Kind::Enum:
        out += jsontext::quote(m_string);
        return;
    case Kind::RawJson:
        out += m_raw;
        return;
    case Kind::List:
        out += '[';
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i)
                out += ',';
            m_items.at(i).appendJson(out);
        }
        out += ']';
        return;
    case Kind::Object:
        out += '{';
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            if (i)
                out += ',';
            out += jsontext::quote(m_members.at(i).first);
            out += ':';
            m_members.at(i).second.appendJson(out);
        }
        out += '}';
        return;
    }
}

bool Value::operator==(const Value &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return m_bool == other.m_bool;
    case Kind::Int:
        return m_int == other.m_int;
    case Kind::Float:
        return m_float == other.m_float;
    case Kind::String:
    case Kind::Enum:
        return m_string == other.m_string;
    case Kind::RawJson:
        return m_raw == other.m_raw;
    case Kind::List:
        return m_items == other.m_items;
    case Kind::Object:
        return m_members == other.m_members;
    case Kind::Host:
        return false;
    }
    return false;
}

} // namespace hookboard::graphql
