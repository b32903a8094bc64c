#pragma once

#include "location.h"
#include "typeref.h"

#include <QList>
#include <QString>
#include <optional>

// The syntax tree of an executable GraphQL document (spec §2). Plain structs: the parser fills
// them, the validator and executor read them. Every node keeps where it started in the source.
namespace hookboard::graphql {

// A value literal (spec §2.9). Lists keep their items in items; objects keep their fields in items
// too, each with its field name in name.
struct ValueNode
{
    enum class Kind
    {
        Variable,
        Int,
        Float,
        String,
        Boolean,
        Null,
        Enum,
        List,
        Object
    };
    Kind kind = Kind::Null;
    QString text;       // variable name, number as written, decoded string, enum name, "true"/"false"
    bool block = false; // a String written as a block string
    QString name;       // for a field of an Object: the field name
    Location nameLocation;
    QList<ValueNode> items;
    Location location;
};

struct Argument
{
    QString name;
    ValueNode value;
    Location location;
};

struct Directive
{
    QString name;
    QList<Argument> arguments;
    Location location;
};

struct VariableDefinition
{
    QString name;
    TypeRef type;
    std::optional<ValueNode> defaultValue;
    QList<Directive> directives;
    Location location;
};

// A Field, FragmentSpread or InlineFragment (spec §2.4, §2.8). One tagged struct rather than three
// types in a variant, because selections nest recursively and a flat struct keeps that simple.
struct Selection
{
    enum class Kind
    {
        Field,
        FragmentSpread,
        InlineFragment
    };
    Kind kind = Kind::Field;
    QString alias; // Field: the alias, empty if none
    QString name;  // Field: the field name; FragmentSpread: the fragment name
    QList<Argument> arguments;
    QList<Directive> directives;
    QString typeCondition; // InlineFragment: the type condition, empty if none
    bool hasSelectionSet = false;
    QList<Selection> selectionSet;
    Location location;

    QString responseKey() const { return alias.isEmpty() ? name : alias; }
};

struct OperationDefinition
{
    enum class Type
    {
        Query,
        Mutation,
        Subscription
    };
    Type type = Type::Query;
    QString name; // empty for an anonymous operation
    QList<VariableDefinition> variables;
    QList<Directive> directives;
    QList<Selection> selectionSet;
    Location location;
};

struct FragmentDefinition
{
    QString name;
    QString typeCondition;
    Location typeConditionLocation;
    QList<Directive> directives;
    QList<Selection> selectionSet;
    Location location;
};

struct Document
{
    QList<OperationDefinition> operations;
    QList<FragmentDefinition> fragments;

    const FragmentDefinition *fragment(const QString &name) const
    {
        for (const FragmentDefinition &f : fragments) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }
};

} // namespace hookboard::graphql
