#pragma once

#include "api/apitoken.h"
#include "api/graphqlhttp.h"
#include "common/result.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace hookboard {

class HttpConnection;
class HttpServer;
class MetricsEndpoint;
class PublishWriter;
class TransferEndpoint;
class WebhookService;
struct HttpRequest;
struct HttpResponse;

// Where and how the local API listens (SPEC §4: --api-listen, --api-tls-cert, --api-tls-key).
struct ApiServerOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;           // 0 picks a free port
    QString tlsCertificateFile; // PEM: the server certificate, optionally followed by its chain
    QString tlsKeyFile;         // PEM: the certificate's unencrypted private key
};

// The local HTTP API (SPEC §4) on core/http's HttpServer (the sandbox's stack, with its timeouts,
// limits and strict framing): GET /healthz, POST /v1/events and GET/POST /graphql (GraphQLHttp does
// the GraphQL-over-HTTP part). Every route but /healthz is behind the bearer token, checked from the
// request's head before its body is read. Publishes go to the PublishWriter (group commit) and are
// answered 202 once committed; other changes go through the WebhookService, which posts them to the
// change feed. ApiHost runs it on a thread of its own.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    // The most any request may carry: the larger of the endpoints' own limits, each of which is
    // checked from the head (a configuration import may use all of it; console imports go to 16 MiB).
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    ApiServer(WebhookService &service, PublishWriter &writer, ApiToken token, ApiServerOptions options,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening. Refuses a non-loopback address without a TLS certificate and key, and a
    // certificate or key file that cannot be used; each error names the option at fault.
    Status listen();
    bool isListening() const { return m_port != 0; }
    // The port actually listened on (the free one picked for port 0); 0 before listen().
    quint16 port() const { return m_port; }
    // http(s)://HOST:PORT/graphql, as printed in the ready line; empty before listen().
    QUrl url() const;
    bool usesTls() const { return !m_options.tlsCertificateFile.isEmpty(); }

    // The store's words when the delivery engine cannot write to it (empty: it can again).
    // /healthz answers 503 meanwhile, as it does while publishes fail to commit, with a plain
    // reason: it needs no token, so the SQL and paths stay in the log.
    void setEngineStoreProblem(const QString &storeMessage);
    // Accepts token, and no longer the one before, from the next request on.
    void setToken(const ApiToken &token) { m_token = token; }
    // GET /metrics answers from endpoint (not owned); without one the path is 404.
    void setMetricsEndpoint(const MetricsEndpoint *endpoint) { m_metrics = endpoint; }

private:
    std::optional<HttpResponse> screen(const HttpRequest &head) const;
    void handle(HttpConnection *connection, const HttpRequest &request);
    HttpResponse healthz(const HttpRequest &request) const;
    void publish(HttpConnection *connection, const HttpRequest &request);
    HttpResponse graphql(const HttpRequest &request);
    HttpResponse metrics(const HttpRequest &request) const;

    WebhookService &m_service;
    PublishWriter &m_writer;
    ApiToken m_token;
    ApiServerOptions m_options;
    GraphQLHttp m_graphql;
    std::unique_ptr<TransferEndpoint> m_transfer;
    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
    const MetricsEndpoint *m_metrics = nullptr;
    QString m_engineStoreProblem;
    QString m_publishStoreProblem; // set by a publish the store refused, cleared by one it took
};

} // namespace hookboard
