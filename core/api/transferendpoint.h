#pragma once

#include "http/httpresponse.h"
#include "service/webhookservice.h"

namespace hookboard {

struct HttpRequest;

// Export and import over the local API (issue 12):
//   GET  /v1/events/export?format=csv|jsonl|har&status=…&receiverId=…&…  the event log, streamed
//   GET  /v1/configuration[?secrets=include]                            the configuration file
//   POST /v1/configuration/import[?dryRun=true]                          plan (and apply) a file
// Reads and writes through the API's service, on the API's thread.
class TransferEndpoint
{
public:
    TransferEndpoint(WebhookService &service, Actor actor);

    // Whether path is one of this endpoint's.
    static bool serves(const QByteArray &path);
    HttpResponse respond(const HttpRequest &request);

private:
    HttpResponse exportEvents(const HttpRequest &request);
    HttpResponse exportConfiguration(const HttpRequest &request);
    HttpResponse importConfiguration(const HttpRequest &request);

    WebhookService &m_service;
    Actor m_actor;
};

} // namespace hookboard
