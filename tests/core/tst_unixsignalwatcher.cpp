// UnixSignalWatcher: signals arrive on the event loop, and the old disposition comes back afterwards.
#include "common/unixsignalwatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <csignal>

using hookboard::UnixSignalWatcher;

namespace {

volatile std::sig_atomic_t g_previousHandlerCalls = 0;
extern "C" void countingHandler(int)
{
    g_previousHandlerCalls = g_previousHandlerCalls + 1;
}

} // namespace

class TestUnixSignalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheEventLoop();
    void oneOwnerPerSignal();
    void restoresThePreviousHandler();
};

void TestUnixSignalWatcher::deliversOnTheEventLoop()
{
    UnixSignalWatcher watcher;
    QVERIFY(watcher.watch(SIGUSR1));
    QVERIFY(watcher.watch(SIGUSR2));
    QSignalSpy received(&watcher, &UnixSignalWatcher::received);

    QCOMPARE(::raise(SIGUSR1), 0);
    QCOMPARE(::raise(SIGUSR2), 0);
    QCOMPARE(received.count(), 0); // nothing is emitted from inside the handler
    QTRY_COMPARE(received.count(), 2);
    QCOMPARE(received.at(0).at(0).toInt(), int(SIGUSR1));
    QCOMPARE(received.at(1).at(0).toInt(), int(SIGUSR2));
}

void TestUnixSignalWatcher::oneOwnerPerSignal()
{
    UnixSignalWatcher first;
    UnixSignalWatcher second;
    QVERIFY(first.watch(SIGUSR1));
    QVERIFY(first.watch(SIGUSR1)); // again: already ours
    QVERIFY(!second.watch(SIGUSR1));
    QVERIFY(!second.watch(0));
    QVERIFY(!second.watch(1000));
    QCOMPARE(first.watchedSignals(), QList<int>{SIGUSR1});
}

void TestUnixSignalWatcher::restoresThePreviousHandler()
{
    struct sigaction counting = {};
    counting.sa_handler = countingHandler;
    sigemptyset(&counting.sa_mask);
    struct sigaction original = {};
    QCOMPARE(::sigaction(SIGUSR1, &counting, &original), 0);
    {
        UnixSignalWatcher watcher;
        QVERIFY(watcher.watch(SIGUSR1));
        QSignalSpy received(&watcher, &UnixSignalWatcher::received);
        QCOMPARE(::raise(SIGUSR1), 0);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(int(g_previousHandlerCalls), 0);
    }
    QCOMPARE(::raise(SIGUSR1), 0);
    QCOMPARE(int(g_previousHandlerCalls), 1);
    ::sigaction(SIGUSR1, &original, nullptr);
}

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
