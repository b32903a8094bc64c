#include "apiserver.h"

#include "common/jsontext.h"
#include "service/webhookservice.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace hookboard {

namespace {

Q_LOGGING_CATEGORY(lcApi, "hookboard.api")

using StatusCode = QHttpServerResponse::StatusCode;

const QByteArray kJson = QByteArrayLiteral("application/json");

QHttpServerResponse jsonResponse(const QByteArray &body, StatusCode status)
{
    QHttpServerResponse response(kJson, body, status);
    // Answers carry ids and error details about the caller's own data: never worth caching.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

QHttpServerResponse errorResponse(const QString &message, StatusCode status)
{
    return jsonResponse("{\"error\":" + jsontext::quote(message) + '}', status);
}

// SQLite says SQLITE_FULL in these words, whatever filled up (the disk, or a size limit).
bool isDiskFull(const QString &storeMessage)
{
    return storeMessage.contains(QLatin1String("database or disk is full"));
}

bool isDiskFull(const Error &error)
{
    return isDiskFull(error.message);
}

// What /healthz says of a store that refuses writes, without the store's own words.
QString storeProblem(const QString &storeMessage)
{
    return isDiskFull(storeMessage) ? ApiServer::tr("the disk is full: the store cannot take writes")
                                    : ApiServer::tr("the store refuses writes; see the Hookboard log");
}

// A service Error as an HTTP answer: the caller's mistakes in their own words, anything else as a
// generic 500 whose details go to the log only (they may name files and SQL).
QHttpServerResponse serviceErrorResponse(const Error &error)
{
    switch (error.code) {
    case ErrorCode::BadUserInput:
        return errorResponse(error.message, StatusCode::BadRequest);
    case ErrorCode::NotFound:
        return errorResponse(error.message, StatusCode::NotFound);
    case ErrorCode::EtagMismatch:
        return errorResponse(error.message, StatusCode::Conflict);
    case ErrorCode::StoreUnusable:
    case ErrorCode::Internal:
        break;
    }
    qCWarning(lcApi).noquote() << "internal error:" << errorCodeName(error.code) << error.rule
                               << error.message;
    if (isDiskFull(error))
        return errorResponse(ApiServer::tr("the disk is full: the change was not stored; free some space and "
                                           "publish it again"),
                             StatusCode::InsufficientStorage);
    return errorResponse(ApiServer::tr("internal error: the change was not published; see the Hookboard log"),
                         StatusCode::InternalServerError);
}

QHttpServerResponse methodNotAllowed(const QByteArray &allow)
{
    QHttpServerResponse response =
        errorResponse(ApiServer::tr("method: this endpoint accepts %1 only").arg(QLatin1String(allow)),
                      StatusCode::MethodNotAllowed);
    response.setHeader(QByteArrayLiteral("Allow"), allow);
    return response;
}

// Header names are case-insensitive (RFC 9110); the first occurrence wins.
QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return QByteArray();
}

// Why request may not pass (for a 401), or nothing when it carries token.
struct AuthProblem
{
    QString message;
    QByteArray challenge; // the WWW-Authenticate value
};

// How many times request carries header name.
int headerCount(const QHttpServerRequest &request, QByteArrayView name)
{
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    return int(std::count_if(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

std::optional<AuthProblem> authProblem(const ApiToken &token, const QHttpServerRequest &request)
{
    const QByteArray authorization = headerValue(request, "Authorization");
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
    qCInfo(lcApi).noquote() << "refused" << request.url().path() << "from"
                            << request.remoteAddress().toString() << ":" << message;
    return AuthProblem{message, challenge};
}

// A 401 answer when request does not carry token; nothing when it does.
std::optional<QHttpServerResponse> refusal(const ApiToken &token, const QHttpServerRequest &request)
{
    const std::optional<AuthProblem> problem = authProblem(token, request);
    if (!problem)
        return std::nullopt;
    QHttpServerResponse response = errorResponse(problem->message, StatusCode::Unauthorized);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), problem->challenge);
    return response;
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

} // namespace

ApiServer::ApiServer(WebhookService &service, ApiToken token, ApiServerOptions options, QObject *parent)
    : QObject(parent), m_service(service), m_token(std::move(token)), m_options(std::move(options)),
      m_graphql(service, Actor{m_token.name()})
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

    std::unique_ptr<QTcpServer> tcp;
    if (haveCert) {
        Result<QSslConfiguration> tls = loadTls(m_options);
        if (!tls)
            return tls.error();
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(*tls);
        tcp = std::move(sslServer);
    } else {
        tcp = std::make_unique<QTcpServer>();
    }
    // Our own QTcpServer rather than QHttpServer::listen(), which only logs why a listen failed.
    if (!tcp->listen(m_options.address, m_options.port))
        return Error::badInput(listenField, QStringLiteral("listen-failed"),
                               tr("%1: cannot listen on %2 port %3: %4")
                                   .arg(listenField, m_options.address.toString())
                                   .arg(m_options.port)
                                   .arg(tcp->errorString()));
    m_server = std::make_unique<QHttpServer>();
    addRoutes();
    m_port = tcp->serverPort();
    tcp->setParent(m_server.get());
    m_server->bind(tcp.release());
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

void ApiServer::addRoutes()
{
    m_server->route(QStringLiteral("/healthz"), [this](const QHttpServerRequest &request) {
        const bool head = request.method() == QHttpServerRequest::Method::Head;
        if (!head && request.method() != QHttpServerRequest::Method::Get)
            return methodNotAllowed(QByteArrayLiteral("GET, HEAD"));
        // Not ok while the store refuses writes: nothing published now would be kept.
        const QString problem =
            !m_publishStoreProblem.isEmpty() ? m_publishStoreProblem : m_engineStoreProblem;
        const StatusCode status = problem.isEmpty() ? StatusCode::Ok : StatusCode::ServiceUnavailable;
        // HEAD as GET without a body (RFC 9110 §9.3.2): load balancers probe with it.
        if (head)
            return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(), status);
        if (problem.isEmpty())
            return jsonResponse(QByteArrayLiteral("{\"status\":\"ok\"}"), status);
        return jsonResponse("{\"status\":\"failing\",\"error\":" + jsontext::quote(problem) + '}', status);
    });
    m_server->route(QStringLiteral("/v1/events"),
                    [this](const QHttpServerRequest &request) { return publish(request); });
    m_server->route(QStringLiteral("/graphql"),
                    [this](const QHttpServerRequest &request) { return graphql(request); });
    // Unknown paths ask for the token first, so they tell an anonymous caller nothing about what
    // exists.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (std::optional<QHttpServerResponse> refused = refusal(m_token, request)) {
            refused->write(std::move(responder));
            return;
        }
        errorResponse(tr("path: no endpoint %1").arg(request.url().path()), StatusCode::NotFound)
            .write(std::move(responder));
    });
}

QHttpServerResponse ApiServer::publish(const QHttpServerRequest &request)
{
    if (std::optional<QHttpServerResponse> refused = refusal(m_token, request))
        return std::move(*refused);
    if (request.method() != QHttpServerRequest::Method::Post)
        return methodNotAllowed(QByteArrayLiteral("POST"));
    const QByteArray body = request.body();
    if (body.size() > WebhookService::kMaxPublishBytes)
        return errorResponse(tr("body: must be at most 1 MiB (got %1 bytes)").arg(body.size()),
                             StatusCode::PayloadTooLarge);
    const QByteArray contentType = headerValue(request, "Content-Type");
    if (mediaType(contentType) != kJson)
        return errorResponse(
            tr("Content-Type: must be application/json (got \"%1\")").arg(QString::fromLatin1(contentType)),
            StatusCode::UnsupportedMediaType);

    // jsontext, not QJsonDocument: data must reach receivers with its member order and number text.
    Result<QList<jsontext::Member>> members = jsontext::objectMembers(body, QStringLiteral("body"));
    if (!members)
        return serviceErrorResponse(members.error());
    std::optional<QString> resource;
    std::optional<QString> action;
    std::optional<QByteArray> data;
    for (const jsontext::Member &member : *members) {
        const bool isResource = member.name == QLatin1String("resource");
        const bool isAction = member.name == QLatin1String("action");
        if (member.name == QLatin1String("data")) {
            if (data)
                return errorResponse(tr("data: must appear only once"), StatusCode::BadRequest);
            data = member.value;
        } else if (isResource || isAction) {
            std::optional<QString> &target = isResource ? resource : action;
            if (target)
                return errorResponse(tr("%1: must appear only once").arg(member.name),
                                     StatusCode::BadRequest);
            target = jsontext::stringValue(member.value);
            if (!target)
                return errorResponse(tr("%1: must be a string").arg(member.name), StatusCode::BadRequest);
        } else {
            return errorResponse(tr("%1: is not a field of a published change (expected resource, action and "
                                    "data)")
                                     .arg(member.name),
                                 StatusCode::BadRequest);
        }
    }
    if (!resource)
        return errorResponse(tr("resource: is required (a ResourceEnum value such as \"RUNS\")"),
                             StatusCode::BadRequest);
    if (!action)
        return errorResponse(
            tr("action: is required (a WebhookSubscriptionActions value such as \"CREATE\")"),
            StatusCode::BadRequest);
    if (!data)
        return errorResponse(tr("data: is required and must be a JSON object"), StatusCode::BadRequest);

    // The service checks the values (known resource and action, data an object) and commits before
    // it returns, so a 202 means the events are stored.
    Result<QList<qint64>> ids = m_service.publish(Change{*resource, *action, *data});
    if (!ids) {
        const ErrorCode code = ids.error().code;
        if (code == ErrorCode::Internal || code == ErrorCode::StoreUnusable)
            m_publishStoreProblem = storeProblem(ids.error().message);
        return serviceErrorResponse(ids.error());
    }
    m_publishStoreProblem.clear();
    QByteArray answer = QByteArrayLiteral("{\"eventIds\":[");
    for (qsizetype i = 0; i < ids->size(); ++i) {
        if (i > 0)
            answer += ',';
        answer += QByteArray::number(ids->at(i));
    }
    answer += "]}";
    return jsonResponse(answer, StatusCode::Accepted);
}

QHttpServerResponse ApiServer::graphql(const QHttpServerRequest &request)
{
    GraphQLHttp::Request r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = GraphQLHttp::Method::Get;
        break;
    case QHttpServerRequest::Method::Post:
        r.method = GraphQLHttp::Method::Post;
        break;
    default:
        r.method = GraphQLHttp::Method::Other;
        break;
    }
    r.url = request.url();
    r.accept = headerValue(request, "Accept");
    r.contentType = headerValue(request, "Content-Type");
    r.body = request.body();
    // GraphQL clients get a 401 they can read: a GraphQL error with code UNAUTHENTICATED.
    const std::optional<AuthProblem> problem = authProblem(m_token, request);
    const GraphQLHttp::Reply reply =
        problem ? GraphQLHttp::unauthenticated(r.accept, problem->message) : m_graphql.handle(r);
    QHttpServerResponse response(reply.contentType, reply.body, StatusCode(reply.status));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    for (const auto &[name, value] : reply.headers)
        response.setHeader(name, value);
    if (problem)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), problem->challenge);
    return response;
}

} // namespace hookboard
