#include "response.h"

namespace hookboard::graphql {

Value Response::toValue() const
{
    QList<Value::Member> members;
    if (data)
        members.append({QStringLiteral("data"), *data});
    if (!errors.isEmpty()) {
        QList<Value> list;
        for (const GraphQLError &e : errors)
            list.append(e.toValue());
        members.append({QStringLiteral("errors"), Value::fromList(list)});
    }
    return Value::fromObject(members);
}

} // namespace hookboard::graphql
