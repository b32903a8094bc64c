#include "typedefinition.h"

namespace hookboard::graphql {

namespace {

// Schema code writes types as text; a typo there is a programming error, so it fails loudly in
// debug builds and leaves an unnamed type that Schema::check() reports otherwise.
TypeRef typeFromText(const QString &text)
{
    auto parsed = TypeRef::parse(text);
    Q_ASSERT_X(parsed.has_value(), "graphql::TypeRef", qPrintable(text));
    return parsed.value_or(TypeRef());
}

} // namespace

FieldDef &FieldDef::arg(const QString &argName, const QString &typeText, std::optional<Value> defaultValue,
                        const QString &argDescription)
{
    args.append({argName, typeFromText(typeText), std::move(defaultValue), argDescription, std::nullopt});
    return *this;
}

FieldDef &FieldDef::deprecated(const QString &reason)
{
    deprecationReason = reason;
    return *this;
}

const InputValueDef *FieldDef::argument(const QString &argName) const
{
    for (const InputValueDef &a : args) {
        if (a.name == argName)
            return &a;
    }
    return nullptr;
}

FieldDef &TypeDef::field(const QString &fieldName, const QString &typeText, Resolver resolve,
                         const QString &fieldDescription)
{
    FieldDef def;
    def.name = fieldName;
    def.type = typeFromText(typeText);
    def.resolve = std::move(resolve);
    def.description = fieldDescription;
    fields.append(std::move(def));
    return fields.last();
}

InputValueDef &TypeDef::inputField(const QString &fieldName, const QString &typeText,
                                   std::optional<Value> defaultValue, const QString &fieldDescription)
{
    inputFields.append(
        {fieldName, typeFromText(typeText), std::move(defaultValue), fieldDescription, std::nullopt});
    return inputFields.last();
}

EnumValueDef &TypeDef::value(const QString &valueName, const QString &valueDescription)
{
    enumValues.append({valueName, valueDescription, std::nullopt});
    return enumValues.last();
}

const FieldDef *TypeDef::fieldDef(const QString &fieldName) const
{
    for (const FieldDef &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const InputValueDef *TypeDef::inputFieldDef(const QString &fieldName) const
{
    for (const InputValueDef &f : inputFields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const EnumValueDef *TypeDef::enumValue(const QString &valueName) const
{
    for (const EnumValueDef &v : enumValues) {
        if (v.name == valueName)
            return &v;
    }
    return nullptr;
}

} // namespace hookboard::graphql
