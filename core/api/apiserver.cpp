#include "apiserver.h"

#include "api/apiresponse.h"
#include "api/metricsendpoint.h"
#include "api/transferendpoint.h"
#include "common/jsontext.h"
#include "http/httpserver.h"
#include "service/publishwriter.h"
#include "service/webhookservice.h"
#include "stats/prometheustext.h"

#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace hookboard {

static_assert(ApiServer::kMaxBodyBytes >= WebhookService::kMaxPublishBytes &&
              ApiServer::kMaxBodyBytes >= GraphQLHttp::kMaxBodyBytes);

namespace {

using apiresponse::addPrivateHeaders;
using apiresponse::isDiskFull;
using apiresponse::methodNotAllowed;

const QByteArray kJson = QByteArrayLiteral("application/json");

// What /healthz says of a store that refuses writes, without the store's own words.
QString storeProblem(const QString &storeMessage)
{
    return isDiskFull(storeMessage) ? ApiServer::tr("the disk is full: the store cannot take writes")
                                    : ApiServer::tr("the store refuses writes; see the Hookboard log");
}

// Why request may not pass (for a 401), or nothing when it carries token.
struct AuthProblem
{
    QString message;
    QByteArray challenge; // the WWW-Authenticate value
};

// How many times request carries header name.
int headerCount(const HttpRequest &request, QByteArrayView name)
{
    return int(std::count_if(request.headers.cbegin(), request.headers.cend(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

std::optional<AuthProblem> authProblem(const ApiToken &token, const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    const QByteArray credentials = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    QString message;
    QByteArray challenge = QByteArrayLiteral("Bearer realm=\"hookboard\"");
    if (authorization.isEmpty()) {
        message = ApiServer::tr("Authorization: required, as \"Bearer <token>\"");
    } else if (headerCount(request, "Authorization") > 1) {
        // Which one would count is a guess a proxy and we could make differently: refuse both.
        message = ApiServer::tr("Authorization: must be given once (got it more than once)");
        challenge += QByteArrayLiteral(", error=\"invalid_request\"");
    } else if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 || credentials.isEmpty()) {
        message = ApiServer::tr("Authorization: must be \"Bearer <token>\"");
        challenge += QByteArrayLiteral(", error=\"invalid_request\"");
    } else if (!token.matches(credentials)) {
        message = ApiServer::tr("Authorization: the bearer token is not valid");
        challenge += QByteArrayLiteral(", error=\"invalid_token\"");
    } else {
        return std::nullopt;
    }
    qCInfo(lcApi).noquote() << "refused" << QString::fromLatin1(request.path()) << ":" << message;
    return AuthProblem{message, challenge};
}

// The media type of a Content-Type value, without parameters, in lower case.
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

struct Deleters
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

// Never prompts on the terminal for a passphrase: an encrypted key is refused instead.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

Result<QByteArray> readFile(const QString &path, const QString &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(field, QStringLiteral("readable"),
                               ApiServer::tr("%1: cannot read %2: %3").arg(field, path, file.errorString()));
    return file.readAll();
}

// The server side of TLS from the operator's PEM files; errors name the option and the file.
Result<QSslConfiguration> loadTls(const ApiServerOptions &options)
{
    const QString certField = QStringLiteral("--api-tls-cert");
    const QString keyField = QStringLiteral("--api-tls-key");
    const QString &certPath = options.tlsCertificateFile;
    const QString &keyPath = options.tlsKeyFile;
    Result<QByteArray> certPem = readFile(certPath, certField);
    if (!certPem)
        return certPem.error();
    Result<QByteArray> keyPem = readFile(keyPath, keyField);
    if (!keyPem)
        return keyPem.error();

    // OpenSSL checks what Qt cannot: that the key is the certificate's own.
    std::unique_ptr<BIO, Deleters> certBio(BIO_new_mem_buf(certPem->constData(), int(certPem->size())));
    std::unique_ptr<BIO, Deleters> keyBio(BIO_new_mem_buf(keyPem->constData(), int(keyPem->size())));
    std::unique_ptr<X509, Deleters> certificate(
        certBio ? PEM_read_bio_X509(certBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    std::unique_ptr<EVP_PKEY, Deleters> key(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    ERR_clear_error(); // what failed is said below, in words
    if (!certificate)
        return Error::badInput(
            certField, QStringLiteral("pem"),
            ApiServer::tr("%1: %2 holds no PEM X.509 certificate").arg(certField, certPath));
    if (!key)
        return Error::badInput(
            keyField, QStringLiteral("pem"),
            ApiServer::tr("%1: %2 holds no unencrypted PEM private key").arg(keyField, keyPath));
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return Error::badInput(keyField, QStringLiteral("key-mismatch"),
                               ApiServer::tr("%1: the key in %2 does not belong to the certificate in %3")
                                   .arg(keyField, keyPath, certPath));
    }
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_base_id(key.get())) {
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    default:
        return Error::badInput(
            keyField, QStringLiteral("key-type"),
            ApiServer::tr("%1: the key in %2 must be an EC or RSA key").arg(keyField, keyPath));
    }
    // Handed to Qt as PKCS#8 whatever form the file used (SEC1, PKCS#1), so Qt's loader sees one shape.
    std::unique_ptr<BIO, Deleters> pkcs8(BIO_new(BIO_s_mem()));
    if (!pkcs8 ||
        PEM_write_bio_PrivateKey(pkcs8.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ERR_clear_error();
        return Error::internal(ApiServer::tr("%1: cannot re-encode the key in %2").arg(keyField, keyPath));
    }
    char *pkcs8Data = nullptr;
    const long pkcs8Size = BIO_get_mem_data(pkcs8.get(), &pkcs8Data);
    const QSslKey qtKey(QByteArray(pkcs8Data, pkcs8Size), algorithm, QSsl::Pem, QSsl::PrivateKey);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (qtKey.isNull() || chain.isEmpty())
        return Error::internal(
            ApiServer::tr("%1: Qt's TLS backend cannot load %2 and %3").arg(certField, certPath, keyPath));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(qtKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(
        QSslSocket::VerifyNone); // clients prove themselves with the token, not a certificate
    return tls;
}

// The body of POST /v1/events as a change: exactly resource, action and data, each once.
// jsontext, not QJsonDocument: data must reach receivers with its member order and number text.
Result<Change> changeFrom(const QByteArray &body)
{
    const auto bad = [](const QString &field, const QString &rule, const QString &message) {
        return Error::badInput(field, rule, message);
    };
    Result<QList<jsontext::Member>> members = jsontext::objectMembers(body, QStringLiteral("body"));
    if (!members)
        return members.error();
    std::optional<QString> resource;
    std::optional<QString> action;
    std::optional<QByteArray> data;
    for (const jsontext::Member &member : *members) {
        const bool isResource = member.name == QLatin1String("resource");
        const bool isAction = member.name == QLatin1String("action");
        if (member.name == QLatin1String("data")) {
            if (data)
                return bad(member.name, QStringLiteral("once"), ApiServer::tr("data: must appear only once"));
            data = member.value;
        } else if (isResource || isAction) {
            std::optional<QString> &target = isResource ? resource : action;
            if (target)
                return bad(member.name, QStringLiteral("once"),
                           ApiServer::tr("%1: must appear only once").arg(member.name));
            target = jsontext::stringValue(member.value);
            if (!target)
                return bad(member.name, QStringLiteral("string"),
                           ApiServer::tr("%1: must be a string").arg(member.name));
        } else {
            return bad(member.name, QStringLiteral("unknown-field"),
                       ApiServer::tr("%1: is not a field of a published change (expected resource, action "
                                     "and data)")
                           .arg(member.name));
        }
    }
    if (!resource)
        return bad(QStringLiteral("resource"), QStringLiteral("required"),
                   ApiServer::tr("resource: is required (a ResourceEnum value such as \"RUNS\")"));
    if (!action)
        return bad(
            QStringLiteral("action"), QStringLiteral("required"),
            ApiServer::tr("action: is required (a WebhookSubscriptionActions value such as \"CREATE\")"));
    if (!data)
        return bad(QStringLiteral("data"), QStringLiteral("required"),
                   ApiServer::tr("data: is required and must be a JSON object"));
    return Change{*resource, *action, *data};
}

} // namespace

ApiServer::ApiServer(WebhookService &service, PublishWriter &writer, ApiToken token, ApiServerOptions options,
                     QObject *parent)
    : QObject(parent), m_service(service), m_writer(writer), m_token(std::move(token)),
      m_options(std::move(options)), m_graphql(service, Actor{m_token.name()}),
      m_transfer(std::make_unique<TransferEndpoint>(service, Actor{m_token.name()}))
{}

ApiServer::~ApiServer() = default;

Status ApiServer::listen()
{
    const QString listenField = QStringLiteral("--api-listen");
    if (m_server)
        return Error::internal(tr("%1: the API is already listening").arg(listenField));
    const bool haveCert = !m_options.tlsCertificateFile.isEmpty();
    const bool haveKey = !m_options.tlsKeyFile.isEmpty();
    if (haveCert != haveKey)
        return Error::badInput(haveCert ? QStringLiteral("--api-tls-key") : QStringLiteral("--api-tls-cert"),
                               QStringLiteral("tls-pair"),
                               tr("--api-tls-cert and --api-tls-key go together: give both or neither"));
    // The token travels in every request: in clear text it must not leave this machine.
    if (!haveCert && !m_options.address.isLoopback())
        return Error::badInput(listenField, QStringLiteral("loopback-without-tls"),
                               tr("%1: %2 is not a loopback address; listening beyond this machine needs "
                                  "--api-tls-cert and --api-tls-key")
                                   .arg(listenField, m_options.address.toString()));

    auto server = std::make_unique<HttpServer>();
    if (haveCert) {
        Result<QSslConfiguration> tls = loadTls(m_options);
        if (!tls)
            return tls.error();
        server->setTlsConfiguration(*tls);
    }
    server->setMaxBodyBytes(kMaxBodyBytes);
    server->setHeadFilter([this](const HttpRequest &head) { return screen(head); });
    connect(server.get(), &HttpServer::requestReceived, this, &ApiServer::handle);
    if (Status listening = server->listen(m_options.address, m_options.port, listenField); !listening)
        return listening;
    m_port = server->serverPort();
    m_server = std::move(server);
    qCDebug(lcApi).noquote() << "listening on" << url().toString();
    return {};
}

void ApiServer::setEngineStoreProblem(const QString &storeMessage)
{
    m_engineStoreProblem = storeMessage.isEmpty() ? QString() : storeProblem(storeMessage);
}

QUrl ApiServer::url() const
{
    if (!m_port)
        return QUrl();
    QUrl url;
    url.setScheme(usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/graphql"));
    return url;
}

// Decided from the head alone, before any body is read: the token (every path but /healthz, so
// that unknown paths tell an anonymous caller nothing about what exists) and the publish size.
std::optional<HttpResponse> ApiServer::screen(const HttpRequest &head) const
{
    const QByteArray path = head.path();
    if (path == "/healthz")
        return std::nullopt;
    if (const std::optional<AuthProblem> problem = authProblem(m_token, head)) {
        HttpResponse refused;
        if (path == "/graphql") {
            // GraphQL clients get a 401 they can read: a GraphQL error with code UNAUTHENTICATED.
            const GraphQLHttp::Reply reply =
                GraphQLHttp::unauthenticated(head.header("Accept").trimmed(), problem->message);
            refused = HttpResponse{reply.status, {{"Content-Type", reply.contentType}}, reply.body};
            addPrivateHeaders(refused);
        } else {
            refused = apiresponse::error(401, problem->message);
        }
        refused.headers.append(qMakePair(QByteArray("WWW-Authenticate"), problem->challenge));
        return refused;
    }
    const qsizetype length = head.header("Content-Length").toLongLong();
    if (path == "/v1/events" && length > WebhookService::kMaxPublishBytes)
        return apiresponse::error(413, tr("body: must be at most 1 MiB (got %1 bytes)").arg(length));
    if (TransferEndpoint::serves(path) && length > kMaxBodyBytes)
        return apiresponse::error(413,
                                  tr("body: a configuration sent to the API must be at most %1 MiB (got %2 "
                                     "bytes); import a larger file from the console")
                                      .arg(kMaxBodyBytes / (1024 * 1024))
                                      .arg(length));
    return std::nullopt;
}

void ApiServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/v1/events")
        publish(connection, request);
    else if (path == "/graphql")
        connection->respond(graphql(request));
    else if (path == "/healthz")
        connection->respond(healthz(request));
    else if (path == "/metrics" && m_metrics)
        connection->respond(metrics(request));
    else if (TransferEndpoint::serves(path))
        connection->respond(m_transfer->respond(request));
    else
        connection->respond(
            apiresponse::error(404, tr("path: no endpoint %1").arg(QString::fromLatin1(path))));
}

HttpResponse ApiServer::healthz(const HttpRequest &request) const
{
    // HEAD as GET without a body (RFC 9110 §9.3.2; the connection leaves the body out): load
    // balancers probe with it.
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(QByteArrayLiteral("GET, HEAD"));
    // Not ok while the store refuses writes: nothing published now would be kept.
    const QString problem = !m_publishStoreProblem.isEmpty() ? m_publishStoreProblem : m_engineStoreProblem;
    if (problem.isEmpty())
        return apiresponse::json(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
    return apiresponse::json(503, "{\"status\":\"failing\",\"error\":" + jsontext::quote(problem) + '}');
}

HttpResponse ApiServer::metrics(const HttpRequest &request) const
{
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed(QByteArrayLiteral("GET, HEAD"));
    const Result<QByteArray> text = m_metrics->render();
    if (!text) {
        qCWarning(lcApi).noquote() << "metrics:" << text.error().message;
        return apiresponse::error(503, tr("store: cannot be read now; the log has the details"));
    }
    return HttpResponse{
        200, {{"Content-Type", PrometheusText::kContentType}, {"Cache-Control", "no-store"}}, *text};
}

void ApiServer::publish(HttpConnection *connection, const HttpRequest &request)
{
    if (request.method != "POST") {
        connection->respond(methodNotAllowed(QByteArrayLiteral("POST")));
        return;
    }
    const QByteArray contentType = request.header("Content-Type").trimmed();
    if (mediaType(contentType) != kJson) {
        connection->respond(apiresponse::error(
            415,
            tr("Content-Type: must be application/json (got \"%1\")").arg(QString::fromLatin1(contentType))));
        return;
    }
    Result<Change> change = changeFrom(request.body);
    if (change)
        change = WebhookService::checkedChange(*change);
    if (!change) {
        connection->respond(apiresponse::serviceError(
            change.error(), tr("internal error: the change was not published; see the Hookboard log")));
        return;
    }
    // The writer commits (with whatever else arrived meanwhile) before it answers, so a 202 means
    // the events are stored.
    m_writer.submit(
        *change, this,
        [this, connection = QPointer<HttpConnection>(connection)](const Result<QList<qint64>> &ids) {
            if (!ids) {
                const ErrorCode code = ids.error().code;
                if (code == ErrorCode::Internal || code == ErrorCode::StoreUnusable)
                    m_publishStoreProblem = storeProblem(ids.error().message);
            } else {
                m_publishStoreProblem.clear();
            }
            if (!connection)
                return; // the client left; its events are stored all the same
            if (!ids) {
                connection->respond(apiresponse::serviceError(
                    ids.error(), tr("internal error: the change was not published; see the Hookboard log")));
                return;
            }
            QByteArray answer = QByteArrayLiteral("{\"eventIds\":[");
            for (qsizetype i = 0; i < ids->size(); ++i) {
                if (i > 0)
                    answer += ',';
                answer += QByteArray::number(ids->at(i));
            }
            answer += "]}";
            connection->respond(apiresponse::json(202, answer));
        });
}

HttpResponse ApiServer::graphql(const HttpRequest &request)
{
    GraphQLHttp::Request r;
    if (request.method == "GET")
        r.method = GraphQLHttp::Method::Get;
    else if (request.method == "POST")
        r.method = GraphQLHttp::Method::Post;
    else
        r.method = GraphQLHttp::Method::Other;
    r.url = QUrl::fromEncoded(request.target);
    r.accept = request.header("Accept").trimmed();
    r.contentType = request.header("Content-Type").trimmed();
    r.body = request.body;
    const GraphQLHttp::Reply reply = m_graphql.handle(r);
    HttpResponse response{reply.status, {{"Content-Type", reply.contentType}}, reply.body};
    addPrivateHeaders(response);
    for (const auto &[name, value] : reply.headers)
        response.headers.append(qMakePair(name, value));
    return response;
}

} // namespace hookboard
