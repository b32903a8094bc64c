#include "httpmessageview.h"

#include "codeeditor.h"
#include "common/jsontext.h"
#include "jsonhighlighter.h"
#include "prettyjson.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookboard {

namespace {

// A body for people: JSON laid out, form bodies and text as they are, bytes that are not text
// counted rather than shown as noise.
QString bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return HttpMessageView::tr("(no body)");
    if (jsontext::compact(body, QStringLiteral("body")))
        return prettyJson(body);
    if (body.contains('\0'))
        return HttpMessageView::tr("(%1 bytes of binary data)").arg(body.size());
    return QString::fromUtf8(body);
}

} // namespace

HttpMessageView::HttpMessageView(const QString &name, QWidget *parent) : QWidget(parent)
{
    setObjectName(name);
    m_summary = new QLabel(this);
    m_summary->setObjectName(name + QStringLiteral("Summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(name + QStringLiteral("Headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setWordWrap(false);
    m_headers->setShowGrid(false);
    m_headers->setAlternatingRowColors(true);
    m_headers->verticalHeader()->hide();
    m_headers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_headers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_headers->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setTextElideMode(Qt::ElideMiddle); // signatures differ at both ends

    m_body = new CodeEditor(this);
    m_body->setObjectName(name + QStringLiteral("Body"));
    m_body->setReadOnly(true);
    m_body->setHighlighter(new JsonHighlighter(m_body->document()));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_headers);
    split->addWidget(m_body);
    // Room for the usual seven or eight headers before the body.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    setTitle({});
}

void HttpMessageView::setTitle(const QString &title)
{
    setAccessibleName(title);
    m_headers->setAccessibleName(title.isEmpty() ? tr("Headers") : tr("%1 headers").arg(title));
    m_body->setAccessibleName(title.isEmpty() ? tr("Body") : tr("%1 body").arg(title));
}

void HttpMessageView::setMessage(const QString &summary, const HttpHeaders &headers, const QByteArray &body,
                                 const QString &bodyNote)
{
    m_summary->setText(summary);
    m_headers->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        const auto &[name, value] = headers.at(row);
        auto *nameItem = new QTableWidgetItem(QString::fromLatin1(name));
        auto *valueItem = new QTableWidgetItem(headerText(value));
        valueItem->setToolTip(headerText(value));
        m_headers->setItem(row, 0, nameItem);
        m_headers->setItem(row, 1, valueItem);
    }
    QString text = bodyText(body);
    if (!bodyNote.isEmpty())
        text += u'\n' + bodyNote;
    m_body->setPlainText(text);
}

void HttpMessageView::clear(const QString &summary)
{
    m_summary->setText(summary);
    m_headers->setRowCount(0);
    m_body->clear();
}

} // namespace hookboard
