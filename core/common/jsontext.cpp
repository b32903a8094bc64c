#include "jsontext.h"

#include <QCoreApplication>

namespace hookboard::jsontext {

namespace {

// Context for the translatable messages of this file.
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

constexpr int kMaxDepth = 512;

// What the scanner keeps besides the compact text: the top-level members or elements, or the
// decoded top-level string. Offsets point into the compact output, which is only appended to.
enum class Collect
{
    Nothing,
    ObjectMembers,
    ArrayElements,
    TopString
};

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// A strict RFC 8259 scanner that copies every token verbatim and drops insignificant whitespace.
// Recursive descent is fine because nesting is capped at kMaxDepth.
class Scanner
{
public:
    Scanner(QByteArrayView text, const QString &field, Collect collect)
        : m_text(text), m_field(field), m_collect(collect)
    {
        m_out.reserve(text.size());
    }

    bool run()
    {
        skipWhitespace();
        if (atEnd())
            return fail(m_text.isEmpty() ? JsonText::tr("the text is empty")
                                         : JsonText::tr("expected a JSON value, found only whitespace"));
        if (!value(0))
            return false;
        skipWhitespace();
        if (!atEnd())
            return fail(JsonText::tr("unexpected text after the JSON value"));
        return true;
    }

    const QByteArray &output() const { return m_out; }
    const Error &error() const { return m_error; }
    char topKind() const { return m_out.isEmpty() ? '\0' : m_out.front(); }
    const QList<QPair<QString, Span>> &members() const { return m_members; }
    const QList<Span> &elements() const { return m_elements; }
    const QString &topString() const { return m_topString; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    uchar peek() const { return uchar(m_text[m_pos]); }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const uchar c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool fail(const QString &what)
    {
        m_error = Error::badInput(
            m_field, QStringLiteral("json-syntax"),
            JsonText::tr("%1: malformed JSON at byte %2: %3").arg(m_field).arg(m_pos).arg(what));
        return false;
    }

    bool value(int depth)
    {
        if (atEnd())
            return fail(JsonText::tr("expected a JSON value, found the end of the text"));
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(m_collect == Collect::TopString && depth == 0 ? &m_topString : nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number();
            return fail(
                JsonText::tr("expected a JSON value (object, array, string, number, true, false or null)"));
        }
    }

    bool enter(int depth)
    {
        if (depth <= kMaxDepth)
            return true;
        m_error = Error::badInput(m_field, QStringLiteral("max-depth"),
                                  JsonText::tr("%1: JSON nested deeper than %2 levels at byte %3")
                                      .arg(m_field)
                                      .arg(kMaxDepth)
                                      .arg(m_pos));
        return false;
    }

    bool object(int depth)
    {
        if (!enter(depth))
            return false;
        const bool collect = m_collect == Collect::ObjectMembers && depth == 1;
        m_out.append('{');
        ++m_pos;
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            m_out.append('}');
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return fail(JsonText::tr("expected '\"' to begin an object member name"));
            QString name;
            if (!string(collect ? &name : nullptr))
                return false;
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return fail(JsonText::tr("expected ':' after an object member name"));
            m_out.append(':');
            ++m_pos;
            skipWhitespace();
            const qsizetype begin = m_out.size();
            if (!value(depth))
                return false;
            if (collect)
                m_members.append({name, Span{begin, m_out.size()}});
            skipWhitespace();
            if (atEnd())
                return fail(
                    JsonText::tr("expected ',' or '}' after an object member, found the end of the text"));
            if (peek() == '}') {
                m_out.append('}');
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail(JsonText::tr("expected ',' or '}' after an object member"));
            m_out.append(',');
            ++m_pos;
        }
    }

    bool array(int depth)
    {
        if (!enter(depth))
            return false;
        const bool collect = m_collect == Collect::ArrayElements && depth == 1;
        m_out.append('[');
        ++m_pos;
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            m_out.append(']');
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            const qsizetype begin = m_out.size();
            if (!value(depth))
                return false;
            if (collect)
                m_elements.append(Span{begin, m_out.size()});
            skipWhitespace();
            if (atEnd())
                return fail(
                    JsonText::tr("expected ',' or ']' after an array element, found the end of the text"));
            if (peek() == ']') {
                m_out.append(']');
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail(JsonText::tr("expected ',' or ']' after an array element"));
            m_out.append(',');
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        const QByteArrayView expected(word);
        if (m_text.sliced(m_pos).startsWith(expected)) {
            m_out.append(expected);
            m_pos += expected.size();
            return true;
        }
        return fail(JsonText::tr("expected '%1'").arg(QLatin1String(word)));
    }

    static bool isDigit(uchar c) { return c >= '0' && c <= '9'; }

    bool digits()
    {
        if (atEnd() || !isDigit(peek()))
            return false;
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
        return true;
    }

    // number = [ "-" ] int [ frac ] [ exp ]; copied as written, never converted.
    bool number()
    {
        const qsizetype begin = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (atEnd() || !isDigit(peek()))
            return fail(JsonText::tr("expected a digit in a number"));
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && isDigit(peek()))
                return fail(JsonText::tr("a number must not have leading zeros"));
        } else {
            digits();
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (!digits())
                return fail(JsonText::tr("expected a digit after the decimal point"));
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return fail(JsonText::tr("expected a digit in the exponent"));
        }
        m_out.append(m_text.sliced(begin, m_pos - begin));
        return true;
    }

    static int hexValue(uchar c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Length of the well-formed UTF-8 sequence at m_pos (RFC 3629 table 4), or 0. This refuses
    // overlong forms, UTF-16 surrogates encoded in UTF-8, and anything above U+10FFFF.
    qsizetype utf8SequenceLength() const
    {
        const auto at = [this](qsizetype i) -> int {
            return m_pos + i < m_text.size() ? uchar(m_text[m_pos + i]) : -1;
        };
        const auto cont = [&](qsizetype i, int lo = 0x80, int hi = 0xBF) {
            const int c = at(i);
            return c >= lo && c <= hi;
        };
        const int lead = at(0);
        if (lead >= 0xC2 && lead <= 0xDF)
            return cont(1) ? 2 : 0;
        if (lead == 0xE0)
            return cont(1, 0xA0) && cont(2) ? 3 : 0;
        if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
            return cont(1) && cont(2) ? 3 : 0;
        if (lead == 0xED)
            return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
        if (lead == 0xF0)
            return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
        if (lead >= 0xF1 && lead <= 0xF3)
            return cont(1) && cont(2) && cont(3) ? 4 : 0;
        if (lead == 0xF4)
            return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
        return 0;
    }

    // Copies the string at m_pos verbatim; when decoded is given, also decodes it there.
    bool string(QString *decoded)
    {
        const qsizetype begin = m_pos;
        ++m_pos;                    // opening quote
        qsizetype runStart = m_pos; // start of raw UTF-8 not yet decoded
        const auto flush = [&] {
            if (decoded)
                decoded->append(QString::fromUtf8(m_text.sliced(runStart, m_pos - runStart)));
        };
        for (;;) {
            if (atEnd())
                return fail(JsonText::tr("expected '\"' to end the string, found the end of the text"));
            const uchar c = peek();
            if (c == '"') {
                flush();
                ++m_pos;
                m_out.append(m_text.sliced(begin, m_pos - begin));
                return true;
            }
            if (c < 0x20)
                return fail(JsonText::tr("control character U+%1 must be escaped in a string")
                                .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
            if (c == '\\') {
                flush();
                if (!escape(decoded))
                    return false;
                runStart = m_pos;
                continue;
            }
            if (c < 0x80) {
                ++m_pos;
                continue;
            }
            const qsizetype length = utf8SequenceLength();
            if (length == 0)
                return fail(JsonText::tr("invalid UTF-8 in a string"));
            m_pos += length;
        }
    }

    bool escape(QString *decoded)
    {
        ++m_pos; // backslash
        if (atEnd())
            return fail(JsonText::tr("expected an escape character after '\\', found the end of the text"));
        const uchar c = peek();
        char16_t unit = 0;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            unit = c;
            break;
        case 'b':
            unit = '\b';
            break;
        case 'f':
            unit = '\f';
            break;
        case 'n':
            unit = '\n';
            break;
        case 'r':
            unit = '\r';
            break;
        case 't':
            unit = '\t';
            break;
        case 'u': {
            ++m_pos;
            int code = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = atEnd() ? -1 : hexValue(peek());
                if (digit < 0)
                    return fail(JsonText::tr("expected four hexadecimal digits after '\\u'"));
                code = code * 16 + digit;
                ++m_pos;
            }
            // Lone surrogates are accepted: RFC 8259 allows them in the grammar, and the text is kept
            // as written, so nothing here has to pair them.
            if (decoded)
                decoded->append(QChar(char16_t(code)));
            return true;
        }
        default:
            return fail(JsonText::tr(
                "invalid escape sequence; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u"));
        }
        ++m_pos;
        if (decoded)
            decoded->append(QChar(unit));
        return true;
    }

    QByteArrayView m_text;
    QString m_field;
    Collect m_collect;
    qsizetype m_pos = 0;
    QByteArray m_out;
    Error m_error;
    QList<QPair<QString, Span>> m_members;
    QList<Span> m_elements;
    QString m_topString;
};

} // namespace

Result<QByteArray> compact(QByteArrayView text, const QString &field)
{
    Scanner scanner(text, field, Collect::Nothing);
    if (!scanner.run())
        return scanner.error();
    return scanner.output();
}

Kind kindOf(QByteArrayView compactValue)
{
    if (compactValue.isEmpty())
        return Kind::Null;
    switch (compactValue.front()) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        return Kind::Number;
    }
}

Result<QList<Member>> objectMembers(QByteArrayView text, const QString &field)
{
    Scanner scanner(text, field, Collect::ObjectMembers);
    if (!scanner.run())
        return scanner.error();
    if (scanner.topKind() != '{')
        return Error::badInput(field, QStringLiteral("json-object"),
                               JsonText::tr("%1: must be a JSON object").arg(field));
    QList<Member> members;
    members.reserve(scanner.members().size());
    for (const auto &[name, span] : scanner.members())
        members.append(Member{name, scanner.output().sliced(span.begin, span.end - span.begin)});
    return members;
}

Result<QList<QByteArray>> arrayElements(QByteArrayView text, const QString &field)
{
    Scanner scanner(text, field, Collect::ArrayElements);
    if (!scanner.run())
        return scanner.error();
    if (scanner.topKind() != '[')
        return Error::badInput(field, QStringLiteral("json-array"),
                               JsonText::tr("%1: must be a JSON array").arg(field));
    QList<QByteArray> elements;
    elements.reserve(scanner.elements().size());
    for (const Span &span : scanner.elements())
        elements.append(scanner.output().sliced(span.begin, span.end - span.begin));
    return elements;
}

std::optional<QString> stringValue(QByteArrayView text)
{
    Scanner scanner(text, QString(), Collect::TopString);
    if (!scanner.run() || scanner.topKind() != '"')
        return std::nullopt;
    return scanner.topString();
}

QByteArray quote(const QString &value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(kHex[c >> 4]);
                out.append(kHex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

} // namespace hookboard::jsontext
