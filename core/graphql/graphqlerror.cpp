#include "graphqlerror.h"

namespace hookboard::graphql {

Value GraphQLError::toValue() const
{
    QList<Value::Member> members{{QStringLiteral("message"), Value::fromString(message)}};
    if (!locations.isEmpty()) {
        QList<Value> locs;
        for (const Location &l : locations) {
            locs.append(Value::fromObject({{QStringLiteral("line"), Value::fromInt(l.line)},
                                           {QStringLiteral("column"), Value::fromInt(l.column)}}));
        }
        members.append({QStringLiteral("locations"), Value::fromList(locs)});
    }
    if (!path.isEmpty())
        members.append({QStringLiteral("path"), Value::fromList(path)});
    if (!code.isEmpty() || !extensions.isEmpty()) {
        QList<Value::Member> ext;
        if (!code.isEmpty())
            ext.append({QStringLiteral("code"), Value::fromString(code)});
        ext.append(extensions);
        members.append({QStringLiteral("extensions"), Value::fromObject(ext)});
    }
    return Value::fromObject(members);
}

} // namespace hookboard::graphql
