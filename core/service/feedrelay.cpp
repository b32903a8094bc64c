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

// PostgreSQL refuses NOTIFY payloads of 8000 bytes and more; ids are at most 20 characters.
constexpr int kIdsPerNotice = 300;
// How often a quiet connection is checked, and how soon a dropped one is tried again.
constexpr int kCheckMs = 2000;

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
    void send(const StoreChange &change)
    {
        if (change.kind == StoreChange::Kind::EventsPublished && !change.ids.isEmpty())
            m_lastEventId =
                std::max(m_lastEventId, *std::max_element(change.ids.cbegin(), change.ids.cend()));
        if (!m_db)
            return; // reconnecting: the others catch up by id when they next connect
        for (qsizetype from = 0; from < change.ids.size(); from += kIdsPerNotice) {
            QJsonObject notice{{QStringLiteral("k"), int(change.kind)},
                               {QStringLiteral("i"), toJson(change.ids, from, kIdsPerNotice)}};
            if (!change.receiverIds.isEmpty())
                notice.insert(QStringLiteral("r"), toJson(change.receiverIds, from, kIdsPerNotice));
            SqlQuery notify(m_db->statement(QStringLiteral("SELECT pg_notify(:channel, :payload)")));
            notify.bind(QStringLiteral(":channel"), QString::fromLatin1(kChannel))
                .bind(QStringLiteral(":payload"),
                      QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact)));
            if (Status sent = notify.exec(); !sent) {
                qWarning("hookboard: telling other instances of a change failed: %s",
                         qPrintable(sent.error().message));
                return;
            }
        }
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
    void check()
    {
        if (m_db && SqlQuery(m_db->connection(), QStringLiteral("SELECT 1")).exec().ok())
            return;
        if (m_db) {
            m_db.reset();
            m_lostAtMs = SystemClock().nowMs();
            qWarning(
                "hookboard: the connection that hears other instances' changes dropped; connecting again");
        }
        if (Status listening = connectAndListen(); !listening) {
            m_db.reset();
            return;
        }
        catchUp();
    }

    // What others did while this instance was not listening, found by id and time.
    void catchUp()
    {
        const auto idsOf = [this](const QString &sql, qint64 value) {
            QList<qint64> ids;
            SqlQuery query(m_db->connection(), sql);
            query.bind(QStringLiteral(":v"), value);
            if (query.exec().ok()) {
                while (query.next())
                    ids.append(query.value(0).toLongLong());
            }
            return ids;
        };
        const qint64 since = m_lostAtMs - kCheckMs; // changes just before the drop may be lost too
        const auto post = [this](StoreChange::Kind kind, const QList<qint64> &ids) {
            StoreChange change{kind, ids, {}, true};
            change.fromOtherInstance = true;
            m_feed.post(change);
        };
        const QList<qint64> published =
            idsOf(QStringLiteral("SELECT id FROM events WHERE id > :v ORDER BY id"), m_lastEventId);
        if (!published.isEmpty())
            m_lastEventId = published.constLast();
        post(StoreChange::Kind::EventsPublished, published);
        post(StoreChange::Kind::EventsChanged,
             idsOf(QStringLiteral("SELECT id FROM events WHERE updated_at >= :v ORDER BY id"), since));
        post(StoreChange::Kind::ReceiversUpdated,
             idsOf(QStringLiteral("SELECT id FROM receivers WHERE updated_at >= :v ORDER BY id"), since));
    }

    StoreLocation m_location;
    ChangeFeed &m_feed;
    std::unique_ptr<Database> m_db;
    QTimer *m_check = nullptr;
    qint64 m_lastEventId = 0;
    qint64 m_lostAtMs = 0;
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
