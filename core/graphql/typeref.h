#pragma once

#include <QString>
#include <memory>
#include <optional>

namespace hookboard::graphql {

// A reference to a type as written in a document or a schema: a named type, or a list or non-null
// wrapper around another reference ("[String!]!").
class TypeRef
{
public:
    enum class Kind
    {
        Named,
        List,
        NonNull
    };

    TypeRef() = default;
    static TypeRef named(const QString &name);
    static TypeRef listOf(const TypeRef &inner);
    static TypeRef nonNull(const TypeRef &inner);
    // Parses SDL type syntax such as "[ID!]!"; nothing if the text is not a type.
    static std::optional<TypeRef> parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isNonNull() const { return m_kind == Kind::NonNull; }
    bool isList() const { return m_kind == Kind::List; }
    bool isValid() const { return m_kind != Kind::Named || !m_name.isEmpty(); }
    // The wrapped reference of a List or NonNull.
    const TypeRef &ofType() const { return *m_of; }
    // The type without its non-null wrapper (itself if it has none).
    const TypeRef &nullable() const { return isNonNull() ? *m_of : *this; }
    // The innermost named type's name.
    QString namedType() const;
    QString toString() const;

    bool operator==(const TypeRef &other) const;

private:
    Kind m_kind = Kind::Named;
    QString m_name;
    std::shared_ptr<const TypeRef> m_of;
};

} // namespace hookboard::graphql
