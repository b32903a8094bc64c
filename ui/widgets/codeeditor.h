#pragma once

#include <QPlainTextEdit>

namespace hookboard {

class CodeHighlighter;

// A plain-text editor for code: fixed-width font, no wrapping, and a highlighter whose colours
// follow the light or dark palette.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    // Takes ownership of nothing: the highlighter is parented to this editor's document.
    void setHighlighter(CodeHighlighter *highlighter);
    CodeHighlighter *highlighter() const { return m_highlighter; }

    // Moves the cursor to line and column (both 1-based, as GraphQL error locations are).
    void goTo(int line, int column);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    CodeHighlighter *m_highlighter = nullptr;
};

} // namespace hookboard
