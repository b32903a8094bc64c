#pragma once

#include "common/result.h"
#include "typedefinition.h"

#include <QHash>
#include <QList>
#include <memory>

namespace hookboard::graphql {

// A GraphQL type system built in C++: the built-in scalars, the introspection types, the
// directives @include/@skip/@deprecated/@specifiedBy, and whatever types the caller adds.
class Schema
{
public:
    Schema();

    // A custom scalar. serialize turns resolver output into response values; parseValue turns input
    // (variables, or literals converted to Values) into the value resolvers see.
    TypeDef &addScalar(const QString &name, ScalarFunction serialize, ScalarFunction parseValue,
                       const QString &description = {}, const QString &specifiedByURL = {});
    TypeDef &addObject(const QString &name, const QString &description = {});
    TypeDef &addInputObject(const QString &name, const QString &description = {});
    TypeDef &addEnum(const QString &name, const QString &description = {});
    void setQueryType(const QString &name) { m_queryType = name; }
    void setMutationType(const QString &name) { m_mutationType = name; }

    const QString &queryType() const { return m_queryType; }
    const QString &mutationType() const { return m_mutationType; }
    const TypeDef *type(const QString &name) const;
    TypeDef *type(const QString &name);
    // All types in the order they were added (built-ins first).
    QList<const TypeDef *> types() const;
    const QList<DirectiveDef> &directives() const { return m_directives; }
    const DirectiveDef *directive(const QString &name) const;

    // The field name on parentType, including the meta fields __typename (every object type) and
    // __schema/__type (the query root).
    const FieldDef *field(const TypeDef &parentType, const QString &name) const;

    // Whether every referenced type exists and stands where it may (inputs in arguments, outputs in
    // fields) and the query root is an object type. Call once after building.
    Status check() const;

    static bool isBuiltInScalar(const QString &name);
    static bool isIntrospectionType(const QString &name);

private:
    TypeDef &add(TypeKind kind, const QString &name, const QString &description);

    QList<std::shared_ptr<TypeDef>> m_types;
    QHash<QString, qsizetype> m_index;
    QList<DirectiveDef> m_directives;
    QString m_queryType = QStringLiteral("Query");
    QString m_mutationType;
    FieldDef m_typenameField;
    FieldDef m_schemaField;
    FieldDef m_typeField;
};

} // namespace hookboard::graphql
