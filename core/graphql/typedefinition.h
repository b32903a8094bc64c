#pragma once

#include "typeref.h"
#include "value.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// The parts a schema is built from (spec §3). Plain structs, filled by the code that builds a
// schema and read by the validator, executor, introspection and SDL printer.
namespace hookboard::graphql {

class Schema;

// What a resolver gets: the parent object (a Value, or a host object of the caller's choosing
// inside a Host value), the coerced arguments and the caller's context pointer.
struct ResolveContext
{
    const Schema &schema;
    const Value &parent;
    const QList<Value::Member> &arguments; // coerced; arguments neither given nor defaulted are absent
    void *userContext = nullptr;
    QString fieldName;

    // The argument called name, or nullptr if it was neither given nor defaulted.
    const Value *argument(const QString &name) const
    {
        for (const Value::Member &m : arguments) {
            if (m.first == name)
                return &m.second;
        }
        return nullptr;
    }
    // The parent's host object as T, or nullptr when the parent holds something else.
    template <typename T> const T *source() const { return std::any_cast<T>(&parent.host()); }
};

using Resolver = std::function<Result<Value>(const ResolveContext &)>;
// A custom scalar's serialize (resolver output to response) or parse (input to internal value).
using ScalarFunction = std::function<Result<Value>(const Value &)>;

enum class TypeKind
{
    Scalar,
    Object,
    Enum,
    InputObject
};

// An argument or an input object field.
struct InputValueDef
{
    QString name;
    TypeRef type;
    std::optional<Value> defaultValue; // already in coerced form
    QString description;
    std::optional<QString> deprecationReason;
};

struct FieldDef
{
    QString name;
    TypeRef type;
    Resolver resolve; // empty: take the parent object's member called name
    QString description;
    QList<InputValueDef> args;
    std::optional<QString> deprecationReason;

    FieldDef &arg(const QString &argName, const QString &typeText, std::optional<Value> defaultValue = {},
                  const QString &argDescription = {});
    FieldDef &deprecated(const QString &reason = QStringLiteral("No longer supported"));
    const InputValueDef *argument(const QString &argName) const;
};

struct EnumValueDef
{
    QString name;
    QString description;
    std::optional<QString> deprecationReason;
};

struct TypeDef
{
    TypeKind kind = TypeKind::Object;
    QString name;
    QString description;
    QString specifiedByURL;           // Scalar
    ScalarFunction serialize;         // Scalar
    ScalarFunction parseValue;        // Scalar
    QList<FieldDef> fields;           // Object
    QList<InputValueDef> inputFields; // InputObject
    QList<EnumValueDef> enumValues;   // Enum

    bool isLeaf() const { return kind == TypeKind::Scalar || kind == TypeKind::Enum; }
    bool isInput() const { return kind != TypeKind::Object; }
    bool isOutput() const { return kind != TypeKind::InputObject; }

    // Adds a field; typeText is SDL type syntax such as "[Book!]!". Returns it for arg() calls.
    FieldDef &field(const QString &fieldName, const QString &typeText, Resolver resolve = {},
                    const QString &fieldDescription = {});
    InputValueDef &inputField(const QString &fieldName, const QString &typeText,
                              std::optional<Value> defaultValue = {}, const QString &fieldDescription = {});
    EnumValueDef &value(const QString &valueName, const QString &valueDescription = {});

    const FieldDef *fieldDef(const QString &fieldName) const;
    const InputValueDef *inputFieldDef(const QString &fieldName) const;
    const EnumValueDef *enumValue(const QString &valueName) const;
};

struct DirectiveDef
{
    QString name;
    QString description;
    QStringList locations; // __DirectiveLocation names, e.g. "FIELD"
    QList<InputValueDef> args;
    bool repeatable = false;
};

} // namespace hookboard::graphql
