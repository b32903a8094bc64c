#include "codehighlighter.h"

#include <QGuiApplication>

namespace hookboard {

CodeHighlighter::CodeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_colors(CodeColors::forPalette(QGuiApplication::palette()))
{}

void CodeHighlighter::setColors(const CodeColors &colors)
{
    m_colors = colors;
    rehighlight();
}

void CodeHighlighter::paint(qsizetype start, qsizetype length, const QColor &color, bool italic)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (italic)
        format.setFontItalic(true);
    setFormat(int(start), int(length), format);
}

} // namespace hookboard
