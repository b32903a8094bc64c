#include "sdlprinter.h"

#include "common/jsontext.h"

#include <QStringList>

namespace hookboard::graphql {

namespace {

// graphql-js printBlockString(), v16.
QString blockString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QStringLiteral("\"\"\""), QStringLiteral("\\\"\"\""));
    const QStringList lines = escaped.split(u'\n');
    const bool isSingleLine = lines.size() == 1;
    bool forceLeadingNewLine = lines.size() > 1;
    for (qsizetype i = 1; i < lines.size() && forceLeadingNewLine; ++i) {
        const QString &l = lines.at(i);
        forceLeadingNewLine = l.isEmpty() || l.at(0) == u' ' || l.at(0) == u'\t';
    }
    const bool hasTrailingTripleQuotes = escaped.endsWith(QStringLiteral("\\\"\"\""));
    const bool hasTrailingQuote = value.endsWith(u'"') && !hasTrailingTripleQuotes;
    const bool hasTrailingSlash = value.endsWith(u'\\');
    const bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
    const bool multiLine = !isSingleLine || value.size() > 70 || forceTrailingNewline ||
                           forceLeadingNewLine || hasTrailingTripleQuotes;
    const bool skipLeadingNewLine =
        isSingleLine && !value.isEmpty() && (value.at(0) == u' ' || value.at(0) == u'\t');
    QString result;
    if ((multiLine && !skipLeadingNewLine) || forceLeadingNewLine)
        result += u'\n';
    result += escaped;
    if (multiLine || forceTrailingNewline)
        result += u'\n';
    return QStringLiteral("\"\"\"") + result + QStringLiteral("\"\"\"");
}

QString description(const QString &text, const QString &indentation, bool firstInBlock)
{
    if (text.isEmpty())
        return QString();
    QString block = blockString(text);
    block.replace(QStringLiteral("\n"), QStringLiteral("\n") + indentation);
    const QString prefix = !indentation.isEmpty() && !firstInBlock ? u'\n' + indentation : indentation;
    return prefix + block + u'\n';
}

QString deprecated(const std::optional<QString> &reason)
{
    if (!reason)
        return QString();
    if (*reason == QLatin1String("No longer supported"))
        return QStringLiteral(" @deprecated");
    return QStringLiteral(" @deprecated(reason: %1)").arg(SdlPrinter::printValue(Value::fromString(*reason)));
}

QString inputValue(const InputValueDef &v)
{
    QString out = v.name + QStringLiteral(": ") + v.type.toString();
    if (v.defaultValue)
        out += QStringLiteral(" = ") + SdlPrinter::printValue(*v.defaultValue);
    return out + deprecated(v.deprecationReason);
}

QString args(const QList<InputValueDef> &defs, const QString &indentation)
{
    if (defs.isEmpty())
        return QString();
    bool anyDescription = false;
    for (const InputValueDef &a : defs)
        anyDescription = anyDescription || !a.description.isEmpty();
    if (!anyDescription) {
        QStringList parts;
        for (const InputValueDef &a : defs)
            parts.append(inputValue(a));
        return u'(' + parts.join(QStringLiteral(", ")) + u')';
    }
    QString out = QStringLiteral("(\n");
    for (qsizetype i = 0; i < defs.size(); ++i) {
        out += description(defs.at(i).description, QStringLiteral("  ") + indentation, i == 0);
        out += QStringLiteral("  ") + indentation + inputValue(defs.at(i)) + u'\n';
    }
    return out + indentation + u')';
}

QString block(const QStringList &items)
{
    return items.isEmpty() ? QString() : QStringLiteral(" {\n") + items.join(u'\n') + QStringLiteral("\n}");
}

QString printType(const TypeDef &t)
{
    QString out = description(t.description, QString(), true);
    QStringList items;
    switch (t.kind) {
    case TypeKind::Scalar:
        out += QStringLiteral("scalar ") + t.name;
        if (!t.specifiedByURL.isEmpty())
            out += QStringLiteral(" @specifiedBy(url: %1)")
                       .arg(SdlPrinter::printValue(Value::fromString(t.specifiedByURL)));
        return out;
    case TypeKind::Object:
        for (qsizetype i = 0; i < t.fields.size(); ++i) {
            const FieldDef &f = t.fields.at(i);
            items.append(description(f.description, QStringLiteral("  "), i == 0) + QStringLiteral("  ") +
                         f.name + args(f.args, QStringLiteral("  ")) + QStringLiteral(": ") +
                         f.type.toString() + deprecated(f.deprecationReason));
        }
        return out + QStringLiteral("type ") + t.name + block(items);
    case TypeKind::InputObject:
        for (qsizetype i = 0; i < t.inputFields.size(); ++i) {
            const InputValueDef &f = t.inputFields.at(i);
            items.append(description(f.description, QStringLiteral("  "), i == 0) + QStringLiteral("  ") +
                         inputValue(f));
        }
        return out + QStringLiteral("input ") + t.name + block(items);
    case TypeKind::Enum:
        for (qsizetype i = 0; i < t.enumValues.size(); ++i) {
            const EnumValueDef &v = t.enumValues.at(i);
            items.append(description(v.description, QStringLiteral("  "), i == 0) + QStringLiteral("  ") +
                         v.name + deprecated(v.deprecationReason));
        }
        return out + QStringLiteral("enum ") + t.name + block(items);
    }
    return out;
}

} // namespace

QString SdlPrinter::print(const Schema &schema)
{
    QStringList parts;
    // graphql-js prints a schema block only when the roots do not use the conventional names.
    const bool conventional =
        schema.queryType() == QLatin1String("Query") &&
        (schema.mutationType().isEmpty() || schema.mutationType() == QLatin1String("Mutation"));
    if (!conventional) {
        QString s = QStringLiteral("schema {\n  query: ") + schema.queryType() + u'\n';
        if (!schema.mutationType().isEmpty())
            s += QStringLiteral("  mutation: ") + schema.mutationType() + u'\n';
        parts.append(s + u'}');
    }
    for (const TypeDef *t : schema.types()) {
        if (Schema::isBuiltInScalar(t->name) || Schema::isIntrospectionType(t->name))
            continue;
        parts.append(printType(*t));
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString SdlPrinter::printValue(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
    case Value::Kind::Host:
        return QStringLiteral("null");
    case Value::Kind::String:
        return QString::fromUtf8(jsontext::quote(value.toString()));
    case Value::Kind::Enum:
        return value.toString();
    case Value::Kind::List: {
        QStringList parts;
        for (const Value &item : value.items())
            parts.append(printValue(item));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case Value::Kind::Object: {
        QStringList parts;
        for (const Value::Member &m : value.members())
            parts.append(m.first + QStringLiteral(": ") + printValue(m.second));
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    default:
        return QString::fromUtf8(value.toJson());
    }
}

} // namespace hookboard::graphql
