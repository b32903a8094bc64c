#pragma once

#include "user.h"

#include <QList>
#include <QString>
#include <optional>

namespace hookboard {

// One custom HTTP header a receiver adds to every delivery.
struct WebhookHeader
{
    qint64 id = 0; // 0 until stored
    QString key;
    QString value;

    friend bool operator==(const WebhookHeader &, const WebhookHeader &) = default;
};

// How deliveries to one receiver behave (SPEC §2). Empty optional = use the global setting.
struct DeliverySettings
{
    bool ordered = false;                    // one attempt at a time, in publish order
    std::optional<int> maxInFlight;          // attempts in flight at once, 1..64
    std::optional<int> timeoutMs;            // per attempt, 1 s..120 s
    std::optional<QList<int>> retrySchedule; // seconds between attempts, 1..20 steps of 1 s..24 h

    friend bool operator==(const DeliverySettings &, const DeliverySettings &) = default;
};

// An endpoint that receives signed deliveries (SPEC §1).
struct Receiver
{
    qint64 id = 0;
    QString etag;
    QString name;
    QString description;
    QString webhookUri;
    QString sharedSecret;
    QString previousSecret;               // rotated-out secret, still signed with during its grace period
    qint64 previousSecretExpiresAtMs = 0; // 0 when there is none
    QString contentType = QStringLiteral("application/json");
    int expectedResponseCode = 200;
    bool active = true;
    QString disabledReason; // why the receiver was disabled automatically; empty otherwise
    QList<WebhookHeader> headers;
    DeliverySettings delivery;
    User createdBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// The writable fields of a receiver. For create, unset fields take their defaults; for update,
// only set fields change (a given header list replaces the old one).
struct ReceiverInput
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> webhookUri;
    std::optional<QString> sharedSecret;
    std::optional<QString> contentType;
    std::optional<int> expectedResponseCode;
    std::optional<bool> active;
    std::optional<QList<WebhookHeader>> headers; // ids are ignored: stored headers get new ids
    std::optional<DeliverySettings> delivery;
};

} // namespace hookboard
