#pragma once

#include "service/webhookservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

namespace hookboard {

// GraphQL over HTTP (the GraphQL-over-HTTP specification) for the webhook schema: reads a GET or
// POST request, negotiates application/graphql-response+json or application/json, runs the
// operation and says which status code to answer with. Knows nothing of the HTTP server; the
// bearer token is checked before a request gets here.
class GraphQLHttp
{
    Q_DECLARE_TR_FUNCTIONS(GraphQLHttp)
public:
    enum class Method
    {
        Get,
        Post,
        Other
    };

    struct Request
    {
        Method method = Method::Post;
        QUrl url;               // GET takes query, variables and operationName from its query string
        QByteArray accept;      // the Accept header, empty when absent
        QByteArray contentType; // the Content-Type header, empty when absent
        QByteArray body;
    };

    struct Reply
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type, e.g. Allow
    };

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    static constexpr const char *kGraphQLResponseJson = "application/graphql-response+json";

    // actor is who the operations act as: createdBy of what they create.
    GraphQLHttp(WebhookService &service, Actor actor);

    Reply handle(const Request &request) const;
    // The 401 for a request without the right token: a GraphQL error with code UNAUTHENTICATED, in
    // the media type accept asks for.
    static Reply unauthenticated(const QByteArray &accept, const QString &message);

    // query with every U+00A0 (no-break space) outside strings and comments turned into a space.
    // The seed documents are indented with them (copied from a web page) and must run verbatim,
    // but GraphQL's lexer, following the spec, refuses them as a character.
    static QString withPlainSpaces(const QString &query);

private:
    WebhookService &m_service;
    Actor m_actor;
};

} // namespace hookboard
