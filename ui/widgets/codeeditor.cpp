#include "codeeditor.h"

#include "codehighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QTextBlock>

namespace hookboard {

namespace {

constexpr int kIndent = 2; // as the seeds and most GraphQL tools indent

} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndent);
}

void CodeEditor::setHighlighter(CodeHighlighter *highlighter)
{
    m_highlighter = highlighter;
    if (m_highlighter)
        m_highlighter->setColors(CodeColors::forPalette(palette()));
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByLineNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        qBound(0, column - 1, qMax(0, block.length() - 1)));
    setTextCursor(cursor);
    setFocus();
}

void CodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setColors(CodeColors::forPalette(palette()));
    QPlainTextEdit::changeEvent(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // Tab indents with spaces and Return keeps the line's indentation: what people expect from a
    // query editor, and what keeps pasted documents and typed ones looking alike.
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        textCursor().insertText(QString(kIndent, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text();
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        QPlainTextEdit::keyPressEvent(event);
        textCursor().insertText(QString(indent, QLatin1Char(' ')));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace hookboard
