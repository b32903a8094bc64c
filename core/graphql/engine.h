#pragma once

#include "ast.h"
#include "common/result.h"
#include "response.h"
#include "schema.h"

#include <optional>

namespace hookboard::graphql {

// One GraphQL request: the document text, its variables and the operation to run.
struct Request
{
    QString query;
    QByteArray variablesJson;       // a JSON object as text; empty when there are none
    std::optional<Value> variables; // used instead of variablesJson when set
    QString operationName;
};

// The engine's front door: parse, validate, coerce variables and execute, each failure reported in
// the response as the spec and SPEC §4 lay out.
class Engine
{
public:
    static Response execute(const Schema &schema, const Request &request, void *userContext = nullptr);
    // Parse only. A failure is a BAD_USER_INPUT Error whose rule is "graphql-syntax" (or
    // "graphql-limit" for size and depth limits) and whose message ends with the line and column.
    static Result<Document> parse(const QString &query);
};

} // namespace hookboard::graphql
