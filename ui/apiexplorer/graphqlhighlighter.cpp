#include "graphqlhighlighter.h"

#include <QSet>

namespace hookboard {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

const QSet<QString> &keywords()
{
    static const QSet<QString> words{
        QStringLiteral("query"),      QStringLiteral("mutation"),  QStringLiteral("subscription"),
        QStringLiteral("fragment"),   QStringLiteral("on"),        QStringLiteral("type"),
        QStringLiteral("input"),      QStringLiteral("enum"),      QStringLiteral("interface"),
        QStringLiteral("union"),      QStringLiteral("scalar"),    QStringLiteral("schema"),
        QStringLiteral("extend"),     QStringLiteral("directive"), QStringLiteral("implements"),
        QStringLiteral("repeatable"), QStringLiteral("true"),      QStringLiteral("false"),
        QStringLiteral("null")};
    return words;
}

} // namespace

void GraphQlHighlighter::highlightBlock(const QString &text)
{
    const CodeColors &c = colors();
    const qsizetype size = text.size();
    const QString tripleQuote = QStringLiteral("\"\"\"");
    qsizetype i = 0;
    setCurrentBlockState(Normal);

    if (previousBlockState() == InBlockString) {
        const qsizetype close = text.indexOf(tripleQuote);
        if (close < 0) {
            paint(0, size, c.string);
            setCurrentBlockState(InBlockString);
            return;
        }
        paint(0, close + 3, c.string);
        i = close + 3;
    }

    while (i < size) {
        const QChar ch = text.at(i);
        if (ch == u'#') {
            paint(i, size - i, c.comment, true);
            return;
        }
        if (QStringView(text).sliced(i).startsWith(tripleQuote)) {
            const qsizetype close = text.indexOf(tripleQuote, i + 3);
            if (close < 0) {
                paint(i, size - i, c.string);
                setCurrentBlockState(InBlockString);
                return;
            }
            paint(i, close + 3 - i, c.string);
            i = close + 3;
        } else if (ch == u'"') {
            qsizetype end = i + 1;
            while (end < size && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = qMin(end + 1, size);
            paint(i, end - i, c.string);
            i = end;
        } else if ((ch == u'$' || ch == u'@') && i + 1 < size && isNameStart(text.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < size && isNameChar(text.at(end)))
                ++end;
            paint(i, end - i, c.variable);
            i = end;
        } else if (isNameStart(ch)) {
            qsizetype end = i + 1;
            while (end < size && isNameChar(text.at(end)))
                ++end;
            const QString word = text.sliced(i, end - i);
            if (keywords().contains(word))
                paint(i, end - i, c.keyword);
            else if (ch.isUpper())
                paint(i, end - i, c.name); // types and enum values are capitalised by convention
            i = end;
        } else if (ch.isDigit() || (ch == u'-' && i + 1 < size && text.at(i + 1).isDigit())) {
            qsizetype end = i + 1;
            while (end < size && (text.at(end).isDigit() || QStringView(u".eE+-").contains(text.at(end))))
                ++end;
            paint(i, end - i, c.number);
            i = end;
        } else {
            if (QStringView(u"{}()[]:!=|&").contains(ch))
                paint(i, 1, c.punctuation);
            ++i;
        }
    }
}

} // namespace hookboard
