#include "eventexportjob.h"

#include "common/privatefile.h"
#include "service/storereader.h"

#include <QSaveFile>

namespace hookboard {

struct EventExportJob::State
{
    EventFilter filter;
    ExportFormat format;
    QString path;
    std::unique_ptr<EventExport> exporter;
    std::unique_ptr<QSaveFile> file; // made, written and dropped on the reader's thread
};

namespace {

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error::badInput(QStringLiteral("file"), QStringLiteral("writable"),
                           EventExportJob::tr("%1 cannot be written: %2").arg(path, reason));
}

struct Progress
{
    qint64 events = 0;
    bool done = false;
};

} // namespace

EventExportJob::EventExportJob(StoreReader &reader, EventFilter filter, ExportFormat format, QString path,
                               QObject *parent)
    : QObject(parent), m_reader(reader),
      m_state(std::make_shared<State>(State{std::move(filter), format, std::move(path), nullptr, nullptr}))
{}

EventExportJob::~EventExportJob()
{
    // The file belongs to the reader's thread: drop it (and its unfinished temporary) there.
    if (m_running)
        m_reader.read<Status>(
            nullptr,
            [state = m_state](StoreReader::Connection &) -> Status {
                state->file.reset();
                return {};
            },
            [](Status) {});
}

void EventExportJob::start()
{
    m_running = true;
    step();
}

void EventExportJob::step()
{
    m_reader.read<Result<Progress>>(
        this,
        [state = m_state](StoreReader::Connection &connection) -> Result<Progress> {
            if (!state->exporter) {
                state->exporter =
                    std::make_unique<EventExport>(connection.service, state->filter, state->format);
                state->file = std::make_unique<QSaveFile>(state->path);
                // Attempts carry request headers, which may hold tokens: 0600, as the configuration.
                if (!state->file->open(QIODevice::WriteOnly) || !restrictToOwner(*state->file))
                    return cannotWrite(state->path, state->file->errorString());
            }
            Result<QByteArray> piece = state->exporter->next();
            if (!piece)
                return piece.error();
            if (state->file->write(*piece) != piece->size())
                return cannotWrite(state->path, state->file->errorString());
            return Progress{state->exporter->eventCount(), state->exporter->atEnd()};
        },
        [this](Result<Progress> progress) {
            if (!progress)
                end(false, progress.error().message, 0);
            else if (m_cancelled)
                end(false, tr("The export was cancelled; no file was written."), progress->events);
            else if (progress->done)
                end(true, {}, progress->events);
            else {
                emit progressed(progress->events);
                step();
            }
        });
}

// Commits or drops the file on the reader's thread, then tells the asker.
void EventExportJob::end(bool keep, const QString &failure, qint64 events)
{
    m_reader.read<Status>(
        this,
        [state = m_state, keep](StoreReader::Connection &) -> Status {
            Status kept;
            if (keep && state->file && !state->file->commit())
                kept = Error::badInput(QStringLiteral("file"), QStringLiteral("writable"),
                                       EventExportJob::tr("%1 cannot be written: %2")
                                           .arg(state->path, state->file->errorString()));
            state->file.reset();
            state->exporter.reset();
            return kept;
        },
        [this, keep, failure, events](Status kept) {
            m_running = false;
            if (keep && kept.ok())
                emit finished(true, {}, events);
            else
                emit finished(false, kept.ok() ? failure : kept.error().message, events);
        });
}

} // namespace hookboard
