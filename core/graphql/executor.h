#pragma once

#include "ast.h"
#include "inputcoercion.h"
#include "response.h"
#include "schema.h"

#include <QElapsedTimer>
#include <optional>

namespace hookboard::graphql {

// Executes one operation of a validated document (spec §6): variable and argument coercion, field
// collection with fragments and @skip/@include, resolvers, value completion with null propagation.
// Mutation root fields run one after the other, as §6.2.2 requires; everything here is synchronous.
//
// Cost is bounded before and during execution. Before: the objects the operation could return are
// counted from its selections (lists taken at their `first` argument, or at the `first` of the
// connection above them, or at AssumedListSize when nothing bounds them), and an operation over
// MaxNodes is refused without running. During: execution stops at MaxExecutionMs or once the
// response would pass MaxResponseBytes, and at most MaxErrors errors are reported.
class Executor
{
public:
    static constexpr qint64 MaxNodes = 100'000;
    static constexpr qint64 AssumedListSize = 50;
    static constexpr qint64 MaxExecutionMs = 10'000;
    static constexpr qint64 MaxResponseBytes = 32 * 1024 * 1024;
    static constexpr int MaxErrors = 100;

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
    qint64 countNodes(const TypeDef &type, const FieldGroups &groups, qint64 parents,
                      std::optional<qint64> pageSize, qint64 budget) const;
    std::optional<qint64> firstArgument(const FieldDef &def, const Selection &field) const;
    // False once execution must stop (time or response size); the reason is recorded once.
    bool withinLimits(const Location &location, const QList<Value> &path);

    const Schema &m_schema;
    const Document &m_document;
    void *m_userContext;
    InputCoercion m_coercion;
    QList<Value::Member> m_variables;
    QList<GraphQLError> m_errors;
    QElapsedTimer m_clock;
    qint64 m_responseBytes = 0; // what the completed values will take in JSON, roughly
    bool m_stopped = false;
};

} // namespace hookboard::graphql
