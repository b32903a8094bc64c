#pragma once

#include "consolecontext.h"
#include "model/event.h"
#include "service/webhookservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <memory>

namespace hookboard {

class EventPageReader;
class EventStore;
class ReceiverDirectory;

// The event log: the store's events as a table, read a page at a time (canFetchMore/fetchMore,
// keyset paging in the chosen order, so a million stored events cost no more than a page) on a
// reader thread of its own (a payload search scans the store), and kept live in batches. Published and
// changed event ids are gathered for a short interval and then re-read in one query: rows already loaded
// change in place, new ones are inserted where the order puts them (at the top, newest first, in one
// beginInsertRows), and rows that no longer match the filter leave. Filter and order are the core's
// (EventFilter, EventOrder), so SQL does the work.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn, // "evt_42", as in the webhook-id header
        TimeColumn,
        EventColumn, // resource.action
        ReceiverColumn,
        StatusColumn,
        AttemptsColumn,
        NextAttemptColumn, // when a RETRYING event is tried again
        ResponseColumn,    // last response code
        DurationColumn,    // of the last attempt
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1,
        StatusRole, // EventStatus as int
    };

    // Enough rows to fill a tall window twice over, few enough to read in a millisecond or two.
    static constexpr int kDefaultPageSize = 200;

    EventLogModel(const ConsoleContext &context, ReceiverDirectory &receivers, QObject *parent = nullptr);
    ~EventLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Asks the reader for the next page; it goes in when it has been read.
    void fetchMore(const QModelIndex &parent) override;
    // Orders in SQL. Every column but duration sorts (see isSortable); ties go by time, then id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    static EventOrder::Key orderKeyOf(int column);

    // Shows only the events matching filter, from the first page (once it is read).
    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }
    const EventOrder &order() const { return m_order; }
    // Reads the first page again; the rows shown stay until it replaces them (a reset).
    void reload();
    // True from a reload until its first page is in.
    bool isLoading() const { return m_reloading; }
    // How many events match the filter, counted up to kMostCounted (more reads "10,000+"); empty
    // until the first count after a reload is in. Counted again a moment after live updates.
    std::optional<qint64> matchCount() const { return m_matchCount; }
    static constexpr qint64 kMostCounted = 10'000;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // How long live updates gather before they are applied together.
    void setBatchIntervalMs(int ms) { m_batchTimer.setInterval(ms); }

    // The event shown in row (its payload is not kept: the inspector reads it when it needs it).
    const Event &eventAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 eventId) const { return m_rowOf.value(eventId, -1); }
    // Why the last read failed; empty when it worked.
    QString loadError() const { return m_loadError; }
    // Ids noted as published or changed and not applied yet.
    // Noted ids not applied yet: waiting for the next batch, or being read.
    int pendingUpdateCount() const { return waitingCount() + m_updating; }

public slots:
    // Events that were published or sent a test event; they join the log at the next batch.
    void noteEventsAdded(const QList<qint64> &ids);
    // Events whose status, attempts or response changed; loaded rows are re-read at the next batch.
    void noteEventsChanged(const QList<qint64> &ids);
    // Reads the noted ids now instead of when the batch interval ends (they apply once read).
    void applyPendingUpdates();
    // Drops the rows after the first `rows` (they can be fetched again): keeps memory bounded while
    // the log follows a fast stream at the top.
    void trimTo(int rows);

signals:
    void loadErrorChanged(const QString &error);
    void loadingChanged(bool loading);
    // One batch of live updates went in.
    void batchApplied(int inserted, int changed, int removed);
    void matchCountChanged();

private:
    int waitingCount() const { return int(m_pendingAdded.size() + m_pendingChanged.size()); }
    // What the update read for noted found, applied to the rows as they are now.
    void applyUpdate(const QSet<qint64> &noted, Result<QList<Event>> read);
    // Asks the reader for the first page (replace) or the one after the last row.
    void requestPage(bool replace);
    void onPageRead(int generation, bool replace, Result<QList<Event>> read);
    void setLoadError(const QString &error);
    void requestCount();
    void rebuildIndex();
    // Where event belongs among m_rows (the first row it precedes), by m_order.
    int insertPosition(const Event &event) const;
    // True when event belongs inside the loaded window (before the last loaded row, or all loaded).
    bool belongsLoaded(const Event &event) const;
    int applyChanged(const QList<Event> &current, QList<qint64> &changedIds);
    int applyInserted(QList<Event> fresh);
    int applyRemoved(const QSet<qint64> &gone);
    void scheduleBatch();

    ReceiverDirectory &m_receivers;
    const Clock &m_clock;
    EventFilter m_filter;
    EventOrder m_order{EventOrder::Key::Time, false};
    QList<Event> m_rows; // in m_order, without payloads
    QHash<qint64, int> m_rowOf;
    bool m_atEnd = false;
    bool m_fetchQueued = false;
    bool m_reloading = false;
    int m_updating = 0;   // noted ids of the batch being read (0: none is)
    int m_generation = 0; // of the current reload: pages of earlier ones are dropped
    std::unique_ptr<EventPageReader> m_reader;
    int m_pageSize = kDefaultPageSize;
    QString m_loadError;
    QSet<qint64> m_pendingAdded;
    QSet<qint64> m_pendingChanged;
    // New rows left out while a page was being read because they sort after the last loaded row:
    // that read may have begun before they were written, so they are looked at again after it.
    QSet<qint64> m_leftOutDuringFetch;
    QTimer m_batchTimer;
    QTimer m_countTimer; // live updates are counted at most once per interval
    std::optional<qint64> m_matchCount;
};

} // namespace hookboard
