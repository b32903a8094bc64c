#pragma once

#include "graphqlerror.h"

#include <optional>

namespace hookboard::graphql {

// The result of one request (spec §7.1). data is absent when the request failed before execution
// (parse, validation, variables); it is null when null propagated to the root.
struct Response
{
    std::optional<Value> data;
    QList<GraphQLError> errors;

    // {"data":…,"errors":[…]}; "errors" only when there are errors, "data" only when executed.
    Value toValue() const;
    QByteArray toJson() const { return toValue().toJson(); }
};

} // namespace hookboard::graphql
