#pragma once

#include "transfer/eventexport.h"

#include <QObject>
#include <memory>

namespace hookboard {

class StoreReader;

// Writes the event log (a filter's events) to a file through the console's StoreReader, one page
// per read: the GUI thread never waits on the store or the disk, and the live log and statistics
// take their turns between pages. The file appears whole when the export ends (QSaveFile), never
// half-written; a cancelled or failed export leaves no file.
class EventExportJob : public QObject
{
    Q_OBJECT
public:
    EventExportJob(StoreReader &reader, EventFilter filter, ExportFormat format, QString path,
                   QObject *parent = nullptr);
    ~EventExportJob() override;

    void start();
    // Stops after the page under way; finished() then says so.
    void cancel() { m_cancelled = true; }

signals:
    void progressed(qint64 events);
    // Once: ok with the number of events written, or the reason it stopped (nothing was kept).
    void finished(bool ok, const QString &message, qint64 events);

private:
    struct State;
    void step();
    void end(bool keep, const QString &failure, qint64 events);

    StoreReader &m_reader;
    std::shared_ptr<State> m_state; // used on the reader's thread only
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace hookboard
