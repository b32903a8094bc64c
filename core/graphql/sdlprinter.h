#pragma once

#include "schema.h"

namespace hookboard::graphql {

// Prints a schema as SDL the way graphql-js printSchema() does: built-in scalars, introspection
// types and the standard directives left out, types in the order they were added.
class SdlPrinter
{
public:
    static QString print(const Schema &schema);
    // A value as a GraphQL literal ("\"a\"", "[1, 2]", "{a: RED}"), as default values are printed.
    static QString printValue(const Value &value);
};

} // namespace hookboard::graphql
