#include "testhttpsserverthread.h"

namespace hookboard::test {

TestHttpsServerThread::TestHttpsServerThread()
{
    m_thread.setObjectName(QStringLiteral("TestHttpsServer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // Made over there, so that its sockets and timers belong to that thread's event loop.
    QMetaObject::invokeMethod(
        m_context, [this] { m_server = new TestHttpsServer; }, Qt::BlockingQueuedConnection);
}

TestHttpsServerThread::~TestHttpsServerThread()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    // Deleted as the thread finishes, never from inside its own queued call.
    m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

} // namespace hookboard::test
