#include "inputcoercion.h"

#include "common/jsontext.h"

#include <QCoreApplication>

namespace hookboard::graphql {

namespace {

// The messages of this file, under the context "GraphQL".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GraphQL)
};

QString joinPath(const QString &path, const QString &part)
{
    return path.isEmpty() ? part : path + u'.' + part;
}

} // namespace

const Value *findMember(const QList<Value::Member> &members, const QString &name)
{
    for (const Value::Member &m : members) {
        if (m.first == name)
            return &m.second;
    }
    return nullptr;
}

std::optional<Value> InputCoercion::coerceVariable(const Value &value, const TypeRef &type, Failure *failure,
                                                   const QString &path) const
{
    auto fail = [&](const QString &message) -> std::optional<Value> {
        *failure = {message, {}, path};
        return std::nullopt;
    };
    if (type.isNonNull()) {
        if (value.isNull())
            return fail(Text::tr("Expected non-nullable type \"%1\" not to be null.").arg(type.toString()));
        return coerceVariable(value, type.ofType(), failure, path);
    }
    if (value.isNull())
        return Value();
    if (type.isList()) {
        // Spec §3.11: a single value where a list is expected is a list of one.
        if (value.kind() != Value::Kind::List) {
            auto item = coerceVariable(value, type.ofType(), failure, path);
            if (!item)
                return std::nullopt;
            return Value::fromList({*item});
        }
        QList<Value> items;
        for (qsizetype i = 0; i < value.items().size(); ++i) {
            auto item = coerceVariable(value.items().at(i), type.ofType(), failure,
                                       path + QStringLiteral("[%1]").arg(i));
            if (!item)
                return std::nullopt;
            items.append(*item);
        }
        return Value::fromList(items);
    }
    const TypeDef *def = m_schema.type(type.namedType());
    if (!def)
        return fail(Text::tr("Unknown type \"%1\".").arg(type.namedType()));
    switch (def->kind) {
    case TypeKind::Scalar: {
        auto parsed = def->parseValue ? def->parseValue(value) : Result<Value>(value);
        if (!parsed)
            return fail(parsed.error().message);
        return *parsed;
    }
    case TypeKind::Enum:
        if (value.kind() != Value::Kind::String)
            return fail(Text::tr("Enum \"%1\" cannot represent non-string value: %2.")
                            .arg(def->name, QString::fromUtf8(value.toJson())));
        if (!def->enumValue(value.toString()))
            return fail(
                Text::tr("Value \"%1\" does not exist in \"%2\" enum.").arg(value.toString(), def->name));
        return Value::fromEnum(value.toString());
    case TypeKind::InputObject: {
        if (value.kind() != Value::Kind::Object)
            return fail(Text::tr("Expected type \"%1\" to be an object.").arg(def->name));
        QList<Value::Member> out;
        for (const InputValueDef &field : def->inputFields) {
            const Value *given = value.member(field.name);
            if (!given) {
                if (field.defaultValue)
                    out.append({field.name, *field.defaultValue});
                else if (field.type.isNonNull())
                    return fail(Text::tr("Field \"%1\" of required type \"%2\" was not provided.")
                                    .arg(field.name, field.type.toString()));
                continue;
            }
            auto coerced = coerceVariable(*given, field.type, failure, joinPath(path, field.name));
            if (!coerced)
                return std::nullopt;
            out.append({field.name, *coerced});
        }
        for (const Value::Member &m : value.members()) {
            if (!def->inputFieldDef(m.first))
                return fail(Text::tr("Field \"%1\" is not defined by type \"%2\".").arg(m.first, def->name));
        }
        return Value::fromObject(out);
    }
    case TypeKind::Object:
        break;
    }
    return fail(Text::tr("Type \"%1\" is not an input type.").arg(def->name));
}

std::optional<Value> InputCoercion::coerceLiteral(const ValueNode &node, const TypeRef &type,
                                                  const QList<Value::Member> *variables,
                                                  Failure *failure) const
{
    auto expected = [&](const QString &detail) -> std::optional<Value> {
        QString message =
            Text::tr("Expected value of type \"%1\", found %2").arg(type.toString(), printLiteral(node));
        message += detail.isEmpty() ? QStringLiteral(".") : QStringLiteral("; ") + detail;
        *failure = {message, node.location, {}};
        return std::nullopt;
    };
    if (node.kind == ValueNode::Kind::Variable) {
        if (!variables)
            return Value();
        const Value *v = findMember(*variables, node.text);
        if (!v || v->isNull()) {
            if (type.isNonNull()) {
                *failure = {Text::tr("Variable \"$%1\" of required type \"%2\" was not provided.")
                                .arg(node.text, type.toString()),
                            node.location,
                            {}};
                return std::nullopt;
            }
            return Value();
        }
        return *v;
    }
    if (type.isNonNull()) {
        if (node.kind == ValueNode::Kind::Null)
            return expected({});
        auto inner = coerceLiteral(node, type.ofType(), variables, failure);
        // graphql-js names the type of the position itself ("Boolean!"), not the one inside it.
        const QString innerPrefix = Text::tr("Expected value of type \"%1\",").arg(type.ofType().toString());
        if (!inner && failure->location == node.location && failure->message.startsWith(innerPrefix))
            failure->message.replace(0, innerPrefix.size(),
                                     Text::tr("Expected value of type \"%1\",").arg(type.toString()));
        return inner;
    }
    if (node.kind == ValueNode::Kind::Null)
        return Value();
    if (type.isList()) {
        if (node.kind != ValueNode::Kind::List) {
            auto item = coerceLiteral(node, type.ofType(), variables, failure);
            if (!item)
                return std::nullopt;
            return Value::fromList({*item});
        }
        QList<Value> items;
        for (const ValueNode &itemNode : node.items) {
            auto item = coerceLiteral(itemNode, type.ofType(), variables, failure);
            if (!item)
                return std::nullopt;
            items.append(*item);
        }
        return Value::fromList(items);
    }
    const TypeDef *def = m_schema.type(type.namedType());
    if (!def)
        return expected({});
    switch (def->kind) {
    case TypeKind::Scalar: {
        const Value plain = literalToValue(node, variables);
        auto parsed = def->parseValue ? def->parseValue(plain) : Result<Value>(plain);
        if (!parsed)
            return expected(parsed.error().message);
        return *parsed;
    }
    case TypeKind::Enum:
        if (node.kind != ValueNode::Kind::Enum)
            return expected(Text::tr("Enum \"%1\" cannot represent non-enum value: %2.")
                                .arg(def->name, printLiteral(node)));
        if (!def->enumValue(node.text)) {
            *failure = {Text::tr("Value \"%1\" does not exist in \"%2\" enum.").arg(node.text, def->name),
                        node.location,
                        {}};
            return std::nullopt;
        }
        return Value::fromEnum(node.text);
    case TypeKind::InputObject: {
        if (node.kind != ValueNode::Kind::Object)
            return expected({});
        QList<Value::Member> out;
        for (const ValueNode &fieldNode : node.items) {
            if (!def->inputFieldDef(fieldNode.name)) {
                *failure = {
                    Text::tr("Field \"%1\" is not defined by type \"%2\".").arg(fieldNode.name, def->name),
                    fieldNode.nameLocation,
                    {}};
                return std::nullopt;
            }
        }
        for (const InputValueDef &field : def->inputFields) {
            const ValueNode *given = nullptr;
            for (const ValueNode &fieldNode : node.items) {
                if (fieldNode.name == field.name)
                    given = &fieldNode;
            }
            const bool absent = !given || (given->kind == ValueNode::Kind::Variable && variables &&
                                           !findMember(*variables, given->text));
            if (absent) {
                if (field.defaultValue) {
                    out.append({field.name, *field.defaultValue});
                } else if (field.type.isNonNull() && !given) {
                    *failure = {Text::tr("Field \"%1.%2\" of required type \"%3\" was not provided.")
                                    .arg(def->name, field.name, field.type.toString()),
                                node.location,
                                {}};
                    return std::nullopt;
                } else if (field.type.isNonNull()) {
                    *failure = {Text::tr("Variable \"$%1\" of required type \"%2\" was not provided.")
                                    .arg(given->text, field.type.toString()),
                                given->location,
                                {}};
                    return std::nullopt;
                }
                continue;
            }
            auto coerced = coerceLiteral(*given, field.type, variables, failure);
            if (!coerced)
                return std::nullopt;
            out.append({field.name, *coerced});
        }
        return Value::fromObject(out);
    }
    case TypeKind::Object:
        break;
    }
    return expected({});
}

Value InputCoercion::literalToValue(const ValueNode &node, const QList<Value::Member> *variables)
{
    switch (node.kind) {
    case ValueNode::Kind::Variable: {
        const Value *v = variables ? findMember(*variables, node.text) : nullptr;
        return v ? *v : Value();
    }
    case ValueNode::Kind::Int: {
        bool ok = false;
        const qint64 n = node.text.toLongLong(&ok);
        return ok ? Value::fromInt(n) : Value::fromRawJson(node.text.toLatin1());
    }
    case ValueNode::Kind::Float:
        return Value::fromRawJson(node.text.toLatin1());
    case ValueNode::Kind::String:
        return Value::fromString(node.text);
    case ValueNode::Kind::Boolean:
        return Value::fromBool(node.text == QLatin1String("true"));
    case ValueNode::Kind::Null:
        return Value();
    case ValueNode::Kind::Enum:
        return Value::fromEnum(node.text);
    case ValueNode::Kind::List: {
        QList<Value> items;
        for (const ValueNode &item : node.items)
            items.append(literalToValue(item, variables));
        return Value::fromList(items);
    }
    case ValueNode::Kind::Object: {
        QList<Value::Member> members;
        for (const ValueNode &item : node.items)
            members.append({item.name, literalToValue(item, variables)});
        return Value::fromObject(members);
    }
    }
    return Value();
}

QString InputCoercion::printLiteral(const ValueNode &node)
{
    switch (node.kind) {
    case ValueNode::Kind::Variable:
        return u'$' + node.text;
    case ValueNode::Kind::String:
        return QString::fromUtf8(jsontext::quote(node.text));
    case ValueNode::Kind::List: {
        QStringList parts;
        for (const ValueNode &item : node.items)
            parts.append(printLiteral(item));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case ValueNode::Kind::Object: {
        QStringList parts;
        for (const ValueNode &item : node.items)
            parts.append(item.name + QStringLiteral(": ") + printLiteral(item));
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    default:
        return node.text;
    }
}

} // namespace hookboard::graphql
