#include "changefeed.h"

namespace hookboard {

ChangeFeed::ChangeFeed(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<hookboard::StoreChange>();
}

void ChangeFeed::post(const StoreChange &change)
{
    if (!change.ids.isEmpty())
        emit changed(change);
}

void ChangeFeed::post(StoreChange::Kind kind, const QList<qint64> &ids, const QList<qint64> &receiverIds)
{
    post(StoreChange{kind, ids, receiverIds, false});
}

QMetaObject::Connection ChangeFeed::listen(QObject *context, std::initializer_list<StoreChange::Kind> kinds,
                                           std::function<void(const StoreChange &)> handler)
{
    return connect(
        this, &ChangeFeed::changed, context,
        [wanted = QList<StoreChange::Kind>(kinds), handler = std::move(handler)](const StoreChange &change) {
            if (wanted.contains(change.kind))
                handler(change);
        });
}

} // namespace hookboard
