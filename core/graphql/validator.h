#pragma once

#include "ast.h"
#include "graphqlerror.h"
#include "inputcoercion.h"
#include "schema.h"

#include <QSet>

namespace hookboard::graphql {

// The validation rules of spec §5 that an executable document must pass, with graphql-js wording,
// plus the cost limits: at most MaxFields fields and MaxSelectionDepth nested selection sets after
// fragments are expanded. Every error has code GRAPHQL_VALIDATION_FAILED.
class Validator
{
public:
    static constexpr int MaxFields = 2000;
    static constexpr int MaxSelectionDepth = 15;
    // Longer chains of fragments spreading fragments are refused before any rule walks them, so
    // that no recursion over spreads (here or in the executor) can exhaust the stack.
    static constexpr int MaxSpreadDepth = 50;

    Validator(const Schema &schema, const Document &document);
    QList<GraphQLError> validate();

private:
    struct VariableUsage
    {
        QString name;
        TypeRef expected; // invalid when the position has no known type
        bool locationHasDefault = false;
        Location location;
    };
    struct Scope
    {
        QList<VariableUsage> usages;
        QStringList spreads;
    };

    void error(const QString &message, QList<Location> locations);
    void checkOperations();
    void checkFragmentDefinitions();
    void checkVariables(const OperationDefinition &op, const Scope &scope);
    void walkSelections(const TypeDef *parentType, const QList<Selection> &selections, Scope &scope);
    void walkField(const TypeDef *parentType, const Selection &field, Scope &scope);
    void checkArguments(const QList<Argument> &arguments, const QList<InputValueDef> *defs,
                        const QString &owner, bool isDirective, const Location &location, Scope &scope);
    void checkDirectives(const QList<Directive> &directives, const QString &location, Scope &scope);
    void collectUsages(const ValueNode &node, const TypeRef &expected, bool hasDefault, Scope &scope);
    void transitiveUsages(const QString &fragment, QSet<QString> &seen, QList<VariableUsage> &out);
    void checkFragmentCycles();
    bool checkSpreadDepth();
    bool checkLimits(const QList<Selection> &selections, int depth, QStringList &stack, int &count);
    const TypeDef *compositeType(const QString &name, const Location &location, const QString &fragmentName);

    const Schema &m_schema;
    const Document &m_document;
    InputCoercion m_coercion;
    QList<GraphQLError> m_errors;
    QHash<QString, Scope> m_fragmentScopes;
    QSet<QString> m_usedFragments;
};

} // namespace hookboard::graphql
