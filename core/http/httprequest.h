#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace hookboard {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as it came off the wire: headers in arrival order, names as sent.
struct HttpRequest
{
    QByteArray method;  // "POST"
    QByteArray target;  // the request-target as sent: "/bin/x?y=1"
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers;
    QByteArray body;

    // The first value of the header called name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    bool hasHeader(const QByteArray &name) const { return !header(name).isNull(); }

    // The target without its query string.
    QByteArray path() const
    {
        const qsizetype query = target.indexOf('?');
        return query < 0 ? target : target.left(query);
    }

    // HTTP/1.1 keeps the connection unless told "close"; HTTP/1.0 closes it unless told "keep-alive".
    bool keepAlive() const
    {
        const QByteArray connection = header("Connection").trimmed().toLower();
        if (version == "HTTP/1.0")
            return connection == "keep-alive";
        return connection != "close";
    }
};

} // namespace hookboard
