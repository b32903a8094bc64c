#include "httpconnection.h"

#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace hookboard {

namespace {
// Enough queued to keep the socket busy, little enough that a huge body is not copied into the
// socket's buffers all at once.
constexpr qsizetype kChunkBytes = 64 * 1024;
constexpr qint64 kHighWaterBytes = 256 * 1024;
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, quint64 id, qsizetype maxBodyBytes, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id), m_parser(maxBodyBytes)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kIdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_awaitingResponse && m_outgoing.isEmpty())
            m_socket->disconnectFromHost();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QSslSocket::bytesWritten, this, &HttpConnection::writeMore);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::writeMore);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_idleTimer.start();
    // Bytes may have come with the end of the handshake, before anyone listened to readyRead.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readIncoming, Qt::QueuedConnection);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &HttpConnection::onDisconnected, Qt::QueuedConnection);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_awaitingResponse || m_closed)
        return;
    m_awaitingResponse = false;
    bool keepAlive = m_keepAlive;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0 && value.trimmed().toLower() == "close")
            keepAlive = false;
    }
    m_closeAfterWrite = !keepAlive;
    m_outgoing = response.head(keepAlive);
    if (!m_headRequest)
        m_outgoing += response.body;
    m_outgoingOffset = 0;
    writeMore();
}

void HttpConnection::reset()
{
    if (m_closed)
        return;
#ifdef Q_OS_UNIX
    // A zero linger time makes close() send RST instead of FIN.
    const linger noLinger{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
    m_awaitingResponse = false;
    m_outgoing.clear();
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::readIncoming()
{
    if (m_closed)
        return;
    m_idleTimer.start();
    m_parser.feed(m_socket->readAll());
    processBuffered();
}

void HttpConnection::processBuffered()
{
    if (m_closed || m_awaitingResponse || !m_outgoing.isEmpty())
        return;
    if (std::optional<HttpRequest> request = m_parser.takeRequest()) {
        m_awaitingResponse = true;
        m_keepAlive = request->keepAlive();
        m_headRequest = request->method == "HEAD";
        emit requestReceived(*request);
        return;
    }
    if (m_parser.hasError()) {
        // What follows a refused request cannot be framed, so answer and close.
        m_awaitingResponse = true;
        m_keepAlive = false;
        m_headRequest = false;
        respond(HttpResponse::text(m_parser.errorStatus(), m_parser.errorText().toUtf8() + '\n'));
        return;
    }
    if (m_parser.takeContinueRequest())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::writeMore()
{
    if (m_closed || m_outgoing.isEmpty())
        return;
    while (m_outgoingOffset < m_outgoing.size() &&
           m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < kHighWaterBytes) {
        const qsizetype chunk = qMin(kChunkBytes, m_outgoing.size() - m_outgoingOffset);
        m_socket->write(m_outgoing.constData() + m_outgoingOffset, chunk);
        m_outgoingOffset += chunk;
    }
    if (m_outgoingOffset < m_outgoing.size())
        return;
    m_outgoing.clear();
    m_outgoingOffset = 0;
    m_idleTimer.start();
    if (m_closeAfterWrite) {
        m_socket->disconnectFromHost(); // flushes what is queued first
        return;
    }
    // Queued, so that a handler answering synchronously does not recurse once per pipelined request.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffered, Qt::QueuedConnection);
}

void HttpConnection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_idleTimer.stop();
    emit closed();
    deleteLater();
}

} // namespace hookboard
