#include "codeeditor.h"

#include "codehighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStringListModel>
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
    setAccessibleDescription(tr("Tab indents while you type; press Escape, then Tab, to move on."));
}

void CodeEditor::focusInEvent(QFocusEvent *event)
{
    // Arrived by the keyboard's Tab: Tab goes on, until the person starts typing here.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        m_tabMovesFocus = true;
    else if (event->reason() == Qt::MouseFocusReason || event->reason() == Qt::OtherFocusReason)
        m_tabMovesFocus = false;
    QPlainTextEdit::focusInEvent(event);
}

void CodeEditor::mousePressEvent(QMouseEvent *event)
{
    m_tabMovesFocus = false;
    QPlainTextEdit::mousePressEvent(event);
}

bool CodeEditor::focusNextPrevChild(bool next)
{
    // QPlainTextEdit keeps Tab for itself while editable; Shift+Tab and a Tab that moves on do not.
    if (!next || tabMovesFocus())
        return QAbstractScrollArea::focusNextPrevChild(next);
    return false;
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

void CodeEditor::setCompletionSource(CompletionSource source)
{
    m_completionSource = std::move(source);
    if (m_completer)
        return;
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setObjectName(QStringLiteral("codeCompleter"));
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &CodeEditor::insertCompletion);
}

void CodeEditor::complete(bool asked)
{
    if (!m_completer || !m_completionSource)
        return;
    const Completions found = m_completionSource(toPlainText(), textCursor().position());
    QAbstractItemView *popup = m_completer->popup();
    if ((!asked && found.prefix.size() < 2) || found.candidates.isEmpty()) {
        popup->hide();
        return;
    }
    m_completions->setStringList(found.candidates);
    m_completer->setCompletionPrefix(found.prefix);
    // Nothing left to offer once the word is typed in full.
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == found.prefix)) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void CodeEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        int(m_completer->completionPrefix().size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
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
    // While the list is open, these keys are the list's (QCompleter's filter takes them).
    if (m_completer && m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    // The first Escape lets Tab move on; a second goes on to the dialog or window (closing it).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !m_tabMovesFocus) {
        m_tabMovesFocus = true;
        event->accept();
        return;
    }
    // Typing (text, deleting, a new line) is editing: from now on Tab indents.
    if (!event->text().isEmpty() && event->key() != Qt::Key_Tab && event->key() != Qt::Key_Backtab &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        m_tabMovesFocus = false;
    if (m_completer && event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        complete(true);
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
    if (!m_completer)
        return;
    const QString typed = event->text();
    const bool wordKey =
        !typed.isEmpty() && (typed.at(0).isLetterOrNumber() || typed.at(0) == QLatin1Char('_'));
    if (wordKey || (event->key() == Qt::Key_Backspace && m_completer->popup()->isVisible()))
        complete(false);
    else if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

} // namespace hookboard
