#include "receiverdirectory.h"

#include "service/changefeed.h"
#include "service/webhookservice.h"

#include <algorithm>

namespace hookboard {

ReceiverDirectory::ReceiverDirectory(WebhookService &service, QObject *parent)
    : QObject(parent), m_service(service)
{
    using Kind = StoreChange::Kind;
    // Only names are kept, and an engine's disable changes none.
    m_service.feed().listen(this, {Kind::ReceiversCreated, Kind::ReceiversUpdated},
                            [this](const StoreChange &change) {
                                for (const Receiver &receiver : m_service.receiversWithIds(change.ids))
                                    m_entries.insert(receiver.id, {receiver.id, receiver.name, false});
                                emit changed();
                            });
    m_service.feed().listen(this, {Kind::ReceiversDeleted}, [this](const StoreChange &change) {
        for (qint64 id : change.ids) {
            auto it = m_entries.find(id);
            if (it == m_entries.end())
                m_entries.insert(id, {id, QString(), true});
            else
                it->deleted = true;
        }
        emit changed();
    });
    reload();
}

QString ReceiverDirectory::displayName(qint64 id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd() || it->name.isEmpty())
        return tr("receiver #%1 (deleted)").arg(id);
    return it->deleted ? tr("%1 (deleted)").arg(it->name) : it->name;
}

QList<ReceiverDirectory::Entry> ReceiverDirectory::receivers() const
{
    QList<Entry> existing;
    for (const Entry &entry : m_entries) {
        if (!entry.deleted)
            existing.append(entry);
    }
    std::sort(existing.begin(), existing.end(), [](const Entry &a, const Entry &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return existing;
}

void ReceiverDirectory::reload()
{
    m_loadError.clear();
    qint64 after = 0;
    for (;;) {
        Result<Page<Receiver>> page = m_service.receivers({}, after, 1000);
        if (!page) {
            m_loadError = page.error().message;
            break;
        }
        for (const Receiver &receiver : page->items)
            m_entries.insert(receiver.id, {receiver.id, receiver.name, false});
        if (!page->hasNextPage || page->items.isEmpty())
            break;
        after = page->items.constLast().id;
    }
    emit changed();
}

} // namespace hookboard
