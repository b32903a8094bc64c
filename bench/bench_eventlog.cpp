// The event log with a large store: fills a real SQLite store with events (a million by default),
// then times what a person waits for in the console's event log: opening it (model made and the
// first page painted), applying filters (status, receiver, payload text), fetching the next page,
// and absorbing a batch of live updates; and reports peak memory. Machines are shared and noisy,
// so every time is also given as a ratio against a baseline measured in the same run: one page
// read with a plain QSqlQuery (SELECT … ORDER BY id DESC LIMIT page), no model, no view.
//
//   bench_eventlog [--events N] [--data-dir DIR] [--repeat N]
//
// With --data-dir, a store already filled with N events there is reused (filling a million takes
// a minute or two); otherwise a temporary one is made and removed.
#include "benchsupport.h"
#include "common/clock.h"
#include "consolecontext.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogpage.h"
#include "eventlog/eventtableview.h"
#include "model/resourcecatalog.h"
#include "service/changefeed.h"
#include "service/storereader.h"
#include "service/webhookservice.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

using namespace hookboard;
using bench::print;
using bench::procStatusKiB;
using bench::resetPeakRss;

namespace {

constexpr int kReceivers = 20;
constexpr int kFillBatch = 20000;
// The text the payload filter looks for: in one event of every kNeedleEvery, so the filter has to
// read far into the store to fill a page, as a rare search term does.
constexpr int kNeedleEvery = 1000;
const QByteArray kNeedle = QByteArrayLiteral("NEEDLE-");

// What event i of the fill looks like once delivered: a mix like a healthy installation's, with
// some failures, retries, cancellations and a few still pending.
struct Shape
{
    EventStatus status;
    int attempts;
    int code;
};

Shape shapeOf(qint64 i)
{
    switch (i % 100) {
    case 0:
    case 1:
        return {EventStatus::Failed, 8, 500};
    case 2:
        return {EventStatus::Retrying, 2, 503};
    case 3:
        return {EventStatus::Pending, 0, 0};
    case 4:
        return {EventStatus::Cancelled, 1, 502};
    default:
        return {EventStatus::Succeeded, 1, 200};
    }
}

qint64 storedEventCount(Store &store)
{
    QSqlQuery query(store.database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM events")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Fills store with count events through EventStore (changes, events and attempts as the service and
// the dispatcher write them), kFillBatch per transaction. Statuses are then set per batch with one
// UPDATE, as the dispatcher's outcome writer would have left them.
bool fill(Store &store, WebhookService &service, qint64 count, qint64 startMs)
{
    QList<qint64> receivers;
    for (int r = 0; r < kReceivers; ++r) {
        ReceiverInput input;
        input.name = QStringLiteral("Receiver %1").arg(r + 1, 2, 10, QLatin1Char('0'));
        input.webhookUri = QStringLiteral("https://receiver%1.example.com/hooks").arg(r + 1);
        Result<Receiver> created = service.createReceiver(input, Actor{QStringLiteral("bench")});
        if (!created) {
            print(QStringLiteral("creating a receiver failed: %1").arg(created.error().message));
            return false;
        }
        receivers.append(created->id);
    }
    const QStringList resources = ResourceCatalog::builtIn().names();
    const QStringList &actions = ResourceCatalog::actions();
    EventStore &events = store.events();
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < count;) {
        const qint64 batchEnd = std::min(count, done + kFillBatch);
        Result<bool> written = store.database().transaction([&]() -> Result<bool> {
            for (qint64 i = done; i < batchEnd; ++i) {
                // A thousand events a second, ending now.
                const qint64 at = startMs + i;
                Change change;
                change.resource = resources.at(int(i % resources.size()));
                change.action = actions.at(int((i / 7) % actions.size()));
                change.data = "{\"id\":" + QByteArray::number(100000 + i) + ",\"serial\":\"" +
                              (i % kNeedleEvery == 0 ? kNeedle : QByteArrayLiteral("SN-")) +
                              QByteArray::number(i) +
                              "\",\"status\":\"IN_PROGRESS\",\"quantity\":12,\"location\":\"Bay "
                              "7\",\"updatedBy\":{\"id\":42,\"name\":\"Ada Lovelace\"}}";
                Result<qint64> changeId = events.insertChange(change, at);
                if (!changeId)
                    return changeId.error();
                // Spread so that every receiver has events of every status.
                const qint64 receiverId = receivers.at(int((i + i / 100) % kReceivers));
                Result<qint64> eventId = events.insertEvent(*changeId, change, receiverId, i, false, at);
                if (!eventId)
                    return eventId.error();
                const Shape shape = shapeOf(i);
                for (int n = 1; n <= shape.attempts; ++n) {
                    Attempt attempt;
                    attempt.eventId = *eventId;
                    attempt.number = n;
                    attempt.startedAtMs = at + n * 5000;
                    attempt.durationMs = int(20 + (i * 7 + n) % 400);
                    const QByteArray webhookId = "evt_" + QByteArray::number(*eventId);
                    attempt.requestHeaders = {
                        {"Content-Type", "application/json"},
                        {"User-Agent", "Hookboard/" HOOKBOARD_VERSION},
                        {"webhook-id", webhookId},
                        {"webhook-timestamp", QByteArray::number(attempt.startedAtMs / 1000)},
                        {"webhook-signature", "v1,Je5Nwj+lMgC+qVBLGWBdE91Vqsxc49PBWpoQzIyl/0E="},
                        {"X-Hub-Signature-256",
                         "sha256=2aa4f925500e6180d5cf6bee868271e61619ae70d1daa9e14463b5884f86ac22"}};
                    attempt.requestBody =
                        "{\"event_id\":" + QByteArray::number(*eventId) + ",\"data\":" + change.data + '}';
                    attempt.responseCode = shape.code;
                    attempt.responseHeaders = {{"Content-Type", "text/plain"}};
                    attempt.responseBody =
                        shape.code == 200 ? QByteArrayLiteral("ok") : QByteArrayLiteral("oops");
                    if (Result<qint64> inserted = events.insertAttempt(attempt); !inserted)
                        return inserted.error();
                }
            }
            QSqlQuery update(store.database().connection());
            update.prepare(QStringLiteral(
                "UPDATE events SET "
                "status = CASE (id - 1) % 100 WHEN 0 THEN 'FAILED' WHEN 1 THEN 'FAILED' "
                "WHEN 2 THEN 'RETRYING' WHEN 3 THEN 'PENDING' WHEN 4 THEN 'CANCELLED' ELSE 'SUCCEEDED' END, "
                "attempt_count = CASE (id - 1) % 100 WHEN 0 THEN 8 WHEN 1 THEN 8 WHEN 2 THEN 2 "
                "WHEN 3 THEN 0 ELSE 1 END, "
                "last_response_code = CASE (id - 1) % 100 WHEN 0 THEN 500 WHEN 1 THEN 500 WHEN 2 THEN 503 "
                "WHEN 3 THEN NULL WHEN 4 THEN 502 ELSE 200 END "
                "WHERE id > :from AND id <= :to"));
            update.bindValue(QStringLiteral(":from"), done);
            update.bindValue(QStringLiteral(":to"), batchEnd);
            if (!update.exec())
                return Error::internal(QStringLiteral("setting statuses failed"));
            return true;
        });
        if (!written) {
            print(QStringLiteral("filling failed: %1").arg(written.error().message));
            return false;
        }
        done = batchEnd;
        if (done % 200000 == 0 || done == count)
            print(QStringLiteral("  %1 events stored (%2 s)")
                      .arg(done)
                      .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    return true;
}

double msSince(const std::chrono::steady_clock::time_point &start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Times work repeat times; the median is the figure, the first run (cold caches) is kept apart.
struct Timing
{
    double firstMs = 0;
    double medianMs = 0;
    double maxMs = 0;
};

Timing timeIt(int repeat, const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> runs;
    for (int i = 0; i < repeat; ++i) {
        if (prepare)
            prepare();
        const auto start = std::chrono::steady_clock::now();
        work();
        runs.append(msSince(start));
    }
    return {runs.value(0), median(runs), *std::max_element(runs.cbegin(), runs.cend())};
}

// Paints the page now, as the screen would: the time a person waits includes it.
void paint(QWidget &widget)
{
    QCoreApplication::processEvents();
    (void)widget.grab();
}

// Runs the event loop until the model's reader has delivered the first page of its last reload.
void waitLoaded(EventLogModel &model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

// The longest the GUI thread went without running a 5 ms timer while work ran.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_gaps.append(msSince(m_last));
            m_last = std::chrono::steady_clock::now();
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = std::chrono::steady_clock::now();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_gaps.append(msSince(m_last));
        std::sort(m_gaps.begin(), m_gaps.end());
    }
    double maxMs() const { return m_gaps.isEmpty() ? 0 : m_gaps.last(); }
    double p99Ms() const
    {
        return m_gaps.isEmpty() ? 0 : m_gaps.at(qMin(m_gaps.size() - 1, qsizetype(m_gaps.size() * 0.99)));
    }

private:
    QTimer m_timer;
    QList<double> m_gaps;
    std::chrono::steady_clock::time_point m_last;
};

// The baseline: one page of the same columns, newest first, read with a plain QSqlQuery into
// memory. No model, no view, no join for the payload, no duration subquery.
int readBaselinePage(Store &store, int pageSize)
{
    QSqlQuery query(store.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, receiver_id, resource, action, status, attempt_count, "
                                 "last_response_code, created_at FROM events ORDER BY id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), pageSize);
    if (!query.exec())
        return 0;
    struct Row
    {
        qint64 id, receiver;
        QString resource, action, status;
        int attempts;
        QVariant code;
        qint64 at;
    };
    QList<Row> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toInt(),
                     query.value(6), query.value(7).toLongLong()});
    return int(rows.size());
}

// Writes a live stream into the store from a thread and a connection of its own, as the API and
// the dispatcher do: every tick, new events and the delivery outcome of earlier ones, in one
// transaction, announced to the console afterwards.
class StreamWriter : public QObject
{
    Q_OBJECT
public:
    StreamWriter(QString dataDir, int perSecond) : m_dataDir(std::move(dataDir)), m_perSecond(perSecond) {}

    void start()
    {
        Result<std::unique_ptr<Store>> opened = Store::open(m_dataDir, Durability::Bookkeeping);
        if (!opened) {
            print(QStringLiteral("stream: %1").arg(opened.error().message));
            return;
        }
        m_store = std::move(opened).value();
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(kTickMs);
        connect(m_timer, &QTimer::timeout, this, &StreamWriter::tick);
        m_timer->start();
    }
    void stop()
    {
        if (m_timer)
            m_timer->stop();
        m_store.reset();
    }
    qint64 written() const { return m_written; }

signals:
    void wrote(const QList<qint64> &added, const QList<qint64> &delivered);

private:
    static constexpr int kTickMs = 10;

    void tick()
    {
        const int count = m_perSecond * kTickMs / 1000;
        QList<qint64> added;
        QList<qint64> delivered;
        SystemClock clock;
        Result<bool> done = m_store->database().transaction([&]() -> Result<bool> {
            const qint64 now = clock.nowMs();
            for (int i = 0; i < count; ++i) {
                const Change change{QStringLiteral("RUNS"), QStringLiteral("CREATE"),
                                    "{\"id\":" + QByteArray::number(m_written + i) + ",\"live\":true}"};
                Result<qint64> changeId = m_store->events().insertChange(change, now);
                if (!changeId)
                    return changeId.error();
                Result<qint64> eventId = m_store->events().insertEvent(*changeId, change, 1, 1, false, now);
                if (!eventId)
                    return eventId.error();
                added.append(*eventId);
            }
            // The events of the previous tick are delivered now.
            for (qint64 id : std::as_const(m_previous)) {
                QSqlQuery update(m_store->database().connection());
                update.prepare(QStringLiteral("UPDATE events SET status = 'SUCCEEDED', attempt_count = 1, "
                                              "last_response_code = 200, updated_at = :now WHERE id = :id"));
                update.bindValue(QStringLiteral(":now"), now);
                update.bindValue(QStringLiteral(":id"), id);
                if (!update.exec())
                    return Error::internal(QStringLiteral("stream: update failed"));
                delivered.append(id);
            }
            return true;
        });
        if (!done)
            return;
        m_written += added.size();
        m_previous = added;
        emit wrote(added, delivered);
    }

    QString m_dataDir;
    int m_perSecond;
    std::unique_ptr<Store> m_store;
    QTimer *m_timer = nullptr;
    QList<qint64> m_previous;
    qint64 m_written = 0;
};

QString row(const QString &label, const QString &value, const QString &ratio = {})
{
    return QStringLiteral("  %1 %2 %3").arg(label, -46).arg(value, 16).arg(ratio, 10);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the console's event log over a large store."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events in the store."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"),
                                       QStringLiteral("Keep (and reuse) the filled store here."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs of each step."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption streamOption(QStringLiteral("stream-seconds"),
                                          QStringLiteral("How long the live stream runs."),
                                          QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Live events per second."),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({eventsOption, dirOption, repeatOption, streamOption, rateOption});
    parser.process(app);
    const qint64 count = parser.value(eventsOption).toLongLong();
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    const int streamSeconds = qMax(1, parser.value(streamOption).toInt());
    const int rate = qMax(100, parser.value(rateOption).toInt());

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    SystemClock clock;
    Result<std::unique_ptr<Store>> opened = Store::open(dataDir);
    if (!opened) {
        print(QStringLiteral("bench_eventlog: %1").arg(opened.error().message));
        return 1;
    }
    Store &store = **opened;
    ChangeFeed feed;
    WebhookService service(store, clock, feed);
    const qint64 stored = storedEventCount(store);
    // A kept store holds the fill and, after an interrupted run, maybe some of the events the
    // phases below add (a normal run deletes them again at the end).
    if (stored < count || (stored > count && !parser.isSet(dirOption))) {
        if (stored != 0) {
            print(QStringLiteral("bench_eventlog: %1 holds %2 events, not %3; use an empty folder")
                      .arg(dataDir)
                      .arg(stored)
                      .arg(count));
            return 1;
        }
        print(QStringLiteral("filling %1 events into %2 ...").arg(count).arg(dataDir));
        if (!fill(store, service, count, clock.nowMs() - count))
            return 1;
    } else {
        print(QStringLiteral("reusing %1 events in %2").arg(stored).arg(dataDir));
    }
    // What the phases below write goes after these ids, and is deleted again at the end.
    qint64 filledEvents = 0;
    qint64 filledChanges = 0;
    {
        // The fill writes one change per event, both in id order.
        QSqlQuery last(store.database().connection());
        if (last.exec(QStringLiteral("SELECT id, change_id FROM events ORDER BY id LIMIT 1 OFFSET %1")
                          .arg(count - 1)) &&
            last.next()) {
            filledEvents = last.value(0).toLongLong();
            filledChanges = last.value(1).toLongLong();
        }
    }

    StoreReader reader(dataDir, clock);
    ConsoleContext context;
    context.service = &service;
    context.store = &store;
    context.reader = &reader;
    context.clock = &clock;
    context.dataDir = dataDir;
    const int pageSize = EventLogModel::kDefaultPageSize;

    resetPeakRss();
    const Timing baseline = timeIt(repeat * 2 + 1, {}, [&] { readBaselinePage(store, pageSize); });
    const qint64 baselineRssKiB = procStatusKiB("VmRSS:");
    const auto ratio = [&](double value) {
        return baseline.medianMs > 0 ? QString::number(value / baseline.medianMs, 'f', 1) + QLatin1Char('x')
                                     : QStringLiteral("-");
    };

    // Opening the log: the page made (its model reads the first page) and painted.
    std::unique_ptr<EventLogPage> page;
    const Timing open = timeIt(
        repeat, [&] { page.reset(); },
        [&] {
            page = std::make_unique<EventLogPage>(context);
            page->resize(1100, 800);
            page->show();
            if (!QTest::qWaitForWindowExposed(page.get()))
                print(QStringLiteral("the page was not exposed"));
            waitLoaded(*page->model());
            paint(*page);
        });
    const qint64 openRssKiB = procStatusKiB("VmRSS:");
    EventLogModel &model = *page->model();

    const auto filterTiming = [&](const EventFilter &filter) {
        return timeIt(
            repeat,
            [&] {
                model.setFilter({});
                waitLoaded(model);
            },
            [&] {
                model.setFilter(filter);
                waitLoaded(model);
                paint(*page);
            });
    };
    EventFilter failed;
    failed.statuses = {EventStatus::Failed};
    EventFilter oneReceiver;
    oneReceiver.receiverId = 7;
    EventFilter rareText;
    rareText.payloadContains = QString::fromLatin1(kNeedle);
    EventFilter absentText;
    absentText.payloadContains = QStringLiteral("no such text anywhere");
    const Timing byStatus = filterTiming(failed);
    const Timing byReceiver = filterTiming(oneReceiver);
    const Timing byRareText = filterTiming(rareText);
    const int rareRows = model.rowCount();
    const Timing byAbsentText = filterTiming(absentText);
    // While a search reads every payload on the reader thread, the window keeps answering.
    Heartbeat searchBeat;
    model.setFilter({});
    waitLoaded(model);
    searchBeat.start();
    model.setFilter(absentText);
    waitLoaded(model);
    searchBeat.stop();

    // The next page, as scrolling to the bottom asks for it.
    model.setFilter({});
    waitLoaded(model);
    const Timing fetch = timeIt(repeat, {}, [&] {
        const int before = model.rowCount();
        model.fetchMore({});
        while (model.rowCount() == before && model.canFetchMore({}))
            QCoreApplication::processEvents();
        paint(*page);
    });
    const Timing sortByStatus = timeIt(
        repeat,
        [&] {
            model.sort(EventLogModel::TimeColumn, Qt::DescendingOrder);
            waitLoaded(model);
        },
        [&] {
            model.sort(EventLogModel::StatusColumn, Qt::AscendingOrder);
            waitLoaded(model);
            paint(*page);
        });
    model.sort(EventLogModel::TimeColumn, Qt::DescendingOrder);
    waitLoaded(model);

    // A batch of 1,000: new events written by someone else, then announced and applied at once.
    const auto writeNew = [&](int n) {
        QList<qint64> ids;
        (void)store.database().transaction([&]() -> Result<bool> {
            const qint64 now = clock.nowMs();
            for (int i = 0; i < n; ++i) {
                const Change change{QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"batch\":true}"};
                const qint64 changeId = *store.events().insertChange(change, now);
                ids.append(*store.events().insertEvent(changeId, change, 1, 1, false, now));
            }
            return true;
        });
        return ids;
    };
    QList<qint64> batch;
    const Timing absorbNew = timeIt(
        repeat, [&] { batch = writeNew(1000); },
        [&] {
            model.noteEventsAdded(batch);
            model.applyPendingUpdates();
            paint(*page);
        });
    const Timing absorbChanged = timeIt(
        repeat,
        [&] {
            batch.clear();
            for (int row = 0; row < 1000 && row < model.rowCount(); ++row)
                batch.append(model.eventAt(row).id);
            QSqlQuery update(store.database().connection());
            (void)update.exec(QStringLiteral("UPDATE events SET status = 'SUCCEEDED', attempt_count = "
                                             "attempt_count + 1, last_response_code = 200 WHERE id > %1")
                                  .arg(batch.last() - 1));
        },
        [&] {
            model.noteEventsChanged(batch);
            model.applyPendingUpdates();
            paint(*page);
        });
    const int rowsAfterBatches = model.rowCount();

    // A live stream from another thread for a while: how long the GUI thread ever stops answering.
    QThread writerThread;
    StreamWriter writer(dataDir, rate);
    writer.moveToThread(&writerThread);
    QObject::connect(&writer, &StreamWriter::wrote, &model,
                     [&](const QList<qint64> &added, const QList<qint64> &delivered) {
                         model.noteEventsAdded(added);
                         model.noteEventsChanged(delivered);
                     });
    Heartbeat streamBeat;
    int batches = 0;
    QObject::connect(&model, &EventLogModel::batchApplied, [&] {
        ++batches;
        (void)page->grab(); // every batch is painted, as a visible window would be
    });
    writerThread.start();
    QMetaObject::invokeMethod(&writer, &StreamWriter::start, Qt::BlockingQueuedConnection);
    streamBeat.start();
    QEventLoop loop;
    QTimer::singleShot(streamSeconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    streamBeat.stop();
    QMetaObject::invokeMethod(&writer, &StreamWriter::stop, Qt::BlockingQueuedConnection);
    writerThread.quit();
    writerThread.wait();
    model.applyPendingUpdates();
    const qint64 peakKiB = procStatusKiB("VmHWM:");

    print(QString());
    print(QStringLiteral("event log over %1 stored events (page %2 rows; median of %3 runs, ratio = median / "
                         "baseline median)")
              .arg(count)
              .arg(pageSize)
              .arg(repeat));
    print(row(QStringLiteral("baseline: one page with a plain QSqlQuery"), ms(baseline.medianMs),
              QStringLiteral("1.0x")));
    print(row(QStringLiteral("open the log (page made, first page painted)"), ms(open.medianMs),
              ratio(open.medianMs)));
    print(row(QStringLiteral("  first open (cold caches)"), ms(open.firstMs), ratio(open.firstMs)));
    print(row(QStringLiteral("filter: status FAILED"), ms(byStatus.medianMs), ratio(byStatus.medianMs)));
    print(row(QStringLiteral("filter: one receiver of %1").arg(kReceivers), ms(byReceiver.medianMs),
              ratio(byReceiver.medianMs)));
    print(
        row(QStringLiteral("filter: payload text in 1 of %1 (%2 rows shown)").arg(kNeedleEvery).arg(rareRows),
            ms(byRareText.medianMs), ratio(byRareText.medianMs)));
    print(row(QStringLiteral("filter: payload text found nowhere (full scan)"), ms(byAbsentText.medianMs),
              ratio(byAbsentText.medianMs)));
    print(row(QStringLiteral("  GUI thread gap max during that search"), ms(searchBeat.maxMs())));
    print(row(QStringLiteral("fetch more (next page, painted)"), ms(fetch.medianMs), ratio(fetch.medianMs)));
    print(row(QStringLiteral("sort by status (in the store)"), ms(sortByStatus.medianMs),
              ratio(sortByStatus.medianMs)));
    print(row(QStringLiteral("absorb a batch of 1,000 new events"), ms(absorbNew.medianMs),
              ratio(absorbNew.medianMs)));
    print(row(QStringLiteral("absorb a batch of 1,000 changed events"), ms(absorbChanged.medianMs),
              ratio(absorbChanged.medianMs)));
    print(row(QStringLiteral("rows loaded after the batches"), QString::number(rowsAfterBatches)));
    print(row(QStringLiteral("live stream: %1 new + %1 delivered / s, %2 s").arg(rate).arg(streamSeconds),
              QStringLiteral("%1 new / s").arg(double(writer.written()) / streamSeconds, 0, 'f', 0)));
    print(row(QStringLiteral("  batches applied"), QString::number(batches)));
    print(row(QStringLiteral("  GUI thread gap p99 (5 ms heartbeat)"), ms(streamBeat.p99Ms())));
    print(row(QStringLiteral("  GUI thread gap max"), ms(streamBeat.maxMs())));
    print(row(QStringLiteral("  rows loaded at the end (live window)"), QString::number(model.rowCount())));
    print(row(QStringLiteral("RSS after the baseline query"), mib(baselineRssKiB)));
    print(row(QStringLiteral("RSS with the log open"), mib(openRssKiB),
              QString::number(double(openRssKiB) / qMax<qint64>(1, baselineRssKiB), 'f', 2) +
                  QLatin1Char('x')));
    print(row(QStringLiteral("peak RSS of the console phases (VmHWM)"), mib(peakKiB),
              QString::number(double(peakKiB) / qMax<qint64>(1, baselineRssKiB), 'f', 2) + QLatin1Char('x')));
    page.reset();
    if (filledEvents > 0) {
        // Without the foreign key checks: events.change_id has no index, so checking each deleted
        // change would read every event.
        QSqlQuery cleanup(store.database().connection());
        for (const QString &sql :
             {QStringLiteral("PRAGMA foreign_keys = OFF"),
              QStringLiteral("DELETE FROM attempts WHERE event_id > %1").arg(filledEvents),
              QStringLiteral("DELETE FROM events WHERE id > %1").arg(filledEvents),
              QStringLiteral("DELETE FROM changes WHERE id > %1").arg(filledChanges),
              QStringLiteral("PRAGMA foreign_keys = ON")}) {
            if (!cleanup.exec(sql))
                print(QStringLiteral("cleaning up the added events failed: %1").arg(sql));
        }
    }
    return 0;
}

#include "bench_eventlog.moc"
