#pragma once

#include "common/result.h"
#include "httpconnection.h"
#include "httprequest.h"
#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <memory>

class QSslCertificate;
class QSslKey;
class QTcpServer;

namespace hookboard {

// A small HTTP/1.1 server, over TLS (QSslServer) once given a TLS configuration and over plain TCP
// otherwise: requests framed by HttpRequestParser, one HttpConnection per client. It only frames
// requests and enforces the limits; whoever listens to requestReceived decides every answer, and a
// head filter may refuse a request before its body is read. Lives in the thread that created it.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    // Connections beyond this many are answered 503 and closed at once, so that no client can take
    // every file descriptor of the process.
    static constexpr int kDefaultMaxConnections = 512;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Serve TLS with this certificate and key (a shorthand for setTlsConfiguration). Before listen()
    // it chooses TLS; on a TLS server already listening it applies to connections accepted from now on.
    void setIdentity(const QSslCertificate &certificate, const QSslKey &key);
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool usesTls() const { return !m_tls.isNull(); }
    // Larger request bodies are refused with 413 (affects connections accepted from now on).
    void setMaxBodyBytes(qsizetype bytes) { m_limits.maxBodyBytes = bytes; }
    // Idle and transfer timeouts (see HttpLimits; affects connections accepted from now on).
    void setTimeouts(int idleMs, int transferMs)
    {
        m_limits.idleTimeoutMs = idleMs;
        m_limits.transferTimeoutMs = transferMs;
    }
    void setMaxConnections(int connections) { m_maxConnections = connections; }
    // Sees every request's head before its body is read (affects connections accepted from now on).
    void setHeadFilter(HttpHeadFilter filter) { m_headFilter = std::move(filter); }

    // A refusal names field (the option that chose the address) and the system's reason.
    Status listen(const QHostAddress &address, quint16 port, const QString &field = QStringLiteral("listen"));
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // Connections accepted (for TLS: handshake done) since the server was made, and open now.
    int connectionCount() const { return int(m_nextConnectionId - 1); }
    int openConnectionCount() const { return m_openConnections; }

signals:
    // Answer with connection->respond(...), now or later, or drop it with connection->reset().
    void requestReceived(hookboard::HttpConnection *connection, const hookboard::HttpRequest &request);
    void connectionAccepted(quint64 connectionId);

private:
    void acceptPending();
    void refuseBusy(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    QSslConfiguration m_tls; // null: plain TCP
    HttpHeadFilter m_headFilter;
    HttpLimits m_limits;
    int m_maxConnections = kDefaultMaxConnections;
    int m_openConnections = 0;
    quint64 m_nextConnectionId = 1;
};

} // namespace hookboard
