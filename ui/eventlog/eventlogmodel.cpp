#include "eventlogmodel.h"

#include "common/clock.h"
#include "eventpagereader.h"
#include "eventstatusstyle.h"
#include "receiverdirectory.h"
#include "service/changefeed.h"
#include "store/store.h"

#include <QDateTime>
#include <QGuiApplication>
#include <algorithm>

namespace hookboard {

namespace {

// Long enough to gather a burst (1,000 deliveries a second make ~150 ids per batch), short enough
// that a person sees a status change as it happens.
constexpr int kBatchIntervalMs = 150;
// A count follows a stream of new events once a second, not per batch.
constexpr int kCountIntervalMs = 1000;

QString durationText(int ms)
{
    if (ms < 1000)
        return EventLogModel::tr("%1 ms").arg(ms);
    return EventLogModel::tr("%1 s").arg(ms / 1000.0, 0, 'f', ms < 10000 ? 2 : 1);
}

QString localTimeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A time soon after nowMs, short: "14:05:09" today, "12-08 02:10" on another day.
QString soonText(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const bool today = at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    return at.toString(today ? QStringLiteral("HH:mm:ss") : QStringLiteral("MM-dd HH:mm"));
}

// When a RETRYING event is tried next; nothing for events that wait for nothing.
std::optional<qint64> nextAttemptOf(const Event &event)
{
    return event.status == EventStatus::Retrying ? event.nextAttemptAtMs : std::nullopt;
}

// Consecutive rows as [first, last] runs, so a batch emits one signal per run, not per row.
QList<QPair<int, int>> runsOf(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<QPair<int, int>> runs;
    for (int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}

} // namespace

EventLogModel::EventLogModel(const ConsoleContext &context, ReceiverDirectory &receivers, QObject *parent)
    : QAbstractTableModel(parent), m_receivers(receivers), m_clock(*context.clock),
      m_reader(std::make_unique<EventPageReader>(context.storeLocation(), *context.clock))
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &EventLogModel::applyPendingUpdates);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(kCountIntervalMs);
    connect(&m_countTimer, &QTimer::timeout, this, &EventLogModel::requestCount);
    connect(this, &EventLogModel::batchApplied, this, [this](int inserted, int, int removed) {
        if ((inserted > 0 || removed > 0) && !m_countTimer.isActive())
            m_countTimer.start();
    });
    using Kind = StoreChange::Kind;
    ChangeFeed &feed = context.service->feed();
    feed.listen(this, {Kind::EventsPublished},
                [this](const StoreChange &change) { noteEventsAdded(change.ids); });
    feed.listen(this, {Kind::EventsChanged, Kind::EventsAttempted, Kind::EventsRemoved},
                [this](const StoreChange &change) { noteEventsChanged(change.ids); });
    connect(&m_receivers, &ReceiverDirectory::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, ReceiverColumn), index(rowCount() - 1, ReceiverColumn));
    });
    reload();
}

EventLogModel::~EventLogModel()
{
    // First, while this model is whole: the reader's last answer may be on its way here.
    m_reader.reset();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_rows.at(index.row());
    switch (role) {
    case EventIdRole:
        return event.id;
    case StatusRole:
        return int(event.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QStringLiteral("evt_%1").arg(event.id);
        case TimeColumn:
            return localTimeText(event.createdAtMs);
        case EventColumn:
            return event.test ? tr("%1.%2 (test)").arg(event.resource, event.action)
                              : event.resource + u'.' + event.action;
        case ReceiverColumn:
            return m_receivers.displayName(event.receiverId);
        case StatusColumn:
            return EventStatusStyle::label(event.status);
        case AttemptsColumn:
            return event.attemptCount;
        case NextAttemptColumn:
            return nextAttemptOf(event) ? soonText(*event.nextAttemptAtMs, m_clock.nowMs()) : tr("—");
        case ResponseColumn:
            return event.lastResponseCode ? QVariant(*event.lastResponseCode) : QVariant(tr("—"));
        case DurationColumn:
            return event.lastDurationMs ? durationText(*event.lastDurationMs) : tr("—");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("Published %1 (event %2)").arg(isoUtc(event.createdAtMs)).arg(event.id);
        case IdColumn:
            return tr("Sent as webhook-id: evt_%1").arg(event.id);
        case StatusColumn:
        case NextAttemptColumn:
            if (nextAttemptOf(event))
                return tr("Next attempt at %1 (Retry now sends it at once)")
                    .arg(localTimeText(*event.nextAttemptAtMs));
            return index.column() == StatusColumn ? EventStatusStyle::label(event.status)
                                                  : tr("No attempt is scheduled");
        case ResponseColumn:
            return event.lastResponseCode
                       ? tr("The last attempt was answered with HTTP %1").arg(*event.lastResponseCode)
                       : tr("No HTTP answer yet (not tried, or a network error)");
        case DurationColumn:
            return tr("How long the last attempt took");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return EventStatusStyle::icon(event.status, QGuiApplication::palette());
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return EventStatusStyle::color(event.status, QGuiApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case AttemptsColumn:
        case ResponseColumn:
        case DurationColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Id");
        case TimeColumn:
            return tr("Time");
        case EventColumn:
            return tr("Event");
        case ReceiverColumn:
            return tr("Receiver");
        case StatusColumn:
            return tr("Status");
        case AttemptsColumn:
            return tr("Attempts");
        case NextAttemptColumn:
            return tr("Next attempt");
        case ResponseColumn:
            return tr("Response");
        case DurationColumn:
            return tr("Duration");
        }
    } else if (role == Qt::ToolTipRole) {
        if (section == DurationColumn)
            return tr("Of the last attempt. Not sortable: the store keeps no index for it.");
        if (section == NextAttemptColumn)
            return tr("When a retrying event is tried again. Not sortable.");
        if (section == ReceiverColumn)
            return tr("Sorting groups the events by receiver, in the order the receivers were made");
        if (isSortable(section))
            return tr("Click to sort; events with the same value stay in time order");
    }
    return {};
}

bool EventLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_reloading;
}

void EventLogModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers ask again and again while a page is on its way: one read at a time.
    if (parent.isValid() || m_atEnd || m_reloading || m_fetchQueued)
        return;
    m_fetchQueued = true;
    requestPage(false);
}

void EventLogModel::requestPage(bool replace)
{
    EventQuery query = eventQueryFor(m_filter);
    query.order = m_order;
    if (!replace && !m_rows.isEmpty())
        query.after = m_rows.constLast();
    query.limit = m_pageSize + 1; // the extra row only tells whether another page follows
    const int generation = m_generation;
    m_reader->read(generation, query, this, [this, generation, replace](Result<QList<Event>> read) {
        onPageRead(generation, replace, std::move(read));
    });
}

void EventLogModel::onPageRead(int generation, bool replace, Result<QList<Event>> read)
{
    if (generation != m_generation)
        return; // read for a filter or order that has changed since
    if (replace) {
        m_reloading = false;
        emit loadingChanged(false);
    } else {
        m_fetchQueued = false;
    }
    if (!read) {
        setLoadError(read.error().message);
        m_atEnd = true; // stop asking until a reload; the page shows why
        if (replace) {
            beginResetModel();
            m_rows.clear();
            rebuildIndex();
            endResetModel();
        }
        return;
    }
    setLoadError({});
    QList<Event> page = std::move(read).value();
    const bool more = page.size() > m_pageSize;
    page.resize(std::min<qsizetype>(page.size(), m_pageSize));
    for (Event &event : page)
        event.payload = QByteArray(); // the table never shows it; a page of payloads is memory wasted

    if (replace) {
        beginResetModel();
        m_rows = std::move(page);
        m_atEnd = !more;
        rebuildIndex();
        endResetModel();
    } else {
        // A loaded row whose sort key changed since it was read can come back in a later page; it
        // stays where it is and is placed again by the next batch.
        QList<qint64> reread;
        page.removeIf([&](const Event &event) {
            if (!m_rowOf.contains(event.id))
                return false;
            reread.append(event.id);
            return true;
        });
        m_atEnd = !more;
        if (!page.isEmpty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + int(page.size()) - 1);
            m_rows.append(page);
            rebuildIndex();
            endInsertRows();
        }
        if (!reread.isEmpty())
            noteEventsChanged(reread);
        if (!m_leftOutDuringFetch.isEmpty()) {
            noteEventsChanged(m_leftOutDuringFetch.values());
            m_leftOutDuringFetch.clear();
        }
    }
    // Updates noted while the reload was under way go in now.
    scheduleBatch();
}

bool EventLogModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && column != DurationColumn && column != NextAttemptColumn;
}

EventOrder::Key EventLogModel::orderKeyOf(int column)
{
    switch (column) {
    case IdColumn:
        return EventOrder::Key::Id;
    case EventColumn:
        return EventOrder::Key::ResourceAction;
    case ReceiverColumn:
        return EventOrder::Key::Receiver;
    case StatusColumn:
        return EventOrder::Key::StatusName;
    case AttemptsColumn:
        return EventOrder::Key::Attempts;
    case ResponseColumn:
        return EventOrder::Key::ResponseCode;
    default:
        return EventOrder::Key::Time;
    }
}

void EventLogModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const EventOrder wanted{orderKeyOf(column), order == Qt::AscendingOrder};
    if (wanted.key == m_order.key && wanted.ascending == m_order.ascending)
        return;
    m_order = wanted;
    reload();
}

void EventLogModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    reload();
}

void EventLogModel::reload()
{
    // Whatever was noted so far is committed, so the read below will show it.
    m_pendingAdded.clear();
    m_pendingChanged.clear();
    m_leftOutDuringFetch.clear();
    m_batchTimer.stop();
    ++m_generation;
    m_reader->supersede(m_generation);
    m_fetchQueued = false;
    m_updating = 0; // an update read under way is dropped: this read covers it
    m_countTimer.stop();
    if (m_matchCount) {
        m_matchCount.reset(); // the old filter's count no longer says anything
        emit matchCountChanged();
    }
    if (!m_reloading) {
        m_reloading = true;
        emit loadingChanged(true);
    }
    requestPage(true);
    requestCount();
}

void EventLogModel::requestCount()
{
    EventQuery query = eventQueryFor(m_filter);
    const int generation = m_generation;
    m_reader->count(generation, query, kMostCounted + 1, this, [this, generation](Result<qint64> counted) {
        if (generation != m_generation || !counted)
            return; // a failed count leaves the number out; the page read says what went wrong
        m_matchCount = *counted;
        emit matchCountChanged();
    });
}

void EventLogModel::setLoadError(const QString &error)
{
    if (error == m_loadError)
        return;
    m_loadError = error;
    emit loadErrorChanged(error);
}

void EventLogModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

void EventLogModel::noteEventsAdded(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_pendingAdded.insert(id);
    scheduleBatch();
}

void EventLogModel::noteEventsChanged(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_pendingChanged.insert(id);
    scheduleBatch();
}

void EventLogModel::scheduleBatch()
{
    // Started by the first id of a batch and not restarted by later ones: under a steady stream
    // the table still changes every interval instead of waiting for a pause that never comes.
    if (!m_batchTimer.isActive() && waitingCount() > 0 && !m_reloading && m_updating == 0)
        m_batchTimer.start();
}

void EventLogModel::applyPendingUpdates()
{
    m_batchTimer.stop();
    // During a reload the rows are about to be replaced; the ids wait for the new ones. One batch
    // is read at a time; ids noted meanwhile wait for the next.
    if (waitingCount() == 0 || m_reloading || m_updating > 0)
        return;
    QSet<qint64> noted = m_pendingAdded;
    noted.unite(m_pendingChanged);
    m_pendingAdded.clear();
    m_pendingChanged.clear();

    // One query for the whole batch, on the reader's thread: the noted events that match the
    // filter, as they are now. A reload meanwhile drops it (its own read shows them).
    EventQuery query = eventQueryFor(m_filter);
    query.ids = noted.values();
    query.order = m_order;
    query.limit = int(noted.size());
    m_updating = int(noted.size());
    const int generation = m_generation;
    m_reader->read(generation, query, this, [this, generation, noted](Result<QList<Event>> read) {
        if (generation != m_generation)
            return;
        m_updating = 0;
        applyUpdate(noted, std::move(read));
        scheduleBatch();
    });
}

void EventLogModel::applyUpdate(const QSet<qint64> &noted, Result<QList<Event>> read)
{
    if (!read) {
        setLoadError(read.error().message);
        return;
    }
    setLoadError({});

    QSet<qint64> matching;
    QList<Event> loaded;
    QList<Event> fresh;
    QList<Event> current = std::move(read).value();
    for (Event &event : current) {
        event.payload = QByteArray();
        matching.insert(event.id);
        if (m_rowOf.contains(event.id))
            loaded.append(event);
        else if (belongsLoaded(event))
            fresh.append(event);
        else if (m_fetchQueued)
            m_leftOutDuringFetch.insert(event.id);
        // else: it sorts after the last loaded row; fetchMore will bring it in its turn.
    }
    QSet<qint64> gone;
    for (qint64 id : std::as_const(noted)) {
        if (m_rowOf.contains(id) && !matching.contains(id))
            gone.insert(id); // it no longer matches the filter (a FAILED event resent, ...)
    }

    int removed = applyRemoved(gone);
    QList<qint64> changedIds;
    removed += applyChanged(loaded, changedIds);
    // Rows are looked up only now: a move above may have shifted rows changed before it.
    QList<int> changedRows;
    for (qint64 id : std::as_const(changedIds)) {
        if (const int row = rowOf(id); row >= 0)
            changedRows.append(row);
    }
    for (const auto &[first, last] : runsOf(changedRows))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    const int inserted = applyInserted(std::move(fresh));
    emit batchApplied(inserted, int(changedRows.size()), removed);
}

int EventLogModel::applyRemoved(const QSet<qint64> &gone)
{
    if (gone.isEmpty())
        return 0;
    QList<int> rows;
    for (qint64 id : gone)
        rows.append(m_rowOf.value(id));
    const QList<QPair<int, int>> runs = runsOf(rows);
    // From the bottom up, so the rows of the runs still to go keep their numbers.
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        rebuildIndex();
        endRemoveRows();
    }
    return int(rows.size());
}

int EventLogModel::applyChanged(const QList<Event> &current, QList<qint64> &changedIds)
{
    int removed = 0;
    for (const Event &event : current) {
        const int row = m_rowOf.value(event.id, -1);
        if (row < 0)
            continue;
        const int last = int(m_rows.size()) - 1;
        const bool inPlace = (row == 0 || m_order.precedes(m_rows.at(row - 1), event)) &&
                             (row == last || m_order.precedes(event, m_rows.at(row + 1)));
        if (inPlace) {
            m_rows[row] = event;
            changedIds.append(event.id);
            continue;
        }
        // Its sort key changed (a status, under the status order): find its place among the others.
        int low = 0;
        int high = last; // positions in the list without this row
        while (low < high) {
            const int mid = (low + high) / 2;
            const Event &other = m_rows.at(mid < row ? mid : mid + 1);
            if (m_order.precedes(other, event))
                low = mid + 1;
            else
                high = mid;
        }
        if (low == row) { // cannot happen in a sorted list; kept so a move is never a no-op
            m_rows[row] = event;
            changedIds.append(event.id);
            continue;
        }
        if (low == last && !m_atEnd) {
            // After every loaded row while more are stored: outside the window until fetched.
            beginRemoveRows({}, row, row);
            m_rows.remove(row);
            endRemoveRows();
            rebuildIndex();
            ++removed;
            continue;
        }
        beginMoveRows({}, row, row, {}, low < row ? low : low + 1);
        m_rows.move(row, low);
        m_rows[low] = event;
        endMoveRows();
        rebuildIndex();
        changedIds.append(event.id);
    }
    return removed;
}

int EventLogModel::insertPosition(const Event &event) const
{
    const auto it = std::partition_point(m_rows.cbegin(), m_rows.cend(),
                                         [&](const Event &row) { return m_order.precedes(row, event); });
    return int(it - m_rows.cbegin());
}

bool EventLogModel::belongsLoaded(const Event &event) const
{
    if (m_atEnd)
        return true;
    return !m_rows.isEmpty() && m_order.precedes(event, m_rows.constLast());
}

int EventLogModel::applyInserted(QList<Event> fresh)
{
    if (fresh.isEmpty())
        return 0;
    std::sort(fresh.begin(), fresh.end(),
              [this](const Event &a, const Event &b) { return m_order.precedes(a, b); });
    // Consecutive new rows that land in the same gap go in together: newest first, a whole batch
    // of new events is one beginInsertRows at row 0.
    qsizetype i = 0;
    while (i < fresh.size()) {
        const int at = insertPosition(fresh.at(i));
        qsizetype j = i + 1;
        while (j < fresh.size() && (at == m_rows.size() || m_order.precedes(fresh.at(j), m_rows.at(at))))
            ++j;
        beginInsertRows({}, at, at + int(j - i) - 1);
        m_rows.insert(at, j - i, Event());
        std::move(fresh.begin() + i, fresh.begin() + j, m_rows.begin() + at);
        rebuildIndex();
        endInsertRows();
        i = j;
    }
    return int(fresh.size());
}

void EventLogModel::trimTo(int rows)
{
    rows = qMax(0, rows);
    if (m_rows.size() <= rows)
        return;
    beginRemoveRows({}, rows, int(m_rows.size()) - 1);
    m_rows.resize(rows);
    m_atEnd = false;
    rebuildIndex();
    endRemoveRows();
}

} // namespace hookboard
