#include "httpserver.h"

#include "httpresponse.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

namespace hookboard {

HttpServer::HttpServer(QObject *parent) : QObject(parent) {}

HttpServer::~HttpServer() = default;

void HttpServer::setIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are not asked for certificates: a webhook sender authenticates by signature.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    setTlsConfiguration(configuration);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    // A listening TLS server presents it to the connections it accepts from now on.
    if (auto *tlsServer = qobject_cast<QSslServer *>(m_server.get()))
        tlsServer->setSslConfiguration(configuration);
}

Status HttpServer::listen(const QHostAddress &address, quint16 port, const QString &field)
{
    if (usesTls() && m_tls.localCertificate().isNull())
        return Error::internal(QCoreApplication::translate("HttpServer", "no certificate set before listen"));
    if (usesTls()) {
        auto tlsServer = std::make_unique<QSslServer>();
        tlsServer->setSslConfiguration(m_tls);
        m_server = std::move(tlsServer);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_server->listen(address, port)) {
        const QString reason = m_server->errorString();
        m_server.reset();
        return Error::badInput(
            field, QStringLiteral("listen-failed"),
            QCoreApplication::translate("HttpServer", "%1: cannot listen on %2 port %3: %4")
                .arg(field, address.toString())
                .arg(port)
                .arg(reason));
    }
    return {};
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_openConnections >= m_maxConnections) {
            refuseBusy(socket);
            continue;
        }
        const quint64 id = m_nextConnectionId++;
        ++m_openConnections;
        auto *connection = new HttpConnection(socket, id, m_limits, m_headFilter, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_openConnections; });
        connect(
            connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { emit requestReceived(connection, request); });
        emit connectionAccepted(id);
    }
}

void HttpServer::refuseBusy(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    HttpResponse busy = HttpResponse::text(503, "too many open connections; try again shortly\n");
    busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    socket->write(busy.head(false) + busy.body);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

} // namespace hookboard
