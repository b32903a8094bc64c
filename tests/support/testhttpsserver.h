#pragma once

#include "http/httprequest.h"
#include "tls/certificates.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <variant>

namespace hookboard {
class HttpConnection;
class HttpServer;
} // namespace hookboard

namespace hookboard::test {

// A real HTTPS server on 127.0.0.1 (a free port) for network tests, with a CA made at test time.
// It records every request and answers as told, per path: well, badly, late or not at all.
// The server lives in the thread that made it; the setters and getters below may be called from
// any thread (see TestHttpsServerThread).
class TestHttpsServer : public QObject
{
    Q_OBJECT

public:
    // A host name the server's certificate carries but no resolver knows (see HttpSender pinning).
    static constexpr const char *kPinnedName = "hookboard-pinned.test";

    // Answer with this status, headers and body.
    struct Respond
    {
        int status = 200;
        HttpHeaders headers;
        QByteArray body;
    };
    // Read the request and never answer.
    struct Hang
    {};
    // Read the request, then drop the TCP connection with a reset.
    struct Reset
    {};
    // Answer after delayMs (a timer; the event loop keeps going).
    struct Slow
    {
        int delayMs = 0;
        Respond response;
    };
    // Answer 200 with a body of this many bytes, written in chunks as the socket drains.
    struct HugeBody
    {
        qint64 bytes = 10 * 1024 * 1024;
    };
    using Behaviour = std::variant<Respond, Hang, Reset, Slow, HugeBody>;

    // What arrived.
    struct Request
    {
        QByteArray method;
        QByteArray path;   // without the query
        QByteArray target; // as sent, with the query
        HttpHeaders headers;
        QByteArray body;
        qint64 arrivedMs = 0; // QDateTime::currentMSecsSinceEpoch() when the whole request was read
        quint64 connectionId = 0;

        QByteArray header(const QByteArray &name) const;
    };

    // Listens at once; fails the calling test (QVERIFY-style, via qFatal) if it cannot.
    explicit TestHttpsServer(QObject *parent = nullptr);
    ~TestHttpsServer() override;

    // https://127.0.0.1:PORT + path (which may end in "?query")
    QUrl url(const QString &path = QStringLiteral("/")) const;
    quint16 port() const { return m_port; }
    // The CA that signed the server's certificate: what clients must trust.
    QSslCertificate caCertificate() const { return m_ca.certificate; }

    // The answer for requests to path (exact match on the path without query), or for every path
    // without an answer of its own. The default default is Respond{200}.
    void setBehaviour(const QString &path, const Behaviour &behaviour);
    void setDefaultBehaviour(const Behaviour &behaviour);
    void clearBehaviours();

    // From now on, present a certificate signed by another CA (one that nobody trusts).
    void setPresentUntrustedCertificate(bool untrusted);

    QList<Request> requests() const;
    int requestCount() const;
    void clearRequests();
    // TLS connections accepted so far.
    int connectionCount() const;
    // The most requests to path (answered Slow) that had arrived and were not yet answered, at any
    // one moment: what a receiver's in-flight cap is checked against. A request whose connection
    // went away unanswered counts until then.
    int mostInFlight(const QString &path) const;

signals:
    void requestReceived(const hookboard::test::TestHttpsServer::Request &request);

private:
    void handle(HttpConnection *connection, const HttpRequest &request);
    Behaviour behaviourFor(const QByteArray &path) const;

    HttpServer *m_server;
    certificates::CertificateAndKey m_ca;
    certificates::CertificateAndKey m_serverIdentity;
    certificates::CertificateAndKey m_untrustedIdentity;
    quint16 m_port = 0;

    mutable QMutex m_mutex; // guards what follows: the test thread reads and sets it
    QHash<QByteArray, Behaviour> m_behaviours;
    Behaviour m_defaultBehaviour = Respond{};
    QList<Request> m_requests;
    int m_connectionCount = 0;
    QHash<QByteArray, int> m_inFlight;
    QHash<QByteArray, int> m_mostInFlight;
};

} // namespace hookboard::test
