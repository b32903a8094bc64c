#include "httprequestparser.h"

#include <QCoreApplication>

namespace hookboard {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpRequestParser", text);
}

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxBodyBytes, qsizetype maxHeaderBytes)
    : m_maxBodyBytes(maxBodyBytes), m_maxHeaderBytes(maxHeaderBytes)
{}

void HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_discardRemaining > 0) {
        m_discardRemaining -= qMin(m_discardRemaining, bytes.size());
        return;
    }
    if (!hasError())
        m_buffer.append(bytes);
}

std::optional<HttpRequest> HttpRequestParser::takeRequest()
{
    if (m_errorStatus != 0)
        return std::nullopt;
    if (m_current.method.isEmpty() && !parseHead())
        return std::nullopt;
    if (m_buffer.size() < m_bodyLength)
        return std::nullopt;
    HttpRequest request = std::move(m_current);
    request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_current = HttpRequest();
    m_bodyLength = 0;
    m_continueAsked = false;
    return request;
}

bool HttpRequestParser::takeContinueRequest()
{
    if (hasError() || m_current.method.isEmpty() || m_continueAsked || m_buffer.size() >= m_bodyLength)
        return false;
    if (m_current.header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) != 0)
        return false;
    m_continueAsked = true;
    return true;
}

bool HttpRequestParser::parseHead()
{
    // RFC 9112 §2.2: a server should ignore empty lines before a request-line.
    qsizetype start = 0;
    while (m_buffer.mid(start, 2) == "\r\n")
        start += 2;
    if (start > 0)
        m_buffer.remove(0, start);

    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0 || end > m_maxHeaderBytes) {
        if (end > m_maxHeaderBytes || m_buffer.size() > m_maxHeaderBytes)
            fail(431, tr("the request head is larger than %1 bytes").arg(m_maxHeaderBytes));
        return false;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    // Split on '\n' and then insist that every line but the last (cut off at the blank line) ended
    // in "\r\n": a bare LF is how some request smuggling starts.
    QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].endsWith('\r')) {
            fail(400, tr("lines must end with CRLF"));
            return false;
        }
        lines[i].chop(1);
    }

    HttpRequest request;
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/')) {
        fail(400, tr("malformed request line"));
        return false;
    }
    request.method = requestLine[0];
    request.target = requestLine[1];
    request.version = requestLine[2];
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        if (request.version.startsWith("HTTP/"))
            fail(505, tr("only HTTP/1.0 and HTTP/1.1 are spoken here"));
        else
            fail(400, tr("malformed request line"));
        return false;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        // A line that starts with white space is an obsolete folded header, refused by RFC 9112 §5.2.
        if (colon <= 0 || !isToken(name) || line.contains('\r')) {
            fail(400, tr("malformed header line"));
            return false;
        }
        request.headers.append({name, line.mid(colon + 1).trimmed()});
    }

    if (request.hasHeader("Transfer-Encoding")) {
        fail(501, tr("Transfer-Encoding is not supported; send a Content-Length"));
        return false;
    }
    QByteArray contentLength;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        // Differing lengths are the stuff of request smuggling: refuse, never pick one.
        if (!contentLength.isNull() && contentLength != value) {
            fail(400, tr("conflicting Content-Length headers"));
            return false;
        }
        contentLength = value;
    }
    qsizetype length = 0;
    if (!contentLength.isNull()) {
        bool ok = contentLength.size() <= 18;
        for (const char c : contentLength)
            ok = ok && c >= '0' && c <= '9';
        length = ok ? qsizetype(contentLength.toLongLong(&ok)) : 0;
        if (!ok || contentLength.isEmpty()) {
            fail(400, tr("malformed Content-Length"));
            return false;
        }
    }
    if (length > m_maxBodyBytes) {
        // Whoever waits for "100 Continue" sends no body, so there is nothing to drain.
        const bool drain = length <= kMaxDiscardBytes && request.header("Expect").trimmed().compare(
                                                             "100-continue", Qt::CaseInsensitive) != 0;
        const qsizetype alreadyHere = qMin(length, m_buffer.size());
        fail(413, tr("the request body is larger than %1 bytes").arg(m_maxBodyBytes));
        m_discardRemaining = drain ? length - alreadyHere : 0;
        return false;
    }
    m_current = std::move(request);
    m_bodyLength = length;
    return true;
}

void HttpRequestParser::fail(int status, const QString &text)
{
    m_errorStatus = status;
    m_errorText = text;
    m_buffer.clear();
    m_current = HttpRequest();
}

} // namespace hookboard
