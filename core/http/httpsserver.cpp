#include "httpsserver.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

namespace hookboard {

HttpsServer::HttpsServer(QObject *parent) : QObject(parent), m_server(new QSslServer(this))
{
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &HttpsServer::acceptPending);
}

HttpsServer::~HttpsServer() = default;

void HttpsServer::setIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are not asked for certificates: a webhook sender authenticates by signature.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(configuration);
}

Status HttpsServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->sslConfiguration().localCertificate().isNull())
        return Error::internal(
            QCoreApplication::translate("HttpsServer", "no certificate set before listen"));
    if (!m_server->listen(address, port))
        return Error::badInput(
            QStringLiteral("listen"), QStringLiteral("listen-failed"),
            QCoreApplication::translate("HttpsServer", "listen: cannot listen on %1 port %2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString()));
    return {};
}

void HttpsServer::close()
{
    m_server->close();
}

bool HttpsServer::isListening() const
{
    return m_server->isListening();
}

QHostAddress HttpsServer::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 HttpsServer::serverPort() const
{
    return m_server->serverPort();
}

void HttpsServer::acceptPending()
{
    while (QTcpSocket *pending = m_server->nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(pending);
        if (!socket) {
            pending->deleteLater();
            continue;
        }
        const quint64 id = m_nextConnectionId++;
        auto *connection = new HttpConnection(socket, id, m_maxBodyBytes, this);
        connect(
            connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { emit requestReceived(connection, request); });
        emit connectionAccepted(id);
    }
}

} // namespace hookboard
