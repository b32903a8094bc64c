#pragma once

#include "httprequest.h"

#include <QByteArray>

namespace hookboard {

// An HTTP/1.1 answer to be written by HttpConnection.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers; // Content-Length and Connection are added when the head is written
    QByteArray body;

    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse json(int status, const QByteArray &body);

    // "OK", "Not Found", ...; "Unknown" for codes without a registered phrase.
    static QByteArray reasonPhrase(int status);

    // The status line and header block, ending with the empty line.
    QByteArray head(bool keepAlive) const;
};

} // namespace hookboard
