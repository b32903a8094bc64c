#include "httpsender.h"

#include "common/clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace hookboard {

// Book-keeping for one request in flight.
struct HttpSender::Pending
{
    quint64 token = 0;
    int timeoutMs = 0;
    qint64 startedAtMs = 0;
    QElapsedTimer elapsed;
    QByteArray body;
    bool truncated = false;
    bool overLimit = false;   // we aborted because the body passed kMaxResponseBody
    bool abortedByUs = false; // abortAll()
    QStringList sslErrors;
    qint64 lane = 0;
};

namespace {
constexpr int kLaneIdleMs = 60000;
}

HttpSender::HttpSender(const Clock &clock, QList<QSslCertificate> extraCas, QObject *parent)
    : QObject(parent), m_clock(clock), m_idleSweep(new QTimer(this)), m_trusted(std::move(extraCas))
{
    m_uptime.start();
    m_idleSweep->setInterval(kLaneIdleMs / 2);
    connect(m_idleSweep, &QTimer::timeout, this, &HttpSender::closeIdleLanes);
    m_idleSweep->start();
    // Built once: reading the system trust store for every request would cost a directory scan each
    // time. Setting the CA list explicitly also switches off Qt's on-demand root loading, so what is
    // trusted is exactly this list.
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_trusted);
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_systemCas = m_sslConfiguration.caCertificates().mid(0, m_sslConfiguration.caCertificates().size() -
                                                                 m_trusted.size());
    m_resolve = [](const QString &host, QObject *context,
                   std::function<void(QList<QHostAddress>, QString)> answer) {
        // QHostInfo keeps recent answers for a minute, so this costs a lookup per host, not per attempt.
        QHostInfo::lookupHost(host, context, [answer = std::move(answer)](const QHostInfo &info) {
            answer(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>(),
                   info.errorString());
        });
    };
}

HttpSender::~HttpSender()
{
    // No finished() from a destructor: the receivers of that signal may be half torn down already.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        QNetworkReply *reply = it.key();
        reply->disconnect(this);
        reply->abort();
        delete it.value();
    }
    m_pending.clear();
}

void HttpSender::send(quint64 token, const OutgoingRequest &request, int timeoutMs, qint64 lane)
{
    const QUrl &url = request.url;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        refuse(token, tr("refused: \"%1\" is not an https URL").arg(url.toDisplayString()));
        return;
    }
    // SPEC §8: where the request would go is checked before any connection is made, for an IP
    // literal as it stands and for a name by every address it resolves to.
    const QString host = url.host();
    if (const QHostAddress literal(host); !literal.isNull()) {
        if (const std::optional<QString> range = m_policy.refusal(literal)) {
            refuse(token, tr("refused: %1 is a link-local, cloud-metadata or multicast address (%2); no "
                             "connection was made")
                              .arg(literal.toString(), *range));
            return;
        }
        post(token, request, timeoutMs, lane);
        return;
    }
    m_resolving.insert(token);
    m_resolve(host, this,
              [this, token, request, timeoutMs, lane, host](QList<QHostAddress> addresses, QString error) {
                  if (!m_resolving.remove(token))
                      return; // aborted meanwhile, and already finished
                  if (addresses.isEmpty()) {
                      refuse(token, tr("cannot resolve %1: %2").arg(host, error));
                      return;
                  }
                  for (const QHostAddress &address : std::as_const(addresses)) {
                      if (const std::optional<QString> range = m_policy.refusal(address)) {
                          refuse(token,
                                 tr("refused: %1 resolves to %2, a link-local, cloud-metadata or multicast "
                                    "address (%3); no connection was made")
                                     .arg(host, address.toString(), *range));
                          return;
                      }
                  }
                  // The connection goes to the address just checked, not to whatever a second
                  // lookup would answer (DNS rebinding).
                  post(token, request, timeoutMs, lane, addresses.constFirst());
              });
}

void HttpSender::refuse(quint64 token, const QString &reason)
{
    SendResult refused;
    refused.startedAtMs = m_clock.nowMs();
    refused.error = reason;
    // Queued, so that finished() never fires from inside send(), refusal or not.
    QTimer::singleShot(0, this, [this, token, refused] { emit finished(token, refused); });
}

void HttpSender::post(quint64 token, const OutgoingRequest &request, int timeoutMs, qint64 lane,
                      const std::optional<QHostAddress> &pinned)
{
    const QUrl &url = request.url;
    QNetworkRequest networkRequest(url);
    if (pinned) {
        // To the checked address, while the receiver still sees its own name: in Host, in TLS's
        // server name indication, and as the name its certificate must carry.
        QUrl byAddress = url;
        byAddress.setHost(pinned->toString());
        networkRequest.setUrl(byAddress);
        networkRequest.setPeerVerifyName(url.host());
    }
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 with keep-alive behaves the same against every receiver; HTTP/2 negotiation would
    // make connection reuse and failures depend on the server's ALPN.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(timeoutMs);
    networkRequest.setSslConfiguration(m_sslConfiguration);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (pinned)
        networkRequest.setRawHeader("Host", url.authority(QUrl::FullyEncoded).toLatin1());

    auto *pending = new Pending;
    pending->token = token;
    pending->timeoutMs = timeoutMs;
    pending->startedAtMs = m_clock.nowMs();
    pending->elapsed.start();

    pending->lane = lane;
    QNetworkReply *reply = laneNetwork(lane)->post(networkRequest, request.body);
    ++m_lanes[lane].inFlight;
    m_pending.insert(reply, pending);

    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    // Collected, never ignored: the reply then fails with these as the reason.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (Pending *p = m_pending.value(reply)) {
            for (const QSslError &error : errors)
                p->sslErrors.append(error.errorString());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { complete(reply); });
}

void HttpSender::readBody(QNetworkReply *reply)
{
    Pending *p = m_pending.value(reply);
    if (!p || p->overLimit)
        return;
    const qint64 room = SendResult::kMaxResponseBody - p->body.size();
    const qint64 available = reply->bytesAvailable();
    if (available <= room) {
        p->body += reply->read(available);
        return;
    }
    p->body += reply->read(room);
    p->truncated = true;
    p->overLimit = true;
    // Enough kept: stop the transfer rather than let a huge body stream on. abort() may emit
    // finished() (and so complete()) right here, so nothing touches p after it.
    reply->abort();
}

void HttpSender::abortAll()
{
    // Those still being looked up never made a connection: they finish as aborted now.
    for (const quint64 token : std::as_const(m_resolving))
        refuse(token, tr("aborted: Hookboard stopped the attempt"));
    m_resolving.clear();
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        // An earlier abort() may have finished this one already.
        if (Pending *p = m_pending.value(reply)) {
            p->abortedByUs = true;
            reply->abort();
        }
    }
}

QNetworkAccessManager *HttpSender::laneNetwork(qint64 lane)
{
    Lane &entry = m_lanes[lane];
    if (!entry.network)
        entry.network = new QNetworkAccessManager(this);
    return entry.network;
}

void HttpSender::closeIdleLanes()
{
    const qint64 now = m_uptime.elapsed();
    for (auto it = m_lanes.begin(); it != m_lanes.end();) {
        if (it->inFlight == 0 && now - it->idleSince >= kLaneIdleMs) {
            it->network->deleteLater();
            it = m_lanes.erase(it);
        } else {
            ++it;
        }
    }
}

int HttpSender::inFlight() const
{
    return int(m_pending.size() + m_resolving.size());
}

void HttpSender::complete(QNetworkReply *reply)
{
    Pending *p = m_pending.take(reply);
    if (!p)
        return; // finished() twice for one reply: one result per send is the contract
    if (auto lane = m_lanes.find(p->lane); lane != m_lanes.end() && --lane->inFlight == 0)
        lane->idleSince = m_uptime.elapsed();
    if (auto retiring = m_retiring.find(reply->manager()); retiring != m_retiring.end() && --*retiring == 0) {
        retiring.key()->deleteLater(); // its last attempt is done (the reply goes with it, later)
        m_retiring.erase(retiring);
    }
    reply->disconnect(this);
    reply->deleteLater();
    // What arrived after the last readyRead (a reply that failed early is closed: nothing to read).
    if (!p->overLimit && reply->isOpen()) {
        const qint64 room = SendResult::kMaxResponseBody - p->body.size();
        const QByteArray rest = reply->readAll();
        p->body += rest.left(room);
        if (rest.size() > room)
            p->truncated = true;
    }

    SendResult result;
    result.startedAtMs = p->startedAtMs;
    result.durationMs = int(p->elapsed.elapsed());

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    // Qt reports a 4xx/5xx answer as a reply error too; that is still a response. Only network-layer
    // errors (below 100: refused, reset, timeout, TLS, cancelled) mean no usable response came,
    // except our own abort for a body over the limit.
    const bool networkFailure =
        error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
    if (status.isValid()) {
        result.headers = reply->rawHeaderPairs();
        result.body = std::move(p->body);
        result.truncated = p->truncated;
    }
    if (status.isValid() && (!networkFailure || p->overLimit)) {
        result.statusCode = status.toInt();
    } else {
        QString reason;
        if (p->abortedByUs)
            reason = tr("aborted: Hookboard stopped the attempt");
        else if (!p->sslErrors.isEmpty())
            reason = p->sslErrors.join(QStringLiteral("; "));
        else if (error == QNetworkReply::OperationCanceledError)
            reason = tr("timed out after %1 ms").arg(p->timeoutMs);
        else
            reason = reply->errorString();
        if (status.isValid())
            reason = tr("%1 (while reading an HTTP %2 response)").arg(reason).arg(status.toInt());
        result.error = reason;
    }

    const quint64 token = p->token;
    delete p;
    emit finished(token, result);
}

void HttpSender::setExtraCas(const QList<QSslCertificate> &extraCas)
{
    if (extraCas == m_trusted)
        return;
    m_trusted = extraCas;
    m_sslConfiguration.setCaCertificates(m_systemCas + m_trusted);
    // Pooled connections were verified against the old list: new attempts must not reuse them.
    // Clearing a manager's cache stops its HTTP thread with the requests on it, so a lane with
    // attempts in flight gets a fresh manager instead, and the old one goes once they finish.
    for (Lane &lane : m_lanes) {
        if (lane.inFlight == 0) {
            lane.network->clearConnectionCache();
            continue;
        }
        m_retiring.insert(lane.network, lane.inFlight);
        lane.network = new QNetworkAccessManager(this);
    }
}

Result<QList<QSslCertificate>> HttpSender::loadCaFiles(const QStringList &paths)
{
    const QString field = QStringLiteral("caFile");
    QList<QSslCertificate> all;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::badInput(
                field, QStringLiteral("readable"),
                tr("%1: cannot read the CA file \"%2\": %3").arg(field, path, file.errorString()));
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            return Error::badInput(field, QStringLiteral("pem-certificate"),
                                   tr("%1: the CA file \"%2\" holds no PEM certificate").arg(field, path));
        }
        all += certificates;
    }
    return all;
}

} // namespace hookboard
