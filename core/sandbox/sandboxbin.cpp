#include "sandboxbin.h"

#include <QCoreApplication>

namespace hookboard {

bool SandboxBin::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

std::optional<Error> SandboxBin::check(const SandboxBinSettings &settings)
{
    const auto statusError = [](const QString &field) {
        return Error::badInput(
            field, QStringLiteral("range"),
            QCoreApplication::translate("SandboxBin", "%1: must be between 100 and 599").arg(field));
    };
    if (settings.status < 100 || settings.status > 599)
        return statusError(QStringLiteral("status"));
    if (settings.failureStatus < 100 || settings.failureStatus > 599)
        return statusError(QStringLiteral("failureStatus"));
    if (settings.delayMs < 0 || settings.delayMs > kMaxDelayMs)
        return Error::badInput(
            QStringLiteral("delayMs"), QStringLiteral("range"),
            QCoreApplication::translate("SandboxBin", "delayMs: must be between 0 and %1").arg(kMaxDelayMs));
    if (settings.keep < 1 || settings.keep > kMaxKeep)
        return Error::badInput(
            QStringLiteral("keep"), QStringLiteral("range"),
            QCoreApplication::translate("SandboxBin", "keep: must be between 1 and %1").arg(kMaxKeep));
    if (settings.failNext < 0)
        return Error::badInput(QStringLiteral("failNext"), QStringLiteral("range"),
                               QCoreApplication::translate("SandboxBin", "failNext: must not be negative"));
    return std::nullopt;
}

int SandboxBin::takeAnswerStatus()
{
    if (m_settings.failNext > 0) {
        --m_settings.failNext;
        return m_settings.failureStatus;
    }
    return m_settings.status;
}

const CaughtRequest &SandboxBin::catchRequest(CaughtRequest request)
{
    request.sequence = m_nextSequence++;
    m_storedBodyBytes += request.body.size();
    m_requests.append(std::move(request));
    dropOldest();
    return m_requests.last();
}

void SandboxBin::setSettings(const SandboxBinSettings &settings)
{
    m_settings = settings;
    dropOldest();
}

void SandboxBin::dropOldest()
{
    // Never evicts the request just caught: one body is at most the server's body limit.
    while (m_requests.size() > 1 &&
           (m_requests.size() > m_settings.keep || m_storedBodyBytes > kMaxStoredBodyBytes)) {
        m_storedBodyBytes -= m_requests.first().body.size();
        m_requests.removeFirst();
        ++m_dropped;
    }
}

void SandboxBin::clear()
{
    m_requests.clear();
    m_storedBodyBytes = 0;
    m_dropped = 0;
}

} // namespace hookboard
