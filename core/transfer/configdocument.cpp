#include "configdocument.h"

#include "common/privatefile.h"
#include "service/webhookservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace hookboard {

namespace {

const QString kFormat = QStringLiteral("hookboard-configuration");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDocument)
};

Error shapeError(const QString &path, const QString &rule, const QString &what)
{
    return Error::badInput(path, rule, QStringLiteral("%1: %2").arg(path, what));
}

// Refuses members the format does not have, so that a misspelt field is not silently ignored.
Status checkMembers(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return shapeError(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                              QStringLiteral("unknown-field"),
                              Text::tr("is not a field of a Hookboard configuration file (known here: %1)")
                                  .arg(known.join(QStringLiteral(", "))));
    }
    return {};
}

QString memberPath(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

// Each reader returns nothing for an absent (or null) member, and an Error for one of another type.
Result<std::optional<QString>> stringAt(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return shapeError(memberPath(path, key), QStringLiteral("type"), Text::tr("must be a string"));
    return std::optional<QString>(value.toString());
}

Result<std::optional<bool>> boolAt(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<bool>();
    if (!value.isBool())
        return shapeError(memberPath(path, key), QStringLiteral("type"), Text::tr("must be true or false"));
    return std::optional<bool>(value.toBool());
}

std::optional<int> wholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble();
    // The range first: converting a double outside int's range is undefined behaviour.
    if (!value.isDouble() || !std::isfinite(number) || number < -2147483648.0 || number > 2147483647.0 ||
        number != std::trunc(number))
        return std::nullopt;
    return int(number);
}

Result<std::optional<int>> intAt(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<int>();
    const std::optional<int> number = wholeNumber(value);
    if (!number)
        return shapeError(memberPath(path, key), QStringLiteral("type"), Text::tr("must be a whole number"));
    return number;
}

Result<QJsonArray> arrayAt(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return shapeError(memberPath(path, key), QStringLiteral("type"), Text::tr("must be a list"));
    return value.toArray();
}

Result<QJsonObject> objectIn(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return shapeError(path, QStringLiteral("type"), Text::tr("must be an object"));
    return value.toObject();
}

Result<QList<WebhookHeader>> headersAt(const QJsonObject &object, const QString &path)
{
    Result<QJsonArray> list = arrayAt(object, path, QStringLiteral("headers"));
    if (!list)
        return list.error();
    QList<WebhookHeader> headers;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = QStringLiteral("%1.headers[%2]").arg(path).arg(i);
        Result<QJsonObject> entry = objectIn(list->at(i), at);
        if (!entry)
            return entry.error();
        if (Status known = checkMembers(*entry, at, {QStringLiteral("key"), QStringLiteral("value")}); !known)
            return known.error();
        Result<std::optional<QString>> key = stringAt(*entry, at, QStringLiteral("key"));
        Result<std::optional<QString>> value = stringAt(*entry, at, QStringLiteral("value"));
        if (!key || !value)
            return !key ? key.error() : value.error();
        if (!*key || !*value)
            return shapeError(memberPath(at, !*key ? QStringLiteral("key") : QStringLiteral("value")),
                              QStringLiteral("required"), Text::tr("is required"));
        headers.append({0, **key, **value});
    }
    return headers;
}

Result<DeliverySettings> deliveryAt(const QJsonObject &object, const QString &path)
{
    DeliverySettings delivery;
    const QJsonValue value = object.value(QStringLiteral("delivery"));
    if (value.isUndefined() || value.isNull())
        return delivery;
    const QString at = memberPath(path, QStringLiteral("delivery"));
    Result<QJsonObject> settings = objectIn(value, at);
    if (!settings)
        return settings.error();
    if (Status known = checkMembers(*settings, at,
                                    {QStringLiteral("ordered"), QStringLiteral("maxInFlight"),
                                     QStringLiteral("timeoutMs"), QStringLiteral("retrySchedule")});
        !known)
        return known.error();
    Result<std::optional<bool>> ordered = boolAt(*settings, at, QStringLiteral("ordered"));
    Result<std::optional<int>> maxInFlight = intAt(*settings, at, QStringLiteral("maxInFlight"));
    Result<std::optional<int>> timeoutMs = intAt(*settings, at, QStringLiteral("timeoutMs"));
    if (!ordered)
        return ordered.error();
    if (!maxInFlight)
        return maxInFlight.error();
    if (!timeoutMs)
        return timeoutMs.error();
    delivery.ordered = ordered->value_or(false);
    delivery.maxInFlight = *maxInFlight;
    delivery.timeoutMs = *timeoutMs;
    const QJsonValue schedule = settings->value(QStringLiteral("retrySchedule"));
    if (!schedule.isUndefined() && !schedule.isNull()) {
        Result<QJsonArray> steps = arrayAt(*settings, at, QStringLiteral("retrySchedule"));
        if (!steps)
            return steps.error();
        QList<int> seconds;
        for (qsizetype i = 0; i < steps->size(); ++i) {
            const std::optional<int> step = wholeNumber(steps->at(i));
            if (!step)
                return shapeError(QStringLiteral("%1.retrySchedule[%2]").arg(at).arg(i),
                                  QStringLiteral("type"), Text::tr("must be a whole number of seconds"));
            seconds.append(*step);
        }
        delivery.retrySchedule = seconds;
    }
    return delivery;
}

Result<QList<ConfiguredReceiver::Subscription>> subscriptionsAt(const QJsonObject &object,
                                                                const QString &path)
{
    Result<QJsonArray> list = arrayAt(object, path, QStringLiteral("subscriptions"));
    if (!list)
        return list.error();
    QList<ConfiguredReceiver::Subscription> subscriptions;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = QStringLiteral("%1.subscriptions[%2]").arg(path).arg(i);
        Result<QJsonObject> entry = objectIn(list->at(i), at);
        if (!entry)
            return entry.error();
        if (Status known = checkMembers(
                *entry, at, {QStringLiteral("resource"), QStringLiteral("action"), QStringLiteral("active")});
            !known)
            return known.error();
        Result<std::optional<QString>> resource = stringAt(*entry, at, QStringLiteral("resource"));
        Result<std::optional<QString>> action = stringAt(*entry, at, QStringLiteral("action"));
        Result<std::optional<bool>> active = boolAt(*entry, at, QStringLiteral("active"));
        if (!resource)
            return resource.error();
        if (!action)
            return action.error();
        if (!active)
            return active.error();
        if (!*resource || !*action)
            return shapeError(
                memberPath(at, !*resource ? QStringLiteral("resource") : QStringLiteral("action")),
                QStringLiteral("required"), Text::tr("is required"));
        const QString pair = **resource + QLatin1Char(' ') + **action;
        if (seen.contains(pair))
            return shapeError(memberPath(at, QStringLiteral("resource")), QStringLiteral("unique"),
                              Text::tr("%1 is listed twice for this receiver").arg(pair));
        seen.insert(pair);
        subscriptions.append({**resource, **action, active->value_or(true)});
    }
    return subscriptions;
}

Result<ConfiguredReceiver> receiverAt(const QJsonValue &value, const QString &path, bool secretsIncluded)
{
    Result<QJsonObject> object = objectIn(value, path);
    if (!object)
        return object.error();
    QStringList known = {QStringLiteral("name"),
                         QStringLiteral("description"),
                         QStringLiteral("webhookUri"),
                         QStringLiteral("contentType"),
                         QStringLiteral("expectedResponseCode"),
                         QStringLiteral("active"),
                         QStringLiteral("headers"),
                         QStringLiteral("delivery"),
                         QStringLiteral("subscriptions")};
    if (secretsIncluded)
        known << QStringLiteral("sharedSecret");
    if (Status fields = checkMembers(*object, path, known); !fields)
        return fields.error();
    ConfiguredReceiver receiver;
    ReceiverInput &in = receiver.fields;
    for (const auto &[key, target] : {std::pair{QStringLiteral("name"), &in.name},
                                      std::pair{QStringLiteral("description"), &in.description},
                                      std::pair{QStringLiteral("webhookUri"), &in.webhookUri},
                                      std::pair{QStringLiteral("contentType"), &in.contentType},
                                      std::pair{QStringLiteral("sharedSecret"), &in.sharedSecret}}) {
        Result<std::optional<QString>> text = stringAt(*object, path, key);
        if (!text)
            return text.error();
        *target = *text;
    }
    if (!in.name || !in.webhookUri)
        return shapeError(memberPath(path, !in.name ? QStringLiteral("name") : QStringLiteral("webhookUri")),
                          QStringLiteral("required"), Text::tr("is required"));
    // Unset fields take the defaults a new receiver has, so the file says the whole receiver.
    in.description = in.description.value_or(QString());
    in.contentType = in.contentType.value_or(Receiver().contentType);
    Result<std::optional<int>> code = intAt(*object, path, QStringLiteral("expectedResponseCode"));
    Result<std::optional<bool>> active = boolAt(*object, path, QStringLiteral("active"));
    Result<QList<WebhookHeader>> headers = headersAt(*object, path);
    Result<DeliverySettings> delivery = deliveryAt(*object, path);
    Result<QList<ConfiguredReceiver::Subscription>> subscriptions = subscriptionsAt(*object, path);
    if (!code)
        return code.error();
    if (!active)
        return active.error();
    if (!headers)
        return headers.error();
    if (!delivery)
        return delivery.error();
    if (!subscriptions)
        return subscriptions.error();
    in.expectedResponseCode = code->value_or(Receiver().expectedResponseCode);
    in.active = active->value_or(true);
    in.headers = *headers;
    in.delivery = *delivery;
    receiver.subscriptions = *subscriptions;
    return receiver;
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject receiverJson(const Receiver &r, const QList<Subscription> &subscriptions, bool includeSecrets)
{
    QJsonArray headers;
    for (const WebhookHeader &header : r.headers)
        headers.append(
            QJsonObject{{QStringLiteral("key"), header.key}, {QStringLiteral("value"), header.value}});
    QJsonValue schedule;
    if (r.delivery.retrySchedule) {
        QJsonArray steps;
        for (int seconds : *r.delivery.retrySchedule)
            steps.append(seconds);
        schedule = steps;
    }
    QJsonArray subscribed;
    for (const Subscription &s : subscriptions)
        subscribed.append(QJsonObject{{QStringLiteral("resource"), s.resource},
                                      {QStringLiteral("action"), s.action},
                                      {QStringLiteral("active"), s.active}});
    QJsonObject json{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("webhookUri"), r.webhookUri},
        {QStringLiteral("contentType"), r.contentType},
        {QStringLiteral("expectedResponseCode"), r.expectedResponseCode},
        {QStringLiteral("active"), r.active},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("delivery"),
         QJsonObject{{QStringLiteral("ordered"), r.delivery.ordered},
                     {QStringLiteral("maxInFlight"), optionalInt(r.delivery.maxInFlight)},
                     {QStringLiteral("timeoutMs"), optionalInt(r.delivery.timeoutMs)},
                     {QStringLiteral("retrySchedule"), schedule}}},
        {QStringLiteral("subscriptions"), subscribed},
    };
    if (includeSecrets)
        json.insert(QStringLiteral("sharedSecret"), r.sharedSecret);
    return json;
}

} // namespace

Result<ConfigDocument> ConfigDocument::read(const WebhookService &service, bool includeSecrets)
{
    ConfigDocument document;
    document.secretsIncluded = includeSecrets;
    qint64 afterId = 0;
    for (;;) {
        Result<Page<Receiver>> page = service.receivers({}, afterId, 1000);
        if (!page)
            return page.error();
        for (const Receiver &r : page->items) {
            Result<QList<Subscription>> subscriptions = service.subscriptionsOf(r.id);
            if (!subscriptions)
                return subscriptions.error();
            ConfiguredReceiver entry;
            ReceiverInput &in = entry.fields;
            in.name = r.name;
            in.description = r.description;
            in.webhookUri = r.webhookUri;
            if (includeSecrets)
                in.sharedSecret = r.sharedSecret;
            in.contentType = r.contentType;
            in.expectedResponseCode = r.expectedResponseCode;
            in.active = r.active;
            in.headers = r.headers;
            in.delivery = r.delivery;
            for (const Subscription &s : *subscriptions)
                entry.subscriptions.append({s.resource, s.action, s.active});
            document.receivers.append(entry);
            afterId = r.id;
        }
        if (!page->hasNextPage)
            break;
    }
    return document;
}

QByteArray ConfigDocument::toJson() const
{
    QJsonArray receiverList;
    for (const ConfiguredReceiver &entry : receivers) {
        Receiver r;
        const ReceiverInput &in = entry.fields;
        r.name = in.name.value_or(QString());
        r.description = in.description.value_or(QString());
        r.webhookUri = in.webhookUri.value_or(QString());
        r.sharedSecret = in.sharedSecret.value_or(QString());
        r.contentType = in.contentType.value_or(r.contentType);
        r.expectedResponseCode = in.expectedResponseCode.value_or(r.expectedResponseCode);
        r.active = in.active.value_or(true);
        r.headers = in.headers.value_or(QList<WebhookHeader>());
        r.delivery = in.delivery.value_or(DeliverySettings());
        QList<Subscription> subscriptions;
        for (const ConfiguredReceiver::Subscription &s : entry.subscriptions) {
            Subscription subscription;
            subscription.resource = s.resource;
            subscription.action = s.action;
            subscription.active = s.active;
            subscriptions.append(subscription);
        }
        receiverList.append(receiverJson(r, subscriptions, secretsIncluded));
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("secretsIncluded"), secretsIncluded},
        {QStringLiteral("receivers"), receiverList},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ConfigDocument> ConfigDocument::parse(const QByteArray &text)
{
    if (text.size() > kMaxBytes)
        return shapeError(QStringLiteral("file"), QStringLiteral("max-size"),
                          Text::tr("is larger than %1 MiB").arg(kMaxBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text, &parseError);
    if (json.isNull())
        return shapeError(
            QStringLiteral("file"), QStringLiteral("json-syntax"),
            Text::tr("is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!json.isObject())
        return shapeError(QStringLiteral("file"), QStringLiteral("type"),
                          Text::tr("must hold one JSON object"));
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return shapeError(
            QStringLiteral("format"), QStringLiteral("format"),
            Text::tr("must be \"%1\": this is not a Hookboard configuration file").arg(kFormat));
    const std::optional<int> version = wholeNumber(root.value(QStringLiteral("version")));
    if (!version || *version < 1)
        return shapeError(QStringLiteral("version"), QStringLiteral("type"),
                          Text::tr("must be a whole number"));
    if (*version > kVersion)
        return shapeError(QStringLiteral("version"), QStringLiteral("newer"),
                          Text::tr("is %1: the file comes from a newer Hookboard, which this one (format %2) "
                                   "cannot read")
                              .arg(*version)
                              .arg(kVersion));
    if (Status known = checkMembers(root, QString(),
                                    {QStringLiteral("format"), QStringLiteral("version"),
                                     QStringLiteral("secretsIncluded"), QStringLiteral("receivers")});
        !known)
        return known.error();
    Result<std::optional<bool>> secrets = boolAt(root, QString(), QStringLiteral("secretsIncluded"));
    if (!secrets)
        return Error::badInput(QStringLiteral("secretsIncluded"), QStringLiteral("type"),
                               Text::tr("secretsIncluded: must be true or false"));
    ConfigDocument document;
    document.secretsIncluded = secrets->value_or(false);
    const QJsonValue list = root.value(QStringLiteral("receivers"));
    if (!list.isArray())
        return shapeError(QStringLiteral("receivers"), QStringLiteral("type"), Text::tr("must be a list"));
    const QJsonArray receivers = list.toArray();
    if (receivers.size() > kMaxReceivers)
        return shapeError(QStringLiteral("receivers"), QStringLiteral("max-count"),
                          Text::tr("holds %1 receivers; at most %2 are imported at once")
                              .arg(receivers.size())
                              .arg(kMaxReceivers));
    QSet<QString> names;
    for (qsizetype i = 0; i < receivers.size(); ++i) {
        const QString path = QStringLiteral("receivers[%1]").arg(i);
        Result<ConfiguredReceiver> receiver = receiverAt(receivers.at(i), path, document.secretsIncluded);
        if (!receiver)
            return receiver.error();
        const QString name = receiver->fields.name->trimmed();
        if (names.contains(name))
            return shapeError(memberPath(path, QStringLiteral("name")), QStringLiteral("unique"),
                              Text::tr("\"%1\" is the name of an earlier receiver in the file; an import "
                                       "knows receivers by name")
                                  .arg(name));
        names.insert(name);
        document.receivers.append(*receiver);
    }
    return document;
}

Status ConfigDocument::writeFile(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(QStringLiteral("file"), QStringLiteral("writable"),
                               Text::tr("file: %1 cannot be written: %2").arg(path, file.errorString()));
    if (!restrictToOwner(file) || file.write(text) != text.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::badInput(QStringLiteral("file"), QStringLiteral("writable"),
                               Text::tr("file: %1 cannot be written: %2").arg(path, reason));
    }
    return {};
}

} // namespace hookboard
