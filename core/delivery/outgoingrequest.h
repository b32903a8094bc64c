#pragma once

#include "model/event.h"
#include "model/receiver.h"

#include <QByteArray>
#include <QUrl>

namespace hookboard {

// One HTTP request as Hookboard will send it: recorded byte for byte as the attempt's request.
struct OutgoingRequest
{
    QUrl url;
    QByteArray body;     // the same bytes on every attempt of an event
    HttpHeaders headers; // in sending order, signatures included
};

// Builds the SPEC §3 request for one attempt of event to receiver: the body (JSON, or
// "payload=<percent-encoded JSON>" for form content), Content-Type, User-Agent, the receiver's
// custom headers, the Standard Webhooks headers (both signatures while a rotated-out secret is in
// its grace period at nowMs) and X-Hub-Signature-256. webhook-timestamp is nowMs in seconds.
OutgoingRequest buildRequest(const Event &event, const Receiver &receiver, qint64 nowMs);

// The body alone: {"event_id":…,"subscription_id":…|null,"receiver_id":…,"resource":…,"action":…,
// "occurred_at":"<UTC ms>","data":<payload as stored>} (form-encoded for form receivers).
QByteArray requestBody(const Event &event, const Receiver &receiver);

} // namespace hookboard
