#pragma once

#include "common/result.h"
#include "httprequest.h"

#include <QByteArray>
#include <memory>

namespace hookboard {

// A body too large to hold at once, produced a piece at a time as the client reads (an export).
class HttpBodyStream
{
public:
    virtual ~HttpBodyStream() = default;
    // The next piece (possibly empty); an Error ends the answer unfinished (the connection is reset,
    // so the client sees a cut body, never a short one that looks whole).
    virtual Result<QByteArray> next() = 0;
    virtual bool atEnd() const = 0;
};

// An HTTP/1.1 answer to be written by HttpConnection.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers; // Content-Length (or Transfer-Encoding) and Connection are added when written
    QByteArray body;
    // When set, the body comes from here instead, chunked (to HTTP/1.0 clients: until the close).
    std::shared_ptr<HttpBodyStream> stream = nullptr;

    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse json(int status, const QByteArray &body);

    // "OK", "Not Found", ...; "Unknown" for codes without a registered phrase.
    static QByteArray reasonPhrase(int status);

    // The status line and header block, ending with the empty line. A streamed body is framed
    // with chunked transfer coding when chunked, else by closing the connection.
    QByteArray head(bool keepAlive, bool chunked = false) const;
};

} // namespace hookboard
