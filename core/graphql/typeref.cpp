#include "typeref.h"

namespace hookboard::graphql {

TypeRef TypeRef::named(const QString &name)
{
    TypeRef t;
    t.m_name = name;
    return t;
}

TypeRef TypeRef::listOf(const TypeRef &inner)
{
    TypeRef t;
    t.m_kind = Kind::List;
    t.m_of = std::make_shared<const TypeRef>(inner);
    return t;
}

TypeRef TypeRef::nonNull(const TypeRef &inner)
{
    TypeRef t;
    t.m_kind = Kind::NonNull;
    t.m_of = std::make_shared<const TypeRef>(inner);
    return t;
}

std::optional<TypeRef> TypeRef::parse(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (s.endsWith(u'!')) {
        auto inner = parse(s.chopped(1));
        if (!inner || inner->isNonNull())
            return std::nullopt;
        return nonNull(*inner);
    }
    if (s.startsWith(u'[')) {
        if (!s.endsWith(u']'))
            return std::nullopt;
        auto inner = parse(s.mid(1, s.size() - 2));
        if (!inner)
            return std::nullopt;
        return listOf(*inner);
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool ok = c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (i > 0 && c >= u'0' && c <= u'9');
        if (!ok)
            return std::nullopt;
    }
    return named(s);
}

QString TypeRef::namedType() const
{
    return m_kind == Kind::Named ? m_name : m_of->namedType();
}

QString TypeRef::toString() const
{
    switch (m_kind) {
    case Kind::Named:
        return m_name;
    case Kind::List:
        return u'[' + m_of->toString() + u']';
    case Kind::NonNull:
        return m_of->toString() + u'!';
    }
    return QString();
}

bool TypeRef::operator==(const TypeRef &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (m_kind == Kind::Named)
        return m_name == other.m_name;
    return *m_of == *other.m_of;
}

} // namespace hookboard::graphql
