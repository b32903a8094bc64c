#include "jsonhighlighter.h"

namespace hookboard {

namespace {

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

} // namespace

void JsonHighlighter::highlightBlock(const QString &text)
{
    const CodeColors &c = colors();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar ch = text.at(i);
        if (ch == u'"') {
            qsizetype end = i + 1;
            while (end < size && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = qMin(end + 1, size);
            // A string followed by ':' is a member name.
            qsizetype next = end;
            while (next < size && text.at(next).isSpace())
                ++next;
            const bool isName = next < size && text.at(next) == u':';
            paint(i, end - i, isName ? c.name : c.string);
            i = end;
        } else if (ch.isDigit() || ch == u'-') {
            qsizetype end = i + 1;
            while (end < size && isNumberChar(text.at(end)))
                ++end;
            paint(i, end - i, c.number);
            i = end;
        } else if (ch.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).sliced(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                paint(i, end - i, c.keyword);
            i = end;
        } else {
            if (QStringView(u"{}[]:,").contains(ch))
                paint(i, 1, c.punctuation);
            ++i;
        }
    }
}

} // namespace hookboard
