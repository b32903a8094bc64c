#include "unixsignalwatcher.h"

#include <QSocketNotifier>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace hookboard {

namespace {

// Signal numbers on Linux and the BSDs stay below 65; anything higher is refused by watch().
constexpr int kMaxSignal = 65;

// The handler can only reach plain globals: the write end of the pipe of the watcher that owns each
// signal, and the disposition to put back afterwards.
struct WriteFd
{
    std::atomic<int> fd{-1}; // lock-free, so safe to read in a handler
};
std::array<WriteFd, kMaxSignal> g_writeFds;
std::array<struct sigaction, kMaxSignal> g_previous{};

extern "C" void onUnixSignal(int signalNumber)
{
    const int savedErrno = errno; // write() may change errno under the interrupted code's feet
    const int fd = g_writeFds[signalNumber].fd.load();
    if (fd >= 0) {
        const unsigned char byte = static_cast<unsigned char>(signalNumber);
        // If the pipe is full, signals are already waiting to be read; dropping one loses nothing.
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

bool setFlags(int fd)
{
    const int fdFlags = ::fcntl(fd, F_GETFD);
    const int flFlags = ::fcntl(fd, F_GETFL);
    return fdFlags >= 0 && flFlags >= 0 && ::fcntl(fd, F_SETFD, fdFlags | FD_CLOEXEC) == 0 &&
           ::fcntl(fd, F_SETFL, flFlags | O_NONBLOCK) == 0;
}

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent) : QObject(parent) {}

UnixSignalWatcher::~UnixSignalWatcher()
{
    for (const int signalNumber : std::as_const(m_watched))
        restore(signalNumber);
    delete m_notifier;
    if (m_readFd >= 0)
        ::close(m_readFd);
    if (m_writeFd >= 0)
        ::close(m_writeFd);
}

bool UnixSignalWatcher::watch(int signalNumber)
{
    if (signalNumber <= 0 || signalNumber >= kMaxSignal)
        return false;
    if (m_watched.contains(signalNumber))
        return true;
    if (g_writeFds[signalNumber].fd.load() >= 0)
        return false;
    if (m_readFd < 0) {
        int fds[2];
        if (::pipe(fds) != 0)
            return false;
        if (!setFlags(fds[0]) || !setFlags(fds[1])) {
            ::close(fds[0]);
            ::close(fds[1]);
            return false;
        }
        m_readFd = fds[0];
        m_writeFd = fds[1];
        m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read);
        connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPipe);
    }
    // The fd is published before the handler goes in, so the handler never sees a half-set watcher.
    g_writeFds[signalNumber].fd.store(m_writeFd);
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(signalNumber, &action, &g_previous[signalNumber]) != 0) {
        g_writeFds[signalNumber].fd.store(-1);
        return false;
    }
    m_watched.append(signalNumber);
    return true;
}

void UnixSignalWatcher::restore(int signalNumber)
{
    ::sigaction(signalNumber, &g_previous[signalNumber], nullptr);
    g_writeFds[signalNumber].fd.store(-1);
}

void UnixSignalWatcher::readPipe()
{
    unsigned char buffer[64];
    for (;;) {
        const ssize_t count = ::read(m_readFd, buffer, sizeof buffer);
        if (count <= 0)
            break; // EAGAIN: drained
        for (ssize_t i = 0; i < count; ++i)
            emit received(buffer[i]);
    }
}

} // namespace hookboard
