#include "httpconnection.h"

#include <QSslSocket>
#include <QTcpSocket>

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

HttpConnection::HttpConnection(QTcpSocket *socket, quint64 id, const HttpLimits &limits,
                               HttpHeadFilter headFilter, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id), m_parser(limits.maxBodyBytes),
      m_headFilter(std::move(headFilter)), m_idleTimeoutMs(limits.idleTimeoutMs),
      m_transferTimeoutMs(limits.transferTimeoutMs)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::writeMore);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::writeMore);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    armTimer();
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
    const bool streamed = response.stream && !m_headRequest;
    m_chunked = streamed && m_http11;
    if (streamed && !m_chunked)
        keepAlive = false; // an HTTP/1.0 client knows the end of a streamed body by the close
    m_closeAfterWrite = !keepAlive;
    m_outgoing = response.head(keepAlive, response.stream && m_http11);
    if (!m_headRequest)
        m_outgoing += response.body;
    m_outgoingOffset = 0;
    if (streamed)
        m_stream = response.stream;
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
    m_stream.reset();
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::readIncoming()
{
    if (m_closed)
        return;
    m_parser.feed(m_socket->readAll());
    if (m_lingering) {
        if (!m_parser.isDiscarding())
            m_socket->disconnectFromHost();
        return;
    }
    processBuffered();
    armTimer();
}

void HttpConnection::processBuffered()
{
    if (m_closed || m_awaitingResponse || isWriting())
        return;
    if (!screenHead())
        return;
    if (std::optional<HttpRequest> request = m_parser.takeRequest()) {
        m_headScreened = false;
        m_awaitingResponse = true;
        m_keepAlive = request->keepAlive();
        m_http11 = request->version == "HTTP/1.1";
        m_headRequest = request->method == "HEAD";
        armTimer();
        emit requestReceived(*request);
        return;
    }
    if (m_parser.hasError()) {
        // What follows a refused request cannot be framed, so answer and close.
        answerAndClose(HttpResponse::text(m_parser.errorStatus(), m_parser.errorText().toUtf8() + '\n'),
                       false);
        return;
    }
    if (m_parser.takeContinueRequest())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

// Runs the head filter once per request, as soon as the head is whole; false when it refused.
bool HttpConnection::screenHead()
{
    if (m_headScreened || !m_headFilter)
        return true;
    const HttpRequest *head = m_parser.head();
    if (!head)
        return true;
    m_headScreened = true;
    const std::optional<HttpResponse> refusal = m_headFilter(*head);
    if (!refusal)
        return true;
    const bool headRequest = head->method == "HEAD";
    m_parser.discardBody();
    answerAndClose(*refusal, headRequest);
    return false;
}

void HttpConnection::answerAndClose(const HttpResponse &response, bool headRequest)
{
    m_awaitingResponse = true;
    m_keepAlive = false;
    m_headRequest = headRequest;
    respond(response);
}

qint64 HttpConnection::unsentBytes() const
{
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void HttpConnection::writeMore()
{
    if (m_closed || !isWriting())
        return;
    while (unsentBytes() < kHighWaterBytes) {
        if (m_outgoingOffset == m_outgoing.size()) {
            if (!m_stream || !pullStream())
                break;
            continue;
        }
        const qsizetype chunk = qMin(kChunkBytes, m_outgoing.size() - m_outgoingOffset);
        m_socket->write(m_outgoing.constData() + m_outgoingOffset, chunk);
        m_outgoingOffset += chunk;
    }
    if (m_closed)
        return;
    if (m_outgoingOffset < m_outgoing.size() || m_stream) {
        armTimer(true);
        return;
    }
    m_outgoing.clear();
    m_outgoingOffset = 0;
    if (m_closeAfterWrite) {
        finishClosing();
        return;
    }
    armTimer();
    // Queued, so that a handler answering synchronously does not recurse once per pipelined request.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffered, Qt::QueuedConnection);
}

// Refills m_outgoing from the stream, framed as one chunk (and the last chunk at its end); false
// when the stream failed and the connection was reset.
bool HttpConnection::pullStream()
{
    const Result<QByteArray> piece = m_stream->next();
    if (!piece) {
        qWarning().noquote() << "HTTP: streamed answer failed, connection reset:" << piece.error().message;
        reset();
        return false;
    }
    QByteArray out;
    if (!piece->isEmpty())
        out = m_chunked ? QByteArray::number(piece->size(), 16) + "\r\n" + *piece + "\r\n" : *piece;
    if (m_stream->atEnd()) {
        if (m_chunked)
            out += "0\r\n\r\n";
        m_stream.reset();
    }
    m_outgoing = out;
    m_outgoingOffset = 0;
    return true;
}

// The last answer is queued: close once the rest of a refused body has been read and dropped, so
// that the client reads the answer instead of a reset. The transfer deadline keeps running: a
// client that neither sends the rest nor reads the answer is dropped.
void HttpConnection::finishClosing()
{
    m_lingering = true;
    armTimer(true);
    if (!m_parser.isDiscarding())
        m_socket->disconnectFromHost(); // flushes what is queued first
}

void HttpConnection::armTimer(bool progress)
{
    Phase phase = Phase::Idle;
    if (m_closed || m_awaitingResponse)
        phase = Phase::None;
    else if (isWriting() || m_lingering)
        phase = Phase::Writing;
    else if (m_parser.isMidRequest())
        phase = Phase::Reading;
    if (phase == m_phase && !(progress && phase == Phase::Writing))
        return;
    m_phase = phase;
    if (phase == Phase::None)
        m_timer.stop();
    else
        m_timer.start(phase == Phase::Idle ? m_idleTimeoutMs : m_transferTimeoutMs);
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::None:
        return;
    case Phase::Idle:
        if (unsentBytes() > 0) {
            // An answer still queued that the client does not read would hold the close forever.
            m_socket->abort();
            onDisconnected();
            return;
        }
        m_socket->disconnectFromHost();
        return;
    case Phase::Reading:
        answerAndClose(HttpResponse::text(408, "the request did not arrive whole in time\n"), false);
        return;
    case Phase::Writing:
        m_socket->abort(); // the client does not read: nothing more can be said to it
        onDisconnected();
        return;
    }
}

void HttpConnection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    emit closed();
    deleteLater();
}

} // namespace hookboard
