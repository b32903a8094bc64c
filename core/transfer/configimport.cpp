#include "configimport.h"

#include "service/webhookservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookboard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigImport)
};

// The service names fields of one receiver ("webhookUri: ..."); an import names them in the file.
Error atPath(Error error, const QString &path)
{
    error.message = error.field.isEmpty() ? QStringLiteral("%1: %2").arg(path, error.message)
                                          : path + QLatin1Char('.') + error.message;
    error.field = error.field.isEmpty() ? path : path + QLatin1Char('.') + error.field;
    return error;
}

Error changedSincePlan(const QString &path, const QString &name)
{
    return Error::etagMismatch(path, QStringLiteral("stale"),
                               Text::tr("%1: receiver \"%2\" changed after the import was planned; nothing "
                                        "was imported. Plan the import again to see the changes.")
                                   .arg(path, name));
}

QString stepName(ImportPlan::Step step)
{
    switch (step) {
    case ImportPlan::Step::Create:
        return QStringLiteral("create");
    case ImportPlan::Step::Update:
        return QStringLiteral("update");
    case ImportPlan::Step::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

bool sameHeaders(const QList<WebhookHeader> &a, const QList<WebhookHeader> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].key != b[i].key || a[i].value != b[i].value)
            return false;
    }
    return true;
}

// The fields whose value the import would change, in the order the receiver form shows them.
QStringList changedFields(const Receiver &now, const Receiver &wanted)
{
    QStringList fields;
    const auto check = [&](bool same, const char *field) {
        if (!same)
            fields << QString::fromLatin1(field);
    };
    check(now.description == wanted.description, "description");
    check(now.webhookUri == wanted.webhookUri, "webhookUri");
    check(now.sharedSecret == wanted.sharedSecret, "sharedSecret");
    check(now.contentType == wanted.contentType, "contentType");
    check(now.expectedResponseCode == wanted.expectedResponseCode, "expectedResponseCode");
    check(now.active == wanted.active, "active");
    check(sameHeaders(now.headers, wanted.headers), "headers");
    check(now.delivery == wanted.delivery, "delivery");
    return fields;
}

// Every receiver of the store by its name (trimmed, as the service keeps names).
Result<QHash<QString, QList<Receiver>>> receiversByName(const WebhookService &service)
{
    QHash<QString, QList<Receiver>> byName;
    qint64 afterId = 0;
    for (;;) {
        Result<Page<Receiver>> page = service.receivers({}, afterId, 1000);
        if (!page)
            return page.error();
        for (const Receiver &r : page->items) {
            byName[r.name].append(r);
            afterId = r.id;
        }
        if (!page->hasNextPage)
            return byName;
    }
}

Result<QList<ImportPlan::SubscriptionStep>> subscriptionSteps(const WebhookService &service,
                                                              const ImportPlan::ReceiverStep &receiver,
                                                              const QString &path)
{
    QList<Subscription> existing;
    if (receiver.existing) {
        Result<QList<Subscription>> stored = service.subscriptionsOf(receiver.existing->id);
        if (!stored)
            return stored.error();
        existing = *stored;
    }
    QList<ImportPlan::SubscriptionStep> steps;
    for (qsizetype i = 0; i < receiver.wanted.subscriptions.size(); ++i) {
        const ConfiguredReceiver::Subscription &wanted = receiver.wanted.subscriptions[i];
        if (Status fine = WebhookService::checkSubscription(wanted.resource, wanted.action); !fine)
            return atPath(fine.error(), QStringLiteral("%1.subscriptions[%2]").arg(path).arg(i));
        ImportPlan::SubscriptionStep step{wanted, ImportPlan::Step::Create, std::nullopt};
        for (const Subscription &s : existing) {
            if (s.resource == wanted.resource && s.action == wanted.action) {
                step.existing = s;
                step.step =
                    s.active == wanted.active ? ImportPlan::Step::Unchanged : ImportPlan::Step::Update;
            }
        }
        steps.append(step);
    }
    return steps;
}

} // namespace

int ImportPlan::count(Step step) const
{
    return int(std::count_if(receivers.begin(), receivers.end(),
                             [step](const ReceiverStep &r) { return r.step == step; }));
}

int ImportPlan::subscriptionCount(Step step) const
{
    int n = 0;
    for (const ReceiverStep &r : receivers)
        n += int(std::count_if(r.subscriptions.begin(), r.subscriptions.end(),
                               [step](const SubscriptionStep &s) { return s.step == step; }));
    return n;
}

bool ImportPlan::changesNothing() const
{
    return count(Step::Create) + count(Step::Update) + subscriptionCount(Step::Create) +
               subscriptionCount(Step::Update) ==
           0;
}

QByteArray ImportPlan::toJson() const
{
    QJsonArray list;
    for (const ReceiverStep &r : receivers) {
        QJsonArray subscriptions;
        for (const SubscriptionStep &s : r.subscriptions)
            subscriptions.append(QJsonObject{{QStringLiteral("resource"), s.wanted.resource},
                                             {QStringLiteral("action"), s.wanted.action},
                                             {QStringLiteral("active"), s.wanted.active},
                                             {QStringLiteral("step"), stepName(s.step)}});
        QJsonObject entry{{QStringLiteral("name"), r.wanted.fields.name.value_or(QString())},
                          {QStringLiteral("step"), stepName(r.step)},
                          {QStringLiteral("changedFields"), QJsonArray::fromStringList(r.changedFields)},
                          {QStringLiteral("secretGenerated"), r.secretGenerated},
                          {QStringLiteral("subscriptions"), subscriptions}};
        if (r.existing)
            entry.insert(QStringLiteral("id"), QString::number(r.existing->id));
        list.append(entry);
    }
    const QJsonObject summary{
        {QStringLiteral("receiversCreated"), count(Step::Create)},
        {QStringLiteral("receiversUpdated"), count(Step::Update)},
        {QStringLiteral("receiversUnchanged"), count(Step::Unchanged)},
        {QStringLiteral("receiversLeftAlone"), receiversLeftAlone},
        {QStringLiteral("subscriptionsCreated"), subscriptionCount(Step::Create)},
        {QStringLiteral("subscriptionsUpdated"), subscriptionCount(Step::Update)},
        {QStringLiteral("subscriptionsUnchanged"), subscriptionCount(Step::Unchanged)},
    };
    return QJsonDocument(
               QJsonObject{{QStringLiteral("receivers"), list}, {QStringLiteral("summary"), summary}})
        .toJson(QJsonDocument::Compact);
}

QByteArray ImportResult::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("receiversCreated"), receiversCreated},
                                     {QStringLiteral("receiversUpdated"), receiversUpdated},
                                     {QStringLiteral("subscriptionsCreated"), subscriptionsCreated},
                                     {QStringLiteral("subscriptionsUpdated"), subscriptionsUpdated},
                                     {QStringLiteral("generatedSecretsFor"),
                                      QJsonArray::fromStringList(generatedSecretsFor)}})
        .toJson(QJsonDocument::Compact);
}

namespace configimport {

Result<ImportPlan> plan(const WebhookService &service, const ConfigDocument &document)
{
    Result<QHash<QString, QList<Receiver>>> byName = receiversByName(service);
    if (!byName)
        return byName.error();
    ImportPlan plan;
    int matched = 0;
    for (qsizetype i = 0; i < document.receivers.size(); ++i) {
        const QString path = QStringLiteral("receivers[%1]").arg(i);
        ImportPlan::ReceiverStep step;
        step.wanted = document.receivers[i];
        const QString name = step.wanted.fields.name.value_or(QString()).trimmed();
        const QList<Receiver> named = byName->value(name);
        if (named.size() > 1)
            return Error::badInput(
                path + QStringLiteral(".name"), QStringLiteral("ambiguous"),
                Text::tr("%1.name: %2 receivers here are called \"%3\"; rename all but one "
                         "so that the import knows which to update")
                    .arg(path)
                    .arg(named.size())
                    .arg(name));
        if (!named.isEmpty()) {
            step.existing = named.first();
            ++matched;
        }
        Result<Receiver> wanted = service.checkedReceiver(step.wanted.fields, step.existing);
        if (!wanted)
            return atPath(wanted.error(), path);
        if (step.existing) {
            step.changedFields = changedFields(*step.existing, *wanted);
            step.step = step.changedFields.isEmpty() ? ImportPlan::Step::Unchanged : ImportPlan::Step::Update;
        } else {
            step.secretGenerated = !step.wanted.fields.sharedSecret.has_value();
        }
        Result<QList<ImportPlan::SubscriptionStep>> subscriptions = subscriptionSteps(service, step, path);
        if (!subscriptions)
            return subscriptions.error();
        step.subscriptions = *subscriptions;
        plan.receivers.append(step);
    }
    qsizetype stored = 0;
    for (const QList<Receiver> &receivers : *byName)
        stored += receivers.size();
    plan.receiversLeftAlone = int(stored - matched);
    return plan;
}

namespace {

// Whether error says the store moved on since the plan (rather than failed, or refused a value).
bool isChangeSincePlan(const Error &error)
{
    return error.code == ErrorCode::EtagMismatch || error.code == ErrorCode::NotFound;
}

// Brings one receiver to what the file says, as planned; returns its id. names: the store's
// receivers by name, read in the import's transaction.
Result<qint64> applyReceiver(WebhookService &service, const ImportPlan::ReceiverStep &step,
                             const QString &path, const Actor &actor,
                             const QHash<QString, QList<Receiver>> &names, ImportResult &result)
{
    const QString name = step.wanted.fields.name.value_or(QString()).trimmed();
    if (step.step == ImportPlan::Step::Create) {
        // A receiver of this name made since the plan would be doubled: refuse as a changed one.
        if (names.contains(name))
            return changedSincePlan(path, name);
        Result<Receiver> created = service.createReceiver(step.wanted.fields, actor);
        if (!created)
            return atPath(created.error(), path);
        ++result.receiversCreated;
        if (step.secretGenerated)
            result.generatedSecretsFor << name;
        return created->id;
    }
    const Receiver &existing = *step.existing;
    if (step.step == ImportPlan::Step::Update) {
        Result<Receiver> updated = service.updateReceiver(existing.id, existing.etag, step.wanted.fields);
        if (!updated) {
            if (updated.error().code == ErrorCode::EtagMismatch ||
                updated.error().code == ErrorCode::NotFound)
                return changedSincePlan(path, name);
            return atPath(updated.error(), path);
        }
        ++result.receiversUpdated;
        return existing.id;
    }
    Result<Receiver> current = service.receiver(existing.id);
    if (!current && !isChangeSincePlan(current.error()))
        return atPath(current.error(), path);
    if (!current || current->etag != existing.etag)
        return changedSincePlan(path, name);
    return existing.id;
}

Status applySubscription(WebhookService &service, const ImportPlan::SubscriptionStep &step, qint64 receiverId,
                         const QString &path, const QString &receiverName, const Actor &actor,
                         ImportResult &result)
{
    if (step.step == ImportPlan::Step::Create) {
        SubscriptionInput input;
        input.receiverId = receiverId;
        input.resource = step.wanted.resource;
        input.action = step.wanted.action;
        input.active = step.wanted.active;
        Result<Subscription> created = service.createSubscription(input, actor);
        if (!created)
            return created.error().rule == QLatin1String("unique") ? changedSincePlan(path, receiverName)
                                                                   : atPath(created.error(), path);
        ++result.subscriptionsCreated;
        return {};
    }
    const Subscription &existing = *step.existing;
    if (step.step == ImportPlan::Step::Update) {
        SubscriptionInput changes;
        changes.active = step.wanted.active;
        Result<Subscription> updated = service.updateSubscription(existing.id, existing.etag, changes);
        if (!updated)
            return updated.error().code == ErrorCode::BadUserInput ? atPath(updated.error(), path)
                                                                   : changedSincePlan(path, receiverName);
        ++result.subscriptionsUpdated;
        return {};
    }
    Result<Subscription> current = service.subscription(existing.id);
    if (!current && !isChangeSincePlan(current.error()))
        return atPath(current.error(), path);
    if (!current || current->etag != existing.etag)
        return changedSincePlan(path, receiverName);
    return {};
}

} // namespace

Result<ImportResult> apply(WebhookService &service, const ImportPlan &plan, const Actor &actor)
{
    ImportResult result;
    const Status done = service.asOneChange([&]() -> Status {
        Result<QHash<QString, QList<Receiver>>> names = receiversByName(service);
        if (!names)
            return names.error();
        for (qsizetype i = 0; i < plan.receivers.size(); ++i) {
            const ImportPlan::ReceiverStep &step = plan.receivers[i];
            const QString path = QStringLiteral("receivers[%1]").arg(i);
            Result<qint64> receiverId = applyReceiver(service, step, path, actor, *names, result);
            if (!receiverId)
                return receiverId.error();
            for (qsizetype j = 0; j < step.subscriptions.size(); ++j) {
                if (Status applied =
                        applySubscription(service, step.subscriptions[j], *receiverId,
                                          QStringLiteral("%1.subscriptions[%2]").arg(path).arg(j),
                                          step.wanted.fields.name.value_or(QString()), actor, result);
                    !applied)
                    return applied;
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace configimport

} // namespace hookboard
