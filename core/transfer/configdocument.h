#pragma once

#include "common/result.h"
#include "model/receiver.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hookboard {

class WebhookService;

// A receiver and its subscriptions as a configuration file holds them: no ids, etags or times,
// since those belong to the store the file came from; a receiver is known by its name.
struct ConfiguredReceiver
{
    struct Subscription
    {
        QString resource;
        QString action;
        bool active = true;
    };

    // Every writable field but the secret is set; the secret only when the file holds secrets.
    ReceiverInput fields;
    QList<Subscription> subscriptions;
};

// Hookboard's configuration as a JSON file (receivers with their headers and delivery settings,
// each with its subscriptions), for moving it to another data folder or machine. See
// docs/decisions.md, "Configuration export and import", for the format.
struct ConfigDocument
{
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    static constexpr int kMaxReceivers = 10'000;

    bool secretsIncluded = false;
    QList<ConfiguredReceiver> receivers;

    // Every receiver of the store, oldest first, with its subscriptions; shared secrets only when
    // includeSecrets (rotated-out secrets never).
    static Result<ConfigDocument> read(const WebhookService &service, bool includeSecrets);
    // The file's text: indented JSON, stable member order.
    QByteArray toJson() const;
    // Reads a file, checking its shape: each error names the path of the member at fault
    // ("receivers[2].headers[0].key") and the rule. Values are checked by the service's rules when
    // an import is planned.
    static Result<ConfigDocument> parse(const QByteArray &text);
    // Writes text to path, readable by its owner only (0600, set before any byte is written, as
    // the file may hold secrets and header values such as tokens), replacing the file whole or
    // not at all.
    static Status writeFile(const QString &path, const QByteArray &text);
};

} // namespace hookboard
