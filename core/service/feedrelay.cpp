#include "feedrelay.h"

#include "changefeed.h"
#include "common/clock.h"
#include "store/database.h"
#include "store/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTimer>

namespace hookboard {

namespace {

// PostgreSQL refuses NOTIFY payloads of 8000 bytes and more; an id is at most 20 characters, and a
// subscription notice carries two ids per subscription.
constexpr int kIdsPerNotice = 300;
constexpr int kIdsPerSubscriptionNotice = 150;
// How often a quiet connection is checked, and how soon a dropped one is tried again.
constexpr int kCheckMs = 2000;
// Changes committed here and not yet sent (the connection was down) wait, up to this many ids;
// beyond, the oldest are given up with a warning rather than holding memory without bound.
constexpr qsizetype kMaxUnsentIds = 100'000;
// A change whose NOTIFY fails this many times in a row is given up, so that it cannot hold up
// the changes behind it.
constexpr int kMaxSendFailures = 3;
// Catching up reads rows changed since the drop by their updated_at, which other machines wrote
// by their own clocks: this much earlier, so that clocks apart by up to a minute lose nothing.
constexpr qint64 kClockMarginMs = 60'000;
// Catching up posts at most this many ids of each kind, the newest.
constexpr int kCatchUpIds = 10'000;

QJsonArray toJson(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QJsonArray array;
    for (qsizetype i = from; i < std::min(ids.size(), from + count); ++i)
        array.append(ids.at(i));
    return array;
}

QList<qint64> fromJson(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(id.toInteger());
    return ids;
}

} // namespace

class FeedRelay::Worker : public QObject
{
public:
    Worker(StoreLocation location, ChangeFeed &feed) : m_location(std::move(location)), m_feed(feed) {}

    Status connectAndListen()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_location);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        QSqlDriver *driver = m_db->connection().driver();
        if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
            return Error::internal(
                QStringLiteral("store: cannot LISTEN on %1").arg(QString::fromLatin1(kChannel)));
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    // Our own NOTIFYs come back to us as SelfSource: they were posted here already.
                    if (source == QSqlDriver::OtherSource)
                        received(payload.toString().toUtf8());
                });
        return {};
    }

    void start()
    {
        // The newest event now is where catching up after a drop starts from.
        SqlQuery newest(m_db->connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM events"));
        if (newest.exec().ok() && newest.next())
            m_lastEventId = newest.value(0).toLongLong();
        // Only what was committed here is sent: what came from others is theirs to send.
        m_feed.listen(this,
                      {StoreChange::Kind::ReceiversCreated, StoreChange::Kind::ReceiversUpdated,
                       StoreChange::Kind::ReceiversDisabled, StoreChange::Kind::ReceiversDeleted,
                       StoreChange::Kind::SubscriptionsCreated, StoreChange::Kind::SubscriptionsUpdated,
                       StoreChange::Kind::SubscriptionsDeleted, StoreChange::Kind::EventsPublished,
                       StoreChange::Kind::EventsChanged, StoreChange::Kind::EventsAttempted,
                       StoreChange::Kind::EventsRemoved},
                      [this](const StoreChange &change) {
                          if (!change.fromOtherInstance)
                              send(change);
                      });
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, &Worker::check);
        m_check->start(kCheckMs);
    }

    void stop()
    {
        delete m_check;
        m_check = nullptr;
        m_db.reset();
    }

private:
    // Queued first, so that a change committed while the connection is down goes out once it is
    // back, in order, after whatever was still waiting.
    void send(const StoreChange &change)
    {
        if (change.ids.isEmpty())
            return;
        if (change.kind == StoreChange::Kind::EventsPublished)
            m_lastEventId =
                std::max(m_lastEventId, *std::max_element(change.ids.cbegin(), change.ids.cend()));
        m_unsent.append(change);
        m_unsentIds += change.ids.size();
        while (m_unsentIds > kMaxUnsentIds && m_unsent.size() > 1) {
            m_unsentIds -= m_unsent.constFirst().ids.size();
            m_unsent.removeFirst();
            if (!m_warnedOfLoss) {
                m_warnedOfLoss = true;
                qWarning("hookboard: more than %lld changes are waiting to be sent to other instances; "
                         "the oldest are dropped (their consoles show them when next reloaded)",
                         qlonglong(kMaxUnsentIds));
            }
        }
        flush();
    }

    void flush()
    {
        while (m_db && !m_unsent.isEmpty()) {
            if (Status sent = notify(m_unsent.constFirst()); !sent) {
                // Most likely the connection dropped: check() connects again and sends the rest.
                qWarning("hookboard: telling other instances of a change failed: %s",
                         qPrintable(sent.error().message));
                if (++m_sendFailures >= kMaxSendFailures) {
                    m_unsentIds -= m_unsent.constFirst().ids.size();
                    m_unsent.removeFirst();
                    m_sendFailures = 0;
                }
                lost();
                return;
            }
            m_sendFailures = 0;
            m_unsentIds -= m_unsent.constFirst().ids.size();
            m_unsent.removeFirst();
        }
        if (m_unsent.isEmpty())
            m_warnedOfLoss = false;
    }

    Status notify(const StoreChange &change)
    {
        const int perNotice = change.receiverIds.isEmpty() ? kIdsPerNotice : kIdsPerSubscriptionNotice;
        for (qsizetype from = 0; from < change.ids.size(); from += perNotice) {
            QJsonObject notice{{QStringLiteral("k"), int(change.kind)},
                               {QStringLiteral("i"), toJson(change.ids, from, perNotice)}};
            if (!change.receiverIds.isEmpty())
                notice.insert(QStringLiteral("r"), toJson(change.receiverIds, from, perNotice));
            SqlQuery notify(m_db->statement(QStringLiteral("SELECT pg_notify(:channel, :payload)")));
            notify.bind(QStringLiteral(":channel"), QString::fromLatin1(kChannel))
                .bind(QStringLiteral(":payload"),
                      QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact)));
            if (Status sent = notify.exec(); !sent)
                return sent;
        }
        return {};
    }

    // The connection is given up: check() makes a new one, catches up and sends what waits. The
    // time of the drop is kept from the first one since the last catch-up that worked.
    void lost()
    {
        m_db.reset();
        if (m_caughtUp)
            m_lostAtMs = SystemClock().nowMs();
        m_caughtUp = false;
    }

    void received(const QByteArray &payload)
    {
        const QJsonObject notice = QJsonDocument::fromJson(payload).object();
        const int kind = notice.value(u"k").toInt(-1);
        if (kind < int(StoreChange::Kind::ReceiversCreated) || kind > int(StoreChange::Kind::EventsRemoved))
            return; // not one of ours (or from a newer Hookboard): nothing to act on
        StoreChange change{StoreChange::Kind(kind), fromJson(notice.value(u"i")),
                           fromJson(notice.value(u"r")), true};
        change.fromOtherInstance = true;
        if (change.kind == StoreChange::Kind::EventsPublished && !change.ids.isEmpty())
            m_lastEventId =
                std::max(m_lastEventId, *std::max_element(change.ids.cbegin(), change.ids.cend()));
        m_feed.post(change);
    }

    // A dropped connection hears nothing and says nothing: found by a cheap query, then replaced.
    // So is one the store replaced by itself (a statement found it lost), which no longer listens.
    void check()
    {
        if (m_db) {
            const bool answers = SqlQuery(m_db->connection(), QStringLiteral("SELECT 1")).exec().ok();
            if (answers && m_db->reconnections() == 0)
                return;
            lost();
            qWarning(
                "hookboard: the connection that hears other instances' changes dropped; connecting again");
        }
        if (Status listening = connectAndListen(); !listening) {
            m_db.reset();
            return;
        }
        if (!catchUp()) {
            lost(); // tried again at the next check, from the same moment
            return;
        }
        flush();
    }

    // What others did while this instance was not listening, found by id and time; each kind at
    // most kCatchUpIds of the newest (a view reads what it shows anyway; the engine only needs
    // a poke). False when the store did not answer.
    bool catchUp()
    {
        bool answered = true;
        const auto rowsOf = [&](const QString &sql, qint64 value, int columns) {
            QList<QList<qint64>> rows(columns);
            SqlQuery query(m_db->connection(), sql + QStringLiteral(" LIMIT %1").arg(kCatchUpIds));
            query.bind(QStringLiteral(":v"), value);
            if (!query.exec().ok()) {
                answered = false;
                return rows;
            }
            while (query.next()) {
                for (int c = 0; c < columns; ++c)
                    rows[c].append(query.value(c).toLongLong());
            }
            return rows;
        };
        // Changes up to one check before the drop may have been lost too.
        const qint64 since = m_lostAtMs - kCheckMs - kClockMarginMs;
        const QList<qint64> published =
            rowsOf(QStringLiteral("SELECT id FROM events WHERE id > :v ORDER BY id DESC"), m_lastEventId, 1)
                .at(0);
        const QList<qint64> changed =
            rowsOf(QStringLiteral("SELECT id FROM events WHERE updated_at >= :v ORDER BY updated_at DESC"),
                   since, 1)
                .at(0);
        const QList<qint64> receivers =
            rowsOf(QStringLiteral("SELECT id FROM receivers WHERE updated_at >= :v ORDER BY updated_at DESC"),
                   since, 1)
                .at(0);
        const QList<QList<qint64>> subscriptions = rowsOf(
            QStringLiteral(
                "SELECT id, receiver_id FROM subscriptions WHERE updated_at >= :v ORDER BY updated_at DESC"),
            since, 2);
        if (!answered)
            return false;
        m_caughtUp = true;
        if (!published.isEmpty())
            m_lastEventId = published.constFirst();
        const auto post = [this](StoreChange::Kind kind, const QList<qint64> &ids,
                                 const QList<qint64> &receiverIds = {}) {
            if (ids.isEmpty())
                return;
            StoreChange change{kind, ids, receiverIds, true};
            change.fromOtherInstance = true;
            m_feed.post(change);
        };
        post(StoreChange::Kind::EventsPublished, published);
        post(StoreChange::Kind::EventsChanged, changed);
        post(StoreChange::Kind::ReceiversUpdated, receivers);
        post(StoreChange::Kind::SubscriptionsUpdated, subscriptions.at(0), subscriptions.at(1));
        return true;
    }

    StoreLocation m_location;
    ChangeFeed &m_feed;
    std::unique_ptr<Database> m_db;
    QTimer *m_check = nullptr;
    // The newest event id sent, heard of, or there at start. Catching up reads ids above it; one
    // that another instance committed late, below it, is found by its updated_at.
    qint64 m_lastEventId = 0;
    qint64 m_lostAtMs = 0;
    bool m_caughtUp = true;      // since the last drop
    QList<StoreChange> m_unsent; // committed here, not yet sent
    qsizetype m_unsentIds = 0;
    int m_sendFailures = 0; // of the first unsent change, in a row
    bool m_warnedOfLoss = false;
};

namespace {

// The listening connection, named so that an operator sees it in pg_stat_activity.
StoreLocation named(StoreLocation location)
{
    if (!location.connectOptions.contains(QLatin1String("application_name=")))
        location.connectOptions += (location.connectOptions.isEmpty() ? QString() : QStringLiteral(";")) +
                                   QStringLiteral("application_name=") +
                                   QLatin1String(FeedRelay::kApplicationName);
    return location;
}

} // namespace

FeedRelay::FeedRelay(StoreLocation location, ChangeFeed &feed)
    : m_worker(new Worker(named(std::move(location)), feed))
{
    m_thread.setObjectName(QStringLiteral("hookboard-feed-relay"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

FeedRelay::~FeedRelay()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

Status FeedRelay::start()
{
    Status started;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            started = m_worker->connectAndListen();
            if (started)
                m_worker->start();
        },
        Qt::BlockingQueuedConnection);
    return started;
}

} // namespace hookboard
