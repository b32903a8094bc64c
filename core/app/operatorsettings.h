#pragma once

#include "app/runtimeoptions.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QString>

namespace hookboard {

class SettingsStore;
class Store;

// The operator's settings that the console changes and the store keeps (its settings table): the
// delivery schedule, caps and periods, trusted CA files, outbound lists and the API address. Each
// is kept as the text a person types; an empty text means "not set": the default applies.
// Precedence: an option given on the command line wins over the stored value for that run; the
// stored value is kept and applies again at a start without that option.
class OperatorSettings
{
    Q_DECLARE_TR_FUNCTIONS(OperatorSettings)
public:
    enum class Field
    {
        RetrySchedule,          // "5s, 5m, 30m" (ScheduleSyntax)
        AttemptTimeout,         // seconds, 1 to 120
        MaxInFlightPerReceiver, // 1 to 64, as a receiver's own cap
        MaxInFlight,            // 1 to 10,000
        AutoDisableHours,       // 1 to 8,760
        RetentionDays,          // 0 (keep every event) to 36,500
        CaFiles,                // absolute PEM paths, one a line
        DenyCidrs,              // CIDR ranges, one a line (or comma-separated)
        AllowCidrs,             // as above
        ApiListen,              // HOST:PORT
    };
    using Values = QMap<Field, QString>;

    static QList<Field> fields();
    // The key in the settings table, which is also the field that errors name ("delivery.timeout").
    static QString key(Field field);
    // The command-line option that sets field ("retry-schedule"), empty when there is none.
    static QString option(Field field);
    // Whether a change takes effect only at the next start (the API address: the server is bound
    // to it, and the clients that know it would lose it mid-way).
    static bool needsRestart(Field field);

    // Every stored value (fields without one are absent).
    static Result<Values> load(SettingsStore &settings);
    // Every rule values break, each error naming its field (key()) and rule. Reads the CA files.
    // apiTls: the API has a certificate, so it may listen beyond loopback.
    static QList<Error> validate(const Values &values, bool apiTls);
    // Validates, then writes values (an empty text removes the stored one) in one transaction:
    // when any value is refused, nothing is written and the errors say why.
    static QList<Error> save(Store &store, const Values &values, bool apiTls);

    // commandLine with the stored values applied where the command line gave no option. A stored
    // value that no longer passes its rule (a CA file since removed) is left out, with a warning.
    static RuntimeOptions merge(const RuntimeOptions &commandLine, const Values &stored);
    // What options put into effect, as text for each field.
    static Values textOf(const RuntimeOptions &options);
    // The CA certificates options trust besides the system's; the error names the file.
    static Result<QList<QSslCertificate>> loadCas(const RuntimeOptions &options);

private:
    // Checks one value, and writes it into options when valid and target is given.
    static std::optional<Error> check(Field field, const QString &text, bool apiTls,
                                      RuntimeOptions *target = nullptr);
};

} // namespace hookboard
