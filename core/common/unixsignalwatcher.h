#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace hookboard {

// Turns Unix signals into a Qt signal on the event loop, so shutdown can run ordinary code.
//
// A signal handler may only do async-signal-safe things, so the handler just writes the signal number
// into a pipe (the self-pipe trick) and a QSocketNotifier reads it on the thread that owns the watcher.
// Handlers are installed with SA_RESTART, so slow system calls elsewhere are not cut short; the
// previous dispositions come back when the watcher is destroyed. One watcher per signal at a time.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;
    UnixSignalWatcher(const UnixSignalWatcher &) = delete;
    UnixSignalWatcher &operator=(const UnixSignalWatcher &) = delete;

    // Starts delivering signalNumber as received(). Fails (returns false) if the pipe could not be
    // made, the signal is already watched by another watcher, or sigaction refuses it.
    bool watch(int signalNumber);
    QList<int> watchedSignals() const { return m_watched; }

signals:
    void received(int signal);

private:
    void readPipe();
    void restore(int signalNumber);

    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
};

} // namespace hookboard
