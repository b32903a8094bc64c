#pragma once

#include "ast.h"
#include "schema.h"

namespace hookboard::graphql {

// Input coercion (spec §3.5, §3.9-§3.12): variable values from JSON and literals from the document
// turned into the values resolvers see, or refused with the message graphql-js would give.
class InputCoercion
{
public:
    struct Failure
    {
        QString message;
        Location location; // literals only
        QString path;      // variables only: "input.tags[1]" below the variable, empty at its top
    };

    explicit InputCoercion(const Schema &schema) : m_schema(schema) {}

    // A variable's value (enum values arrive as strings).
    std::optional<Value> coerceVariable(const Value &value, const TypeRef &type, Failure *failure,
                                        const QString &path = {}) const;
    // A literal. variables are the coerced variable values; with none (during validation) any
    // variable is taken as fine, since VariablesInAllowedPosition judges those.
    std::optional<Value> coerceLiteral(const ValueNode &node, const TypeRef &type,
                                       const QList<Value::Member> *variables, Failure *failure) const;

    // A literal as a plain Value for a custom scalar's parseValue: integers that do not fit 64 bits
    // and all floats keep their text as RawJson, enums stay Enum.
    static Value literalToValue(const ValueNode &node, const QList<Value::Member> *variables);
    // The literal as GraphQL source text, as graphql-js print() writes it in messages.
    static QString printLiteral(const ValueNode &node);

private:
    const Schema &m_schema;
};

const Value *findMember(const QList<Value::Member> &members, const QString &name);

} // namespace hookboard::graphql
