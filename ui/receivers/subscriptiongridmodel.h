#pragma once

#include "common/result.h"
#include "consolecontext.h"
#include "model/subscription.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace hookboard {

class StoreReader;
class WebhookService;

// One receiver's subscriptions as a grid: a row per resource of the catalog, a column per action.
// Each cell is unsubscribed, subscribed or paused (a subscription with active = false) and, when
// subscribed, shows how many events its subscription has had. Changes go through the service; the
// grid follows the service's signals, so a subscription made through the API shows at once.
class SubscriptionGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum State
    {
        Unsubscribed,
        Subscribed,
        Paused
    };
    Q_ENUM(State)
    enum Role
    {
        StateRole = Qt::UserRole + 1, // State
        SubscriptionIdRole,           // qint64, 0 when unsubscribed
        EventCountRole,               // qint64, -1 when unsubscribed or not counted yet
        ResourceRole,                 // "RUNS"
        ActionRole                    // "CREATE"
    };

    // Events published are counted this long after the first of them, so a burst of publishes costs
    // one query, not one per publish.
    static constexpr int kCountDelayMs = 500;
    // More new events than this between two counts, and the grid counts everything again instead.
    static constexpr int kMaxPendingEvents = 20000;

    explicit SubscriptionGridModel(const ConsoleContext &context, QObject *parent = nullptr);

    // Shows receiverId's subscriptions (0: none, every cell unsubscribed and disabled).
    void setReceiver(qint64 receiverId);
    qint64 receiverId() const { return m_receiverId; }
    // Why the subscriptions could not be read, empty when they could.
    QString loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // What one click does: unsubscribed → subscribed → paused → unsubscribed.
    static State nextState(State state);
    // Subscribes, pauses or unsubscribes the cell's resource and action.
    Status setState(const QModelIndex &index, State state);
    QModelIndex indexOf(const QString &resource, const QString &action) const;

    // While paused (nobody sees the grid) publishes only mark the counts stale; resuming counts.
    void setCountingPaused(bool paused);
    // Counts every subscribed cell's events again, now (on load, and when counts fell behind).
    void refreshCounts();
    // Whether a count is due (the timer runs) or owed (events came in while paused).
    // A count is due or being read: the counts shown may still change.
    bool isCountScheduled() const { return m_countTimer.isActive() || m_countsReading > 0; }
    bool areCountsStale() const { return m_countsStale; }

    static QIcon iconFor(State state);

signals:
    void loadErrorChanged(const QString &error);

private:
    struct Cell
    {
        std::optional<Subscription> subscription;
        qint64 eventCount = -1;
    };

    void reload();
    void onEventsPublished(const QList<qint64> &eventIds);
    void countPublished();
    // Puts counts (by subscription id) into their cells: added to what they show, or instead of it.
    void showCounts(const QHash<qint64, qint64> &counts, bool add);
    void onSubscriptionChanged(const Subscription &subscription);
    void onSubscriptionDeleted(qint64 id);
    State stateOf(const Cell &cell) const;
    void setLoadError(const QString &error);

    WebhookService &m_service;
    StoreReader &m_reader;     // counts events off the GUI thread
    int m_countGeneration = 0; // counts read before a reload or a full count are dropped
    int m_countsReading = 0;   // counts asked of the reader and not answered yet
    QString m_operatorName;
    QStringList m_resources;
    QStringList m_actions;
    QList<QIcon> m_icons; // by State
    QList<Cell> m_cells;  // row-major: m_cells[row * actions + column]
    qint64 m_receiverId = 0;
    QString m_loadError;
    QTimer m_countTimer;
    bool m_countingPaused = false;
    bool m_countsStale = false;      // counts are behind: count everything at the next tick
    QList<qint64> m_pendingEventIds; // published since the last tick, to be counted
};

} // namespace hookboard
