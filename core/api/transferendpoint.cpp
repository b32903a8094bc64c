#include "transferendpoint.h"

#include "api/apiresponse.h"
#include "http/httprequest.h"
#include "transfer/configdocument.h"
#include "transfer/configimport.h"
#include "transfer/eventexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrlQuery>

namespace hookboard {

namespace {

const QByteArray kExportPath = QByteArrayLiteral("/v1/events/export");
const QByteArray kConfigurationPath = QByteArrayLiteral("/v1/configuration");
const QByteArray kImportPath = QByteArrayLiteral("/v1/configuration/import");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransferEndpoint)
};

// The event export as a streamed HTTP body.
class ExportStream final : public HttpBodyStream
{
public:
    ExportStream(const WebhookService &service, EventFilter filter, ExportFormat format)
        : m_export(service, std::move(filter), format)
    {}
    Result<QByteArray> next() override { return m_export.next(); }
    bool atEnd() const override { return m_export.atEnd(); }

private:
    EventExport m_export;
};

QUrlQuery queryOf(const HttpRequest &request)
{
    const qsizetype mark = request.target.indexOf('?');
    return QUrlQuery(mark < 0 ? QString() : QString::fromUtf8(request.target.mid(mark + 1)));
}

Error badParameter(const QString &name, const QString &rule, const QString &what)
{
    return Error::badInput(name, rule, QStringLiteral("%1: %2").arg(name, what));
}

Result<std::optional<qint64>> idParameter(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return badParameter(name, QStringLiteral("id"), Text::tr("must be an id (a positive whole number)"));
    return std::optional<qint64>(id);
}

Result<std::optional<qint64>> timeParameter(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    QDateTime time = QDateTime::fromString(query.queryItemValue(name, QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    if (!time.isValid())
        return badParameter(name, QStringLiteral("date-time"),
                            Text::tr("must be an ISO 8601 time such as 2026-11-23T12:00:00Z"));
    return std::optional<qint64>(time.toMSecsSinceEpoch());
}

// The event log filter in query parameters, named as the GraphQL WebhookEventFilters fields are;
// status may list several statuses (status=FAILED,RETRYING) and q is payload text.
Result<EventFilter> filterOf(const QUrlQuery &query)
{
    EventFilter filter;
    for (const QString &name :
         query.queryItemValue(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<EventStatus> status = eventStatusFromName(name.trimmed());
        if (!status)
            return badParameter(
                QStringLiteral("status"), QStringLiteral("enum"),
                Text::tr("\"%1\" is not an event status (PENDING, SENDING, SUCCEEDED, RETRYING, "
                         "FAILED, CANCELLED)")
                    .arg(name));
        filter.statuses.append(*status);
    }
    Result<std::optional<qint64>> receiverId = idParameter(query, QStringLiteral("receiverId"));
    Result<std::optional<qint64>> subscriptionId = idParameter(query, QStringLiteral("subscriptionId"));
    Result<std::optional<qint64>> since = timeParameter(query, QStringLiteral("since"));
    Result<std::optional<qint64>> until = timeParameter(query, QStringLiteral("until"));
    for (const Result<std::optional<qint64>> *given : {&receiverId, &subscriptionId, &since, &until}) {
        if (!*given)
            return given->error();
    }
    filter.receiverId = *receiverId;
    filter.subscriptionId = *subscriptionId;
    filter.sinceMs = *since;
    filter.untilMs = *until;
    for (const auto &[name, target] : {std::pair{QStringLiteral("resource"), &filter.resource},
                                       std::pair{QStringLiteral("action"), &filter.action},
                                       std::pair{QStringLiteral("q"), &filter.payloadContains}}) {
        if (query.hasQueryItem(name))
            *target = query.queryItemValue(name, QUrl::FullyDecoded);
    }
    if (query.hasQueryItem(QStringLiteral("test"))) {
        const QString test = query.queryItemValue(QStringLiteral("test"));
        if (test != QLatin1String("true") && test != QLatin1String("false"))
            return badParameter(QStringLiteral("test"), QStringLiteral("boolean"),
                                Text::tr("must be true or false"));
        filter.test = test == QLatin1String("true");
    }
    return filter;
}

HttpResponse attachment(HttpResponse response, const QString &fileName)
{
    response.headers.append(
        qMakePair(QByteArray("Content-Disposition"), "attachment; filename=\"" + fileName.toLatin1() + '"'));
    return response;
}

} // namespace

TransferEndpoint::TransferEndpoint(WebhookService &service, Actor actor)
    : m_service(service), m_actor(std::move(actor))
{}

bool TransferEndpoint::serves(const QByteArray &path)
{
    return path == kExportPath || path == kConfigurationPath || path == kImportPath;
}

HttpResponse TransferEndpoint::respond(const HttpRequest &request)
{
    const QByteArray path = request.path();
    if (path == kImportPath)
        return request.method == "POST" ? importConfiguration(request)
                                        : apiresponse::methodNotAllowed(QByteArrayLiteral("POST"));
    if (request.method != "GET" && request.method != "HEAD")
        return apiresponse::methodNotAllowed(QByteArrayLiteral("GET, HEAD"));
    return path == kExportPath ? exportEvents(request) : exportConfiguration(request);
}

HttpResponse TransferEndpoint::exportEvents(const HttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    const QString formatName = query.queryItemValue(QStringLiteral("format"));
    const std::optional<ExportFormat> format =
        exportFormatFromName(formatName.isEmpty() ? QStringLiteral("jsonl") : formatName);
    if (!format)
        return apiresponse::error(400,
                                  Text::tr("format: must be csv, jsonl or har (got \"%1\")").arg(formatName));
    Result<EventFilter> filter = filterOf(query);
    if (!filter)
        return apiresponse::serviceError(filter.error(), {});
    HttpResponse response{200, {{"Content-Type", exportMimeType(*format)}}, {}, {}};
    apiresponse::addPrivateHeaders(response);
    response.stream = std::make_shared<ExportStream>(m_service, *filter, *format);
    return attachment(response, QStringLiteral("hookboard-events.") + exportFormatName(*format));
}

HttpResponse TransferEndpoint::exportConfiguration(const HttpRequest &request)
{
    const QString secrets = queryOf(request).queryItemValue(QStringLiteral("secrets"));
    if (!secrets.isEmpty() && secrets != QLatin1String("include") && secrets != QLatin1String("omit"))
        return apiresponse::error(400,
                                  Text::tr("secrets: must be include or omit (got \"%1\")").arg(secrets));
    Result<ConfigDocument> document = ConfigDocument::read(m_service, secrets == QLatin1String("include"));
    if (!document)
        return apiresponse::serviceError(
            document.error(), Text::tr("internal error: the configuration could not be read; see the "
                                       "Hookboard log"));
    return attachment(apiresponse::json(200, document->toJson()),
                      QStringLiteral("hookboard-configuration.json"));
}

HttpResponse TransferEndpoint::importConfiguration(const HttpRequest &request)
{
    const QString dryRun = queryOf(request).queryItemValue(QStringLiteral("dryRun"));
    if (!dryRun.isEmpty() && dryRun != QLatin1String("true") && dryRun != QLatin1String("false"))
        return apiresponse::error(400, Text::tr("dryRun: must be true or false (got \"%1\")").arg(dryRun));
    const QString failed = Text::tr("internal error: nothing was imported; see the Hookboard log");
    Result<ConfigDocument> document = ConfigDocument::parse(request.body);
    if (!document)
        return apiresponse::serviceError(document.error(), failed);
    Result<ImportPlan> plan = configimport::plan(m_service, *document);
    if (!plan)
        return apiresponse::serviceError(plan.error(), failed);
    if (dryRun == QLatin1String("true"))
        return apiresponse::json(200, plan->toJson());
    Result<ImportResult> result = configimport::apply(m_service, *plan, m_actor);
    if (!result)
        return apiresponse::serviceError(result.error(), failed);
    return apiresponse::json(200, result->toJson());
}

} // namespace hookboard
