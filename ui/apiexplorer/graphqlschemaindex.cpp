#include "graphqlschemaindex.h"

#include <QJsonArray>

namespace hookboard {

const char *const GraphQlSchemaIndex::kIntrospectionQuery =
    "query SchemaDocs { __schema { queryType { name } mutationType { name } types { kind name description "
    "fields(includeDeprecated: true) { name description isDeprecated type { ...TypeRef } "
    "args { name description defaultValue type { ...TypeRef } } } "
    "inputFields { name description defaultValue type { ...TypeRef } } "
    "enumValues(includeDeprecated: true) { name } } } } "
    "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name "
    "ofType { kind name } } } } }";

namespace {

// A type reference as a document writes it.
QString typeText(const QJsonObject &ref)
{
    const QString kind = ref.value(u"kind").toString();
    if (kind == QLatin1String("NON_NULL"))
        return typeText(ref.value(u"ofType").toObject()) + QLatin1Char('!');
    if (kind == QLatin1String("LIST"))
        return QLatin1Char('[') + typeText(ref.value(u"ofType").toObject()) + QLatin1Char(']');
    return ref.value(u"name").toString();
}

GraphQlSchemaIndex::Field fieldFrom(const QJsonObject &object)
{
    GraphQlSchemaIndex::Field field;
    field.name = object.value(u"name").toString();
    field.type = typeText(object.value(u"type").toObject());
    field.description = object.value(u"description").toString();
    field.defaultValue = object.value(u"defaultValue").toString();
    field.deprecated = object.value(u"isDeprecated").toBool();
    for (const QJsonValue &argument : object.value(u"args").toArray())
        field.arguments.append(fieldFrom(argument.toObject()));
    return field;
}

bool isNameChar(QChar c)
{
    return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetterOrNumber());
}

// The document's tokens up to a position, as far as completion needs them: names, "...", and
// single punctuators; strings, block strings and comments are skipped. insideText tells whether
// end itself is inside a string or a comment, where nothing is to be completed.
QStringList tokensBefore(const QString &text, int end, bool *insideText)
{
    QStringList tokens;
    *insideText = false;
    int i = 0;
    while (i < end) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#')) {
            while (i < end && text.at(i) != QLatin1Char('\n'))
                ++i;
            *insideText = i >= end;
        } else if (text.mid(i, 3) == QLatin1String("\"\"\"")) {
            const qsizetype close = text.indexOf(QLatin1String("\"\"\""), i + 3);
            *insideText = close < 0 || close + 3 > end;
            i = *insideText ? end : int(close) + 3;
        } else if (c == QLatin1Char('"')) {
            ++i;
            while (i < end && text.at(i) != QLatin1Char('"') && text.at(i) != QLatin1Char('\n'))
                i += text.at(i) == QLatin1Char('\\') ? 2 : 1;
            *insideText = i >= end;
            ++i;
        } else if (text.mid(i, 3) == QLatin1String("...")) {
            tokens.append(QStringLiteral("..."));
            i += 3;
        } else if (isNameChar(c)) {
            const int start = i;
            while (i < end && isNameChar(text.at(i)))
                ++i;
            tokens.append(text.mid(start, i - start));
        } else {
            if (!c.isSpace() && c != QLatin1Char(','))
                tokens.append(QString(c));
            ++i;
        }
    }
    return tokens;
}
} // namespace

GraphQlSchemaIndex GraphQlSchemaIndex::fromIntrospection(const QJsonObject &data)
{
    GraphQlSchemaIndex index;
    const QJsonObject schema = data.value(u"__schema").toObject();
    index.m_queryType = schema.value(u"queryType").toObject().value(u"name").toString();
    index.m_mutationType = schema.value(u"mutationType").toObject().value(u"name").toString();
    for (const QJsonValue &value : schema.value(u"types").toArray()) {
        const QJsonObject object = value.toObject();
        Type type;
        type.kind = object.value(u"kind").toString();
        type.name = object.value(u"name").toString();
        type.description = object.value(u"description").toString();
        for (const QJsonValue &field : object.value(u"fields").toArray())
            type.fields.append(fieldFrom(field.toObject()));
        for (const QJsonValue &field : object.value(u"inputFields").toArray())
            type.fields.append(fieldFrom(field.toObject()));
        for (const QJsonValue &enumValue : object.value(u"enumValues").toArray())
            type.enumValues.append(enumValue.toObject().value(u"name").toString());
        if (!type.name.isEmpty())
            index.m_types.insert(type.name, type);
    }
    return index;
}

const GraphQlSchemaIndex::Type *GraphQlSchemaIndex::type(const QString &name) const
{
    const auto it = m_types.constFind(name);
    return it == m_types.constEnd() ? nullptr : &*it;
}

QStringList GraphQlSchemaIndex::typeNames() const
{
    QStringList names;
    for (const Type &type : m_types)
        if (!type.name.startsWith(QLatin1String("__")))
            names.append(type.name);
    names.sort();
    return names;
}

QString GraphQlSchemaIndex::namedType(const QString &typeText)
{
    QString name = typeText;
    name.remove(QLatin1Char('[')).remove(QLatin1Char(']')).remove(QLatin1Char('!'));
    return name;
}

const GraphQlSchemaIndex::Field *GraphQlSchemaIndex::field(const QString &typeName,
                                                           const QString &fieldName) const
{
    const Type *owner = type(typeName);
    if (!owner)
        return nullptr;
    for (const Field &f : owner->fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

GraphQlSchemaIndex::Completion GraphQlSchemaIndex::completionsAt(const QString &document, int position) const
{
    Completion completion;
    position = qBound(0, position, int(document.size()));
    int start = position;
    while (start > 0 && isNameChar(document.at(start - 1)))
        --start;
    completion.prefix = document.mid(start, position - start);

    // Walk the document before the word: which type's selection set, or which field's arguments,
    // the cursor is in. A field's type is pushed at its "{"; "... on T {" and "fragment F on T {"
    // push T; an operation's "{" pushes its root type. A directive's name and parentheses are
    // skipped; inside a field's parentheses, only where an argument's name goes is completed.
    bool insideText = false;
    const QStringList tokens = tokensBefore(document, start, &insideText);
    if (insideText)
        return completion;
    QStringList stack; // type names of the open selection sets; "" where unknown
    QString rootType = m_queryType;
    QString lastField;           // the last field name at the current level
    QString onType;              // after "on"
    QString argsOf;              // the field whose "(" is open ("" for a directive's)
    int parenDepth = 0;          // open "(" of the current field or directive
    int nested = 0;              // "{" and "[" open inside them: within a value
    QString lastInParens;        // the last token inside them
    bool afterDirective = false; // "@name" came last: its "(" is not the field's
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens[i];
        if (parenDepth > 0) {
            if (token == QLatin1String("("))
                ++parenDepth;
            else if (token == QLatin1String(")"))
                --parenDepth;
            else if (token == QLatin1String("{") || token == QLatin1String("["))
                ++nested;
            else if (token == QLatin1String("}") || token == QLatin1String("]"))
                --nested;
            lastInParens = token;
            continue;
        }
        if (token == QLatin1String("@") && i + 1 < tokens.size()) {
            ++i; // the directive's name is no field
            afterDirective = true;
        } else if (token == QLatin1String("(")) {
            parenDepth = 1;
            nested = 0;
            lastInParens = token;
            argsOf = afterDirective ? QString() : lastField;
            afterDirective = false;
        } else if (token == QLatin1String("{")) {
            QString pushed;
            if (!onType.isEmpty())
                pushed = onType;
            else if (stack.isEmpty())
                pushed = rootType;
            else if (const Field *f = field(stack.last(), lastField))
                pushed = namedType(f->type);
            stack.append(pushed);
            onType.clear();
            lastField.clear();
            afterDirective = false;
        } else if (token == QLatin1String("}")) {
            if (!stack.isEmpty())
                stack.removeLast();
            lastField.clear();
        } else if (token == QLatin1String("on") && i + 1 < tokens.size()) {
            onType = tokens[++i];
        } else if (stack.isEmpty() && token == QLatin1String("mutation")) {
            rootType = m_mutationType;
        } else if (stack.isEmpty() &&
                   (token == QLatin1String("query") || token == QLatin1String("fragment"))) {
            rootType = m_queryType;
        } else if (token == QLatin1String(":") || token == QLatin1String("...")) {
            // an alias's colon: the field's own name comes next
        } else if (!stack.isEmpty() && isNameChar(token.at(0))) {
            lastField = token;
            afterDirective = false;
        }
    }

    QStringList candidates;
    if (parenDepth == 0 && !tokens.isEmpty() && tokens.last() == QLatin1String("on")) {
        // "... on |" or "fragment F on |": a type with fields.
        for (const Type &t : m_types)
            if (!t.name.startsWith(QLatin1String("__")) &&
                (t.kind == QLatin1String("OBJECT") || t.kind == QLatin1String("INTERFACE") ||
                 t.kind == QLatin1String("UNION")))
                candidates.append(t.name);
    } else if (parenDepth > 0) {
        // An argument's name, not its value: right after "(" or after a whole value.
        const bool atName =
            nested == 0 && lastInParens != QLatin1String(":") && lastInParens != QLatin1String("$");
        if (atName && !stack.isEmpty())
            if (const Field *f = field(stack.last(), argsOf))
                for (const Field &argument : f->arguments)
                    candidates.append(argument.name);
    } else if (stack.isEmpty()) {
        candidates = {QStringLiteral("query"), QStringLiteral("mutation"), QStringLiteral("fragment")};
    } else if (!tokens.isEmpty() && tokens.last() == QLatin1String("@")) {
        // a directive's name: none to offer but the two every schema has
        candidates = {QStringLiteral("include"), QStringLiteral("skip")};
    } else if (const Type *t = type(stack.last())) {
        for (const Field &f : t->fields)
            candidates.append(f.name);
        candidates.append(QStringLiteral("__typename"));
    }
    candidates.sort();
    completion.candidates = candidates;
    return completion;
}

} // namespace hookboard
