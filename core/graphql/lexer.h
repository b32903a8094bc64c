#pragma once

#include "location.h"

#include <QString>

namespace hookboard::graphql {

// One lexical token of GraphQL spec §2.1. value holds a Name's text, a number's text as written, or
// a string's decoded value; for Error it holds the message.
struct Token
{
    enum class Kind
    {
        EndOfFile,
        Bang,
        Dollar,
        Amp,
        ParenL,
        ParenR,
        Spread,
        Colon,
        Equals,
        At,
        BracketL,
        BracketR,
        BraceL,
        BraceR,
        Pipe,
        Name,
        Int,
        Float,
        String,
        BlockString,
        Error
    };
    Kind kind = Kind::EndOfFile;
    QString value;
    Location location;

    // How graphql-js names the token in "Expected …, found …" messages.
    QString describe() const;
};

// Splits a document into tokens, skipping the ignored tokens (white space, line terminators,
// comments, commas and the byte order mark) and tracking line and column.
class Lexer
{
public:
    explicit Lexer(const QString &source);

    // The next token; after an Error or EndOfFile it keeps returning the same kind.
    Token next();

private:
    Token make(Token::Kind kind, int start, QString value = QString()) const;
    Token error(int position, const QString &message) const;
    Location locationAt(int position) const;
    void skipIgnored();
    Token readNumber(int start);
    Token readString(int start);
    Token readBlockString(int start);
    QChar at(int position) const;

    QString m_source;
    int m_position = 0;
    int m_line = 1;
    int m_lineStart = 0;
};

// The value of a block string as spec §2.9.5 BlockStringValue() defines it: common indentation
// removed, blank first and last lines dropped.
QString blockStringValue(const QString &raw);

} // namespace hookboard::graphql
