#include "engine.h"

#include "executor.h"
#include "parser.h"
#include "validator.h"

#include <QCoreApplication>

namespace hookboard::graphql {

Result<Document> Engine::parse(const QString &query)
{
    Parser parser(query);
    auto document = parser.parse();
    if (document)
        return std::move(*document);
    const GraphQLError &e = parser.error();
    const Location l = e.locations.value(0);
    const bool limit = e.code != QLatin1String("GRAPHQL_PARSE_FAILED");
    return Error::badInput(QStringLiteral("query"),
                           limit ? QStringLiteral("graphql-limit") : QStringLiteral("graphql-syntax"),
                           QStringLiteral("%1 (%2:%3)").arg(e.message).arg(l.line).arg(l.column));
}

Response Engine::execute(const Schema &schema, const Request &request, void *userContext)
{
    Response response;
    Parser parser(request.query);
    auto document = parser.parse();
    if (!document) {
        response.errors.append(parser.error());
        return response;
    }
    response.errors = Validator(schema, *document).validate();
    if (!response.errors.isEmpty())
        return response;

    Value variables = request.variables.value_or(Value());
    if (!request.variables && !request.variablesJson.trimmed().isEmpty()) {
        auto parsed = Value::fromJson(request.variablesJson, QStringLiteral("variables"));
        if (!parsed) {
            response.errors.append({parsed.error().message, {}, {}, QStringLiteral("BAD_USER_INPUT"), {}});
            return response;
        }
        variables = *parsed;
    }
    if (!variables.isNull() && variables.kind() != Value::Kind::Object) {
        response.errors.append(
            {QCoreApplication::translate("GraphQL", "Variables must be provided as an object."),
             {},
             {},
             QStringLiteral("BAD_USER_INPUT"),
             {}});
        return response;
    }
    return Executor(schema, *document, userContext).execute(request.operationName, variables);
}

} // namespace hookboard::graphql
