#include "sandboxlink.h"

#include "common/clock.h"
#include "sandbox/sandboxserver.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"

#include <QUrl>

namespace hookboard {

SandboxLink::SandboxLink(WebhookService &service, SandboxServer &sandbox, QObject *parent)
    : QObject(parent), m_service(service), m_sandbox(sandbox)
{
    // A rotation or a new URL changes what the bin must accept; the engine's disables change neither.
    service.feed().listen(this, {StoreChange::Kind::ReceiversCreated, StoreChange::Kind::ReceiversUpdated},
                          [this](const StoreChange &change) {
                              for (qint64 id : change.ids) {
                                  if (Result<Receiver> receiver = m_service.receiver(id))
                                      sync(*receiver);
                              }
                          });
}

std::optional<QString> SandboxLink::binOf(const QString &webhookUri) const
{
    const QUrl url(webhookUri);
    if (!m_sandbox.serves(url))
        return std::nullopt;
    const QString bin = url.path().section(u'/', 1, 1);
    if (bin.isEmpty())
        return std::nullopt;
    return bin;
}

void SandboxLink::syncAll()
{
    qint64 after = 0;
    for (;;) {
        Result<Page<Receiver>> page = m_service.receivers({}, after, 1000);
        if (!page)
            return;
        for (const Receiver &receiver : page->items)
            sync(receiver);
        if (!page->hasNextPage || page->items.isEmpty())
            return;
        after = page->items.constLast().id;
    }
}

void SandboxLink::sync(const Receiver &receiver)
{
    const std::optional<QString> bin = binOf(receiver.webhookUri);
    if (!bin)
        return;
    SandboxBinSettings settings = m_sandbox.binSettings(*bin);
    settings.secrets = {receiver.sharedSecret};
    if (!receiver.previousSecret.isEmpty())
        settings.secrets.append(receiver.previousSecret); // still signing during its grace period
    // A path that is no valid bin name is refused by the sandbox itself (400): nothing to keep in sync.
    (void)m_sandbox.configureBin(*bin, settings);
}

} // namespace hookboard
