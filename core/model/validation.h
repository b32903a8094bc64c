#pragma once

#include "common/error.h"
#include "model/outboundpolicy.h"
#include "model/receiver.h"

#include <QList>
#include <QString>
#include <optional>

// The SPEC §6 rules for receivers and subscriptions. Each check returns the first rule its value
// breaks, as an Error whose message starts with the field name and states the rule.
namespace hookboard::validation {

std::optional<Error> name(const QString &value);        // field "name"
std::optional<Error> description(const QString &value); // field "description"
// field "webhookUri"; an IP literal is checked against policy (SPEC §8)
std::optional<Error> webhookUri(const QString &value, const OutboundPolicy &policy = OutboundPolicy());
std::optional<Error> contentType(const QString &value);  // field "contentType"
std::optional<Error> expectedResponseCode(int value);    // field "expectedResponseCode"
std::optional<Error> sharedSecret(const QString &value); // field "sharedSecret"
QList<Error> headers(const QList<WebhookHeader> &value); // fields "headers", "headers[i].key|value"
QList<Error> delivery(const DeliverySettings &value);    // fields "delivery.*"
std::optional<Error> resource(const QString &value);     // field "resource", against the catalog
std::optional<Error> action(const QString &value);       // field "action"

// Every error of a complete receiver, in field order (the console shows them all at once).
QList<Error> receiver(const Receiver &value, const OutboundPolicy &policy = OutboundPolicy());

} // namespace hookboard::validation
