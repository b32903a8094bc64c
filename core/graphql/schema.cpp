#include "schema.h"

#include "introspection.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace hookboard::graphql {

namespace {

// The messages of this file, under the context "GraphQL".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GraphQL)
};

Error scalarError(const QString &message)
{
    return Error::badInput(QString(), QStringLiteral("scalar"), message);
}

bool fitsInt32(double d)
{
    return d >= std::numeric_limits<qint32>::min() && d <= std::numeric_limits<qint32>::max();
}

Result<Value> serializeInt(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::Int:
        if (!fitsInt32(double(v.toInt())))
            return scalarError(
                Text::tr("Int cannot represent non 32-bit signed integer value: %1").arg(v.toInt()));
        return v;
    case Value::Kind::Float:
        if (std::trunc(v.toFloat()) != v.toFloat())
            return scalarError(Text::tr("Int cannot represent non-integer value: %1").arg(v.toFloat()));
        if (!fitsInt32(v.toFloat()))
            return scalarError(
                Text::tr("Int cannot represent non 32-bit signed integer value: %1").arg(v.toFloat()));
        return Value::fromInt(qint64(v.toFloat()));
    case Value::Kind::Bool:
        return Value::fromInt(v.toBool() ? 1 : 0);
    default:
        return scalarError(
            Text::tr("Int cannot represent non-integer value: %1").arg(QString::fromUtf8(v.toJson())));
    }
}

Result<Value> parseInt(const Value &v)
{
    if (v.kind() != Value::Kind::Int)
        return scalarError(
            Text::tr("Int cannot represent non-integer value: %1").arg(QString::fromUtf8(v.toJson())));
    if (!fitsInt32(double(v.toInt())))
        return scalarError(
            Text::tr("Int cannot represent non 32-bit signed integer value: %1").arg(v.toInt()));
    return v;
}

Result<Value> serializeFloat(const Value &v)
{
    if (v.kind() == Value::Kind::Int)
        return Value::fromFloat(double(v.toInt()));
    if (v.kind() == Value::Kind::Float && std::isfinite(v.toFloat()))
        return v;
    if (v.kind() == Value::Kind::Bool)
        return Value::fromFloat(v.toBool() ? 1 : 0);
    return scalarError(
        Text::tr("Float cannot represent non numeric value: %1").arg(QString::fromUtf8(v.toJson())));
}

Result<Value> parseFloat(const Value &v)
{
    if (v.kind() == Value::Kind::Int)
        return Value::fromFloat(double(v.toInt()));
    if (v.kind() == Value::Kind::Float)
        return v;
    // Numbers that are not 64-bit integers arrive as their JSON text (see Value::fromJson).
    if (v.kind() == Value::Kind::RawJson) {
        bool ok = false;
        const double d = v.rawJson().toDouble(&ok);
        if (ok && std::isfinite(d))
            return Value::fromFloat(d);
    }
    return scalarError(
        Text::tr("Float cannot represent non numeric value: %1").arg(QString::fromUtf8(v.toJson())));
}

Result<Value> serializeString(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::String:
        return v;
    case Value::Kind::Enum:
        return Value::fromString(v.toString());
    case Value::Kind::Int:
    case Value::Kind::Float:
        return Value::fromString(QString::fromUtf8(v.toJson()));
    case Value::Kind::Bool:
        return Value::fromString(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    default:
        return scalarError(Text::tr("String cannot represent value: %1").arg(QString::fromUtf8(v.toJson())));
    }
}

Result<Value> parseString(const Value &v)
{
    if (v.kind() == Value::Kind::String)
        return v;
    return scalarError(
        Text::tr("String cannot represent a non string value: %1").arg(QString::fromUtf8(v.toJson())));
}

Result<Value> serializeBoolean(const Value &v)
{
    if (v.kind() == Value::Kind::Bool)
        return v;
    if (v.kind() == Value::Kind::Int)
        return Value::fromBool(v.toInt() != 0);
    return scalarError(
        Text::tr("Boolean cannot represent a non boolean value: %1").arg(QString::fromUtf8(v.toJson())));
}

Result<Value> parseBoolean(const Value &v)
{
    if (v.kind() == Value::Kind::Bool)
        return v;
    return scalarError(
        Text::tr("Boolean cannot represent a non boolean value: %1").arg(QString::fromUtf8(v.toJson())));
}

// Spec §3.5.5: ID input accepts both "1" and 1 and always means the string "1".
Result<Value> serializeId(const Value &v)
{
    if (v.kind() == Value::Kind::String)
        return v;
    if (v.kind() == Value::Kind::Int)
        return Value::fromString(QString::number(v.toInt()));
    return scalarError(Text::tr("ID cannot represent value: %1").arg(QString::fromUtf8(v.toJson())));
}

Result<Value> parseId(const Value &v)
{
    if (v.kind() == Value::Kind::String)
        return v;
    if (v.kind() == Value::Kind::Int)
        return Value::fromString(QString::number(v.toInt()));
    return scalarError(Text::tr("ID cannot represent value: %1").arg(QString::fromUtf8(v.toJson())));
}

InputValueDef inputValue(const QString &name, const QString &type, std::optional<Value> def,
                         const QString &description)
{
    return {name, TypeRef::parse(type).value_or(TypeRef()), std::move(def), description, std::nullopt};
}

} // namespace

Schema::Schema()
{
    addScalar(
        QStringLiteral("Int"), serializeInt, parseInt,
        QStringLiteral("The `Int` scalar type represents non-fractional signed whole numeric values. Int can "
                       "represent values between -(2^31) and 2^31 - 1."));
    addScalar(
        QStringLiteral("Float"), serializeFloat, parseFloat,
        QStringLiteral("The `Float` scalar type represents signed double-precision fractional values as "
                       "specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point)."));
    addScalar(
        QStringLiteral("String"), serializeString, parseString,
        QStringLiteral("The `String` scalar type represents textual data, represented as UTF-8 character "
                       "sequences. The String type is most often used by GraphQL to represent free-form "
                       "human-readable text."));
    addScalar(QStringLiteral("Boolean"), serializeBoolean, parseBoolean,
              QStringLiteral("The `Boolean` scalar type represents `true` or `false`."));
    addScalar(
        QStringLiteral("ID"), serializeId, parseId,
        QStringLiteral("The `ID` scalar type represents a unique identifier, often used to refetch an object "
                       "or as key for a cache. The ID type appears in a JSON response as a String; however, "
                       "it is not intended to be human-readable. When expected as an input type, any string "
                       "(such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID."));

    const QStringList fieldLocations{QStringLiteral("FIELD"), QStringLiteral("FRAGMENT_SPREAD"),
                                     QStringLiteral("INLINE_FRAGMENT")};
    m_directives.append(
        {QStringLiteral("include"),
         QStringLiteral("Directs the executor to include this field or fragment only when the `if` "
                        "argument is true."),
         fieldLocations,
         {inputValue(QStringLiteral("if"), QStringLiteral("Boolean!"), std::nullopt,
                     QStringLiteral("Included when true."))},
         false});
    m_directives.append(
        {QStringLiteral("skip"),
         QStringLiteral("Directs the executor to skip this field or fragment when the `if` argument "
                        "is true."),
         fieldLocations,
         {inputValue(QStringLiteral("if"), QStringLiteral("Boolean!"), std::nullopt,
                     QStringLiteral("Skipped when true."))},
         false});
    m_directives.append(
        {QStringLiteral("deprecated"),
         QStringLiteral("Marks an element of a GraphQL schema as no longer supported."),
         {QStringLiteral("FIELD_DEFINITION"), QStringLiteral("ARGUMENT_DEFINITION"),
          QStringLiteral("INPUT_FIELD_DEFINITION"), QStringLiteral("ENUM_VALUE")},
         {inputValue(
             QStringLiteral("reason"), QStringLiteral("String"),
             Value::fromString(QStringLiteral("No longer supported")),
             QStringLiteral("Explains why this element was deprecated, usually also including a suggestion "
                            "for how to access supported similar data. Formatted using the Markdown syntax, "
                            "as specified by [CommonMark](https://commonmark.org/)."))},
         false});
    m_directives.append({QStringLiteral("specifiedBy"),
                         QStringLiteral("Exposes a URL that specifies the behavior of this scalar."),
                         {QStringLiteral("SCALAR")},
                         {inputValue(QStringLiteral("url"), QStringLiteral("String!"), std::nullopt,
                                     QStringLiteral("The URL that specifies the behavior of this scalar."))},
                         false});

    Introspection::addTypes(*this);
    m_typenameField = Introspection::typenameField();
    m_schemaField = Introspection::schemaField();
    m_typeField = Introspection::typeField();
}

TypeDef &Schema::add(TypeKind kind, const QString &name, const QString &description)
{
    auto def = std::make_shared<TypeDef>();
    def->kind = kind;
    def->name = name;
    def->description = description;
    auto existing = m_index.constFind(name);
    if (existing != m_index.constEnd()) {
        m_types[*existing] = def;
    } else {
        m_index.insert(name, m_types.size());
        m_types.append(def);
    }
    return *def;
}

TypeDef &Schema::addScalar(const QString &name, ScalarFunction serialize, ScalarFunction parseValue,
                           const QString &description, const QString &specifiedByURL)
{
    TypeDef &def = add(TypeKind::Scalar, name, description);
    def.serialize = std::move(serialize);
    def.parseValue = std::move(parseValue);
    def.specifiedByURL = specifiedByURL;
    return def;
}

TypeDef &Schema::addObject(const QString &name, const QString &description)
{
    return add(TypeKind::Object, name, description);
}

TypeDef &Schema::addInputObject(const QString &name, const QString &description)
{
    return add(TypeKind::InputObject, name, description);
}

TypeDef &Schema::addEnum(const QString &name, const QString &description)
{
    return add(TypeKind::Enum, name, description);
}

const TypeDef *Schema::type(const QString &name) const
{
    auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : m_types.at(*it).get();
}

TypeDef *Schema::type(const QString &name)
{
    auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : m_types.at(*it).get();
}

QList<const TypeDef *> Schema::types() const
{
    QList<const TypeDef *> out;
    for (const auto &t : m_types)
        out.append(t.get());
    return out;
}

const DirectiveDef *Schema::directive(const QString &name) const
{
    for (const DirectiveDef &d : m_directives) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const FieldDef *Schema::field(const TypeDef &parentType, const QString &name) const
{
    if (parentType.kind != TypeKind::Object)
        return nullptr;
    if (name == QLatin1String("__typename"))
        return &m_typenameField;
    if (parentType.name == m_queryType) {
        if (name == QLatin1String("__schema"))
            return &m_schemaField;
        if (name == QLatin1String("__type"))
            return &m_typeField;
    }
    return parentType.fieldDef(name);
}

Status Schema::check() const
{
    const TypeDef *query = type(m_queryType);
    if (!query || query->kind != TypeKind::Object)
        return Error::internal(
            QStringLiteral("schema: query type %1 is not an object type").arg(m_queryType));
    if (!m_mutationType.isEmpty()) {
        const TypeDef *mutation = type(m_mutationType);
        if (!mutation || mutation->kind != TypeKind::Object)
            return Error::internal(
                QStringLiteral("schema: mutation type %1 is not an object type").arg(m_mutationType));
    }
    auto checkInput = [this](const InputValueDef &v, const QString &where) -> Status {
        const TypeDef *t = type(v.type.namedType());
        if (!t || !t->isInput())
            return Error::internal(QStringLiteral("schema: %1 has type %2, which is not an input type")
                                       .arg(where, v.type.toString()));
        return {};
    };
    for (const auto &t : m_types) {
        for (const FieldDef &f : t->fields) {
            const QString where = t->name + u'.' + f.name;
            const TypeDef *ft = type(f.type.namedType());
            if (!ft || !ft->isOutput())
                return Error::internal(QStringLiteral("schema: %1 has type %2, which is not an output type")
                                           .arg(where, f.type.toString()));
            for (const InputValueDef &a : f.args) {
                if (Status s = checkInput(a, where + u'(' + a.name + u')'); !s)
                    return s;
            }
        }
        for (const InputValueDef &f : t->inputFields) {
            if (Status s = checkInput(f, t->name + u'.' + f.name); !s)
                return s;
        }
        if (t->kind == TypeKind::Object && t->fields.isEmpty())
            return Error::internal(QStringLiteral("schema: type %1 has no fields").arg(t->name));
    }
    return {};
}

bool Schema::isBuiltInScalar(const QString &name)
{
    return name == QLatin1String("Int") || name == QLatin1String("Float") ||
           name == QLatin1String("String") || name == QLatin1String("Boolean") || name == QLatin1String("ID");
}

bool Schema::isIntrospectionType(const QString &name)
{
    return name.startsWith(QLatin1String("__"));
}

} // namespace hookboard::graphql
