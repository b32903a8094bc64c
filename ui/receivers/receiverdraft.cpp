#include "receiverdraft.h"

#include "model/validation.h"

#include <algorithm>

namespace hookboard {

namespace {

// Calls visit with each field a person edits, but the headers (compared without their ids).
template <typename Visit> void forEachPlainField(Visit &&visit)
{
    visit(&Receiver::name);
    visit(&Receiver::description);
    visit(&Receiver::webhookUri);
    visit(&Receiver::sharedSecret);
    visit(&Receiver::contentType);
    visit(&Receiver::expectedResponseCode);
    visit(&Receiver::active);
    visit(&Receiver::delivery);
}

// The delivery settings are four fields in the form: those edited since base go onto stored's.
DeliverySettings mergedDelivery(const DeliverySettings &mine, const DeliverySettings &base,
                                const DeliverySettings &stored)
{
    DeliverySettings merged = stored;
    if (mine.ordered != base.ordered)
        merged.ordered = mine.ordered;
    if (mine.maxInFlight != base.maxInFlight)
        merged.maxInFlight = mine.maxInFlight;
    if (mine.timeoutMs != base.timeoutMs)
        merged.timeoutMs = mine.timeoutMs;
    if (mine.retrySchedule != base.retrySchedule)
        merged.retrySchedule = mine.retrySchedule;
    return merged;
}

bool isBlank(const WebhookHeader &header)
{
    return header.key.isEmpty() && header.value.isEmpty();
}

} // namespace

ReceiverDraft::ReceiverDraft(QObject *parent) : QObject(parent) {}

void ReceiverDraft::reset(const Receiver &value)
{
    m_value = value;
    emit changed();
}

QList<Error> ReceiverDraft::errors() const
{
    QList<Error> errors = validation::receiver(m_value);
    dropBlankRowErrors(errors, m_value.headers);
    return errors;
}

void ReceiverDraft::dropBlankRowErrors(QList<Error> &errors, const QList<WebhookHeader> &headers)
{
    // Checked with the blank rows in place, so that "headers[2]" still names the table's third row.
    errors.removeIf([&headers](const Error &error) {
        for (qsizetype row = 0; row < headers.size(); ++row) {
            if (isBlank(headers.at(row)) && error.field == QStringLiteral("headers[%1].key").arg(row))
                return true;
        }
        return false;
    });
}

ReceiverInput ReceiverDraft::input() const
{
    ReceiverInput input;
    input.name = m_value.name;
    input.description = m_value.description;
    input.webhookUri = m_value.webhookUri;
    input.sharedSecret = m_value.sharedSecret;
    input.contentType = m_value.contentType;
    input.expectedResponseCode = m_value.expectedResponseCode;
    input.active = m_value.active;
    input.delivery = m_value.delivery;
    QList<WebhookHeader> headers = m_value.headers;
    headers.removeIf(isBlank);
    input.headers = headers;
    return input;
}

ReceiverInput ReceiverDraft::editsSince(const Receiver &base, const Receiver &stored) const
{
    ReceiverInput edits = input();
    const auto keepIf = [](auto &field, bool edited) {
        if (!edited)
            field.reset();
    };
    keepIf(edits.name, m_value.name != base.name);
    keepIf(edits.description, m_value.description != base.description);
    keepIf(edits.webhookUri, m_value.webhookUri != base.webhookUri);
    keepIf(edits.sharedSecret, m_value.sharedSecret != base.sharedSecret);
    keepIf(edits.contentType, m_value.contentType != base.contentType);
    keepIf(edits.expectedResponseCode, m_value.expectedResponseCode != base.expectedResponseCode);
    keepIf(edits.active, m_value.active != base.active);
    keepIf(edits.headers, !sameHeaders(m_value.headers, base.headers));
    keepIf(edits.delivery, m_value.delivery != base.delivery);
    if (edits.delivery)
        edits.delivery = mergedDelivery(m_value.delivery, base.delivery, stored.delivery);
    return edits;
}

bool ReceiverDraft::differsFrom(const Receiver &stored) const
{
    bool differs = !sameHeaders(m_value.headers, stored.headers);
    forEachPlainField([&](auto member) { differs = differs || m_value.*member != stored.*member; });
    return differs;
}

Receiver ReceiverDraft::rebasedOnto(const Receiver &base, const Receiver &stored) const
{
    Receiver merged = stored;
    forEachPlainField([&](auto member) {
        if (m_value.*member != base.*member)
            merged.*member = m_value.*member;
    });
    if (!sameHeaders(m_value.headers, base.headers))
        merged.headers = m_value.headers;
    merged.delivery = mergedDelivery(m_value.delivery, base.delivery, stored.delivery);
    return merged;
}

bool ReceiverDraft::sameHeaders(const QList<WebhookHeader> &a, const QList<WebhookHeader> &b)
{
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const WebhookHeader &x, const WebhookHeader &y) { return x.key == y.key && x.value == y.value; });
}

} // namespace hookboard
