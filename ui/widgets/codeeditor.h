#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <functional>

class QCompleter;
class QStringListModel;

namespace hookboard {

class CodeHighlighter;

// A plain-text editor for code: fixed-width font, no wrapping, and a highlighter whose colours
// follow the light or dark palette.
//
// Tab indents while you type, and moves on otherwise, so the keyboard is never caught in an editor:
// one reached with Tab (or left with Escape) passes Tab on until a key edits its text or it is
// clicked. Shift+Tab always goes back. A read-only editor passes Tab on, as any view does.
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

    // Completion as you type: source says, for the text and a cursor position, the word typed so
    // far and what may replace it. The list pops up after two letters of a word, or on Ctrl+Space;
    // Return or Tab takes the chosen entry, Escape closes it.
    struct Completions
    {
        QString prefix;
        QStringList candidates;
    };
    using CompletionSource = std::function<Completions(const QString &text, int position)>;
    void setCompletionSource(CompletionSource source);
    QCompleter *completer() const { return m_completer; }

    // Whether Tab moves the focus on rather than indenting (see the class comment).
    bool tabMovesFocus() const { return m_tabMovesFocus || isReadOnly(); }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void complete(bool asked);
    void insertCompletion(const QString &completion);

    CodeHighlighter *m_highlighter = nullptr;
    CompletionSource m_completionSource;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
    bool m_tabMovesFocus = false;
};

} // namespace hookboard
