#pragma once

namespace hookboard::graphql {

// A place in a GraphQL document, both counted from 1 as the spec's error locations are.
struct Location
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const Location &other) const = default;
};

} // namespace hookboard::graphql
