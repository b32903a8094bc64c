#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <functional>
#include <initializer_list>

namespace hookboard {

// What was committed: a kind and the ids it touched, nothing more, so that every notice fits in a
// PostgreSQL NOTIFY payload and a listener reads what it needs itself.
struct StoreChange
{
    enum class Kind
    {
        ReceiversCreated,
        ReceiversUpdated,  // by a person or a client (through the service)
        ReceiversDisabled, // by the delivery engine (410 Gone, 72 hours of failures)
        ReceiversDeleted,
        SubscriptionsCreated, // receiverIds: the receiver of each, same order as ids
        SubscriptionsUpdated, // receiverIds as above
        SubscriptionsDeleted, // receiverIds as above
        EventsPublished,      // new PENDING events
        EventsChanged,        // resent, replayed or cancelled
        EventsAttempted,      // attempts recorded by the delivery engine
        EventsRemoved,        // finished events past the retention period, with their attempts
    };

    Kind kind = Kind::EventsChanged;
    QList<qint64> ids;
    QList<qint64> receiverIds; // only for subscription kinds: whose subscriptions they are
    // Committed by another instance on a shared store and heard through FeedRelay (SPEC §7).
    bool fromOtherInstance = false;
};

// The one route by which "something changed" travels: every writer (the service, the publish
// writer, the delivery engine's recorder) posts a StoreChange after its commit, and the engine, the
// sandbox link and every view listen. post() may be called from any thread; listeners hear it on
// their own thread (directly when they share the poster's, queued otherwise), in posting order for
// each poster.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(QObject *parent = nullptr);

    void post(const StoreChange &change);
    void post(StoreChange::Kind kind, const QList<qint64> &ids, const QList<qint64> &receiverIds = {});

    // Calls handler (on context's thread, until context is destroyed) for each change of kinds.
    QMetaObject::Connection listen(QObject *context, std::initializer_list<StoreChange::Kind> kinds,
                                   std::function<void(const StoreChange &)> handler);

signals:
    void changed(const hookboard::StoreChange &change);
};

} // namespace hookboard

Q_DECLARE_METATYPE(hookboard::StoreChange)
