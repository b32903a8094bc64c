#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hookboard {

// Turns the bytes of one connection into HTTP/1.1 requests: bodies by Content-Length (chunked
// uploads are refused with 501), any number of requests one after the other (keep-alive and
// pipelining). Limits keep a hostile or broken client from filling memory.
class HttpRequestParser
{
public:
    static constexpr qsizetype kDefaultMaxBodyBytes = 2 * 1024 * 1024;
    static constexpr qsizetype kDefaultMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxDiscardBytes = 64 * 1024 * 1024;
    // Longer request lines are refused with 414, more header lines with 431.
    static constexpr qsizetype kMaxRequestLineBytes = 8 * 1024;
    static constexpr qsizetype kMaxHeaderCount = 100;

    explicit HttpRequestParser(qsizetype maxBodyBytes = kDefaultMaxBodyBytes,
                               qsizetype maxHeaderBytes = kDefaultMaxHeaderBytes);

    // Appends bytes as they arrive. Once the parser is in error, further bytes are dropped.
    void feed(const QByteArray &bytes);

    // The next complete request, or nothing while its bytes are still on the way (or on error).
    std::optional<HttpRequest> takeRequest();

    // The head of the next request (without its body) once it has come whole, or nullptr: lets a
    // server refuse a request (401, 413) before its body is read.
    const HttpRequest *head();

    // Drops the body of the head just returned as it arrives (up to kMaxDiscardBytes; nothing when
    // the client waits for "100 Continue"), and every request after it: the connection is answered
    // and closed.
    void discardBody();
    // Bytes of a refused body still to be read and dropped.
    bool isDiscarding() const { return m_discardRemaining > 0; }

    // True once for a request whose head asked "Expect: 100-continue" and whose body has not come:
    // the server should then send "100 Continue" (curl waits for it before a large upload).
    bool takeContinueRequest();

    // A request the parser refuses: the status to answer with (400, 413, 414, 431, 501, 505), then
    // close.
    // A body refused as too large is first read and dropped (up to kMaxDiscardBytes): a client still
    // sending would otherwise get a reset instead of the 413.
    bool hasError() const { return m_errorStatus != 0 && m_discardRemaining == 0; }
    int errorStatus() const { return m_errorStatus; }
    QString errorText() const { return m_errorText; }

    // True from the first byte of a request until it is returned, and while a refused body is dropped.
    bool isMidRequest() const
    {
        return !m_buffer.isEmpty() || !m_current.method.isEmpty() || m_discardRemaining > 0;
    }

    // Bytes received but not yet part of a returned request.
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    bool parseHead();
    std::optional<HttpRequest> parseHeadLines(const QByteArray &head);
    bool checkFraming(const HttpRequest &request, qsizetype *length);
    void fail(int status, const QString &text);
    bool expectsContinue() const;

    qsizetype m_maxBodyBytes;
    qsizetype m_maxHeaderBytes;
    QByteArray m_buffer;
    // The head of the request whose body is awaited; empty method means "reading a head".
    HttpRequest m_current;
    qsizetype m_bodyLength = 0;
    bool m_continueAsked = false;
    qsizetype m_discardRemaining = 0;
    bool m_tooLarge = false;       // the head's Content-Length is over the limit
    bool m_discardingBody = false; // discardBody() was called: no request follows
    int m_errorStatus = 0;
    QString m_errorText;
};

} // namespace hookboard
