#pragma once

#include "location.h"
#include "value.h"

#include <QList>
#include <QString>

namespace hookboard::graphql {

// One entry of a response's "errors" list, as GraphQL spec §7.1.2 lays it out.
struct GraphQLError
{
    QString message;
    QList<Location> locations;
    QList<Value> path;               // field names (String) and list indices (Int) from the root
    QString code;                    // extensions.code, e.g. "GRAPHQL_VALIDATION_FAILED"
    QList<Value::Member> extensions; // more extensions after code, e.g. field and rule

    // {"message":…,"locations":[…],"path":[…],"extensions":{"code":…}} in that order; empty parts left out.
    Value toValue() const;
};

} // namespace hookboard::graphql
