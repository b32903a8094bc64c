#pragma once

#include "typedefinition.h"

namespace hookboard::graphql {

// The introspection system of spec §4: the __Schema, __Type, __Field, __InputValue, __EnumValue,
// __Directive types and the __TypeKind/__DirectiveLocation enums, built as ordinary object types
// whose resolvers read the Schema, plus the meta fields __typename, __schema and __type.
class Introspection
{
public:
    static void addTypes(Schema &schema);
    static FieldDef typenameField();
    static FieldDef schemaField();
    static FieldDef typeField();
};

} // namespace hookboard::graphql
