#pragma once

#include "common/result.h"
#include "graphql/schema.h"
#include "service/webhookservice.h"

#include <QString>

namespace hookboard {

// What the resolvers of the webhook schema work with, passed as the executor's userContext: the
// service, and who asks (createdBy of what they create: the API token's name for API calls).
struct GraphQLContext
{
    WebhookService &service;
    Actor actor;
};

// The GraphQL schema of SPEC §4 over WebhookService: receivers, subscriptions and events with Relay
// connections, filters, and the mutations. Its resolvers keep no state, so one schema serves every
// request; each request brings its own GraphQLContext.
class GraphQLSchema
{
public:
    // The schema, built on first use. A schema that does not check out is a build defect: it aborts.
    static const graphql::Schema &instance();
    // Adds the webhook types, Query and Mutation to schema.
    static void populate(graphql::Schema &schema);

    // Opaque Relay cursors: base64 of "<kind>:<id>", kind being "receiver", "subscription" or "event".
    static QString cursor(const QString &kind, qint64 id);
    // The id inside cursor; a BAD_USER_INPUT Error for field when it is not a cursor of kind.
    static Result<qint64> cursorId(const QString &kind, const QString &cursor, const QString &field);
};

} // namespace hookboard
