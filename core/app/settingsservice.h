#pragma once

#include "api/apitoken.h"
#include "app/operatorsettings.h"
#include "app/runtimeoptions.h"
#include "common/result.h"
#include "store/storelocation.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QThread>
#include <functional>
#include <memory>

namespace hookboard {

// Reads and changes the operator's settings (OperatorSettings) and the API token on a thread and
// a store connection of its own, answering on the asker's thread: the console's GUI thread never
// waits on the store or on reading CA files. A saved change is handed to the running Hookboard at
// once (apply); what needs a restart is kept for the next start.
class SettingsService
{
public:
    // What the console shows.
    struct State
    {
        OperatorSettings::Values stored;   // kept in the store (absent: not set)
        OperatorSettings::Values inEffect; // what this run uses
        QStringList commandLine;           // options given on the command line, which win
        bool tokenGiven = false;           // --api-token or HOOKBOARD_API_TOKEN: not ours to change
        bool apiTls = false;               // the API has a certificate (may listen beyond loopback)

        // The command-line option that decides field for this run, empty when none does.
        QString setBy(OperatorSettings::Field field) const;
    };
    struct Saved
    {
        QList<Error> errors; // empty: saved and applied
        State state;         // after the save (as before it when refused)
    };
    // Called on the service's thread with the options now in effect and the extra CAs they trust.
    using Apply = std::function<void(const RuntimeOptions &options, const QList<QSslCertificate> &extraCas)>;
    // Called on the service's thread once a new token is stored; makes the API accept only it.
    using UseToken = std::function<Status(const ApiToken &token)>;

    // commandLine: the options as given (before stored settings); inEffect: what the run started with.
    SettingsService(StoreLocation location, RuntimeOptions commandLine, RuntimeOptions inEffect);
    ~SettingsService();
    SettingsService(const SettingsService &) = delete;
    SettingsService &operator=(const SettingsService &) = delete;

    // Before the first call below.
    void setApply(Apply apply) { m_apply = std::move(apply); }
    void setUseToken(UseToken useToken) { m_useToken = std::move(useToken); }

    // Each runs on the service's thread, then done on the calling thread unless context is gone.
    void load(QObject *context, std::function<void(Result<State>)> done);
    // Saves changes (every field in it; an empty text removes the stored value) atomically, then
    // applies what can be applied at once.
    void save(const OperatorSettings::Values &changes, QObject *context, std::function<void(Saved)> done);
    // A new random token, stored and accepted by the API at once; the old one stops working.
    void regenerateToken(QObject *context, std::function<void(Result<QString>)> done);

private:
    class Worker;

    template <typename T>
    void run(QObject *context, std::function<T(Worker &)> work, std::function<void(T)> done);

    Apply m_apply;
    UseToken m_useToken;
    QThread m_thread;
    Worker *m_worker;                   // lives on m_thread
    std::unique_ptr<QObject> m_answers; // lives on the creating thread
};

} // namespace hookboard
