#pragma once

#include "common/result.h"
#include "service/webhookservice.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace hookboard {

// The files an event log can be exported to.
enum class ExportFormat
{
    Csv,       // one row per event (RFC 4180), for spreadsheets
    JsonLines, // one JSON object per event, with its attempts, for scripts (jq, pandas)
    Har,       // HTTP Archive 1.2: one entry per attempt, for browser and proxy tools
};

// "csv", "jsonl", "har" (as the API's format parameter and the file suffix say them).
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatName(ExportFormat format);
QByteArray exportMimeType(ExportFormat format);

// Writes the events a filter matches, newest first, as one of the export formats, a page at a
// time: each next() reads one page of events (and their attempts) and returns its text, so an
// export of millions of events holds one page in memory and other work can run between pages.
// The text of all next() calls, in order, is the whole file.
class EventExport
{
public:
    static constexpr int kPageSize = 200;

    EventExport(const WebhookService &service, EventFilter filter, ExportFormat format);

    // The next part of the file; empty once atEnd(). An Error leaves the export unfinished.
    Result<QByteArray> next();
    bool atEnd() const { return m_finished; }
    // Events written so far.
    qint64 eventCount() const { return m_events; }

private:
    QByteArray opening() const;
    QByteArray closing() const;
    Result<QByteArray> page();
    QByteArray csvRow(const Event &event) const;
    QByteArray jsonLine(const Event &event, const QList<Attempt> &attempts) const;
    QByteArray harEntries(const Event &event, const QList<Attempt> &attempts);
    QString receiverUrl(qint64 receiverId);

    const WebhookService &m_service;
    EventFilter m_filter;
    ExportFormat m_format;
    qint64 m_afterId = 0; // keyset cursor: the last event id written (newest first)
    qint64 m_events = 0;
    qint64 m_harEntries = 0;
    bool m_started = false;
    bool m_pagesDone = false;
    bool m_finished = false;
    QHash<qint64, QString> m_receiverUrls; // receiver id → its URL, read once per export
};

} // namespace hookboard
