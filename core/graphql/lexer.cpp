#include "lexer.h"

#include <QCoreApplication>
#include <QStringList>

namespace hookboard::graphql {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isNameContinue(QChar c)
{
    return isNameStart(c) || isDigit(c);
}

// graphql-js prints a character in messages as "x" when printable, U+XXXX otherwise.
QString printChar(QChar c)
{
    if (c.isNull())
        return QStringLiteral("<EOF>");
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate())
        return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
    if (c == u'"')
        return QStringLiteral("'\"'");
    return QLatin1Char('"') + c + QLatin1Char('"');
}

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

QString syntax(const char *text)
{
    return QCoreApplication::translate("GraphQL", "Syntax Error: %1")
        .arg(QCoreApplication::translate("GraphQL", text));
}

} // namespace

QString Token::describe() const
{
    switch (kind) {
    case Kind::EndOfFile:
        return QStringLiteral("<EOF>");
    case Kind::Bang:
        return QStringLiteral("\"!\"");
    case Kind::Dollar:
        return QStringLiteral("\"$\"");
    case Kind::Amp:
        return QStringLiteral("\"&\"");
    case Kind::ParenL:
        return QStringLiteral("\"(\"");
    case Kind::ParenR:
        return QStringLiteral("\")\"");
    case Kind::Spread:
        return QStringLiteral("\"...\"");
    case Kind::Colon:
        return QStringLiteral("\":\"");
    case Kind::Equals:
        return QStringLiteral("\"=\"");
    case Kind::At:
        return QStringLiteral("\"@\"");
    case Kind::BracketL:
        return QStringLiteral("\"[\"");
    case Kind::BracketR:
        return QStringLiteral("\"]\"");
    case Kind::BraceL:
        return QStringLiteral("\"{\"");
    case Kind::BraceR:
        return QStringLiteral("\"}\"");
    case Kind::Pipe:
        return QStringLiteral("\"|\"");
    case Kind::Name:
        return QStringLiteral("Name \"%1\"").arg(value);
    case Kind::Int:
        return QStringLiteral("Int \"%1\"").arg(value);
    case Kind::Float:
        return QStringLiteral("Float \"%1\"").arg(value);
    case Kind::String:
        return QStringLiteral("String");
    case Kind::BlockString:
        return QStringLiteral("BlockString");
    case Kind::Error:
        return value;
    }
    return QString();
}

Lexer::Lexer(const QString &source) : m_source(source) {}

QChar Lexer::at(int position) const
{
    return position < m_source.size() ? m_source.at(position) : QChar();
}

Location Lexer::locationAt(int position) const
{
    return {m_line, position - m_lineStart + 1};
}

Token Lexer::make(Token::Kind kind, int start, QString value) const
{
    return {kind, std::move(value), locationAt(start)};
}

Token Lexer::error(int position, const QString &message) const
{
    return {Token::Kind::Error, message, locationAt(position)};
}

void Lexer::skipIgnored()
{
    while (m_position < m_source.size()) {
        const QChar c = m_source.at(m_position);
        if (c == u'\uFEFF' || c == u' ' || c == u'\t' || c == u',') {
            ++m_position;
        } else if (c == u'\n') {
            ++m_position;
            ++m_line;
            m_lineStart = m_position;
        } else if (c == u'\r') {
            ++m_position;
            if (at(m_position) == u'\n')
                ++m_position;
            ++m_line;
            m_lineStart = m_position;
        } else if (c == u'#') {
            while (m_position < m_source.size() && m_source.at(m_position) != u'\n' &&
                   m_source.at(m_position) != u'\r')
                ++m_position;
        } else {
            return;
        }
    }
}

Token Lexer::next()
{
    skipIgnored();
    const int start = m_position;
    if (start >= m_source.size())
        return make(Token::Kind::EndOfFile, start);
    const QChar c = m_source.at(start);
    auto punct = [&](Token::Kind kind) {
        ++m_position;
        return make(kind, start);
    };
    switch (c.unicode()) {
    case u'!':
        return punct(Token::Kind::Bang);
    case u'$':
        return punct(Token::Kind::Dollar);
    case u'&':
        return punct(Token::Kind::Amp);
    case u'(':
        return punct(Token::Kind::ParenL);
    case u')':
        return punct(Token::Kind::ParenR);
    case u':':
        return punct(Token::Kind::Colon);
    case u'=':
        return punct(Token::Kind::Equals);
    case u'@':
        return punct(Token::Kind::At);
    case u'[':
        return punct(Token::Kind::BracketL);
    case u']':
        return punct(Token::Kind::BracketR);
    case u'{':
        return punct(Token::Kind::BraceL);
    case u'}':
        return punct(Token::Kind::BraceR);
    case u'|':
        return punct(Token::Kind::Pipe);
    case u'.':
        if (at(start + 1) == u'.' && at(start + 2) == u'.') {
            m_position += 3;
            return make(Token::Kind::Spread, start);
        }
        return error(start, syntax("Unexpected character: \"%1\".").arg(c));
    case u'"':
        if (at(start + 1) == u'"' && at(start + 2) == u'"')
            return readBlockString(start);
        return readString(start);
    default:
        break;
    }
    if (isNameStart(c)) {
        int end = start + 1;
        while (isNameContinue(at(end)))
            ++end;
        m_position = end;
        return make(Token::Kind::Name, start, m_source.mid(start, end - start));
    }
    if (isDigit(c) || c == u'-')
        return readNumber(start);
    return error(start, syntax("Unexpected character: %1.").arg(printChar(c)));
}

Token Lexer::readNumber(int start)
{
    int p = start;
    bool isFloat = false;
    if (at(p) == u'-')
        ++p;
    if (at(p) == u'0') {
        ++p;
        if (isDigit(at(p)))
            return error(p, syntax("Invalid number, unexpected digit after 0: %1.").arg(printChar(at(p))));
    } else {
        if (!isDigit(at(p)))
            return error(p, syntax("Invalid number, expected digit but got: %1.").arg(printChar(at(p))));
        while (isDigit(at(p)))
            ++p;
    }
    if (at(p) == u'.') {
        isFloat = true;
        ++p;
        if (!isDigit(at(p)))
            return error(p, syntax("Invalid number, expected digit but got: %1.").arg(printChar(at(p))));
        while (isDigit(at(p)))
            ++p;
    }
    if (at(p) == u'e' || at(p) == u'E') {
        isFloat = true;
        ++p;
        if (at(p) == u'+' || at(p) == u'-')
            ++p;
        if (!isDigit(at(p)))
            return error(p, syntax("Invalid number, expected digit but got: %1.").arg(printChar(at(p))));
        while (isDigit(at(p)))
            ++p;
    }
    // Spec §2.9.1: a number may not be directly followed by a name start or a dot.
    if (at(p) == u'.' || isNameStart(at(p)))
        return error(p, syntax("Invalid number, expected digit but got: %1.").arg(printChar(at(p))));
    m_position = p;
    return make(isFloat ? Token::Kind::Float : Token::Kind::Int, start, m_source.mid(start, p - start));
}

Token Lexer::readString(int start)
{
    int p = start + 1;
    QString value;
    while (p < m_source.size()) {
        const QChar c = m_source.at(p);
        if (c == u'"') {
            m_position = p + 1;
            return make(Token::Kind::String, start, value);
        }
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u'\\') {
            const QChar e = at(p + 1);
            switch (e.unicode()) {
            case u'"':
                value += u'"';
                break;
            case u'\\':
                value += u'\\';
                break;
            case u'/':
                value += u'/';
                break;
            case u'b':
                value += u'\b';
                break;
            case u'f':
                value += u'\f';
                break;
            case u'n':
                value += u'\n';
                break;
            case u'r':
                value += u'\r';
                break;
            case u't':
                value += u'\t';
                break;
            case u'u': {
                // \uXXXX, or the variable-width \u{X…} of the October 2021 edition.
                char32_t code = 0;
                int end = p + 2;
                bool good = true;
                if (at(end) == u'{') {
                    ++end;
                    int digits = 0;
                    while (at(end) != u'}' && good) {
                        const int h = hexValue(at(end));
                        good = h >= 0 && ++digits <= 6;
                        code = code * 16 + char32_t(h < 0 ? 0 : h);
                        ++end;
                    }
                    good = good && digits > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
                    ++end;
                } else {
                    for (int i = 0; i < 4 && good; ++i) {
                        const int h = hexValue(at(end));
                        good = h >= 0;
                        code = code * 16 + char32_t(h < 0 ? 0 : h);
                        ++end;
                    }
                    if (good && code >= 0xD800 && code <= 0xDBFF && at(end) == u'\\' && at(end + 1) == u'u') {
                        char32_t low = 0;
                        bool lowGood = true;
                        for (int i = 0; i < 4 && lowGood; ++i) {
                            const int h = hexValue(at(end + 2 + i));
                            lowGood = h >= 0;
                            low = low * 16 + char32_t(h < 0 ? 0 : h);
                        }
                        if (lowGood && low >= 0xDC00 && low <= 0xDFFF) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            end += 6;
                        }
                    }
                    good = good && (code < 0xD800 || code > 0xDFFF);
                }
                if (!good) {
                    // graphql-js quotes the whole fixed-width escape, or the braced one up to where it broke.
                    const int shown = at(p + 2) == u'{' ? qMin(end, int(m_source.size())) - p : 6;
                    return error(
                        p, syntax("Invalid Unicode escape sequence: \"%1\".").arg(m_source.mid(p, shown)));
                }
                value += QString::fromUcs4(&code, 1);
                p = end;
                continue;
            }
            default:
                return error(p, syntax("Invalid character escape sequence: \"%1\".").arg(m_source.mid(p, 2)));
            }
            p += 2;
            continue;
        }
        if (c.unicode() < 0x20 && c != u'\t')
            return error(p, syntax("Invalid character within String: %1.").arg(printChar(c)));
        value += c;
        ++p;
    }
    return error(p, syntax("Unterminated string."));
}

Token Lexer::readBlockString(int start)
{
    int p = start + 3;
    QString raw;
    int line = m_line;
    int lineStart = m_lineStart;
    while (p < m_source.size()) {
        const QChar c = m_source.at(p);
        if (c == u'"' && at(p + 1) == u'"' && at(p + 2) == u'"') {
            Token token = make(Token::Kind::BlockString, start, blockStringValue(raw));
            m_position = p + 3;
            m_line = line;
            m_lineStart = lineStart;
            return token;
        }
        if (c == u'\\' && at(p + 1) == u'"' && at(p + 2) == u'"' && at(p + 3) == u'"') {
            raw += QStringLiteral("\"\"\"");
            p += 4;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            raw += c;
            ++p;
            if (c == u'\r' && at(p) == u'\n') {
                raw += u'\n';
                ++p;
            }
            ++line;
            lineStart = p;
            continue;
        }
        if (c.unicode() < 0x20 && c != u'\t') {
            Token t = error(p, syntax("Invalid character within String: %1.").arg(printChar(c)));
            t.location = {line, p - lineStart + 1};
            return t;
        }
        raw += c;
        ++p;
    }
    Token t = error(p, syntax("Unterminated string."));
    t.location = {line, p - lineStart + 1};
    return t;
}

QString blockStringValue(const QString &raw)
{
    QString normalized = raw;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    auto indentOf = [](const QString &line) {
        int i = 0;
        while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
            ++i;
        return i;
    };
    int common = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const int indent = indentOf(lines.at(i));
        if (indent < lines.at(i).size() && (common < 0 || indent < common))
            common = indent;
    }
    if (common > 0) {
        for (int i = 1; i < lines.size(); ++i)
            lines[i] = lines.at(i).mid(common);
    }
    while (!lines.isEmpty() && indentOf(lines.first()) == lines.first().size())
        lines.removeFirst();
    while (!lines.isEmpty() && indentOf(lines.last()) == lines.last().size())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace hookboard::graphql
