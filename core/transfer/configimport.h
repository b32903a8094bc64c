#pragma once

#include "common/result.h"
#include "configdocument.h"
#include "model/receiver.h"
#include "model/subscription.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace hookboard {

class WebhookService;
struct Actor;

// What importing a configuration file will do to this store, step by step, as read when it was
// planned: shown to a person before anything is written, then applied as planned. Receivers are
// known by name, subscriptions by (receiver, resource, action); an import creates and updates,
// and never deletes what the file does not mention.
struct ImportPlan
{
    enum class Step
    {
        Create,
        Update,
        Unchanged,
    };

    struct SubscriptionStep
    {
        ConfiguredReceiver::Subscription wanted;
        Step step = Step::Create;
        std::optional<Subscription> existing; // with the etag read when planned
    };

    struct ReceiverStep
    {
        ConfiguredReceiver wanted;
        Step step = Step::Create;
        std::optional<Receiver> existing; // with the etag read when planned
        QStringList changedFields;        // for Update: "webhookUri", "headers", ...
        bool secretGenerated = false;     // created without a secret in the file: a new one is made
        QList<SubscriptionStep> subscriptions;
    };

    QList<ReceiverStep> receivers;
    int receiversLeftAlone = 0; // in the store but not in the file

    int count(Step step) const;
    int subscriptionCount(Step step) const;
    bool changesNothing() const;
    // The plan as JSON for the API: {"receivers":[{"name","step","changedFields",...}],"summary":{...}}.
    QByteArray toJson() const;
};

// What an import did.
struct ImportResult
{
    int receiversCreated = 0;
    int receiversUpdated = 0;
    int subscriptionsCreated = 0;
    int subscriptionsUpdated = 0;
    QStringList generatedSecretsFor; // names of created receivers whose secret was generated

    QByteArray toJson() const;
};

// Plans and applies the import of a configuration file through the service, by its rules.
namespace configimport {

// Reads the store and compares: every value is checked as the service will check it (an Error
// names the file's path, "receivers[1].webhookUri: ..."), so a plan that was made applies unless
// the store changed since.
Result<ImportPlan> plan(const WebhookService &service, const ConfigDocument &document);

// Applies plan in one transaction: every step or none. A receiver or subscription changed since the
// plan was made fails the whole import with ETAG_MISMATCH (plan again to see the new state).
Result<ImportResult> apply(WebhookService &service, const ImportPlan &plan, const Actor &actor);

} // namespace configimport

} // namespace hookboard
