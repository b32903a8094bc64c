#pragma once

#include "httprequest.h"
#include "httprequestparser.h"
#include "httpresponse.h"

#include <QObject>
#include <QTimer>

class QSslSocket;

namespace hookboard {

// One accepted (already encrypted) connection of an HttpsServer: reads requests one at a time and
// writes the answers in order. The next pipelined request is handed out only once the previous one
// has been answered, so HTTP/1.1 ordering holds whoever answers and however late.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Idle keep-alive connections are closed after this long, so forgotten clients do not pile up.
    static constexpr int kIdleTimeoutMs = 120'000;

    // Takes ownership of socket.
    HttpConnection(QSslSocket *socket, quint64 id, qsizetype maxBodyBytes, QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    QSslSocket *socket() const { return m_socket; }
    bool isAwaitingResponse() const { return m_awaitingResponse; }

    // Answers the request last handed out (a second answer is ignored). The body goes out in
    // chunks as the socket drains, so even a huge one never blocks the event loop.
    void respond(const HttpResponse &response);

    // Drops the connection with a TCP reset (RST), as a crashed peer would.
    void reset();

signals:
    void requestReceived(const hookboard::HttpRequest &request);
    // Once, when the socket has gone; the connection then deletes itself.
    void closed();

private:
    void readIncoming();
    void processBuffered();
    void writeMore();
    void onDisconnected();

    QSslSocket *m_socket;
    quint64 m_id;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    bool m_headRequest = false; // a HEAD answer carries no body
    bool m_closed = false;
    QByteArray m_outgoing;
    qsizetype m_outgoingOffset = 0;
    bool m_closeAfterWrite = false;
};

} // namespace hookboard
