#pragma once

#include "common/result.h"
#include "delivery/outgoingrequest.h"
#include "delivery/sendresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookboard {

class Clock;

// Sends POSTs over HTTPS with QNetworkAccessManager (keep-alive, several connections per host):
// TLS always verified against the system store plus extra CAs, no redirects followed, a transfer
// timeout, and response bodies kept up to 64 KiB. Lives on the thread that uses it.
class HttpSender : public QObject
{
    Q_OBJECT
public:
    HttpSender(const Clock &clock, QList<QSslCertificate> extraCas, QObject *parent = nullptr);
    ~HttpSender() override;

    // Starts one request; finished(token, result) follows exactly once, also for refusals such as
    // a non-https URL.
    void send(quint64 token, const OutgoingRequest &request, int timeoutMs);
    // Aborts every request in flight (their finished() still comes, with an error).
    void abortAll();
    int inFlight() const;

    // Reads PEM files of CA certificates; the Error names the file that is unreadable or holds none.
    static Result<QList<QSslCertificate>> loadCaFiles(const QStringList &paths);

signals:
    void finished(quint64 token, const hookboard::SendResult &result);

private:
    struct Pending;
    void readBody(QNetworkReply *reply);
    void complete(QNetworkReply *reply);

    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_trusted;
    QSslConfiguration m_sslConfiguration; // default + system CAs + m_trusted, peer always verified
    QHash<QNetworkReply *, Pending *> m_pending;
};

} // namespace hookboard
