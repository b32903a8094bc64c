#pragma once

#include "ast.h"
#include "inputcoercion.h"
#include "response.h"
#include "schema.h"

namespace hookboard::graphql {

// Executes one operation of a validated document (spec §6): variable and argument coercion, field
// collection with fragments and @skip/@include, resolvers, value completion with null propagation.
// Mutation root fields run one after the other, as §6.2.2 requires; everything here is synchronous.
class Executor
{
public:
    Executor(const Schema &schema, const Document &document, void *userContext);

    Response execute(const QString &operationName, const Value &variables);

    using FieldGroups = QList<QPair<QString, QList<const Selection *>>>;

private:
    const OperationDefinition *selectOperation(const QString &operationName);
    bool coerceVariables(const OperationDefinition &op, const Value &given);
    bool shouldInclude(const QList<Directive> &directives) const;
    void collectFields(const TypeDef &type, const QList<Selection> &selections, FieldGroups &groups,
                       QSet<QString> &visitedFragments) const;
    std::optional<Value> executeSelections(const TypeDef &type, const Value &parent,
                                           const FieldGroups &groups, const QList<Value> &path);
    std::optional<Value> executeField(const TypeDef &parentType, const Value &parent,
                                      const QList<const Selection *> &fields, const QList<Value> &path);
    std::optional<Value> completeValue(const TypeRef &type, const QString &fieldLabel,
                                       const QList<const Selection *> &fields, const Value &result,
                                       const QList<Value> &path);
    std::optional<Value> completeNullable(const TypeRef &type, const QString &fieldLabel,
                                          const QList<const Selection *> &fields, const Value &result,
                                          const QList<Value> &path);
    void addError(const QString &message, const Location &location, const QList<Value> &path,
                  const QString &code, QList<Value::Member> extensions = {});

    const Schema &m_schema;
    const Document &m_document;
    void *m_userContext;
    InputCoercion m_coercion;
    QList<Value::Member> m_variables;
    QList<GraphQLError> m_errors;
};

} // namespace hookboard::graphql
