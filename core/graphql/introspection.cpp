#include "introspection.h"

#include "schema.h"
#include "sdlprinter.h"

namespace hookboard::graphql {

namespace {

struct IntroSchema
{
    const Schema *schema;
};
struct IntroType
{
    const Schema *schema;
    TypeRef ref;
};
struct IntroField
{
    const Schema *schema;
    const FieldDef *def;
};
struct IntroInput
{
    const Schema *schema;
    const InputValueDef *def;
};
struct IntroEnumValue
{
    const EnumValueDef *def;
};
struct IntroDirective
{
    const Schema *schema;
    const DirectiveDef *def;
};

Value str(const QString &s)
{
    return s.isNull() ? Value() : Value::fromString(s);
}

Value optionalStr(const std::optional<QString> &s)
{
    return s ? Value::fromString(*s) : Value();
}

Value typeValue(const Schema &schema, const TypeRef &ref)
{
    return Value::fromHost(IntroType{&schema, ref});
}

bool includeDeprecated(const ResolveContext &c)
{
    const Value *v = c.argument(QStringLiteral("includeDeprecated"));
    return v && v->kind() == Value::Kind::Bool && v->toBool();
}

Value inputValues(const Schema &schema, const QList<InputValueDef> &defs, bool withDeprecated)
{
    QList<Value> out;
    for (const InputValueDef &d : defs) {
        if (withDeprecated || !d.deprecationReason)
            out.append(Value::fromHost(IntroInput{&schema, &d}));
    }
    return Value::fromList(out);
}

const TypeDef *namedDef(const IntroType &t)
{
    return t.ref.kind() == TypeRef::Kind::Named ? t.schema->type(t.ref.namedType()) : nullptr;
}

QString kindName(const IntroType &t)
{
    if (t.ref.isNonNull())
        return QStringLiteral("NON_NULL");
    if (t.ref.isList())
        return QStringLiteral("LIST");
    const TypeDef *def = namedDef(t);
    switch (def ? def->kind : TypeKind::Scalar) {
    case TypeKind::Scalar:
        return QStringLiteral("SCALAR");
    case TypeKind::Object:
        return QStringLiteral("OBJECT");
    case TypeKind::Enum:
        return QStringLiteral("ENUM");
    case TypeKind::InputObject:
        return QStringLiteral("INPUT_OBJECT");
    }
    return QString();
}

template <typename T> Resolver on(std::function<Value(const T &, const ResolveContext &)> f)
{
    return [f](const ResolveContext &c) -> Result<Value> {
        const T *s = c.source<T>();
        if (!s)
            return Value();
        return f(*s, c);
    };
}

} // namespace

void Introspection::addTypes(Schema &schema)
{
    TypeDef &kind =
        schema.addEnum(QStringLiteral("__TypeKind"),
                       QStringLiteral("An enum describing what kind of type a given `__Type` is."));
    for (const char *k :
         {"SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"})
        kind.value(QLatin1String(k));
    TypeDef &loc =
        schema.addEnum(QStringLiteral("__DirectiveLocation"),
                       QStringLiteral("A Directive can be adjacent to many parts of the GraphQL language, "
                                      "a __DirectiveLocation describes one such possible adjacencies."));
    for (const char *l : {"QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION",
                          "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR",
                          "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM",
                          "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION"})
        loc.value(QLatin1String(l));

    TypeDef &s =
        schema.addObject(QStringLiteral("__Schema"),
                         QStringLiteral("A GraphQL Schema defines the capabilities of a GraphQL server."));
    s.field(QStringLiteral("description"), QStringLiteral("String"),
            [](const ResolveContext &) -> Result<Value> { return Value(); });
    s.field(QStringLiteral("types"), QStringLiteral("[__Type!]!"),
            on<IntroSchema>([](const IntroSchema &x, const ResolveContext &) {
                QList<Value> out;
                for (const TypeDef *t : x.schema->types())
                    out.append(typeValue(*x.schema, TypeRef::named(t->name)));
                return Value::fromList(out);
            }));
    s.field(QStringLiteral("queryType"), QStringLiteral("__Type!"),
            on<IntroSchema>([](const IntroSchema &x, const ResolveContext &) {
                return typeValue(*x.schema, TypeRef::named(x.schema->queryType()));
            }));
    s.field(QStringLiteral("mutationType"), QStringLiteral("__Type"),
            on<IntroSchema>([](const IntroSchema &x, const ResolveContext &) {
                return x.schema->mutationType().isEmpty()
                           ? Value()
                           : typeValue(*x.schema, TypeRef::named(x.schema->mutationType()));
            }));
    s.field(QStringLiteral("subscriptionType"), QStringLiteral("__Type"),
            [](const ResolveContext &) -> Result<Value> { return Value(); });
    s.field(QStringLiteral("directives"), QStringLiteral("[__Directive!]!"),
            on<IntroSchema>([](const IntroSchema &x, const ResolveContext &) {
                QList<Value> out;
                for (const DirectiveDef &d : x.schema->directives())
                    out.append(Value::fromHost(IntroDirective{x.schema, &d}));
                return Value::fromList(out);
            }));

    TypeDef &t = schema.addObject(QStringLiteral("__Type"),
                                  QStringLiteral("The fundamental unit of any GraphQL Schema is the type."));
    t.field(QStringLiteral("kind"), QStringLiteral("__TypeKind!"),
            on<IntroType>(
                [](const IntroType &x, const ResolveContext &) { return Value::fromEnum(kindName(x)); }));
    t.field(QStringLiteral("name"), QStringLiteral("String"),
            on<IntroType>([](const IntroType &x, const ResolveContext &) {
                const TypeDef *d = namedDef(x);
                return d ? str(d->name) : Value();
            }));
    t.field(QStringLiteral("description"), QStringLiteral("String"),
            on<IntroType>([](const IntroType &x, const ResolveContext &) {
                const TypeDef *d = namedDef(x);
                return d && !d->description.isEmpty() ? str(d->description) : Value();
            }));
    t.field(QStringLiteral("specifiedByURL"), QStringLiteral("String"),
            on<IntroType>([](const IntroType &x, const ResolveContext &) {
                const TypeDef *d = namedDef(x);
                return d && !d->specifiedByURL.isEmpty() ? str(d->specifiedByURL) : Value();
            }));
    t.field(QStringLiteral("fields"), QStringLiteral("[__Field!]"),
            on<IntroType>([](const IntroType &x, const ResolveContext &c) {
                const TypeDef *d = namedDef(x);
                if (!d || d->kind != TypeKind::Object)
                    return Value();
                QList<Value> out;
                for (const FieldDef &f : d->fields) {
                    if (includeDeprecated(c) || !f.deprecationReason)
                        out.append(Value::fromHost(IntroField{x.schema, &f}));
                }
                return Value::fromList(out);
            }))
        .arg(QStringLiteral("includeDeprecated"), QStringLiteral("Boolean"), Value::fromBool(false));
    t.field(QStringLiteral("interfaces"), QStringLiteral("[__Type!]"),
            on<IntroType>([](const IntroType &x, const ResolveContext &) {
                const TypeDef *d = namedDef(x);
                return d && d->kind == TypeKind::Object ? Value::fromList({}) : Value();
            }));
    t.field(QStringLiteral("possibleTypes"), QStringLiteral("[__Type!]"),
            [](const ResolveContext &) -> Result<Value> { return Value(); });
    t.field(QStringLiteral("enumValues"), QStringLiteral("[__EnumValue!]"),
            on<IntroType>([](const IntroType &x, const ResolveContext &c) {
                const TypeDef *d = namedDef(x);
                if (!d || d->kind != TypeKind::Enum)
                    return Value();
                QList<Value> out;
                for (const EnumValueDef &v : d->enumValues) {
                    if (includeDeprecated(c) || !v.deprecationReason)
                        out.append(Value::fromHost(IntroEnumValue{&v}));
                }
                return Value::fromList(out);
            }))
        .arg(QStringLiteral("includeDeprecated"), QStringLiteral("Boolean"), Value::fromBool(false));
    t.field(QStringLiteral("inputFields"), QStringLiteral("[__InputValue!]"),
            on<IntroType>([](const IntroType &x, const ResolveContext &c) {
                const TypeDef *d = namedDef(x);
                if (!d || d->kind != TypeKind::InputObject)
                    return Value();
                return inputValues(*x.schema, d->inputFields, includeDeprecated(c));
            }))
        .arg(QStringLiteral("includeDeprecated"), QStringLiteral("Boolean"), Value::fromBool(false));
    t.field(QStringLiteral("ofType"), QStringLiteral("__Type"),
            on<IntroType>([](const IntroType &x, const ResolveContext &) {
                return x.ref.kind() == TypeRef::Kind::Named ? Value() : typeValue(*x.schema, x.ref.ofType());
            }));

    TypeDef &f =
        schema.addObject(QStringLiteral("__Field"),
                         QStringLiteral("Object and Interface types are described by a list of Fields, each "
                                        "of which has a name, potentially a list of arguments, and a return "
                                        "type."));
    f.field(QStringLiteral("name"), QStringLiteral("String!"),
            on<IntroField>([](const IntroField &x, const ResolveContext &) { return str(x.def->name); }));
    f.field(QStringLiteral("description"), QStringLiteral("String"),
            on<IntroField>([](const IntroField &x, const ResolveContext &) {
                return x.def->description.isEmpty() ? Value() : str(x.def->description);
            }));
    f.field(QStringLiteral("args"), QStringLiteral("[__InputValue!]!"),
            on<IntroField>([](const IntroField &x, const ResolveContext &c) {
                return inputValues(*x.schema, x.def->args, includeDeprecated(c));
            }))
        .arg(QStringLiteral("includeDeprecated"), QStringLiteral("Boolean"), Value::fromBool(false));
    f.field(QStringLiteral("type"), QStringLiteral("__Type!"),
            on<IntroField>([](const IntroField &x, const ResolveContext &) {
                return typeValue(*x.schema, x.def->type);
            }));
    f.field(QStringLiteral("isDeprecated"), QStringLiteral("Boolean!"),
            on<IntroField>([](const IntroField &x, const ResolveContext &) {
                return Value::fromBool(x.def->deprecationReason.has_value());
            }));
    f.field(QStringLiteral("deprecationReason"), QStringLiteral("String"),
            on<IntroField>([](const IntroField &x, const ResolveContext &) {
                return optionalStr(x.def->deprecationReason);
            }));

    TypeDef &iv =
        schema.addObject(QStringLiteral("__InputValue"),
                         QStringLiteral("Arguments provided to Fields or Directives and the input fields of "
                                        "an InputObject are represented as Input Values which describe their "
                                        "type and optionally a default value."));
    iv.field(QStringLiteral("name"), QStringLiteral("String!"),
             on<IntroInput>([](const IntroInput &x, const ResolveContext &) { return str(x.def->name); }));
    iv.field(QStringLiteral("description"), QStringLiteral("String"),
             on<IntroInput>([](const IntroInput &x, const ResolveContext &) {
                 return x.def->description.isEmpty() ? Value() : str(x.def->description);
             }));
    iv.field(QStringLiteral("type"), QStringLiteral("__Type!"),
             on<IntroInput>([](const IntroInput &x, const ResolveContext &) {
                 return typeValue(*x.schema, x.def->type);
             }));
    iv.field(QStringLiteral("defaultValue"), QStringLiteral("String"),
             on<IntroInput>([](const IntroInput &x, const ResolveContext &) {
                 return x.def->defaultValue ? str(SdlPrinter::printValue(*x.def->defaultValue)) : Value();
             }));
    iv.field(QStringLiteral("isDeprecated"), QStringLiteral("Boolean!"),
             on<IntroInput>([](const IntroInput &x, const ResolveContext &) {
                 return Value::fromBool(x.def->deprecationReason.has_value());
             }));
    iv.field(QStringLiteral("deprecationReason"), QStringLiteral("String"),
             on<IntroInput>([](const IntroInput &x, const ResolveContext &) {
                 return optionalStr(x.def->deprecationReason);
             }));

    TypeDef &ev =
        schema.addObject(QStringLiteral("__EnumValue"),
                         QStringLiteral("One possible value for a given Enum. Enum values are unique values, "
                                        "not a placeholder for a string or numeric value. However an Enum "
                                        "value is returned in a JSON response as a string."));
    ev.field(
        QStringLiteral("name"), QStringLiteral("String!"),
        on<IntroEnumValue>([](const IntroEnumValue &x, const ResolveContext &) { return str(x.def->name); }));
    ev.field(QStringLiteral("description"), QStringLiteral("String"),
             on<IntroEnumValue>([](const IntroEnumValue &x, const ResolveContext &) {
                 return x.def->description.isEmpty() ? Value() : str(x.def->description);
             }));
    ev.field(QStringLiteral("isDeprecated"), QStringLiteral("Boolean!"),
             on<IntroEnumValue>([](const IntroEnumValue &x, const ResolveContext &) {
                 return Value::fromBool(x.def->deprecationReason.has_value());
             }));
    ev.field(QStringLiteral("deprecationReason"), QStringLiteral("String"),
             on<IntroEnumValue>([](const IntroEnumValue &x, const ResolveContext &) {
                 return optionalStr(x.def->deprecationReason);
             }));

    TypeDef &d =
        schema.addObject(QStringLiteral("__Directive"),
                         QStringLiteral("A Directive provides a way to describe alternate runtime execution "
                                        "and type validation behavior in a GraphQL document."));
    d.field(
        QStringLiteral("name"), QStringLiteral("String!"),
        on<IntroDirective>([](const IntroDirective &x, const ResolveContext &) { return str(x.def->name); }));
    d.field(QStringLiteral("description"), QStringLiteral("String"),
            on<IntroDirective>([](const IntroDirective &x, const ResolveContext &) {
                return x.def->description.isEmpty() ? Value() : str(x.def->description);
            }));
    d.field(QStringLiteral("isRepeatable"), QStringLiteral("Boolean!"),
            on<IntroDirective>([](const IntroDirective &x, const ResolveContext &) {
                return Value::fromBool(x.def->repeatable);
            }));
    d.field(QStringLiteral("locations"), QStringLiteral("[__DirectiveLocation!]!"),
            on<IntroDirective>([](const IntroDirective &x, const ResolveContext &) {
                QList<Value> out;
                for (const QString &l : x.def->locations)
                    out.append(Value::fromEnum(l));
                return Value::fromList(out);
            }));
    d.field(QStringLiteral("args"), QStringLiteral("[__InputValue!]!"),
            on<IntroDirective>([](const IntroDirective &x, const ResolveContext &c) {
                return inputValues(*x.schema, x.def->args, includeDeprecated(c));
            }))
        .arg(QStringLiteral("includeDeprecated"), QStringLiteral("Boolean"), Value::fromBool(false));
}

FieldDef Introspection::typenameField()
{
    FieldDef f;
    f.name = QStringLiteral("__typename");
    f.type = TypeRef::nonNull(TypeRef::named(QStringLiteral("String")));
    f.description = QStringLiteral("The name of the current Object type at runtime.");
    return f;
}

FieldDef Introspection::schemaField()
{
    FieldDef f;
    f.name = QStringLiteral("__schema");
    f.type = TypeRef::nonNull(TypeRef::named(QStringLiteral("__Schema")));
    f.description = QStringLiteral("Access the current type schema of this server.");
    f.resolve = [](const ResolveContext &c) -> Result<Value> {
        return Value::fromHost(IntroSchema{&c.schema});
    };
    return f;
}

FieldDef Introspection::typeField()
{
    FieldDef f;
    f.name = QStringLiteral("__type");
    f.type = TypeRef::named(QStringLiteral("__Type"));
    f.description = QStringLiteral("Request the type information of a single type.");
    f.arg(QStringLiteral("name"), QStringLiteral("String!"));
    f.resolve = [](const ResolveContext &c) -> Result<Value> {
        const Value *name = c.argument(QStringLiteral("name"));
        if (!name || !c.schema.type(name->toString()))
            return Value();
        return typeValue(c.schema, TypeRef::named(name->toString()));
    };
    return f;
}

} // namespace hookboard::graphql
