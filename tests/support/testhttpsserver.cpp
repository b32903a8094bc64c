#include "testhttpsserver.h"

#include "http/httpconnection.h"
#include "http/httpserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>
#include <utility>

namespace hookboard::test {

namespace {

constexpr int kValidDays = 2;

certificates::CertificateAndKey makeOrDie(const Result<certificates::CertificateAndKey> &made)
{
    if (!made)
        qFatal("TestHttpsServer: %s", qPrintable(made.error().message));
    return *made;
}

// Runs work in object's thread, waiting for it when that is another thread.
void runIn(QObject *object, const std::function<void()> &work)
{
    if (QThread::currentThread() == object->thread())
        work();
    else
        QMetaObject::invokeMethod(object, work, Qt::BlockingQueuedConnection);
}

} // namespace

QByteArray TestHttpsServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttpsServer::TestHttpsServer(QObject *parent) : QObject(parent), m_server(new HttpServer(this))
{
    m_ca =
        makeOrDie(certificates::createCertificateAuthority(QStringLiteral("Hookboard test CA"), kValidDays));
    // Loopback, plus a name no resolver knows, for deliveries pinned to a checked address.
    m_serverIdentity = makeOrDie(
        certificates::issueServerCertificate(m_ca,
                                             {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                              QStringLiteral("::1"), QString::fromLatin1(kPinnedName)},
                                             kValidDays));
    const certificates::CertificateAndKey strangerCa =
        makeOrDie(certificates::createCertificateAuthority(QStringLiteral("Untrusted test CA"), kValidDays));
    m_untrustedIdentity = makeOrDie(certificates::issueServerCertificate(strangerCa, {}, kValidDays));

    m_server->setIdentity(m_serverIdentity.certificate, m_serverIdentity.key);
    // Large enough for any webhook body a test sends, small enough to prove 413 cheaply if needed.
    m_server->setMaxBodyBytes(8 * 1024 * 1024);
    connect(m_server, &HttpServer::connectionAccepted, this, [this] {
        const QMutexLocker lock(&m_mutex);
        ++m_connectionCount;
    });
    connect(m_server, &HttpServer::requestReceived, this, &TestHttpsServer::handle);
    if (const Status listening = m_server->listen(QHostAddress::LocalHost, 0); !listening)
        qFatal("TestHttpsServer: %s", qPrintable(listening.error().message));
    m_port = m_server->serverPort();
}

TestHttpsServer::~TestHttpsServer() = default;

QUrl TestHttpsServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    const QString pathOnly = query < 0 ? path : path.left(query);
    url.setPath(pathOnly.startsWith(QLatin1Char('/')) ? pathOnly : QLatin1Char('/') + pathOnly);
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

void TestHttpsServer::setBehaviour(const QString &path, const Behaviour &behaviour)
{
    const QMutexLocker lock(&m_mutex);
    m_behaviours.insert(path.toUtf8(), behaviour);
}

void TestHttpsServer::setDefaultBehaviour(const Behaviour &behaviour)
{
    const QMutexLocker lock(&m_mutex);
    m_defaultBehaviour = behaviour;
}

void TestHttpsServer::clearBehaviours()
{
    const QMutexLocker lock(&m_mutex);
    m_behaviours.clear();
    m_defaultBehaviour = Respond{};
}

void TestHttpsServer::setPresentUntrustedCertificate(bool untrusted)
{
    runIn(this, [this, untrusted] {
        const certificates::CertificateAndKey &identity = untrusted ? m_untrustedIdentity : m_serverIdentity;
        m_server->setIdentity(identity.certificate, identity.key);
    });
}

QList<TestHttpsServer::Request> TestHttpsServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

int TestHttpsServer::requestCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

void TestHttpsServer::clearRequests()
{
    const QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

int TestHttpsServer::connectionCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_connectionCount;
}

TestHttpsServer::Behaviour TestHttpsServer::behaviourFor(const QByteArray &path) const
{
    const QMutexLocker lock(&m_mutex);
    return m_behaviours.value(path, m_defaultBehaviour);
}

void TestHttpsServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    Request record;
    record.method = request.method;
    record.path = request.path();
    record.target = request.target;
    record.headers = request.headers;
    record.body = request.body;
    record.arrivedMs = QDateTime::currentMSecsSinceEpoch();
    record.connectionId = connection->id();
    {
        const QMutexLocker lock(&m_mutex);
        m_requests.append(record);
    }
    emit requestReceived(record);

    const auto toHttp = [](const Respond &respond) {
        return HttpResponse{respond.status, respond.headers, respond.body};
    };
    const Behaviour behaviour = behaviourFor(record.path);
    if (const auto *respond = std::get_if<Respond>(&behaviour)) {
        connection->respond(toHttp(*respond));
    } else if (std::holds_alternative<Hang>(behaviour)) {
        // Nothing: the client's timeout is what is under test.
    } else if (std::holds_alternative<Reset>(behaviour)) {
        connection->reset();
    } else if (const auto *slow = std::get_if<Slow>(&behaviour)) {
        const QByteArray path = record.path;
        {
            const QMutexLocker lock(&m_mutex);
            const int now = ++m_inFlight[path];
            m_mostInFlight[path] = std::max(m_mostInFlight.value(path), now);
        }
        // Ends once: answered, or its connection closed first (the client was killed).
        auto ended = std::make_shared<bool>(false);
        const auto end = [this, path, ended] {
            if (std::exchange(*ended, true))
                return;
            const QMutexLocker lock(&m_mutex);
            --m_inFlight[path];
        };
        connect(connection, &QObject::destroyed, this, end);
        QTimer::singleShot(slow->delayMs, connection, [connection, end, response = toHttp(slow->response)] {
            end();
            connection->respond(response);
        });
    } else if (const auto *huge = std::get_if<HugeBody>(&behaviour)) {
        connection->respond(
            {200, {{"Content-Type", "application/octet-stream"}}, QByteArray(qsizetype(huge->bytes), 'x')});
    }
}

int TestHttpsServer::mostInFlight(const QString &path) const
{
    const QMutexLocker lock(&m_mutex);
    return m_mostInFlight.value(path.toUtf8());
}

} // namespace hookboard::test
