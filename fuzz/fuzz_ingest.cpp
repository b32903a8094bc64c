// libFuzzer target: a POST /v1/events body as the API reads it (a JSON object of resource, action
// and data, member order and number text kept), then the service's whole check of the change.
#include "common/jsontext.h"
#include "service/webhookservice.h"

#include <QCoreApplication>

using namespace hookboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    Result<QList<jsontext::Member>> members = jsontext::objectMembers(body, QStringLiteral("body"));
    if (!members)
        return 0;
    Change change;
    for (const jsontext::Member &member : *members) {
        if (member.name == QLatin1String("data"))
            change.data = member.value;
        else if (member.name == QLatin1String("resource"))
            change.resource = jsontext::stringValue(member.value).value_or(QString());
        else if (member.name == QLatin1String("action"))
            change.action = jsontext::stringValue(member.value).value_or(QString());
        (void)jsontext::arrayElements(member.value, member.name);
    }
    if (Result<Change> checked = WebhookService::checkedChange(change)) {
        // What was accepted is compact JSON that reads back the same.
        Result<QByteArray> again = jsontext::compact(checked->data, QStringLiteral("data"));
        if (!again || *again != checked->data)
            std::abort();
    }
    return 0;
}
