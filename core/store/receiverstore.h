#pragma once

#include "common/result.h"
#include "model/receiver.h"
#include "model/receiverhealth.h"

#include <QList>
#include <optional>

namespace hookboard {

class Database;

struct ReceiverQuery
{
    std::optional<bool> active;
    std::optional<QString> nameContains; // case-insensitive
    qint64 afterId = 0;
    int limit = 100;
};

// SQL for receivers and their headers. Writes are compare-and-set on the etag, so a stale writer
// changes nothing even without the service's own check (and across processes sharing the store).
class ReceiverStore
{
public:
    explicit ReceiverStore(Database &db) : m_db(db) {}

    // Inserts receiver (etag, times and createdBy.id already set) with its headers; returns it with
    // ids filled in.
    Result<Receiver> insert(const Receiver &receiver);
    // Writes every field of receiver if its stored etag is still expectedEtag. Headers are
    // replaced when replaceHeaders. Returns false, changing nothing, when the etag is stale.
    Result<bool> update(const Receiver &receiver, const QString &expectedEtag, bool replaceHeaders);
    Result<bool> remove(qint64 id, const QString &expectedEtag);
    Result<std::optional<Receiver>> find(qint64 id) const;
    Result<bool> exists(qint64 id) const;
    Result<QList<Receiver>> list(const ReceiverQuery &query) const;
    Result<qint64> count(const ReceiverQuery &query) const;
    // The delivery health DeliveryStore keeps for receiverId. Zero failures and no times when no
    // attempt has finished yet; it does not check that the receiver exists.
    Result<ReceiverHealth> health(qint64 receiverId) const;

private:
    Status insertHeaders(qint64 receiverId, const QList<WebhookHeader> &headers);
    Status loadHeaders(QList<Receiver> &receivers) const;

    Database &m_db;
};

} // namespace hookboard
