#include "event.h"

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

std::optional<EventStatus> eventStatusFromName(const QString &name)
{
    for (const auto &entry : kStatusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

} // namespace hookboard
