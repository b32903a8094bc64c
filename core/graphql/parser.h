#pragma once

#include "ast.h"
#include "graphqlerror.h"
#include "lexer.h"

#include <optional>

namespace hookboard::graphql {

// Recursive-descent parser for executable documents (spec §2). It refuses, before doing the work,
// documents that would cost more than a local console should spend on one request.
class Parser
{
public:
    // Larger documents are refused before lexing (GRAPHQL_PARSE_FAILED).
    static constexpr qsizetype MaxDocumentBytes = 100 * 1024;
    // Deeper selection sets are refused. The code is GRAPHQL_VALIDATION_FAILED, not PARSE_FAILED:
    // the text is well-formed GraphQL, it is the operation that is too costly. The validator repeats
    // the check through fragment spreads.
    static constexpr int MaxSelectionDepth = 15;
    // Deeper list/object literals are refused (GRAPHQL_PARSE_FAILED); this only guards the stack.
    static constexpr int MaxValueDepth = 64;
    // Deeper list types ("[[[Int]]]") are refused (GRAPHQL_PARSE_FAILED); this too guards the stack.
    static constexpr int MaxTypeDepth = 32;

    explicit Parser(const QString &source);

    std::optional<Document> parse();
    // Why parse() returned nothing, with the location and code.
    const GraphQLError &error() const { return m_error; }

private:
    bool advance();
    bool peek(Token::Kind kind) const { return m_token.kind == kind; }
    bool peekName(const char *name) const;
    bool expect(Token::Kind kind, const QString &what, Token *out = nullptr);
    bool expectName(QString *name, Location *location = nullptr);
    bool fail(const QString &message, Location location, const QString &code);
    bool unexpected();

    bool parseOperation(Document &document);
    bool parseFragment(Document &document);
    bool parseVariableDefinitions(QList<VariableDefinition> &out);
    bool parseType(TypeRef &out, int depth);
    bool parseDirectives(QList<Directive> &out, bool isConst);
    bool parseArguments(QList<Argument> &out, bool isConst);
    bool parseSelectionSet(QList<Selection> &out, int depth);
    bool parseSelection(QList<Selection> &out, int depth);
    bool parseValue(ValueNode &out, bool isConst, int depth);

    QString m_source;
    Lexer m_lexer;
    Token m_token;
    GraphQLError m_error;
};

} // namespace hookboard::graphql
