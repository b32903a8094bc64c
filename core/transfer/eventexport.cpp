#include "eventexport.h"

#include "common/clock.h"
#include "common/jsontext.h"

#include <QCoreApplication>
#include <QUtf8StringView>

namespace hookboard {

namespace {

using jsontext::quote;

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

template <typename T> QByteArray numberOrNull(const std::optional<T> &value)
{
    return value ? QByteArray::number(*value) : QByteArrayLiteral("null");
}

QByteArray boolean(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray timeOrNull(const std::optional<qint64> &ms)
{
    return ms ? quote(isoUtc(*ms)) : QByteArrayLiteral("null");
}

// A body as a JSON string when it is UTF-8 text; nothing when it is not (then base64 is used).
std::optional<QByteArray> textBody(const QByteArray &body)
{
    if (!QUtf8StringView(body).isValidUtf8())
        return std::nullopt;
    return quote(QString::fromUtf8(body));
}

QByteArray headerList(const HttpHeaders &headers)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"name\":" + quote(QString::fromLatin1(headers[i].first)) +
               ",\"value\":" + quote(QString::fromLatin1(headers[i].second)) + '}';
    }
    return out + ']';
}

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. No text cell can
// start as a spreadsheet formula (=, +, -, @): the text columns are catalog names and JSON objects.
QByteArray csvText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

template <typename T> QByteArray csvNumber(const std::optional<T> &value)
{
    return value ? QByteArray::number(*value) : QByteArray();
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    if (name == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (name == QLatin1String("jsonl"))
        return ExportFormat::JsonLines;
    if (name == QLatin1String("har"))
        return ExportFormat::Har;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::JsonLines:
        return QStringLiteral("jsonl");
    case ExportFormat::Har:
        return QStringLiteral("har");
    }
    return {};
}

QByteArray exportMimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return "text/csv; charset=utf-8; header=present";
    case ExportFormat::JsonLines:
        return "application/jsonl";
    case ExportFormat::Har:
        return "application/json";
    }
    return {};
}

EventExport::EventExport(const WebhookService &service, EventFilter filter, ExportFormat format)
    : m_service(service), m_filter(std::move(filter)), m_format(format)
{}

Result<QByteArray> EventExport::next()
{
    if (m_finished)
        return QByteArray();
    if (!m_started) {
        m_started = true;
        return opening();
    }
    if (!m_pagesDone) {
        Result<QByteArray> text = page();
        if (!text || !text->isEmpty() || !m_pagesDone)
            return text;
    }
    m_finished = true;
    return closing();
}

QByteArray EventExport::opening() const
{
    switch (m_format) {
    case ExportFormat::Csv:
        return "id,createdAt,status,resource,action,receiverId,subscriptionId,test,attemptCount,"
               "lastResponseCode,lastDurationMs,nextAttemptAt,payload\r\n";
    case ExportFormat::JsonLines:
        return {};
    case ExportFormat::Har:
        return "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Hookboard\",\"version\":" +
               quote(QCoreApplication::applicationVersion()) + "},\"entries\":[\n";
    }
    return {};
}

QByteArray EventExport::closing() const
{
    return m_format == ExportFormat::Har ? QByteArrayLiteral("\n]}}\n") : QByteArray();
}

Result<QByteArray> EventExport::page()
{
    Result<QList<Event>> events = m_service.eventsAfter(m_filter, m_afterId, kPageSize);
    if (!events)
        return events.error();
    if (events->size() < kPageSize)
        m_pagesDone = true;
    QByteArray out;
    for (const Event &event : *events) {
        m_afterId = event.id;
        ++m_events;
        if (m_format == ExportFormat::Csv) {
            out += csvRow(event);
            continue;
        }
        Result<QList<Attempt>> attempts = m_service.attemptsOf(event.id);
        if (!attempts)
            return attempts.error();
        out +=
            m_format == ExportFormat::JsonLines ? jsonLine(event, *attempts) : harEntries(event, *attempts);
    }
    return out;
}

QByteArray EventExport::csvRow(const Event &event) const
{
    const QList<QByteArray> fields = {
        number(event.id),
        isoUtc(event.createdAtMs).toUtf8(),
        eventStatusName(event.status).toUtf8(),
        csvText(event.resource),
        csvText(event.action),
        number(event.receiverId),
        csvNumber(event.subscriptionId),
        boolean(event.test),
        number(event.attemptCount),
        csvNumber(event.lastResponseCode),
        csvNumber(event.lastDurationMs),
        event.nextAttemptAtMs ? isoUtc(*event.nextAttemptAtMs).toUtf8() : QByteArray(),
        csvText(QString::fromUtf8(event.payload)),
    };
    return fields.join(',') + "\r\n";
}

QByteArray EventExport::jsonLine(const Event &event, const QList<Attempt> &attempts) const
{
    QByteArray out = "{\"id\":" + number(event.id) + ",\"status\":" + quote(eventStatusName(event.status)) +
                     ",\"resource\":" + quote(event.resource) + ",\"action\":" + quote(event.action) +
                     ",\"receiverId\":" + number(event.receiverId) +
                     ",\"subscriptionId\":" + numberOrNull(event.subscriptionId) +
                     ",\"test\":" + boolean(event.test) +
                     ",\"createdAt\":" + quote(isoUtc(event.createdAtMs)) +
                     ",\"attemptCount\":" + number(event.attemptCount) +
                     ",\"lastResponseCode\":" + numberOrNull(event.lastResponseCode) +
                     ",\"nextAttemptAt\":" + timeOrNull(event.nextAttemptAtMs) +
                     ",\"payload\":" + (event.payload.isEmpty() ? QByteArrayLiteral("null") : event.payload) +
                     ",\"attempts\":[";
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const Attempt &a = attempts[i];
        const std::optional<QByteArray> request = textBody(a.requestBody);
        const std::optional<QByteArray> response = textBody(a.responseBody);
        out += (i > 0 ? "," : "") + QByteArray("{\"number\":") + number(a.number) +
               ",\"manual\":" + boolean(a.manual) + ",\"startedAt\":" + quote(isoUtc(a.startedAtMs)) +
               ",\"durationMs\":" + number(a.durationMs) +
               ",\"requestHeaders\":" + headerList(a.requestHeaders) +
               ",\"requestBody\":" + request.value_or(quote(QString::fromLatin1(a.requestBody.toBase64()))) +
               ",\"requestBodyBase64\":" + boolean(!request) +
               ",\"responseCode\":" + numberOrNull(a.responseCode) +
               ",\"responseHeaders\":" + headerList(a.responseHeaders) + ",\"responseBody\":" +
               response.value_or(quote(QString::fromLatin1(a.responseBody.toBase64()))) +
               ",\"responseBodyBase64\":" + boolean(!response) +
               ",\"responseTruncated\":" + boolean(a.responseTruncated) +
               ",\"error\":" + (a.error.isEmpty() ? QByteArrayLiteral("null") : quote(a.error)) + '}';
    }
    return out + "]}\n";
}

// Each attempt as a HAR entry: what was sent and what came back. An attempt that got no answer has
// response status 0, as browsers record a failed request, and its reason in _error. HAR has no
// place for the event, so it goes in the _hookboard custom field (HAR allows fields starting "_").
QByteArray EventExport::harEntries(const Event &event, const QList<Attempt> &attempts)
{
    QByteArray out;
    for (const Attempt &a : attempts) {
        const std::optional<QByteArray> request = textBody(a.requestBody);
        const std::optional<QByteArray> response = textBody(a.responseBody);
        const QByteArray contentType = headerValue(a.requestHeaders, "Content-Type");
        const QByteArray responseType = headerValue(a.responseHeaders, "Content-Type");
        out += m_harEntries++ > 0 ? ",\n" : "";
        out += "{\"startedDateTime\":" + quote(isoUtc(a.startedAtMs)) + ",\"time\":" + number(a.durationMs) +
               ",\"request\":{\"method\":\"POST\",\"url\":" + quote(receiverUrl(event.receiverId)) +
               ",\"httpVersion\":\"HTTP/1.1\",\"cookies\":[],\"headers\":" + headerList(a.requestHeaders) +
               ",\"queryString\":[],\"postData\":{\"mimeType\":" + quote(QString::fromLatin1(contentType)) +
               ",\"text\":" + request.value_or(quote(QString::fromLatin1(a.requestBody.toBase64()))) +
               (request ? "" : ",\"encoding\":\"base64\"") +
               "},\"headersSize\":-1,\"bodySize\":" + number(a.requestBody.size()) +
               "},\"response\":{\"status\":" + number(a.responseCode.value_or(0)) +
               ",\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\",\"cookies\":[],\"headers\":" +
               headerList(a.responseHeaders) + ",\"content\":{\"size\":" + number(a.responseBody.size()) +
               ",\"mimeType\":" + quote(QString::fromLatin1(responseType)) +
               ",\"text\":" + response.value_or(quote(QString::fromLatin1(a.responseBody.toBase64()))) +
               (response ? "" : ",\"encoding\":\"base64\"") +
               "},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":" +
               (a.responseCode ? number(a.responseBody.size()) : QByteArrayLiteral("-1")) +
               (a.error.isEmpty() ? QByteArray() : ",\"_error\":" + quote(a.error)) +
               "},\"cache\":{},\"timings\":{\"send\":0,\"wait\":" + number(a.durationMs) +
               ",\"receive\":0},\"_hookboard\":{\"eventId\":" + number(event.id) +
               ",\"attempt\":" + number(a.number) + ",\"manual\":" + boolean(a.manual) +
               ",\"eventStatus\":" + quote(eventStatusName(event.status)) +
               ",\"responseTruncated\":" + boolean(a.responseTruncated) + "}}";
    }
    return out;
}

// Attempts keep what was sent, not where: the receiver's URL is read from the receiver. One that
// has been deleted since has none, so its entries get a reserved .invalid name (RFC 2606) that
// says which receiver it was.
QString EventExport::receiverUrl(qint64 receiverId)
{
    auto cached = m_receiverUrls.constFind(receiverId);
    if (cached != m_receiverUrls.constEnd())
        return *cached;
    const Result<Receiver> receiver = m_service.receiver(receiverId);
    const QString url = receiver ? receiver->webhookUri
                                 : QStringLiteral("https://deleted-receiver-%1.invalid/").arg(receiverId);
    m_receiverUrls.insert(receiverId, url);
    return url;
}

} // namespace hookboard
