#include "sandboxserver.h"

#include "http/httpconnection.h"
#include "http/httpserver.h"
#include "signatureverifier.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hookboard {

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), m_server(new HttpServer(this))
{
    m_server->setMaxBodyBytes(kMaxBodyBytes);
    connect(m_server, &HttpServer::requestReceived, this, &SandboxServer::handle);
}

SandboxServer::~SandboxServer() = default;

Status SandboxServer::start(const QString &dataDir, const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback())
        return Error::badInput(QStringLiteral("sandboxListen"), QStringLiteral("loopback-only"),
                               tr("sandboxListen: the sandbox listens on loopback addresses only, not %1")
                                   .arg(address.toString()));
    Result<SandboxIdentity> identity = SandboxIdentity::loadOrCreate(dataDir, m_clock->nowMs());
    if (!identity)
        return identity.error();
    m_identity = std::move(identity).value();
    m_server->setIdentity(m_identity->server().certificate, m_identity->server().key);
    return m_server->listen(address, port, QStringLiteral("--sandbox-listen"));
}

void SandboxServer::stop()
{
    m_server->close();
}

bool SandboxServer::isListening() const
{
    return m_server->isListening();
}

quint16 SandboxServer::port() const
{
    return m_server->serverPort();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

bool SandboxServer::serves(const QUrl &url) const
{
    const QUrl base = baseUrl();
    return !base.isEmpty() && url.scheme() == base.scheme() && url.port(443) == base.port() &&
           QHostAddress(url.host()) == QHostAddress(base.host());
}

QUrl SandboxServer::binUrl(const QString &bin) const
{
    QUrl url = baseUrl();
    url.setPath(QLatin1Char('/') + bin);
    return url;
}

QString SandboxServer::caFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(SandboxIdentity::kCaFile));
}

QStringList SandboxServer::bins() const
{
    QStringList names = m_bins.keys();
    names.sort();
    return names;
}

Status SandboxServer::configureBin(const QString &bin, const SandboxBinSettings &settings)
{
    if (!SandboxBin::isValidName(bin))
        return Error::badInput(QStringLiteral("bin"), QStringLiteral("bin-name"),
                               tr("bin: must be 1 to 64 letters, digits, '_' or '-'"));
    if (const std::optional<Error> invalid = SandboxBin::check(settings))
        return *invalid;
    bool limitReached = false;
    SandboxBin *target = binFor(bin, &limitReached);
    if (!target)
        return Error::badInput(QStringLiteral("bin"), QStringLiteral("bin-limit"),
                               tr("bin: the sandbox holds at most %1 bins").arg(kMaxBins));
    target->setSettings(settings);
    emit binConfigured(bin);
    return {};
}

SandboxBinSettings SandboxServer::binSettings(const QString &bin) const
{
    const auto found = m_bins.constFind(bin);
    return found == m_bins.cend() ? SandboxBinSettings() : found->settings();
}

SandboxServer::BinCounts SandboxServer::binCounts(const QString &bin) const
{
    const auto found = m_bins.constFind(bin);
    if (found == m_bins.cend())
        return {};
    return {int(found->requests().size()), found->dropped()};
}

QList<CaughtRequest> SandboxServer::caughtRequests(const QString &bin) const
{
    const auto found = m_bins.constFind(bin);
    return found == m_bins.cend() ? QList<CaughtRequest>() : found->requests();
}

void SandboxServer::clearBin(const QString &bin)
{
    const auto found = m_bins.find(bin);
    if (found != m_bins.end())
        found->clear();
}

void SandboxServer::removeBin(const QString &bin)
{
    m_bins.remove(bin);
}

SandboxBin *SandboxServer::binFor(const QString &name, bool *limitReached)
{
    *limitReached = false;
    auto found = m_bins.find(name);
    if (found != m_bins.end())
        return &found.value();
    if (m_bins.size() >= kMaxBins) {
        *limitReached = true;
        return nullptr;
    }
    found = m_bins.insert(name, SandboxBin(name));
    emit binCreated(name);
    return &found.value();
}

void SandboxServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/") {
        connection->respond(HttpResponse::text(
            404, tr("Hookboard sandbox: send requests to /<bin>, where a bin name is 1 to 64 letters, "
                    "digits, '_' or '-'.\n")
                     .toUtf8()));
        return;
    }
    const QByteArray segment = path.mid(1).split('/').first();
    const QString name = QString::fromLatin1(segment);
    if (!SandboxBin::isValidName(name)) {
        connection->respond(
            HttpResponse::text(400, tr("\"%1\" is not a bin name: use 1 to 64 letters, digits, '_' or '-'.\n")
                                        .arg(QString::fromUtf8(segment.left(80)))
                                        .toUtf8()));
        return;
    }
    bool limitReached = false;
    SandboxBin *bin = binFor(name, &limitReached);
    if (!bin) {
        connection->respond(HttpResponse::text(
            507, tr("the sandbox holds at most %1 bins; remove one first.\n").arg(kMaxBins).toUtf8()));
        return;
    }

    const qint64 nowMs = m_clock->nowMs();
    const SignatureVerifier verifier(bin->settings().secrets);
    CaughtRequest caught;
    caught.method = request.method;
    caught.target = request.target;
    caught.headers = request.headers;
    caught.body = request.body;
    caught.receivedMs = nowMs;
    caught.answeredStatus = bin->takeAnswerStatus();
    caught.standardWebhooks = verifier.standardWebhooks(request, nowMs);
    caught.github = verifier.github(request);
    // A copy goes out: a slot may clear or remove the bin, and with it the stored one.
    const CaughtRequest stored = bin->catchRequest(std::move(caught));
    const int delayMs = bin->settings().delayMs;
    emit requestCaught(name, stored);

    // The verdicts go back in the answer too, so a sender (Hookboard's own attempt log included)
    // sees at once whether its signatures checked out.
    const QJsonObject answer{
        {QStringLiteral("bin"), name},
        {QStringLiteral("sequence"), qint64(stored.sequence)},
        {QStringLiteral("status"), stored.answeredStatus},
        {QStringLiteral("signatures"),
         QJsonObject{{QStringLiteral("standardWebhooks"), signatureVerdictName(stored.standardWebhooks)},
                     {QStringLiteral("github"), signatureVerdictName(stored.github)}}}};
    const HttpResponse response =
        HttpResponse::json(stored.answeredStatus, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    if (delayMs <= 0) {
        connection->respond(response);
        return;
    }
    // The connection is the timer's context: if the client goes away first, nothing fires.
    QTimer::singleShot(delayMs, connection, [connection, response] { connection->respond(response); });
}

} // namespace hookboard
