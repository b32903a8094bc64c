#include "operatorsettings.h"

#include "delivery/httpsender.h"
#include "delivery/retrypolicy.h"
#include "delivery/schedulesyntax.h"
#include "model/outboundpolicy.h"
#include "model/validation.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "store/store.h"

#include <QDir>
#include <QRegularExpression>

namespace hookboard {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

// An error of another part (ScheduleSyntax, OutboundPolicy, ...) told under this field's name.
Error renamed(Error error, const QString &field)
{
    const QString prefix = error.field + QStringLiteral(": ");
    if (!error.field.isEmpty() && error.message.startsWith(prefix))
        error.message = field + QStringLiteral(": ") + error.message.mid(prefix.size());
    error.field = field;
    return error;
}

// Lines (or commas, where an entry cannot hold one) to entries, without blanks.
QStringList entries(const QString &text, bool commas = true)
{
    static const QRegularExpression separators(QStringLiteral("[\\n,]"));
    static const QRegularExpression lines(QStringLiteral("\\n"));
    QStringList list;
    for (const QString &entry : text.split(commas ? separators : lines)) {
        if (const QString trimmed = entry.trimmed(); !trimmed.isEmpty())
            list.append(trimmed);
    }
    return list;
}

// A whole number from min to max, or an error with the rule "range".
std::optional<Error> wholeNumber(const QString &field, const QString &text, qint64 min, qint64 max,
                                 const QString &unit, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (ok && value >= min && value <= max) {
        *out = value;
        return std::nullopt;
    }
    return Error::badInput(field, QStringLiteral("range"),
                           OperatorSettings::tr("%1: must be a whole number of %2 from %3 to %4 (got \"%5\")")
                               .arg(field, unit)
                               .arg(min)
                               .arg(max)
                               .arg(text.trimmed()));
}

} // namespace

QList<OperatorSettings::Field> OperatorSettings::fields()
{
    return {Field::RetrySchedule, Field::AttemptTimeout,   Field::MaxInFlightPerReceiver,
            Field::MaxInFlight,   Field::AutoDisableHours, Field::RetentionDays,
            Field::CaFiles,       Field::DenyCidrs,        Field::AllowCidrs,
            Field::ApiListen};
}

QString OperatorSettings::key(Field field)
{
    switch (field) {
    case Field::RetrySchedule:
        return QStringLiteral("delivery.retrySchedule");
    case Field::AttemptTimeout:
        return QStringLiteral("delivery.attemptTimeoutSeconds");
    case Field::MaxInFlightPerReceiver:
        return QStringLiteral("delivery.maxInFlightPerReceiver");
    case Field::MaxInFlight:
        return QStringLiteral("delivery.maxInFlight");
    case Field::AutoDisableHours:
        return QStringLiteral("delivery.autoDisableHours");
    case Field::RetentionDays:
        return QStringLiteral("retention.days");
    case Field::CaFiles:
        return QStringLiteral("trust.caFiles");
    case Field::DenyCidrs:
        return QStringLiteral("outbound.deny");
    case Field::AllowCidrs:
        return QStringLiteral("outbound.allow");
    case Field::ApiListen:
        return QStringLiteral("api.listen");
    }
    return {};
}

QString OperatorSettings::option(Field field)
{
    switch (field) {
    case Field::RetrySchedule:
        return QStringLiteral("retry-schedule");
    case Field::AttemptTimeout:
        return QStringLiteral("attempt-timeout");
    case Field::RetentionDays:
        return QStringLiteral("retention-days");
    case Field::CaFiles:
        return QStringLiteral("ca-file");
    case Field::DenyCidrs:
        return QStringLiteral("deny-cidr");
    case Field::AllowCidrs:
        return QStringLiteral("allow-cidr");
    case Field::ApiListen:
        return QStringLiteral("api-listen");
    case Field::MaxInFlightPerReceiver:
    case Field::MaxInFlight:
    case Field::AutoDisableHours:
        break;
    }
    return {};
}

bool OperatorSettings::needsRestart(Field field)
{
    return field == Field::ApiListen;
}

Result<OperatorSettings::Values> OperatorSettings::load(SettingsStore &settings)
{
    Values values;
    for (Field field : fields()) {
        Result<std::optional<QString>> stored = settings.value(key(field));
        if (!stored)
            return stored.error();
        if (stored->has_value())
            values.insert(field, **stored);
    }
    return values;
}

std::optional<Error> OperatorSettings::check(Field field, const QString &text, bool apiTls,
                                             RuntimeOptions *target)
{
    const QString name = key(field);
    RuntimeOptions scratch;
    RuntimeOptions &options = target ? *target : scratch;
    DeliveryConfig &delivery = options.delivery;
    qint64 number = 0;
    switch (field) {
    case Field::RetrySchedule: {
        Result<QList<int>> steps = ScheduleSyntax::parse(text, name);
        if (!steps)
            return steps.error();
        DeliverySettings settings;
        settings.retrySchedule = *steps;
        if (const QList<Error> errors = validation::delivery(settings); !errors.isEmpty())
            return renamed(errors.constFirst(), name);
        delivery.retryScheduleSeconds = *steps;
        return std::nullopt;
    }
    case Field::AttemptTimeout:
        if (auto error = wholeNumber(name, text, 1, 120, tr("seconds"), &number))
            return error;
        delivery.timeoutMs = int(number * 1000);
        return std::nullopt;
    case Field::MaxInFlightPerReceiver:
        if (auto error = wholeNumber(name, text, 1, 64, tr("attempts"), &number))
            return error;
        delivery.maxInFlightPerReceiver = int(number);
        return std::nullopt;
    case Field::MaxInFlight:
        if (auto error = wholeNumber(name, text, 1, 10'000, tr("attempts"), &number))
            return error;
        delivery.maxInFlight = int(number);
        return std::nullopt;
    case Field::AutoDisableHours:
        if (auto error = wholeNumber(name, text, 1, 8'760, tr("hours"), &number))
            return error;
        delivery.autoDisableAfterMs = number * kHourMs;
        return std::nullopt;
    case Field::RetentionDays:
        if (auto error = wholeNumber(name, text, 0, 36'500, tr("days"), &number))
            return error;
        delivery.retention.keepMs = number * kDayMs;
        return std::nullopt;
    case Field::CaFiles: {
        const QStringList paths = entries(text, false); // a file name may hold a comma
        for (const QString &path : paths) {
            if (!QDir::isAbsolutePath(path))
                return Error::badInput(name, QStringLiteral("absolute-path"),
                                       tr("%1: \"%2\" must be an absolute path").arg(name, path));
        }
        if (Result<QList<QSslCertificate>> loaded = HttpSender::loadCaFiles(paths); !loaded)
            return renamed(loaded.error(), name);
        options.caFiles = paths;
        return std::nullopt;
    }
    case Field::DenyCidrs:
    case Field::AllowCidrs: {
        const bool deny = field == Field::DenyCidrs;
        const QStringList ranges = entries(text);
        Result<OutboundPolicy> policy =
            deny ? OutboundPolicy::withLists(ranges, {}) : OutboundPolicy::withLists({}, ranges);
        if (!policy)
            return renamed(policy.error(), name);
        // The other list as it stands in options, so that both reach the policy.
        Result<OutboundPolicy> combined =
            deny ? OutboundPolicy::withLists(ranges, delivery.outbound.allowedRanges())
                 : OutboundPolicy::withLists(delivery.outbound.operatorDeniedRanges(), ranges);
        if (combined)
            delivery.outbound = *combined;
        return std::nullopt;
    }
    case Field::ApiListen: {
        Result<ListenAddress> address = ListenAddress::parse(text.trimmed(), name);
        if (!address)
            return address.error();
        if (!apiTls && !address->host.isLoopback()) {
            return Error::badInput(name, QStringLiteral("loopback-without-tls"),
                                   tr("%1: must be a loopback address (127.0.0.1, [::1], localhost) unless "
                                      "Hookboard is started with --api-tls-cert and --api-tls-key")
                                       .arg(name));
        }
        options.api = *address;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QList<Error> OperatorSettings::validate(const Values &values, bool apiTls)
{
    QList<Error> errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue; // not set: the default applies
        if (std::optional<Error> error = check(it.key(), it.value(), apiTls))
            errors.append(*error);
    }
    return errors;
}

QList<Error> OperatorSettings::save(Store &store, const Values &values, bool apiTls)
{
    if (QList<Error> errors = validate(values, apiTls); !errors.isEmpty())
        return errors;
    Status saved = store.database().transaction([&]() -> Status {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString text = it.value().trimmed();
            Status written = text.isEmpty() ? store.settings().remove(key(it.key()))
                                            : store.settings().setValue(key(it.key()), text);
            if (!written)
                return written;
        }
        return {};
    });
    if (!saved)
        return {saved.error()};
    return {};
}

RuntimeOptions OperatorSettings::merge(const RuntimeOptions &commandLine, const Values &stored)
{
    RuntimeOptions options = commandLine;
    const bool apiTls = !commandLine.apiTlsCertificate.isEmpty();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QString given = option(it.key());
        if ((!given.isEmpty() && commandLine.commandLine.contains(given)) || it.value().trimmed().isEmpty())
            continue;
        if (std::optional<Error> error = check(it.key(), it.value(), apiTls, &options))
            qWarning("hookboard: the stored setting is not used: %s", qPrintable(error->message));
    }
    return options;
}

OperatorSettings::Values OperatorSettings::textOf(const RuntimeOptions &options)
{
    const DeliveryConfig &delivery = options.delivery;
    const QString host = options.api.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(options.api.host.toString())
                             : options.api.host.toString();
    return {
        {Field::RetrySchedule, ScheduleSyntax::format(delivery.retryScheduleSeconds.isEmpty()
                                                          ? RetryPolicy::defaultScheduleSeconds()
                                                          : delivery.retryScheduleSeconds)},
        {Field::AttemptTimeout, QString::number(delivery.timeoutMs / 1000)},
        {Field::MaxInFlightPerReceiver, QString::number(delivery.maxInFlightPerReceiver)},
        {Field::MaxInFlight, QString::number(delivery.maxInFlight)},
        {Field::AutoDisableHours, QString::number(delivery.autoDisableAfterMs / kHourMs)},
        {Field::RetentionDays, QString::number(delivery.retention.keepMs / kDayMs)},
        {Field::CaFiles, options.caFiles.join(u'\n')},
        {Field::DenyCidrs, delivery.outbound.operatorDeniedRanges().join(u'\n')},
        {Field::AllowCidrs, delivery.outbound.allowedRanges().join(u'\n')},
        {Field::ApiListen, QStringLiteral("%1:%2").arg(host).arg(options.api.port)},
    };
}

Result<QList<QSslCertificate>> OperatorSettings::loadCas(const RuntimeOptions &options)
{
    return HttpSender::loadCaFiles(options.caFiles);
}

} // namespace hookboard
