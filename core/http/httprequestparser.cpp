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

// The messages of this file, under the context "HttpRequestParser".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)
};

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
    if (!hasError() && !m_discardingBody)
        m_buffer.append(bytes);
}

std::optional<HttpRequest> HttpRequestParser::takeRequest()
{
    if (m_errorStatus != 0 || m_discardingBody)
        return std::nullopt;
    if (m_current.method.isEmpty() && !parseHead())
        return std::nullopt;
    if (m_tooLarge) {
        // The body is read and dropped first: a client still sending would get a reset instead.
        const qsizetype unread = m_bodyLength - qMin(m_bodyLength, m_buffer.size());
        const bool drain = m_bodyLength <= kMaxDiscardBytes && !expectsContinue();
        fail(413, Text::tr("the request body is larger than %1 bytes").arg(m_maxBodyBytes));
        m_discardRemaining = drain ? unread : 0;
        return std::nullopt;
    }
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

const HttpRequest *HttpRequestParser::head()
{
    if (m_errorStatus != 0 || m_discardingBody)
        return nullptr;
    if (m_current.method.isEmpty() && !parseHead())
        return nullptr;
    return &m_current;
}

void HttpRequestParser::discardBody()
{
    if (m_current.method.isEmpty() || m_discardingBody)
        return;
    // Whoever waits for "100 Continue" sends no body, so there is nothing to drain.
    const qsizetype unread = qMax<qsizetype>(0, m_bodyLength - m_buffer.size());
    m_discardRemaining = expectsContinue() ? 0 : qMin(unread, kMaxDiscardBytes);
    m_discardingBody = true;
    m_tooLarge = false;
    m_buffer.clear();
    m_current = HttpRequest();
    m_bodyLength = 0;
}

bool HttpRequestParser::expectsContinue() const
{
    return m_current.header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

bool HttpRequestParser::takeContinueRequest()
{
    if (hasError() || m_discardingBody || m_tooLarge || m_current.method.isEmpty() || m_continueAsked ||
        m_buffer.size() >= m_bodyLength)
        return false;
    if (!expectsContinue())
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
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    if ((lineEnd < 0 ? m_buffer.size() : lineEnd) > kMaxRequestLineBytes) {
        fail(414, Text::tr("the request line is longer than %1 bytes").arg(kMaxRequestLineBytes));
        return false;
    }
    if (end < 0 || end > m_maxHeaderBytes) {
        if (end > m_maxHeaderBytes || m_buffer.size() > m_maxHeaderBytes)
            fail(431, Text::tr("the request head is larger than %1 bytes").arg(m_maxHeaderBytes));
        return false;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    std::optional<HttpRequest> request = parseHeadLines(head);
    qsizetype length = 0;
    if (!request || !checkFraming(*request, &length))
        return false;
    m_current = std::move(*request);
    m_bodyLength = length;
    // Refused with 413 when the request is taken, so that head() still shows it first.
    m_tooLarge = length > m_maxBodyBytes;
    return true;
}

std::optional<HttpRequest> HttpRequestParser::parseHeadLines(const QByteArray &head)
{
    // Split on '\n' and then insist that every line but the last (cut off at the blank line) ended
    // in "\r\n": a bare LF is how some request smuggling starts.
    QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].endsWith('\r')) {
            fail(400, Text::tr("lines must end with CRLF"));
            return std::nullopt;
        }
        lines[i].chop(1);
    }
    if (lines.size() - 1 > kMaxHeaderCount) {
        fail(431, Text::tr("the request has more than %1 header lines").arg(kMaxHeaderCount));
        return std::nullopt;
    }

    HttpRequest request;
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/')) {
        fail(400, Text::tr("malformed request line"));
        return std::nullopt;
    }
    request.method = requestLine[0];
    request.target = requestLine[1];
    request.version = requestLine[2];
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        if (request.version.startsWith("HTTP/"))
            fail(505, Text::tr("only HTTP/1.0 and HTTP/1.1 are spoken here"));
        else
            fail(400, Text::tr("malformed request line"));
        return std::nullopt;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        // A line that starts with white space is an obsolete folded header, refused by RFC 9112 §5.2.
        if (colon <= 0 || !isToken(name) || line.contains('\r')) {
            fail(400, Text::tr("malformed header line"));
            return std::nullopt;
        }
        request.headers.append({name, line.mid(colon + 1).trimmed()});
    }
    return request;
}

// RFC 9112 §3.2 and §6: one Host (required in HTTP/1.1), one body length, no guessing.
bool HttpRequestParser::checkFraming(const HttpRequest &request, qsizetype *length)
{
    qsizetype hosts = 0;
    QByteArray contentLength;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            ++hosts;
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        // Differing lengths are the stuff of request smuggling: refuse, never pick one.
        if (!contentLength.isNull() && contentLength != value) {
            fail(400, Text::tr("conflicting Content-Length headers"));
            return false;
        }
        contentLength = value;
    }
    if (hosts > 1 || (hosts == 0 && request.version == "HTTP/1.1")) {
        fail(400, hosts > 1 ? Text::tr("more than one Host header")
                            : Text::tr("an HTTP/1.1 request needs a Host header"));
        return false;
    }
    if (request.hasHeader("Transfer-Encoding")) {
        if (!contentLength.isNull())
            fail(400, Text::tr("Transfer-Encoding and Content-Length together"));
        else
            fail(501, Text::tr("Transfer-Encoding is not supported; send a Content-Length"));
        return false;
    }
    *length = 0;
    if (contentLength.isNull())
        return true;
    bool ok = !contentLength.isEmpty() && contentLength.size() <= 18;
    for (const char c : contentLength)
        ok = ok && c >= '0' && c <= '9';
    *length = ok ? qsizetype(contentLength.toLongLong(&ok)) : 0;
    if (!ok) {
        fail(400, Text::tr("malformed Content-Length"));
        return false;
    }
    return true;
}

void HttpRequestParser::fail(int status, const QString &text)
{
    m_errorStatus = status;
    m_errorText = text;
    m_buffer.clear();
    m_current = HttpRequest();
    m_bodyLength = 0;
    m_tooLarge = false;
}

} // namespace hookboard
