#include "outgoingrequest.h"

#include "common/clock.h"
#include "common/jsontext.h"
#include "delivery/signature.h"

namespace hookboard {

namespace {

const QString kFormContentType = QStringLiteral("application/x-www-form-urlencoded");

// The JSON document of SPEC §3, built as text: the stored payload is already compact JSON whose
// number text and member order must reach the receiver untouched, which a QJsonDocument round trip
// (numbers through double) would not guarantee.
QByteArray jsonBody(const Event &event)
{
    const QByteArray subscription =
        event.subscriptionId ? QByteArray::number(*event.subscriptionId) : QByteArrayLiteral("null");
    // An empty payload cannot come from a publish (data must be an object); keep the document valid
    // rather than send "data":} if a store row was ever damaged.
    const QByteArray data = event.payload.isEmpty() ? QByteArrayLiteral("{}") : event.payload;

    QByteArray body;
    body.reserve(160 + data.size());
    body += "{\"event_id\":" + QByteArray::number(event.id);
    body += ",\"subscription_id\":" + subscription;
    body += ",\"receiver_id\":" + QByteArray::number(event.receiverId);
    body += ",\"resource\":" + jsontext::quote(event.resource);
    body += ",\"action\":" + jsontext::quote(event.action);
    body += ",\"occurred_at\":" + jsontext::quote(isoUtc(event.createdAtMs));
    body += ",\"data\":" + data;
    body += '}';
    return body;
}

} // namespace

QByteArray requestBody(const Event &event, const Receiver &receiver)
{
    const QByteArray json = jsonBody(event);
    if (receiver.contentType.compare(kFormContentType, Qt::CaseInsensitive) != 0)
        return json;
    // toPercentEncoding() with no exceptions leaves only RFC 3986's unreserved characters as they
    // are (A-Z a-z 0-9 - . _ ~) and encodes everything else, space as %20 rather than '+': every
    // form decoder reads that back to the same JSON.
    return "payload=" + json.toPercentEncoding();
}

OutgoingRequest buildRequest(const Event &event, const Receiver &receiver, qint64 nowMs)
{
    OutgoingRequest request;
    request.url = QUrl(receiver.webhookUri, QUrl::StrictMode);
    request.body = requestBody(event, receiver);

    // Seconds of this attempt, so each retry carries a fresh timestamp that receivers can check
    // against replays; the body itself never changes.
    const qint64 timestamp = nowMs / 1000;
    const QByteArray webhookId = "evt_" + QByteArray::number(event.id);

    QByteArray standardSignature =
        signature::standardWebhooks(receiver.sharedSecret, webhookId, timestamp, request.body);
    const bool inGracePeriod =
        !receiver.previousSecret.isEmpty() && nowMs < receiver.previousSecretExpiresAtMs;
    if (inGracePeriod) {
        standardSignature +=
            ' ' + signature::standardWebhooks(receiver.previousSecret, webhookId, timestamp, request.body);
    }

    HttpHeaders &headers = request.headers;
    headers.reserve(6 + receiver.headers.size());
    headers.append({QByteArrayLiteral("Content-Type"), receiver.contentType.toUtf8()});
    headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Hookboard/" HOOKBOARD_VERSION)});
    for (const WebhookHeader &header : receiver.headers)
        headers.append({header.key.toUtf8(), header.value.toUtf8()});
    headers.append({QByteArrayLiteral("webhook-id"), webhookId});
    headers.append({QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestamp)});
    headers.append({QByteArrayLiteral("webhook-signature"), standardSignature});
    // GitHub's scheme has no room for a second signature, so it follows the current secret only.
    headers.append(
        {QByteArrayLiteral("X-Hub-Signature-256"), signature::github(receiver.sharedSecret, request.body)});
    return request;
}

} // namespace hookboard
