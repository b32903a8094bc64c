#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace hookboard {

// SPEC §2 event statuses (enum WebhookEventStatus).
enum class EventStatus
{
    Pending,
    Sending,
    Retrying,
    Succeeded,
    Failed,
    Cancelled
};

QString eventStatusName(EventStatus status); // "PENDING", ...
std::optional<EventStatus> eventStatusFromName(const QString &name);

// A change a source reports; it fans out into one event per matching active subscription.
struct Change
{
    QString resource;
    QString action;
    QByteArray data; // the published JSON object, as text: member order and number text are kept
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP try of an event: the request as sent and the response (or network error) as received.
struct Attempt
{
    qint64 id = 0;
    qint64 eventId = 0;
    int number = 0; // 1-based, continues across resends
    bool manual = false;
    qint64 startedAtMs = 0;
    int durationMs = 0;
    HttpHeaders requestHeaders;
    QByteArray requestBody;
    std::optional<int> responseCode;
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
    QString error;
};

// One delivery of one change to one receiver: the audit record (SPEC §1, §2).
struct Event
{
    qint64 id = 0;
    qint64 changeId = 0;
    qint64 receiverId = 0;
    std::optional<qint64> subscriptionId; // empty for test events
    QString resource;
    QString action;
    QByteArray payload; // the change's data, as published
    bool test = false;
    EventStatus status = EventStatus::Pending;
    int attemptCount = 0;
    std::optional<qint64> nextAttemptAtMs;
    std::optional<int> lastResponseCode;
    qint64 createdAtMs = 0; // publish time: the delivered occurred_at
    qint64 updatedAtMs = 0;
};

} // namespace hookboard
