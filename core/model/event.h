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

// The first value of the header called name (case-insensitive), or a null QByteArray.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// A header's bytes as text for people and the API: UTF-8 when they are valid UTF-8 (custom header
// values are sent so, and many servers answer so), else Latin-1, as HTTP's obs-text reads.
QString headerText(const QByteArray &bytes);

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
    std::optional<int> lastDurationMs; // of the latest attempt; empty before the first one
    qint64 createdAtMs = 0;            // publish time: the delivered occurred_at
    qint64 updatedAtMs = 0;
};

// How a list of events is ordered: by one key, then by time, then by id, all in one direction.
// One direction for every column lets a page continue after its last row with a single row-value
// comparison that SQLite answers from its (key, created_at) indexes instead of sorting the table.
struct EventOrder
{
    enum class Key
    {
        Id,             // e.id alone: the API's cursors are ids
        Time,           // created_at, then id
        StatusName,     // status name, then time
        Receiver,       // receiver id, then time
        ResourceAction, // resource, action, then time
        Attempts,       // attempt count, then time
        ResponseCode    // last response code (none sorts lowest), then time
    };
    Key key = Key::Id;
    bool ascending = false; // false: newest (largest) first

    // True when a comes before b in this order, exactly as EventStore::list orders rows.
    bool precedes(const Event &a, const Event &b) const;
};

} // namespace hookboard
