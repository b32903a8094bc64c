#pragma once

#include "common/result.h"
#include "httpconnection.h"
#include "httprequest.h"
#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

class QSslServer;

namespace hookboard {

// A small HTTPS/1.1 server: TLS by QSslServer, requests by HttpRequestParser, one HttpConnection per
// client. It only frames requests; whoever listens to requestReceived decides every answer. Lives in
// the thread that created it.
class HttpsServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpsServer(QObject *parent = nullptr);
    ~HttpsServer() override;

    // The certificate and key presented to connections accepted from now on.
    void setIdentity(const QSslCertificate &certificate, const QSslKey &key);
    // Larger request bodies are refused with 413 (affects connections accepted from now on).
    void setMaxBodyBytes(qsizetype bytes) { m_maxBodyBytes = bytes; }

    Status listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // TLS connections accepted (handshake done) since the server was made.
    int connectionCount() const { return int(m_nextConnectionId - 1); }

signals:
    // Answer with connection->respond(...), now or later, or drop it with connection->reset().
    void requestReceived(hookboard::HttpConnection *connection, const hookboard::HttpRequest &request);
    void connectionAccepted(quint64 connectionId);

private:
    void acceptPending();

    QSslServer *m_server;
    qsizetype m_maxBodyBytes = HttpRequestParser::kDefaultMaxBodyBytes;
    quint64 m_nextConnectionId = 1;
};

} // namespace hookboard
