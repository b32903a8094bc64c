#include "parser.h"

#include <QCoreApplication>

namespace hookboard::graphql {

namespace {

const QString ParseFailed = QStringLiteral("GRAPHQL_PARSE_FAILED");
const QString ValidationFailed = QStringLiteral("GRAPHQL_VALIDATION_FAILED");

// The messages of this file, under the context "GraphQL".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GraphQL)
};

} // namespace

Parser::Parser(const QString &source) : m_source(source), m_lexer(source) {}

bool Parser::fail(const QString &message, Location location, const QString &code)
{
    m_error = {message, {location}, {}, code, {}};
    return false;
}

bool Parser::unexpected()
{
    if (m_token.kind == Token::Kind::Error)
        return fail(m_token.value, m_token.location, ParseFailed);
    return fail(Text::tr("Syntax Error: Unexpected %1.").arg(m_token.describe()), m_token.location,
                ParseFailed);
}

bool Parser::advance()
{
    m_token = m_lexer.next();
    if (m_token.kind == Token::Kind::Error)
        return fail(m_token.value, m_token.location, ParseFailed);
    return true;
}

bool Parser::peekName(const char *name) const
{
    return m_token.kind == Token::Kind::Name && m_token.value == QLatin1String(name);
}

bool Parser::expect(Token::Kind kind, const QString &what, Token *out)
{
    if (m_token.kind != kind) {
        if (m_token.kind == Token::Kind::Error)
            return unexpected();
        return fail(Text::tr("Syntax Error: Expected %1, found %2.").arg(what, m_token.describe()),
                    m_token.location, ParseFailed);
    }
    if (out)
        *out = m_token;
    return advance();
}

bool Parser::expectName(QString *name, Location *location)
{
    Token t;
    if (!expect(Token::Kind::Name, QStringLiteral("Name"), &t))
        return false;
    *name = t.value;
    if (location)
        *location = t.location;
    return true;
}

std::optional<Document> Parser::parse()
{
    if (m_source.toUtf8().size() > MaxDocumentBytes) {
        fail(Text::tr("Syntax Error: The document is larger than %1 bytes.").arg(MaxDocumentBytes), {1, 1},
             ParseFailed);
        return std::nullopt;
    }
    if (!advance())
        return std::nullopt;
    Document document;
    if (peek(Token::Kind::EndOfFile)) {
        fail(Text::tr("Syntax Error: Unexpected <EOF>."), m_token.location, ParseFailed);
        return std::nullopt;
    }
    while (!peek(Token::Kind::EndOfFile)) {
        bool ok = false;
        if (peek(Token::Kind::BraceL) || peekName("query") || peekName("mutation") ||
            peekName("subscription"))
            ok = parseOperation(document);
        else if (peekName("fragment"))
            ok = parseFragment(document);
        else
            ok = unexpected();
        if (!ok)
            return std::nullopt;
    }
    return document;
}

bool Parser::parseOperation(Document &document)
{
    OperationDefinition op;
    op.location = m_token.location;
    if (peek(Token::Kind::BraceL)) {
        if (!parseSelectionSet(op.selectionSet, 1))
            return false;
        document.operations.append(std::move(op));
        return true;
    }
    if (peekName("mutation"))
        op.type = OperationDefinition::Type::Mutation;
    else if (peekName("subscription"))
        op.type = OperationDefinition::Type::Subscription;
    if (!advance())
        return false;
    if (peek(Token::Kind::Name) && !expectName(&op.name))
        return false;
    if (!parseVariableDefinitions(op.variables) || !parseDirectives(op.directives, false) ||
        !parseSelectionSet(op.selectionSet, 1))
        return false;
    document.operations.append(std::move(op));
    return true;
}

bool Parser::parseFragment(Document &document)
{
    FragmentDefinition fragment;
    fragment.location = m_token.location;
    if (!advance())
        return false;
    if (peekName("on"))
        return unexpected();
    if (!expectName(&fragment.name))
        return false;
    if (!peekName("on"))
        return fail(Text::tr("Syntax Error: Expected \"on\", found %1.").arg(m_token.describe()),
                    m_token.location, ParseFailed);
    if (!advance() || !expectName(&fragment.typeCondition, &fragment.typeConditionLocation) ||
        !parseDirectives(fragment.directives, false) || !parseSelectionSet(fragment.selectionSet, 1))
        return false;
    document.fragments.append(std::move(fragment));
    return true;
}

bool Parser::parseVariableDefinitions(QList<VariableDefinition> &out)
{
    if (!peek(Token::Kind::ParenL))
        return true;
    if (!advance())
        return false;
    do {
        VariableDefinition def;
        def.location = m_token.location;
        if (!expect(Token::Kind::Dollar, QStringLiteral("\"$\"")) || !expectName(&def.name) ||
            !expect(Token::Kind::Colon, QStringLiteral("\":\"")) || !parseType(def.type, 0))
            return false;
        if (peek(Token::Kind::Equals)) {
            ValueNode value;
            if (!advance() || !parseValue(value, true, 0))
                return false;
            def.defaultValue = std::move(value);
        }
        if (!parseDirectives(def.directives, true))
            return false;
        out.append(std::move(def));
    } while (!peek(Token::Kind::ParenR));
    return advance();
}

bool Parser::parseType(TypeRef &out, int depth)
{
    if (depth > MaxTypeDepth)
        return fail(Text::tr("Syntax Error: List types nest deeper than %1 levels.").arg(MaxTypeDepth),
                    m_token.location, ParseFailed);
    if (peek(Token::Kind::BracketL)) {
        TypeRef inner;
        if (!advance() || !parseType(inner, depth + 1) ||
            !expect(Token::Kind::BracketR, QStringLiteral("\"]\"")))
            return false;
        out = TypeRef::listOf(inner);
    } else {
        QString name;
        if (!expectName(&name))
            return false;
        out = TypeRef::named(name);
    }
    if (peek(Token::Kind::Bang)) {
        out = TypeRef::nonNull(out);
        return advance();
    }
    return true;
}

bool Parser::parseDirectives(QList<Directive> &out, bool isConst)
{
    while (peek(Token::Kind::At)) {
        Directive directive;
        directive.location = m_token.location;
        if (!advance() || !expectName(&directive.name) || !parseArguments(directive.arguments, isConst))
            return false;
        out.append(std::move(directive));
    }
    return true;
}

bool Parser::parseArguments(QList<Argument> &out, bool isConst)
{
    if (!peek(Token::Kind::ParenL))
        return true;
    if (!advance())
        return false;
    do {
        Argument argument;
        argument.location = m_token.location;
        if (!expectName(&argument.name) || !expect(Token::Kind::Colon, QStringLiteral("\":\"")) ||
            !parseValue(argument.value, isConst, 0))
            return false;
        out.append(std::move(argument));
    } while (!peek(Token::Kind::ParenR));
    return advance();
}

bool Parser::parseSelectionSet(QList<Selection> &out, int depth)
{
    if (depth > MaxSelectionDepth) {
        return fail(
            Text::tr("The operation nests selection sets deeper than %1 levels.").arg(MaxSelectionDepth),
            m_token.location, ValidationFailed);
    }
    if (!expect(Token::Kind::BraceL, QStringLiteral("\"{\"")))
        return false;
    do {
        if (!parseSelection(out, depth))
            return false;
    } while (!peek(Token::Kind::BraceR));
    return advance();
}

bool Parser::parseSelection(QList<Selection> &out, int depth)
{
    Selection selection;
    selection.location = m_token.location;
    if (peek(Token::Kind::Spread)) {
        if (!advance())
            return false;
        if (peek(Token::Kind::Name) && !peekName("on")) {
            selection.kind = Selection::Kind::FragmentSpread;
            if (!expectName(&selection.name) || !parseDirectives(selection.directives, false))
                return false;
            out.append(std::move(selection));
            return true;
        }
        selection.kind = Selection::Kind::InlineFragment;
        if (peekName("on")) {
            if (!advance() || !expectName(&selection.typeCondition))
                return false;
        }
        selection.hasSelectionSet = true;
        if (!parseDirectives(selection.directives, false) ||
            !parseSelectionSet(selection.selectionSet, depth + 1))
            return false;
        out.append(std::move(selection));
        return true;
    }
    QString name;
    if (!expectName(&name))
        return false;
    if (peek(Token::Kind::Colon)) {
        selection.alias = name;
        if (!advance() || !expectName(&name))
            return false;
    }
    selection.name = name;
    if (!parseArguments(selection.arguments, false) || !parseDirectives(selection.directives, false))
        return false;
    if (peek(Token::Kind::BraceL)) {
        selection.hasSelectionSet = true;
        if (!parseSelectionSet(selection.selectionSet, depth + 1))
            return false;
    }
    out.append(std::move(selection));
    return true;
}

bool Parser::parseValue(ValueNode &out, bool isConst, int depth)
{
    out.location = m_token.location;
    if (depth > MaxValueDepth)
        return fail(Text::tr("Syntax Error: Values nest deeper than %1 levels.").arg(MaxValueDepth),
                    m_token.location, ParseFailed);
    switch (m_token.kind) {
    case Token::Kind::BracketL:
        out.kind = ValueNode::Kind::List;
        if (!advance())
            return false;
        while (!peek(Token::Kind::BracketR)) {
            ValueNode item;
            if (!parseValue(item, isConst, depth + 1))
                return false;
            out.items.append(std::move(item));
        }
        return advance();
    case Token::Kind::BraceL:
        out.kind = ValueNode::Kind::Object;
        if (!advance())
            return false;
        while (!peek(Token::Kind::BraceR)) {
            ValueNode field;
            if (!expectName(&field.name, &field.nameLocation) ||
                !expect(Token::Kind::Colon, QStringLiteral("\":\"")) ||
                !parseValue(field, isConst, depth + 1))
                return false;
            out.items.append(std::move(field));
        }
        return advance();
    case Token::Kind::Int:
        out.kind = ValueNode::Kind::Int;
        out.text = m_token.value;
        return advance();
    case Token::Kind::Float:
        out.kind = ValueNode::Kind::Float;
        out.text = m_token.value;
        return advance();
    case Token::Kind::String:
    case Token::Kind::BlockString:
        out.kind = ValueNode::Kind::String;
        out.block = m_token.kind == Token::Kind::BlockString;
        out.text = m_token.value;
        return advance();
    case Token::Kind::Name:
        out.text = m_token.value;
        if (out.text == QLatin1String("true") || out.text == QLatin1String("false"))
            out.kind = ValueNode::Kind::Boolean;
        else if (out.text == QLatin1String("null"))
            out.kind = ValueNode::Kind::Null;
        else
            out.kind = ValueNode::Kind::Enum;
        return advance();
    case Token::Kind::Dollar:
        if (isConst) {
            if (!advance())
                return false;
            if (peek(Token::Kind::Name))
                return fail(Text::tr("Syntax Error: Unexpected variable \"$%1\" in constant value.")
                                .arg(m_token.value),
                            out.location, ParseFailed);
            return unexpected();
        }
        out.kind = ValueNode::Kind::Variable;
        return advance() && expectName(&out.text);
    default:
        return unexpected();
    }
}

} // namespace hookboard::graphql
