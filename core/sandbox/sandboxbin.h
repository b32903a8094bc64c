#pragma once

#include "caughtrequest.h"
#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookboard {

// How a bin answers, and what it checks signatures with.
struct SandboxBinSettings
{
    int status = 200;        // the answer while nothing is set to fail
    int delayMs = 0;         // wait this long before answering (0..SandboxBin::kMaxDelayMs)
    int failNext = 0;        // answer the next N requests with failureStatus instead
    int failureStatus = 500; //
    int keep = 1000;         // the last this many requests are kept (1..SandboxBin::kMaxKeep)
    // The secret(s) of the receiver whose deliveries land here: the wiring layer passes them in, so
    // the sandbox needs nothing from the service. Empty: signatures are not checked.
    QStringList secrets;
};

// One bin of the sandbox: its settings and the last requests it caught, oldest first. Bounded by
// count and by body bytes, so a flood cannot eat the machine's memory.
class SandboxBin
{
public:
    static constexpr int kMaxKeep = 100000;
    static constexpr qsizetype kMaxStoredBodyBytes = 64 * 1024 * 1024;
    static constexpr int kMaxDelayMs = 10 * 60 * 1000;

    explicit SandboxBin(const QString &name = {}) : m_name(name) {}

    // Whether name can be a bin: [A-Za-z0-9_-]{1,64}.
    static bool isValidName(const QString &name);
    // Refuses statuses outside 100..599 and delays outside 0..kMaxDelayMs, naming the field.
    static std::optional<Error> check(const SandboxBinSettings &settings);

    QString name() const { return m_name; }
    const SandboxBinSettings &settings() const { return m_settings; }
    // A lower keep drops the oldest requests at once (counted in dropped()).
    void setSettings(const SandboxBinSettings &settings);

    // The status for the request arriving now; uses up one of the "fail next N".
    int takeAnswerStatus();

    // Stores request (giving it the next sequence number) and returns it as stored.
    const CaughtRequest &catchRequest(CaughtRequest request);
    const QList<CaughtRequest> &requests() const { return m_requests; }
    // Requests caught but no longer kept (the oldest, past keep or the byte bound), since clear().
    quint64 dropped() const { return m_dropped; }
    void clear();

private:
    QString m_name;
    SandboxBinSettings m_settings;
    QList<CaughtRequest> m_requests;
    qsizetype m_storedBodyBytes = 0;
    quint64 m_nextSequence = 1;
    quint64 m_dropped = 0;

    void dropOldest();
};

} // namespace hookboard
