#pragma once

#include "codecolors.h"

#include <QSyntaxHighlighter>

namespace hookboard {

// A syntax highlighter whose colours follow the theme: CodeEditor hands it new colours when the
// palette changes, and it highlights the whole document again.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit CodeHighlighter(QTextDocument *document);

    void setColors(const CodeColors &colors);
    const CodeColors &colors() const { return m_colors; }

protected:
    // Colours count characters [start, start + length) of the current block as colour.
    void paint(qsizetype start, qsizetype length, const QColor &color, bool italic = false);

private:
    CodeColors m_colors;
};

} // namespace hookboard
