// libFuzzer target: receiver fields as a person or the API may type them -- the webhook URL and a
// custom header -- through the validation every save runs (URL forms, outbound policy, header
// names and values).
#include "model/outboundpolicy.h"
#include "model/validation.h"

#include <QStringList>

using namespace hookboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = text.split(QLatin1Char('\n'));
    (void)validation::webhookUri(parts.value(0));
    static const OutboundPolicy strict = *OutboundPolicy::withLists(
        {QStringLiteral("10.0.0.0/8"), QStringLiteral("fd00::/8")}, {QStringLiteral("169.254.10.0/24")});
    (void)validation::webhookUri(parts.value(0), strict);
    WebhookHeader header;
    header.key = parts.value(1);
    header.value = parts.value(2);
    (void)validation::headers({header});
    (void)OutboundPolicy::withLists(parts.mid(3), {});
    return 0;
}
