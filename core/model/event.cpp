#include "event.h"

#include <QStringDecoder>
#include <array>

namespace hookboard {

namespace {
struct StatusName
{
    EventStatus status;
    const char *name;
};
constexpr std::array<StatusName, 6> kStatusNames{{
    {EventStatus::Pending, "PENDING"},
    {EventStatus::Sending, "SENDING"},
    {EventStatus::Retrying, "RETRYING"},
    {EventStatus::Succeeded, "SUCCEEDED"},
    {EventStatus::Failed, "FAILED"},
    {EventStatus::Cancelled, "CANCELLED"},
}};
} // namespace

QString eventStatusName(EventStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString headerText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

namespace {

// -1, 0 or 1, as SQLite's BINARY collation and integer comparison order these values.
template <typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    // BINARY collation compares UTF-8 bytes, which for UTF-16 text is code point order; the names
    // compared here (statuses, resources, actions) are ASCII, where both agree.
    const int c = QString::compare(a, b, Qt::CaseSensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// The leading key of order, before time and id break ties.
int compareKey(const Event &a, const Event &b, EventOrder::Key key)
{
    switch (key) {
    case EventOrder::Key::Id:
    case EventOrder::Key::Time:
        return 0;
    case EventOrder::Key::StatusName:
        return compareText(eventStatusName(a.status), eventStatusName(b.status));
    case EventOrder::Key::Receiver:
        return compareValues(a.receiverId, b.receiverId);
    case EventOrder::Key::ResourceAction:
        if (const int c = compareText(a.resource, b.resource); c != 0)
            return c;
        return compareText(a.action, b.action);
    case EventOrder::Key::Attempts:
        return compareValues(a.attemptCount, b.attemptCount);
    case EventOrder::Key::ResponseCode:
        return compareValues(a.lastResponseCode.value_or(-1), b.lastResponseCode.value_or(-1));
    }
    return 0;
}

} // namespace

bool EventOrder::precedes(const Event &a, const Event &b) const
{
    int c = compareKey(a, b, key);
    if (c == 0 && key != Key::Id)
        c = compareValues(a.createdAtMs, b.createdAtMs);
    if (c == 0)
        c = compareValues(a.id, b.id);
    return ascending ? c < 0 : c > 0;
}

std::optional<EventStatus> eventStatusFromName(const QString &name)
{
    for (const auto &entry : kStatusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

} // namespace hookboard
