#pragma once

#include "common/result.h"
#include "store/storelocation.h"

#include <QThread>

namespace hookboard {

class ChangeFeed;

// On a shared PostgreSQL store, carries the change feed between instances (SPEC §7): every change
// posted here is sent with NOTIFY (kind and ids only, split to fit PostgreSQL's 8000-byte payload),
// and every change another instance sends is posted here, marked fromOtherInstance, so that the
// engine claims what others published or freed and every view shows what others did. Runs on a
// thread and a connection of its own, so that neither the GUI thread nor delivery waits on it.
// When its connection drops it connects again, then posts what it missed: events published since
// the last id it saw, and events, receivers and subscriptions changed meanwhile; and it sends what
// was committed here while it was down (kept in order, up to 100,000 ids).
class FeedRelay
{
public:
    FeedRelay(StoreLocation location, ChangeFeed &feed);
    ~FeedRelay();
    FeedRelay(const FeedRelay &) = delete;
    FeedRelay &operator=(const FeedRelay &) = delete;

    // Connects and starts listening; an error when the store cannot be reached.
    Status start();

    // The channel the instances share.
    static constexpr const char *kChannel = "hookboard_changes";
    // Its connection's application_name (unless the URL gives one).
    static constexpr const char *kApplicationName = "hookboard-feed-relay";

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; // lives on m_thread
};

} // namespace hookboard
