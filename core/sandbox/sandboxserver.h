#pragma once

#include "caughtrequest.h"
#include "common/clock.h"
#include "common/result.h"
#include "sandboxbin.h"
#include "sandboxidentity.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <optional>

namespace hookboard {

class HttpConnection;
class HttpServer;
struct HttpRequest;

// The built-in HTTPS receiver of SPEC §5, a RequestBin inside the app: https://127.0.0.1:PORT/<bin>
// records every request, checks its signatures and answers as the bin is set to.
//
// Bins come into being on first use, as in RequestBin: pointing a receiver at a new URL is all it
// takes. Everything below the bin ("/<bin>/any/thing") lands in that bin too, so a receiver URI can
// look like a real one. A first path segment that is not a bin name gets 400; "/" gets 404 with a
// hint. At most kMaxBins bins exist; a request that would make one more gets 507.
//
// Lives in the thread that made it (the GUI thread in the console).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxBins = 100;
    static constexpr qsizetype kMaxBodyBytes = 2 * 1024 * 1024; // larger: 413

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Where "now" comes from for caught requests and the webhook-timestamp check. Not owned.
    void setClock(const Clock *clock) { m_clock = clock ? clock : &m_systemClock; }

    // Loads (or makes, the first time) the certificates kept in dataDir, then listens on a loopback
    // address (port 0: a free one). Anything but loopback is refused: this is a test receiver.
    Status start(const QString &dataDir, const QHostAddress &address = QHostAddress::LocalHost,
                 quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;

    // https://127.0.0.1:PORT/ (with the address listened on)
    QUrl baseUrl() const;
    QUrl binUrl(const QString &bin) const;
    // Whether url points at this sandbox (its scheme, address and port), whatever the bin.
    bool serves(const QUrl &url) const;
    // What Hookboard's own dispatcher must trust to deliver here.
    QSslCertificate caCertificate() const
    {
        return m_identity ? m_identity->caCertificate() : QSslCertificate();
    }
    // The files that hold it.
    static QString caFilePath(const QString &dataDir);

    QStringList bins() const;
    bool hasBin(const QString &bin) const { return m_bins.contains(bin); }
    // Makes bin (if new) with settings, or changes an existing bin's settings.
    Status configureBin(const QString &bin, const SandboxBinSettings &settings);
    // The settings of bin; the defaults for a bin that does not exist yet.
    SandboxBinSettings binSettings(const QString &bin) const;
    QList<CaughtRequest> caughtRequests(const QString &bin) const;
    // How many requests bin keeps now, and how many older ones it dropped (see SandboxBinSettings::keep).
    struct BinCounts
    {
        int kept = 0;
        quint64 dropped = 0;
    };
    BinCounts binCounts(const QString &bin) const;
    void clearBin(const QString &bin);
    void removeBin(const QString &bin);

signals:
    void binCreated(const QString &bin);
    // bin's settings changed (a lower keep may have dropped requests).
    void binConfigured(const QString &bin);
    void requestCaught(const QString &bin, const hookboard::CaughtRequest &request);

private:
    void handle(HttpConnection *connection, const HttpRequest &request);
    SandboxBin *binFor(const QString &name, bool *limitReached);

    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    HttpServer *m_server;
    std::optional<SandboxIdentity> m_identity;
    QHash<QString, SandboxBin> m_bins;
};

} // namespace hookboard
