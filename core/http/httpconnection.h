#pragma once

#include "httprequest.h"
#include "httprequestparser.h"
#include "httpresponse.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace hookboard {

// Looks at a request's head before its body is read: an answer refuses the request (the body is
// then dropped unread and the connection closed), nothing lets it through.
using HttpHeadFilter = std::function<std::optional<HttpResponse>(const HttpRequest &head)>;

// What a connection allows before it gives up on its client.
struct HttpLimits
{
    qsizetype maxBodyBytes = HttpRequestParser::kDefaultMaxBodyBytes;
    // Idle keep-alive connections are closed after this long, so forgotten clients do not pile up.
    int idleTimeoutMs = 60'000;
    // A request must come whole this long after its first byte (else 408), and an answer being
    // written must move at least once this often (else the connection is dropped).
    int transferTimeoutMs = 30'000;
};

// One accepted connection of an HttpServer (plain TCP, or TLS with the handshake done): reads
// requests one at a time and writes the answers in order. The next pipelined request is handed out
// only once the previous one has been answered, so HTTP/1.1 ordering holds whoever answers and
// however late. A connection that stops making progress is closed: idle between requests, too slow
// to send a whole request, or not reading its answer.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket.
    HttpConnection(QTcpSocket *socket, quint64 id, const HttpLimits &limits, HttpHeadFilter headFilter,
                   QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    QTcpSocket *socket() const { return m_socket; }
    bool isAwaitingResponse() const { return m_awaitingResponse; }

    // Answers the request last handed out (a second answer is ignored). The body goes out in
    // chunks as the socket drains, so even a huge one never blocks the event loop; a streamed body
    // is read a piece at a time, only as fast as the client takes it.
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
    bool screenHead();
    void answerAndClose(const HttpResponse &response, bool headRequest);
    void writeMore();
    bool pullStream();
    bool isWriting() const { return !m_outgoing.isEmpty() || m_stream; }
    qint64 unsentBytes() const;
    void finishClosing();
    void armTimer(bool progress = false);
    void onTimeout();
    void onDisconnected();

    QTcpSocket *m_socket;
    quint64 m_id;
    HttpRequestParser m_parser;
    HttpHeadFilter m_headFilter;
    int m_idleTimeoutMs;
    int m_transferTimeoutMs;
    enum class Phase
    {
        None,    // the handler has the request, or the connection is gone
        Idle,    // between requests
        Reading, // a request is coming
        Writing, // an answer is going out (or a refused body is being dropped before closing)
    };
    QTimer m_timer;
    Phase m_phase = Phase::None;
    bool m_lingering = false;    // answered and closing (once a refused body has been dropped)
    bool m_headScreened = false; // the head of the request being read went through m_headFilter
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    bool m_headRequest = false; // a HEAD answer carries no body
    bool m_http11 = true;       // the request was HTTP/1.1 (so a streamed answer can be chunked)
    bool m_closed = false;
    QByteArray m_outgoing;
    qsizetype m_outgoingOffset = 0;
    std::shared_ptr<HttpBodyStream> m_stream; // the rest of a streamed body, pulled as m_outgoing drains
    bool m_chunked = false;
    bool m_closeAfterWrite = false;
};

} // namespace hookboard
