#include "graphqlhttp.h"

#include "api/graphqlschema.h"
#include "common/jsontext.h"
#include "graphql/engine.h"

#include <QSet>
#include <QUrlQuery>

namespace hookboard {

using namespace Qt::StringLiterals;

namespace {

enum class Media
{
    Json,
    GraphQLResponse
};

const QByteArray kJson = QByteArrayLiteral("application/json");

// Which of the two media types the Accept header prefers. Without one, or when it accepts neither,
// the answer is application/json, as the GraphQL-over-HTTP spec allows.
Media negotiate(const QByteArray &accept)
{
    double graphqlQ = -1;
    double jsonQ = -1;
    double wildcardQ = -1;
    for (const QByteArray &entry : accept.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=") || param.startsWith("Q="))
                q = param.mid(2).toDouble();
        }
        if (type == GraphQLHttp::kGraphQLResponseJson)
            graphqlQ = std::max(graphqlQ, q);
        else if (type == kJson)
            jsonQ = std::max(jsonQ, q);
        else if (type == "*/*" || type == "application/*")
            wildcardQ = std::max(wildcardQ, q);
    }
    if (jsonQ < 0)
        jsonQ = wildcardQ;
    return graphqlQ > 0 && graphqlQ >= jsonQ ? Media::GraphQLResponse : Media::Json;
}

QByteArray contentTypeOf(Media media)
{
    return (media == Media::GraphQLResponse ? QByteArray(GraphQLHttp::kGraphQLResponseJson) : kJson) +
           QByteArrayLiteral("; charset=utf-8");
}

// A request the server cannot run at all, answered in the GraphQL response shape.
GraphQLHttp::Reply refuse(Media media, int status, const QString &message,
                          const QString &code = u"BAD_USER_INPUT"_s)
{
    const graphql::Value error = graphql::Value::fromObject(
        {{u"message"_s, graphql::Value::fromString(message)},
         {u"extensions"_s, graphql::Value::fromObject({{u"code"_s, graphql::Value::fromString(code)}})}});
    const graphql::Value body =
        graphql::Value::fromObject({{u"errors"_s, graphql::Value::fromList({error})}});
    return {status, contentTypeOf(media), body.toJson(), {}};
}

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

// Whether the operation the request would run is a mutation; false when the document does not
// parse or names no such operation (execution then reports that).
bool isMutation(const QString &query, const QString &operationName)
{
    Result<graphql::Document> document = graphql::Engine::parse(query);
    if (!document)
        return false;
    for (const graphql::OperationDefinition &op : document->operations) {
        const bool selected =
            operationName.isEmpty() ? document->operations.size() == 1 : op.name == operationName;
        if (selected)
            return op.type == graphql::OperationDefinition::Type::Mutation;
    }
    return false;
}

// A variables value as sent: a JSON object or null. Empty text stands for none.
bool variablesValid(const QByteArray &text)
{
    if (text.isEmpty())
        return true;
    Result<QByteArray> compact = jsontext::compact(text, u"variables"_s);
    if (!compact)
        return false;
    const jsontext::Kind kind = jsontext::kindOf(*compact);
    return kind == jsontext::Kind::Object || kind == jsontext::Kind::Null;
}

} // namespace

GraphQLHttp::GraphQLHttp(WebhookService &service, Actor actor) : m_service(service), m_actor(std::move(actor))
{}

QString GraphQLHttp::withPlainSpaces(const QString &query)
{
    QString out = query;
    const QString blockQuote = u"\"\"\""_s;
    enum class In
    {
        Code,
        String,
        BlockString,
        Comment
    } in = In::Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        switch (in) {
        case In::Code:
            if (c == u'#') {
                in = In::Comment;
            } else if (QStringView(out).mid(i, 3) == blockQuote) {
                in = In::BlockString;
                i += 2;
            } else if (c == u'"') {
                in = In::String;
            } else if (c == QChar(0x00A0)) {
                out[i] = u' ';
            }
            break;
        case In::String:
            if (c == u'\\')
                ++i;
            else if (c == u'"' || c == u'\n')
                in = In::Code;
            break;
        case In::BlockString:
            if (c == u'\\' && QStringView(out).mid(i + 1, 3) == blockQuote) {
                i += 3;
            } else if (QStringView(out).mid(i, 3) == blockQuote) {
                in = In::Code;
                i += 2;
            }
            break;
        case In::Comment:
            if (c == u'\n' || c == u'\r')
                in = In::Code;
            break;
        }
    }
    return out;
}

GraphQLHttp::Reply GraphQLHttp::unauthenticated(const QByteArray &accept, const QString &message)
{
    return refuse(negotiate(accept), 401, message, u"UNAUTHENTICATED"_s);
}

GraphQLHttp::Reply GraphQLHttp::handle(const Request &request) const
{
    const Media media = negotiate(request.accept);
    graphql::Request operation;
    switch (request.method) {
    case Method::Other: {
        Reply reply = refuse(media, 405, tr("method: /graphql accepts GET and POST only"));
        reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST")});
        return reply;
    }
    case Method::Get: {
        // QUrlQuery leaves '+' alone; HTML forms and many clients encode spaces so.
        const QUrlQuery query(request.url.query(QUrl::FullyEncoded).replace(u'+', u"%20"_s));
        if (!query.hasQueryItem(u"query"_s))
            return refuse(media, 400, tr("query: the query parameter is required"));
        for (const QString &name : {u"query"_s, u"variables"_s, u"operationName"_s}) {
            if (query.allQueryItemValues(name).size() > 1)
                return refuse(media, 400, tr("%1: must be given only once").arg(name));
        }
        operation.query = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
        operation.variablesJson = query.queryItemValue(u"variables"_s, QUrl::FullyDecoded).toUtf8();
        operation.operationName = query.queryItemValue(u"operationName"_s, QUrl::FullyDecoded);
        if (!variablesValid(operation.variablesJson))
            return refuse(media, 400, tr("variables: must be a JSON object"));
        if (isMutation(operation.query, operation.operationName)) {
            Reply reply = refuse(media, 405, tr("method: mutations must be sent with POST"));
            reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
            return reply;
        }
        break;
    }
    case Method::Post: {
        if (request.body.size() > kMaxBodyBytes)
            return refuse(media, 413,
                          tr("body: must be at most 1 MiB (got %1 bytes)").arg(request.body.size()));
        if (mediaType(request.contentType) != kJson)
            return refuse(media, 415,
                          tr("Content-Type: must be application/json (got \"%1\")")
                              .arg(QString::fromLatin1(request.contentType)));
        Result<QList<jsontext::Member>> members = jsontext::objectMembers(request.body, u"body"_s);
        if (!members)
            return refuse(media, 400, members.error().message);
        bool haveQuery = false;
        QSet<QString> seen;
        for (const jsontext::Member &member : *members) {
            const bool isNull = member.value == "null";
            // Which of two "query" members counts is a guess that a proxy and we could make
            // differently; neither does.
            if (seen.contains(member.name))
                return refuse(media, 400, tr("%1: must appear only once").arg(member.name));
            seen.insert(member.name);
            if (member.name == QLatin1String("query")) {
                std::optional<QString> text = jsontext::stringValue(member.value);
                if (!text)
                    return refuse(media, 400, tr("query: must be a string"));
                operation.query = *text;
                haveQuery = true;
            } else if (member.name == QLatin1String("variables")) {
                if (jsontext::kindOf(member.value) != jsontext::Kind::Object && !isNull)
                    return refuse(media, 400, tr("variables: must be a JSON object"));
                operation.variablesJson = isNull ? QByteArray() : member.value;
            } else if (member.name == QLatin1String("operationName")) {
                std::optional<QString> name = jsontext::stringValue(member.value);
                if (!name && !isNull)
                    return refuse(media, 400, tr("operationName: must be a string"));
                operation.operationName = name.value_or(QString());
            } else if (member.name == QLatin1String("extensions")) {
                if (jsontext::kindOf(member.value) != jsontext::Kind::Object && !isNull)
                    return refuse(media, 400, tr("extensions: must be a JSON object"));
            }
            // Other members are ignored, as the spec allows.
        }
        if (!haveQuery)
            return refuse(media, 400, tr("query: is required (a GraphQL document as a string)"));
        break;
    }
    }

    operation.query = withPlainSpaces(operation.query);
    GraphQLContext context{m_service, m_actor};
    const graphql::Response response =
        graphql::Engine::execute(GraphQLSchema::instance(), operation, &context);
    // With application/graphql-response+json a request that never reached execution (parse,
    // validation or variable errors) is a 400; application/json answers 200 whatever happened.
    const int status = media == Media::GraphQLResponse && !response.data ? 400 : 200;
    return {status, contentTypeOf(media), response.toJson(), {}};
}

} // namespace hookboard
