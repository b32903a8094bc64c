#pragma once

#include "model/event.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace hookboard {

class CodeEditor;

// One HTTP message of an attempt, request or response: a summary line, the headers as a table and
// the body, laid out as JSON when it is JSON (number text kept) and as text otherwise.
class HttpMessageView : public QWidget
{
    Q_OBJECT
public:
    // Children are named <name>Summary, <name>Headers and <name>Body, for tests.
    HttpMessageView(const QString &name, QWidget *parent = nullptr);

    void setMessage(const QString &summary, const HttpHeaders &headers, const QByteArray &body,
                    const QString &bodyNote = {});
    void clear(const QString &summary = {});

    // What screen readers call the parts: "Request headers", "Request body" for title "Request".
    void setTitle(const QString &title);

    QTableWidget *headersTable() const { return m_headers; }
    CodeEditor *bodyView() const { return m_body; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_headers = nullptr;
    CodeEditor *m_body = nullptr;
};

} // namespace hookboard
