#pragma once

#include "common/result.h"
#include "delivery/outgoingrequest.h"
#include "delivery/sendresult.h"
#include "model/outboundpolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hookboard {

class Clock;

// Sends POSTs over HTTPS with QNetworkAccessManager (keep-alive, several connections per host):
// TLS always verified against the system store plus extra CAs, no redirects followed, a transfer
// timeout, and response bodies kept up to 64 KiB. Lives on the thread that uses it.
//
// Requests travel in lanes (the dispatcher uses one per receiver), each with its own
// QNetworkAccessManager and so its own connection pool: QNAM allows six connections per host, and
// receivers often share a host, so one pool would let a hanging receiver take every connection
// and stall the others. Lanes idle for a minute are closed.
class HttpSender : public QObject
{
    Q_OBJECT
public:
    HttpSender(const Clock &clock, QList<QSslCertificate> extraCas, QObject *parent = nullptr);
    ~HttpSender() override;

    // Starts one request; finished(token, result) follows exactly once, also for refusals such as
    // a non-https URL.
    void send(quint64 token, const OutgoingRequest &request, int timeoutMs, qint64 lane = 0);

    // Looks a host name up and answers addresses (none, with an error text, when it fails). The
    // default asks the system through QHostInfo; tests give a scripted one.
    using Resolver = std::function<void(const QString &host, QObject *context,
                                        std::function<void(QList<QHostAddress>, QString)> answer)>;
    void setResolver(Resolver resolver) { m_resolve = std::move(resolver); }
    // Where requests may go (SPEC §8); the default policy until set.
    void setOutboundPolicy(const OutboundPolicy &policy) { m_policy = policy; }
    // Trusts these CAs besides the system's from the next request on; connections kept alive
    // under the old list are closed, so that no request skips the new one.
    void setExtraCas(const QList<QSslCertificate> &extraCas);
    // Aborts every request in flight (their finished() still comes, with an error).
    void abortAll();
    int inFlight() const;
    int laneCount() const { return int(m_lanes.size()); }

    // Reads PEM files of CA certificates; the Error names the file that is unreadable or holds none.
    static Result<QList<QSslCertificate>> loadCaFiles(const QStringList &paths);

signals:
    void finished(quint64 token, const hookboard::SendResult &result);

private:
    struct Pending;
    struct Lane
    {
        QNetworkAccessManager *network = nullptr;
        int inFlight = 0;
        qint64 idleSince = 0; // m_uptime milliseconds
    };
    // Posts once the destination passed the outbound policy; to pinned when a name was resolved.
    void post(quint64 token, const OutgoingRequest &request, int timeoutMs, qint64 lane,
              const std::optional<QHostAddress> &pinned = std::nullopt);
    // finished(token) with only an error, never from inside send().
    void refuse(quint64 token, const QString &reason);
    void readBody(QNetworkReply *reply);
    void complete(QNetworkReply *reply);
    QNetworkAccessManager *laneNetwork(qint64 lane);
    void closeIdleLanes();

    const Clock &m_clock;
    QHash<qint64, Lane> m_lanes;
    // Managers replaced after a CA change, with the attempts they still carry; deleted at 0.
    QHash<QNetworkAccessManager *, int> m_retiring;
    QElapsedTimer m_uptime;
    QTimer *m_idleSweep;
    QList<QSslCertificate> m_trusted;
    QList<QSslCertificate> m_systemCas;   // read once: a directory scan
    QSslConfiguration m_sslConfiguration; // default + system CAs + m_trusted, peer always verified
    QHash<QNetworkReply *, Pending *> m_pending;
    OutboundPolicy m_policy;
    Resolver m_resolve;
    QSet<quint64> m_resolving; // tokens whose host is being looked up
};

} // namespace hookboard
