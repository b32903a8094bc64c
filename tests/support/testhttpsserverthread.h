#pragma once

#include "testhttpsserver.h"

#include <QThread>

namespace hookboard::test {

// A TestHttpsServer running on a thread of its own, so that a client which blocks its thread
// (a synchronous sender, a test waiting on a mutex) cannot stall the server's answers.
class TestHttpsServerThread
{
public:
    TestHttpsServerThread();
    ~TestHttpsServerThread();
    TestHttpsServerThread(const TestHttpsServerThread &) = delete;
    TestHttpsServerThread &operator=(const TestHttpsServerThread &) = delete;

    // Its thread-safe members (url, setBehaviour, requests, ...) may be called from here; its
    // signals arrive queued.
    TestHttpsServer *server() const { return m_server; }
    TestHttpsServer *operator->() const { return m_server; }

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: where work is sent to run there
    TestHttpsServer *m_server = nullptr;
};

} // namespace hookboard::test
