#include "graphqlschema.h"

#include "common/clock.h"
#include "model/resourcecatalog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hookboard {

using namespace Qt::StringLiterals;
using graphql::FieldDef;
using graphql::ResolveContext;
using graphql::Resolver;
using graphql::TypeDef;
using graphql::Value;

namespace {

// The messages of this file, under the context "GraphQLSchema".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GraphQLSchema)
};

constexpr int kDefaultPageSize = 100;
constexpr qint64 kDefaultGraceSeconds = 24 * 3600;
constexpr qint64 kMaxGraceSeconds = 7 * 24 * 3600;

const QString kReceiver = u"receiver"_s;
const QString kSubscription = u"subscription"_s;
const QString kEvent = u"event"_s;

// ---- resolver plumbing -------------------------------------------------------------------------

Error missingContext()
{
    return Error::internal(Text::tr("the webhook schema was executed without its GraphQLContext"));
}

// A resolver that needs the service and the caller: f(context, resolveContext).
template <typename F> Resolver withContext(F f)
{
    return [f](const ResolveContext &c) -> Result<Value> {
        auto *context = static_cast<GraphQLContext *>(c.userContext);
        if (!context)
            return missingContext();
        return f(*context, c);
    };
}

// A field of a host object T: f(source, resolveContext).
template <typename T, typename F> Resolver of(F f)
{
    return [f](const ResolveContext &c) -> Result<Value> {
        const T *source = c.source<T>();
        if (!source)
            return Error::internal(
                Text::tr("%1: the parent is not the object this field reads").arg(c.fieldName));
        return f(*source, c);
    };
}

// A field of a host object T that also needs the service: f(source, context, resolveContext).
template <typename T, typename F> Resolver ofWithContext(F f)
{
    return [f](const ResolveContext &c) -> Result<Value> {
        const T *source = c.source<T>();
        if (!source)
            return Error::internal(
                Text::tr("%1: the parent is not the object this field reads").arg(c.fieldName));
        auto *context = static_cast<GraphQLContext *>(c.userContext);
        if (!context)
            return missingContext();
        return f(*source, *context, c);
    };
}

Value stringOrNull(const QString &text)
{
    return text.isEmpty() ? Value() : Value::fromString(text);
}

template <typename T> Value intOrNull(const std::optional<T> &value)
{
    return value ? Value::fromInt(*value) : Value();
}

Value userValue(const User &user)
{
    if (user.name.isEmpty())
        return Value();
    return Value::fromObject({{u"id"_s, Value::fromInt(user.id)}, {u"name"_s, Value::fromString(user.name)}});
}

// A disabled receiver is DISABLED whatever its record; an active one is FAILING from its first
// failed attempt until a success.
Value healthValue(const Receiver &r, const ReceiverHealth &health)
{
    const QString state = !r.active                        ? u"DISABLED"_s
                          : health.consecutiveFailures > 0 ? u"FAILING"_s
                                                           : u"ACTIVE"_s;
    return Value::fromObject({{u"state"_s, Value::fromEnum(state)},
                              {u"consecutiveFailures"_s, Value::fromInt(health.consecutiveFailures)},
                              {u"failingSince"_s, intOrNull(health.failingSinceMs)},
                              {u"lastSuccessAt"_s, intOrNull(health.lastSuccessAtMs)},
                              {u"lastFailureAt"_s, intOrNull(health.lastFailureAtMs)},
                              {u"disabledReason"_s, stringOrNull(r.disabledReason)}});
}

Value headersValue(const HttpHeaders &headers)
{
    QList<Value> list;
    for (const auto &[name, value] : headers) {
        list.append(Value::fromObject({{u"name"_s, Value::fromString(QString::fromLatin1(name))},
                                       {u"value"_s, Value::fromString(headerText(value))}}));
    }
    return Value::fromList(list);
}

template <typename T> Result<Value> hostList(const Result<QList<T>> &items)
{
    if (!items)
        return items.error();
    QList<Value> list;
    for (const T &item : *items)
        list.append(Value::fromHost(item));
    return Value::fromList(list);
}

template <typename T> Result<Value> host(const Result<T> &item)
{
    if (!item)
        return item.error();
    return Value::fromHost(*item);
}

// ---- arguments and input fields ----------------------------------------------------------------

// An ID argument ("12" or 12 on the wire, a String after coercion) as the numeric id it must be.
Result<qint64> idOf(const Value &value, const QString &field)
{
    if (value.kind() == Value::Kind::Int && value.toInt() > 0)
        return value.toInt();
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    if (value.kind() != Value::Kind::String || !ok || id <= 0)
        return Error::badInput(field, u"id"_s,
                               Text::tr("%1: must be the numeric id of an object (got %2)")
                                   .arg(field, QString::fromUtf8(value.toJson())));
    return id;
}

// The member name of an input object, unless it is absent or null.
const Value *given(const Value &object, const QString &name)
{
    const Value *member = object.member(name);
    return member && !member->isNull() ? member : nullptr;
}

std::optional<QString> stringField(const Value &object, const QString &name)
{
    const Value *member = given(object, name);
    return member ? std::optional<QString>(member->toString()) : std::nullopt;
}

std::optional<bool> boolField(const Value &object, const QString &name)
{
    const Value *member = given(object, name);
    return member ? std::optional<bool>(member->toBool()) : std::nullopt;
}

std::optional<int> intField(const Value &object, const QString &name)
{
    const Value *member = given(object, name);
    return member ? std::optional<int>(int(member->toInt())) : std::nullopt;
}

Result<std::optional<qint64>> idField(const Value &object, const QString &name, const QString &path)
{
    const Value *member = given(object, name);
    if (!member)
        return std::optional<qint64>();
    Result<qint64> id = idOf(*member, path);
    if (!id)
        return id.error();
    return std::optional<qint64>(*id);
}

Result<qint64> requiredId(const Value &object, const QString &name)
{
    const Value *member = given(object, name);
    if (!member)
        return Error::badInput(name, u"required"_s, Text::tr("%1: is required").arg(name));
    return idOf(*member, name);
}

// The input argument of a mutation (non-null in the schema, so coercion guarantees it).
const Value &inputOf(const ResolveContext &c)
{
    static const Value empty = Value::fromObject({});
    const Value *input = c.argument(u"input"_s);
    return input ? *input : empty;
}

// A JSON scalar input as compact JSON text.
QByteArray jsonText(const Value &value)
{
    return value.kind() == Value::Kind::RawJson ? value.rawJson() : value.toJson();
}

// The writable receiver fields given in input. base is the delivery settings the given delivery
// fields change (the receiver's current ones on update).
ReceiverInput receiverInputOf(const Value &input, const DeliverySettings &base)
{
    ReceiverInput r;
    r.name = stringField(input, u"name"_s);
    if (const Value *description = input.member(u"description"_s))
        r.description = description->isNull() ? QString() : description->toString();
    r.webhookUri = stringField(input, u"webhookUri"_s);
    r.sharedSecret = stringField(input, u"sharedSecret"_s);
    r.contentType = stringField(input, u"contentType"_s);
    r.expectedResponseCode = intField(input, u"expectedResponseCode"_s);
    r.active = boolField(input, u"active"_s);
    if (const Value *headers = input.member(u"headers"_s)) {
        QList<WebhookHeader> list;
        for (const Value &header : headers->items()) {
            list.append({0, stringField(header, u"key"_s).value_or(QString()),
                         stringField(header, u"value"_s).value_or(QString())});
        }
        r.headers = list; // null clears the list, as an empty one does
    }
    const Value *ordered = input.member(u"ordered"_s);
    const Value *maxInFlight = input.member(u"maxInFlight"_s);
    const Value *timeoutMs = input.member(u"timeoutMs"_s);
    const Value *retrySchedule = input.member(u"retrySchedule"_s);
    if (ordered || maxInFlight || timeoutMs || retrySchedule) {
        // Null resets a setting to the global one.
        DeliverySettings d = base;
        if (ordered)
            d.ordered = !ordered->isNull() && ordered->toBool();
        if (maxInFlight)
            d.maxInFlight =
                maxInFlight->isNull() ? std::nullopt : std::optional<int>(int(maxInFlight->toInt()));
        if (timeoutMs)
            d.timeoutMs = timeoutMs->isNull() ? std::nullopt : std::optional<int>(int(timeoutMs->toInt()));
        if (retrySchedule) {
            if (retrySchedule->isNull()) {
                d.retrySchedule.reset();
            } else {
                QList<int> steps;
                for (const Value &step : retrySchedule->items())
                    steps.append(int(step.toInt()));
                d.retrySchedule = steps;
            }
        }
        r.delivery = d;
    }
    return r;
}

bool changesDelivery(const Value &input)
{
    for (const QString &name : {u"ordered"_s, u"maxInFlight"_s, u"timeoutMs"_s, u"retrySchedule"_s}) {
        if (input.member(name))
            return true;
    }
    return false;
}

SubscriptionInput subscriptionInputOf(const Value &input)
{
    SubscriptionInput s;
    s.resource = stringField(input, u"resource"_s);
    s.action = stringField(input, u"action"_s);
    s.active = boolField(input, u"active"_s);
    return s;
}

// ---- connections and filters -------------------------------------------------------------------

Result<qint64> afterIdOf(const ResolveContext &c, const QString &kind)
{
    const Value *after = c.argument(u"after"_s);
    if (!after || after->isNull())
        return qint64(0);
    return GraphQLSchema::cursorId(kind, after->toString(), u"after"_s);
}

int firstOf(const ResolveContext &c)
{
    const Value *first = c.argument(u"first"_s);
    return first && !first->isNull() ? int(first->toInt()) : kDefaultPageSize;
}

template <typename T> Value connectionOf(const Page<T> &page, const QString &kind, bool hasPreviousPage)
{
    QList<Value> edges;
    for (const T &item : page.items) {
        edges.append(
            Value::fromObject({{u"cursor"_s, Value::fromString(GraphQLSchema::cursor(kind, item.id))},
                               {u"node"_s, Value::fromHost(item)}}));
    }
    const bool empty = page.items.isEmpty();
    const Value pageInfo = Value::fromObject({
        {u"hasNextPage"_s, Value::fromBool(page.hasNextPage)},
        {u"hasPreviousPage"_s, Value::fromBool(hasPreviousPage)},
        {u"startCursor"_s,
         empty ? Value() : Value::fromString(GraphQLSchema::cursor(kind, page.items.first().id))},
        {u"endCursor"_s,
         empty ? Value() : Value::fromString(GraphQLSchema::cursor(kind, page.items.last().id))},
        {u"totalCount"_s, Value::fromInt(page.totalCount)},
        {u"count"_s, Value::fromInt(page.items.size())},
    });
    return Value::fromObject({{u"edges"_s, Value::fromList(edges)},
                              {u"pageInfo"_s, pageInfo},
                              {u"totalCount"_s, Value::fromInt(page.totalCount)}});
}

const Value &filtersOf(const ResolveContext &c)
{
    static const Value empty = Value::fromObject({});
    const Value *filters = c.argument(u"filters"_s);
    return filters && !filters->isNull() ? *filters : empty;
}

ReceiverFilter receiverFilterOf(const Value &filters)
{
    return {boolField(filters, u"active"_s), stringField(filters, u"name"_s)};
}

Result<SubscriptionFilter> subscriptionFilterOf(const Value &filters)
{
    SubscriptionFilter f;
    Result<std::optional<qint64>> receiverId = idField(filters, u"receiverId"_s, u"filters.receiverId"_s);
    if (!receiverId)
        return receiverId.error();
    f.receiverId = *receiverId;
    f.resource = stringField(filters, u"resource"_s);
    f.action = stringField(filters, u"action"_s);
    f.active = boolField(filters, u"active"_s);
    return f;
}

Result<EventFilter> eventFilterOf(const Value &filters, const QString &prefix)
{
    EventFilter f;
    if (std::optional<QString> name = stringField(filters, u"status"_s)) {
        // The schema's enum lets only known names through.
        if (const std::optional<EventStatus> status = eventStatusFromName(*name))
            f.statuses = {*status};
    }
    Result<std::optional<qint64>> receiverId = idField(filters, u"receiverId"_s, prefix + u"receiverId"_s);
    if (!receiverId)
        return receiverId.error();
    f.receiverId = *receiverId;
    Result<std::optional<qint64>> subscriptionId =
        idField(filters, u"subscriptionId"_s, prefix + u"subscriptionId"_s);
    if (!subscriptionId)
        return subscriptionId.error();
    f.subscriptionId = *subscriptionId;
    f.resource = stringField(filters, u"resource"_s);
    f.action = stringField(filters, u"action"_s);
    if (const Value *since = given(filters, u"since"_s))
        f.sinceMs = since->toInt();
    if (const Value *until = given(filters, u"until"_s))
        f.untilMs = until->toInt();
    f.test = boolField(filters, u"test"_s);
    return f;
}

// ---- scalars -----------------------------------------------------------------------------------

Result<Value> serializeDateTime(const Value &v)
{
    if (v.kind() == Value::Kind::Int)
        return Value::fromString(isoUtc(v.toInt()));
    if (v.kind() == Value::Kind::String)
        return v;
    return Error::internal(
        Text::tr("DateTime cannot represent value: %1").arg(QString::fromUtf8(v.toJson())));
}

// ISO 8601 in, milliseconds since the epoch out; a time without an offset is taken as UTC.
Result<Value> parseDateTime(const Value &v)
{
    QDateTime parsed;
    if (v.kind() == Value::Kind::String) {
        parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            parsed.setTimeSpec(Qt::UTC);
    }
    if (!parsed.isValid())
        return Error::badInput(QString(), u"date-time"_s,
                               Text::tr("DateTime cannot represent value: %1 (expected ISO 8601 such as "
                                        "\"2026-11-23T12:00:00.000Z\")")
                                   .arg(QString::fromUtf8(v.toJson())));
    return Value::fromInt(parsed.toMSecsSinceEpoch());
}

Result<Value> serializeJson(const Value &v)
{
    return v;
}

// Any JSON value; kept as compact text so numbers stay exactly as sent.
Result<Value> parseJson(const Value &v)
{
    return Value::fromRawJson(jsonText(v));
}

// ---- types -------------------------------------------------------------------------------------

void addScalarsAndEnums(graphql::Schema &schema)
{
    schema.addScalar(
        u"DateTime"_s, serializeDateTime, parseDateTime,
        u"A point in time: ISO 8601 in UTC with milliseconds, e.g. \"2026-11-23T12:00:00.000Z\". "
        "Input without an offset is taken as UTC."_s);
    schema.addScalar(u"JSON"_s, serializeJson, parseJson,
                     u"Any JSON value, written as sent: member order and number text are kept."_s);

    TypeDef &resources = schema.addEnum(u"ResourceEnum"_s, u"The kinds of objects one can subscribe to."_s);
    for (const ResourceInfo &info : ResourceCatalog::builtIn().resources())
        resources.value(info.name, info.description);

    TypeDef &actions = schema.addEnum(u"WebhookSubscriptionActions"_s, u"What happened to the object."_s);
    actions.value(u"CREATE"_s, u"The object was created."_s);
    actions.value(u"UPDATE"_s, u"The object was changed."_s);
    actions.value(u"DELETE"_s, u"The object was deleted."_s);

    TypeDef &statuses = schema.addEnum(u"WebhookEventStatus"_s, u"Where an event is in its delivery."_s);
    statuses.value(u"PENDING"_s, u"Waiting for an attempt."_s);
    statuses.value(u"SENDING"_s, u"An attempt is in flight."_s);
    statuses.value(u"RETRYING"_s, u"An attempt failed; nextAttemptAt says when the next one starts."_s);
    statuses.value(u"SUCCEEDED"_s, u"The receiver answered with its expected response code."_s);
    statuses.value(u"FAILED"_s, u"Attempts used up, or a permanent failure."_s);
    statuses.value(u"CANCELLED"_s, u"Cancelled by a person, or its subscription or receiver was deleted."_s);

    TypeDef &states = schema.addEnum(u"WebhookReceiverState"_s, u"Whether a receiver gets deliveries."_s);
    states.value(u"ACTIVE"_s, u"The receiver gets new events, and its last attempt succeeded (or none "
                              "has finished yet)."_s);
    states.value(u"FAILING"_s, u"The receiver gets new events, but its last attempts failed; "
                               "consecutiveFailures says how many."_s);
    states.value(u"DISABLED"_s, u"The receiver gets no new events; its unfinished ones are held."_s);
}

void addSmallTypes(graphql::Schema &schema)
{
    TypeDef &user = schema.addObject(u"User"_s, u"Who made an object: the local operator or an API token."_s);
    user.field(u"id"_s, u"ID!"_s);
    user.field(u"name"_s, u"String!"_s);

    TypeDef &header = schema.addObject(u"WebhookHeader"_s, u"A custom header sent with every delivery."_s);
    header.field(u"id"_s, u"ID!"_s);
    header.field(u"key"_s, u"String!"_s);
    header.field(u"value"_s, u"String!"_s);

    TypeDef &http = schema.addObject(u"HttpHeader"_s, u"One HTTP header as sent or received."_s);
    http.field(u"name"_s, u"String!"_s);
    http.field(u"value"_s, u"String!"_s);

    TypeDef &health = schema.addObject(u"WebhookReceiverHealth"_s, u"Whether a receiver gets deliveries, "
                                                                   "and why not."_s);
    health.field(u"state"_s, u"WebhookReceiverState!"_s);
    health.field(u"consecutiveFailures"_s, u"Int!"_s, {}, u"Failed attempts since the last success."_s);
    health.field(u"failingSince"_s, u"DateTime"_s, {},
                 u"When the first of those failed attempts started; null when there are none."_s);
    health.field(u"lastSuccessAt"_s, u"DateTime"_s, {}, u"When the last successful attempt ended."_s);
    health.field(u"lastFailureAt"_s, u"DateTime"_s, {}, u"When the last failed attempt ended."_s);
    health.field(u"disabledReason"_s, u"String"_s, {}, u"Why the receiver was disabled automatically."_s);

    TypeDef &pageInfo = schema.addObject(u"PageInfo"_s, u"Where a page stands in a connection."_s);
    pageInfo.field(u"hasNextPage"_s, u"Boolean!"_s);
    pageInfo.field(u"hasPreviousPage"_s, u"Boolean!"_s);
    pageInfo.field(u"startCursor"_s, u"String"_s);
    pageInfo.field(u"endCursor"_s, u"String"_s);
    pageInfo.field(u"totalCount"_s, u"Int!"_s, {}, u"Objects matching the filters, over all pages."_s);
    pageInfo.field(u"count"_s, u"Int!"_s, {}, u"Objects on this page."_s);
}

void addReceiver(graphql::Schema &schema)
{
    TypeDef &t = schema.addObject(u"WebhookReceiver"_s, u"An endpoint that receives signed deliveries."_s);
    t.field(u"id"_s, u"ID!"_s, of<Receiver>([](const Receiver &r, auto &) { return Value::fromInt(r.id); }));
    t.field(u"_etag"_s, u"String!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromString(r.etag); }));
    t.field(u"name"_s, u"String!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromString(r.name); }));
    t.field(u"description"_s, u"String"_s,
            of<Receiver>([](const Receiver &r, auto &) { return stringOrNull(r.description); }));
    t.field(u"webhookUri"_s, u"String!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromString(r.webhookUri); }));
    t.field(u"sharedSecret"_s, u"String"_s,
            of<Receiver>([](const Receiver &r, auto &) { return stringOrNull(r.sharedSecret); }));
    t.field(u"contentType"_s, u"String!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromString(r.contentType); }));
    t.field(u"expectedResponseCode"_s, u"Int!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromInt(r.expectedResponseCode); }));
    t.field(u"active"_s, u"Boolean!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromBool(r.active); }));
    t.field(u"headers"_s, u"[WebhookHeader!]!"_s, of<Receiver>([](const Receiver &r, auto &) {
                QList<Value> list;
                for (const WebhookHeader &h : r.headers) {
                    list.append(Value::fromObject({{u"id"_s, Value::fromInt(h.id)},
                                                   {u"key"_s, Value::fromString(h.key)},
                                                   {u"value"_s, Value::fromString(h.value)}}));
                }
                return Value::fromList(list);
            }));
    t.field(u"subscriptions"_s, u"[WebhookSubscription!]!"_s,
            ofWithContext<Receiver>([](const Receiver &r, GraphQLContext &context, auto &) {
                return hostList(context.service.subscriptionsOf(r.id));
            }));
    t.field(u"createdBy"_s, u"User"_s,
            of<Receiver>([](const Receiver &r, auto &) { return userValue(r.createdBy); }));
    t.field(u"createdAt"_s, u"DateTime!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromInt(r.createdAtMs); }));
    t.field(u"updatedAt"_s, u"DateTime!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromInt(r.updatedAtMs); }));
    t.field(u"health"_s, u"WebhookReceiverHealth!"_s,
            ofWithContext<Receiver>([](const Receiver &r, GraphQLContext &context, auto &) -> Result<Value> {
                Result<ReceiverHealth> health = context.service.receiverHealth(r.id);
                if (!health)
                    return health.error();
                return healthValue(r, *health);
            }));
    t.field(u"ordered"_s, u"Boolean!"_s,
            of<Receiver>([](const Receiver &r, auto &) { return Value::fromBool(r.delivery.ordered); }),
            u"One delivery at a time, in publish order."_s);
    t.field(u"maxInFlight"_s, u"Int"_s,
            of<Receiver>([](const Receiver &r, auto &) { return intOrNull(r.delivery.maxInFlight); }),
            u"Attempts in flight at once; null: the global setting."_s);
    t.field(u"timeoutMs"_s, u"Int"_s,
            of<Receiver>([](const Receiver &r, auto &) { return intOrNull(r.delivery.timeoutMs); }),
            u"Attempt timeout in milliseconds; null: the global setting."_s);
    t.field(u"retrySchedule"_s, u"[Int!]"_s, of<Receiver>([](const Receiver &r, auto &) {
                if (!r.delivery.retrySchedule)
                    return Value();
                QList<Value> steps;
                for (int seconds : *r.delivery.retrySchedule)
                    steps.append(Value::fromInt(seconds));
                return Value::fromList(steps);
            }),
            u"Seconds between attempts; null: the global schedule."_s);
}

void addSubscription(graphql::Schema &schema)
{
    TypeDef &t =
        schema.addObject(u"WebhookSubscription"_s, u"A (resource, action) pair a receiver listens to."_s);
    t.field(u"id"_s, u"ID!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromInt(s.id); }));
    t.field(u"_etag"_s, u"String!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromString(s.etag); }));
    t.field(u"resource"_s, u"ResourceEnum!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromEnum(s.resource); }));
    t.field(u"action"_s, u"WebhookSubscriptionActions!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromEnum(s.action); }));
    t.field(u"active"_s, u"Boolean!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromBool(s.active); }));
    t.field(u"receiverId"_s, u"ID!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromInt(s.receiverId); }));
    t.field(u"receiver"_s, u"WebhookReceiver!"_s,
            ofWithContext<Subscription>([](const Subscription &s, GraphQLContext &context, auto &) {
                return host(context.service.receiver(s.receiverId));
            }));
    t.field(u"createdBy"_s, u"User"_s,
            of<Subscription>([](const Subscription &s, auto &) { return userValue(s.createdBy); }));
    t.field(u"createdAt"_s, u"DateTime!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromInt(s.createdAtMs); }));
    t.field(u"updatedAt"_s, u"DateTime!"_s,
            of<Subscription>([](const Subscription &s, auto &) { return Value::fromInt(s.updatedAtMs); }));
    t.field(u"events"_s, u"[WebhookEvent!]!"_s,
            ofWithContext<Subscription>(
                [](const Subscription &s, GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                    std::optional<EventStatus> status;
                    if (const Value *given = c.argument(u"status"_s); given && !given->isNull())
                        status = eventStatusFromName(given->toString());
                    return hostList(context.service.eventsOfSubscription(s.id, status, firstOf(c)));
                }),
            u"Its events, newest first."_s)
        .arg(u"first"_s, u"Int"_s, Value::fromInt(kDefaultPageSize), u"At most 1000."_s)
        .arg(u"status"_s, u"WebhookEventStatus"_s);
}

void addEvent(graphql::Schema &schema)
{
    TypeDef &t =
        schema.addObject(u"WebhookEvent"_s, u"One delivery of one published change to one receiver."_s);
    t.field(u"id"_s, u"ID!"_s, of<Event>([](const Event &e, auto &) { return Value::fromInt(e.id); }));
    t.field(u"status"_s, u"WebhookEventStatus!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromEnum(eventStatusName(e.status)); }));
    t.field(u"resource"_s, u"ResourceEnum!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromEnum(e.resource); }));
    t.field(u"action"_s, u"WebhookSubscriptionActions!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromEnum(e.action); }));
    t.field(u"subscriptionId"_s, u"ID"_s,
            of<Event>([](const Event &e, auto &) { return intOrNull(e.subscriptionId); }));
    t.field(u"receiverId"_s, u"ID!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromInt(e.receiverId); }));
    t.field(u"payload"_s, u"JSON!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromRawJson(e.payload); }),
            u"The published data, exactly as published."_s);
    t.field(u"test"_s, u"Boolean!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromBool(e.test); }));
    t.field(u"createdAt"_s, u"DateTime!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromInt(e.createdAtMs); }));
    t.field(u"nextAttemptAt"_s, u"DateTime"_s,
            of<Event>([](const Event &e, auto &) { return intOrNull(e.nextAttemptAtMs); }));
    t.field(u"attemptCount"_s, u"Int!"_s,
            of<Event>([](const Event &e, auto &) { return Value::fromInt(e.attemptCount); }));
    t.field(u"lastResponseCode"_s, u"Int"_s,
            of<Event>([](const Event &e, auto &) { return intOrNull(e.lastResponseCode); }));
    t.field(u"attempts"_s, u"[WebhookDeliveryAttempt!]!"_s,
            ofWithContext<Event>([](const Event &e, GraphQLContext &context, auto &) {
                return hostList(context.service.attemptsOf(e.id));
            }));

    TypeDef &a = schema.addObject(u"WebhookDeliveryAttempt"_s, u"One HTTP try of an event."_s);
    a.field(u"id"_s, u"ID!"_s, of<Attempt>([](const Attempt &x, auto &) { return Value::fromInt(x.id); }));
    a.field(u"number"_s, u"Int!"_s,
            of<Attempt>([](const Attempt &x, auto &) { return Value::fromInt(x.number); }));
    a.field(u"manual"_s, u"Boolean!"_s,
            of<Attempt>([](const Attempt &x, auto &) { return Value::fromBool(x.manual); }));
    a.field(u"startedAt"_s, u"DateTime!"_s,
            of<Attempt>([](const Attempt &x, auto &) { return Value::fromInt(x.startedAtMs); }));
    a.field(u"durationMs"_s, u"Int!"_s,
            of<Attempt>([](const Attempt &x, auto &) { return Value::fromInt(x.durationMs); }));
    a.field(u"requestHeaders"_s, u"[HttpHeader!]!"_s,
            of<Attempt>([](const Attempt &x, auto &) { return headersValue(x.requestHeaders); }));
    a.field(u"requestBody"_s, u"String!"_s, of<Attempt>([](const Attempt &x, auto &) {
                return Value::fromString(QString::fromUtf8(x.requestBody));
            }));
    a.field(u"responseCode"_s, u"Int"_s,
            of<Attempt>([](const Attempt &x, auto &) { return intOrNull(x.responseCode); }));
    a.field(u"responseHeaders"_s, u"[HttpHeader!]!"_s,
            of<Attempt>([](const Attempt &x, auto &) { return headersValue(x.responseHeaders); }));
    a.field(u"responseBody"_s, u"String"_s, of<Attempt>([](const Attempt &x, auto &) {
                return x.responseCode ? Value::fromString(QString::fromUtf8(x.responseBody)) : Value();
            }));
    a.field(u"responseTruncated"_s, u"Boolean!"_s,
            of<Attempt>([](const Attempt &x, auto &) { return Value::fromBool(x.responseTruncated); }),
            u"Whether the response body was cut at 64 KiB."_s);
    a.field(u"error"_s, u"String"_s,
            of<Attempt>([](const Attempt &x, auto &) { return stringOrNull(x.error); }));
}

void addConnection(graphql::Schema &schema, const QString &nodeType)
{
    TypeDef &edge = schema.addObject(nodeType + u"Edge"_s);
    edge.field(u"cursor"_s, u"String!"_s);
    edge.field(u"node"_s, nodeType + u'!');
    TypeDef &connection = schema.addObject(nodeType + u"Connection"_s);
    connection.field(u"edges"_s, u"[%1Edge!]!"_s.arg(nodeType));
    connection.field(u"pageInfo"_s, u"PageInfo!"_s);
    connection.field(u"totalCount"_s, u"Int!"_s);
}

void addInputs(graphql::Schema &schema)
{
    TypeDef &header = schema.addInputObject(u"WebhookHeaderInput"_s);
    header.inputField(u"key"_s, u"String!"_s);
    header.inputField(u"value"_s, u"String!"_s);

    auto receiverFields = [](TypeDef &t, bool create) {
        t.inputField(u"name"_s, create ? u"String!"_s : u"String"_s);
        t.inputField(u"description"_s, u"String"_s);
        t.inputField(u"webhookUri"_s, create ? u"String!"_s : u"String"_s);
        t.inputField(u"sharedSecret"_s, u"String"_s, {},
                     create ? u"whsec_ + base64 of 24 to 64 bytes; generated when absent."_s : QString());
        t.inputField(u"contentType"_s, u"String"_s, {},
                     u"application/json (default) or application/x-www-form-urlencoded."_s);
        t.inputField(u"expectedResponseCode"_s, u"Int"_s);
        t.inputField(u"active"_s, u"Boolean"_s);
        t.inputField(u"headers"_s, u"[WebhookHeaderInput!]"_s, {}, u"Replaces the receiver's headers."_s);
        t.inputField(u"ordered"_s, u"Boolean"_s);
        t.inputField(u"maxInFlight"_s, u"Int"_s, {}, u"Null: the global setting."_s);
        t.inputField(u"timeoutMs"_s, u"Int"_s, {}, u"Null: the global setting."_s);
        t.inputField(u"retrySchedule"_s, u"[Int!]"_s, {},
                     u"Seconds between attempts; null: the global one."_s);
    };
    TypeDef &createReceiver = schema.addInputObject(u"CreateWebhookReceiverInput"_s);
    receiverFields(createReceiver, true);
    TypeDef &updateReceiver = schema.addInputObject(u"UpdateWebhookReceiverInput"_s);
    updateReceiver.inputField(u"id"_s, u"ID!"_s);
    // Nullable so that a missing etag reaches the service, which answers ETAG_MISMATCH (SPEC §1).
    updateReceiver.inputField(u"etag"_s, u"String"_s, {}, u"The receiver's current _etag."_s);
    receiverFields(updateReceiver, false);

    TypeDef &rotate = schema.addInputObject(u"RotateWebhookReceiverSecretInput"_s);
    rotate.inputField(u"id"_s, u"ID!"_s);
    rotate.inputField(u"etag"_s, u"String"_s);
    rotate.inputField(u"sharedSecret"_s, u"String"_s, {}, u"The new secret; generated when absent."_s);
    rotate.inputField(u"gracePeriodSeconds"_s, u"Int"_s, Value::fromInt(kDefaultGraceSeconds),
                      u"How long the old secret keeps signing too, at most 7 days."_s);

    TypeDef &createSubscription = schema.addInputObject(u"CreateWebhookSubscriptionInput"_s);
    createSubscription.inputField(u"receiverId"_s, u"ID!"_s);
    createSubscription.inputField(u"resource"_s, u"ResourceEnum!"_s);
    createSubscription.inputField(u"action"_s, u"WebhookSubscriptionActions!"_s);
    createSubscription.inputField(u"active"_s, u"Boolean"_s);
    TypeDef &updateSubscription = schema.addInputObject(u"UpdateWebhookSubscriptionInput"_s);
    updateSubscription.inputField(u"id"_s, u"ID!"_s);
    updateSubscription.inputField(u"etag"_s, u"String"_s, {}, u"The subscription's current _etag."_s);
    updateSubscription.inputField(u"resource"_s, u"ResourceEnum"_s);
    updateSubscription.inputField(u"action"_s, u"WebhookSubscriptionActions"_s);
    updateSubscription.inputField(u"active"_s, u"Boolean"_s);

    TypeDef &receiverFilters = schema.addInputObject(u"WebhookReceiverFilters"_s);
    receiverFilters.inputField(u"active"_s, u"Boolean"_s);
    receiverFilters.inputField(u"name"_s, u"String"_s, {}, u"Part of the name, any case."_s);
    TypeDef &subscriptionFilters = schema.addInputObject(u"WebhookSubscriptionFilters"_s);
    subscriptionFilters.inputField(u"receiverId"_s, u"ID"_s);
    subscriptionFilters.inputField(u"resource"_s, u"ResourceEnum"_s);
    subscriptionFilters.inputField(u"action"_s, u"WebhookSubscriptionActions"_s);
    subscriptionFilters.inputField(u"active"_s, u"Boolean"_s);
    TypeDef &eventFilters = schema.addInputObject(u"WebhookEventFilters"_s);
    eventFilters.inputField(u"status"_s, u"WebhookEventStatus"_s);
    eventFilters.inputField(u"receiverId"_s, u"ID"_s);
    eventFilters.inputField(u"subscriptionId"_s, u"ID"_s);
    eventFilters.inputField(u"resource"_s, u"ResourceEnum"_s);
    eventFilters.inputField(u"action"_s, u"WebhookSubscriptionActions"_s);
    eventFilters.inputField(u"since"_s, u"DateTime"_s, {}, u"Created at or after."_s);
    eventFilters.inputField(u"until"_s, u"DateTime"_s, {}, u"Created before."_s);
    eventFilters.inputField(u"test"_s, u"Boolean"_s);

    TypeDef &publish = schema.addInputObject(u"PublishWebhookEventInput"_s);
    publish.inputField(u"resource"_s, u"ResourceEnum!"_s);
    publish.inputField(u"action"_s, u"WebhookSubscriptionActions!"_s);
    publish.inputField(u"data"_s, u"JSON!"_s, {}, u"A JSON object, at most 1 MiB."_s);
    TypeDef &test = schema.addInputObject(u"SendTestWebhookEventInput"_s);
    test.inputField(u"receiverId"_s, u"ID!"_s);
    test.inputField(u"resource"_s, u"ResourceEnum!"_s);
    test.inputField(u"action"_s, u"WebhookSubscriptionActions"_s, Value::fromEnum(u"CREATE"_s));
    test.inputField(u"data"_s, u"JSON"_s, {}, u"Absent: the resource's sample payload."_s);
    TypeDef &resend = schema.addInputObject(u"ResendWebhookEventInput"_s);
    resend.inputField(u"id"_s, u"ID!"_s);
    TypeDef &replay = schema.addInputObject(u"ReplayWebhookEventsInput"_s);
    replay.inputField(u"filters"_s, u"WebhookEventFilters!"_s, {}, u"Which finished events to send again."_s);
    TypeDef &cancel = schema.addInputObject(u"CancelWebhookEventInput"_s);
    cancel.inputField(u"id"_s, u"ID!"_s);
}

void addPayloads(graphql::Schema &schema)
{
    auto payload = [&](const QString &name, const QString &field, const QString &type) {
        schema.addObject(name).field(field, type);
    };
    payload(u"CreateWebhookReceiverPayload"_s, u"webhookReceiver"_s, u"WebhookReceiver!"_s);
    payload(u"UpdateWebhookReceiverPayload"_s, u"webhookReceiver"_s, u"WebhookReceiver!"_s);
    payload(u"CreateWebhookSubscriptionPayload"_s, u"webhookSubscription"_s, u"WebhookSubscription!"_s);
    payload(u"UpdateWebhookSubscriptionPayload"_s, u"webhookSubscription"_s, u"WebhookSubscription!"_s);
    payload(u"PublishWebhookEventPayload"_s, u"webhookEvents"_s, u"[WebhookEvent!]!"_s);
    payload(u"SendTestWebhookEventPayload"_s, u"webhookEvent"_s, u"WebhookEvent!"_s);
    payload(u"ResendWebhookEventPayload"_s, u"webhookEvent"_s, u"WebhookEvent!"_s);
    payload(u"ReplayWebhookEventsPayload"_s, u"count"_s, u"Int!"_s);
    payload(u"CancelWebhookEventPayload"_s, u"webhookEvent"_s, u"WebhookEvent!"_s);
    for (const QString &name : {u"DeleteWebhookReceiverPayload"_s, u"DeleteWebhookSubscriptionPayload"_s}) {
        TypeDef &t = schema.addObject(name);
        t.field(u"id"_s, u"ID!"_s);
        t.field(u"deleted"_s, u"Boolean!"_s);
    }
}

// A payload object with one member holding a host object.
template <typename T> Result<Value> payloadOf(const QString &field, const Result<T> &item)
{
    if (!item)
        return item.error();
    return Value::fromObject({{field, Value::fromHost(*item)}});
}

Result<Value> deletedPayload(qint64 id, const Status &status)
{
    if (!status)
        return status.error();
    return Value::fromObject({{u"id"_s, Value::fromInt(id)}, {u"deleted"_s, Value::fromBool(true)}});
}

void addQuery(graphql::Schema &schema)
{
    TypeDef &q = schema.addObject(u"Query"_s);
    q.field(u"webhookReceivers"_s, u"WebhookReceiverConnection!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> after = afterIdOf(c, kReceiver);
                if (!after)
                    return after.error();
                Result<Page<Receiver>> page =
                    context.service.receivers(receiverFilterOf(filtersOf(c)), *after, firstOf(c));
                if (!page)
                    return page.error();
                return connectionOf(*page, kReceiver, *after != 0);
            }))
        .arg(u"first"_s, u"Int"_s, {}, u"At most 1000; 100 when absent."_s)
        .arg(u"after"_s, u"String"_s, {}, u"The endCursor of the previous page."_s)
        .arg(u"filters"_s, u"WebhookReceiverFilters"_s);
    q.field(u"webhookReceiver"_s, u"WebhookReceiver"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> id = idOf(*c.argument(u"id"_s), u"id"_s);
                if (!id)
                    return id.error();
                return host(context.service.receiver(*id));
            }))
        .arg(u"id"_s, u"ID!"_s);
    q.field(u"webhookSubscriptions"_s, u"WebhookSubscriptionConnection!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> after = afterIdOf(c, kSubscription);
                if (!after)
                    return after.error();
                Result<SubscriptionFilter> filter = subscriptionFilterOf(filtersOf(c));
                if (!filter)
                    return filter.error();
                Result<Page<Subscription>> page = context.service.subscriptions(*filter, *after, firstOf(c));
                if (!page)
                    return page.error();
                return connectionOf(*page, kSubscription, *after != 0);
            }))
        .arg(u"first"_s, u"Int"_s, {}, u"At most 1000; 100 when absent."_s)
        .arg(u"after"_s, u"String"_s, {}, u"The endCursor of the previous page."_s)
        .arg(u"filters"_s, u"WebhookSubscriptionFilters"_s);
    q.field(u"webhookSubscription"_s, u"WebhookSubscription"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> id = idOf(*c.argument(u"id"_s), u"id"_s);
                if (!id)
                    return id.error();
                return host(context.service.subscription(*id));
            }))
        .arg(u"id"_s, u"ID!"_s);
    q.field(u"webhookEvents"_s, u"WebhookEventConnection!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> after = afterIdOf(c, kEvent);
                if (!after)
                    return after.error();
                Result<EventFilter> filter = eventFilterOf(filtersOf(c), u"filters."_s);
                if (!filter)
                    return filter.error();
                Result<Page<Event>> page = context.service.events(*filter, *after, firstOf(c));
                if (!page)
                    return page.error();
                return connectionOf(*page, kEvent, *after != 0);
            }),
            u"Events newest first."_s)
        .arg(u"first"_s, u"Int"_s, {}, u"At most 1000; 100 when absent."_s)
        .arg(u"after"_s, u"String"_s, {}, u"The endCursor of the previous page."_s)
        .arg(u"filters"_s, u"WebhookEventFilters"_s);
    q.field(u"webhookEvent"_s, u"WebhookEvent"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> id = idOf(*c.argument(u"id"_s), u"id"_s);
                if (!id)
                    return id.error();
                return host(context.service.event(*id));
            }))
        .arg(u"id"_s, u"ID!"_s);
}

void addReceiverMutations(TypeDef &m)
{
    m.field(u"createWebhookReceiver"_s, u"CreateWebhookReceiverPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                const ReceiverInput input = receiverInputOf(inputOf(c), DeliverySettings());
                return payloadOf(u"webhookReceiver"_s, context.service.createReceiver(input, context.actor));
            }))
        .arg(u"input"_s, u"CreateWebhookReceiverInput!"_s);
    m.field(u"updateWebhookReceiver"_s, u"UpdateWebhookReceiverPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                const Value &input = inputOf(c);
                Result<qint64> id = requiredId(input, u"id"_s);
                if (!id)
                    return id.error();
                DeliverySettings base;
                if (changesDelivery(input)) {
                    Result<Receiver> current = context.service.receiver(*id);
                    if (!current)
                        return current.error();
                    base = current->delivery;
                }
                const QString etag = stringField(input, u"etag"_s).value_or(QString());
                return payloadOf(u"webhookReceiver"_s,
                                 context.service.updateReceiver(*id, etag, receiverInputOf(input, base)));
            }))
        .arg(u"input"_s, u"UpdateWebhookReceiverInput!"_s);
    m.field(u"deleteWebhookReceiver"_s, u"DeleteWebhookReceiverPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> id = idOf(*c.argument(u"id"_s), u"id"_s);
                if (!id)
                    return id.error();
                return deletedPayload(*id,
                                      context.service.deleteReceiver(*id, c.argument(u"etag"_s)->toString()));
            }),
            u"Deletes the receiver and its subscriptions; its events stay as the audit trail."_s)
        .arg(u"id"_s, u"ID!"_s)
        .arg(u"etag"_s, u"String!"_s);
    m.field(
         u"rotateWebhookReceiverSecret"_s, u"UpdateWebhookReceiverPayload!"_s,
         withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
             const Value &input = inputOf(c);
             Result<qint64> id = requiredId(input, u"id"_s);
             if (!id)
                 return id.error();
             const qint64 grace = intField(input, u"gracePeriodSeconds"_s).value_or(kDefaultGraceSeconds);
             if (grace < 0 || grace > kMaxGraceSeconds)
                 return Error::badInput(
                     u"gracePeriodSeconds"_s, u"range"_s,
                     Text::tr("gracePeriodSeconds: must be between 0 and %1 (7 days)").arg(kMaxGraceSeconds));
             const QString etag = stringField(input, u"etag"_s).value_or(QString());
             return payloadOf(u"webhookReceiver"_s,
                              context.service.rotateReceiverSecret(
                                  *id, etag, stringField(input, u"sharedSecret"_s), grace * 1000));
         }))
        .arg(u"input"_s, u"RotateWebhookReceiverSecretInput!"_s);
}

void addSubscriptionMutations(TypeDef &m)
{
    m.field(u"createWebhookSubscription"_s, u"CreateWebhookSubscriptionPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                const Value &input = inputOf(c);
                Result<qint64> receiverId = requiredId(input, u"receiverId"_s);
                if (!receiverId)
                    return receiverId.error();
                SubscriptionInput s = subscriptionInputOf(input);
                s.receiverId = *receiverId;
                return payloadOf(u"webhookSubscription"_s,
                                 context.service.createSubscription(s, context.actor));
            }))
        .arg(u"input"_s, u"CreateWebhookSubscriptionInput!"_s);
    m.field(u"updateWebhookSubscription"_s, u"UpdateWebhookSubscriptionPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                const Value &input = inputOf(c);
                Result<qint64> id = requiredId(input, u"id"_s);
                if (!id)
                    return id.error();
                const QString etag = stringField(input, u"etag"_s).value_or(QString());
                return payloadOf(u"webhookSubscription"_s,
                                 context.service.updateSubscription(*id, etag, subscriptionInputOf(input)));
            }))
        .arg(u"input"_s, u"UpdateWebhookSubscriptionInput!"_s);
    m.field(u"deleteWebhookSubscription"_s, u"DeleteWebhookSubscriptionPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> id = idOf(*c.argument(u"id"_s), u"id"_s);
                if (!id)
                    return id.error();
                return deletedPayload(
                    *id, context.service.deleteSubscription(*id, c.argument(u"etag"_s)->toString()));
            }),
            u"Deletes the subscription and cancels its unfinished events."_s)
        .arg(u"id"_s, u"ID!"_s)
        .arg(u"etag"_s, u"String!"_s);
}

void addEventMutations(TypeDef &m)
{
    m.field(u"publishWebhookEvent"_s, u"PublishWebhookEventPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                const Value &input = inputOf(c);
                const Value *data = input.member(u"data"_s);
                const Change change{stringField(input, u"resource"_s).value_or(QString()),
                                    stringField(input, u"action"_s).value_or(QString()),
                                    data ? jsonText(*data) : QByteArray()};
                Result<QList<qint64>> ids = context.service.publish(change);
                if (!ids)
                    return ids.error();
                QList<Value> events;
                for (qint64 id : *ids) {
                    Result<Event> event = context.service.event(id);
                    if (!event)
                        return event.error();
                    events.append(Value::fromHost(*event));
                }
                return Value::fromObject({{u"webhookEvents"_s, Value::fromList(events)}});
            }),
            u"Fans a change out into one event per matching active subscription."_s)
        .arg(u"input"_s, u"PublishWebhookEventInput!"_s);
    m.field(u"sendTestWebhookEvent"_s, u"SendTestWebhookEventPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                const Value &input = inputOf(c);
                Result<qint64> receiverId = requiredId(input, u"receiverId"_s);
                if (!receiverId)
                    return receiverId.error();
                const QString resource = stringField(input, u"resource"_s).value_or(QString());
                QByteArray data;
                if (const Value *given = input.member(u"data"_s); given && !given->isNull())
                    data = jsonText(*given);
                else if (const ResourceInfo *info = ResourceCatalog::builtIn().find(resource))
                    data = info->sample;
                const Change change{resource, stringField(input, u"action"_s).value_or(u"CREATE"_s), data};
                Result<qint64> id = context.service.sendTestEvent(*receiverId, change);
                if (!id)
                    return id.error();
                return payloadOf(u"webhookEvent"_s, context.service.event(*id));
            }),
            u"A test event to one receiver, whatever it subscribes to."_s)
        .arg(u"input"_s, u"SendTestWebhookEventInput!"_s);
    m.field(u"resendWebhookEvent"_s, u"ResendWebhookEventPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> id = requiredId(inputOf(c), u"id"_s);
                if (!id)
                    return id.error();
                return payloadOf(u"webhookEvent"_s, context.service.resendEvent(*id));
            }))
        .arg(u"input"_s, u"ResendWebhookEventInput!"_s);
    m.field(u"replayWebhookEvents"_s, u"ReplayWebhookEventsPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                const Value *filters = inputOf(c).member(u"filters"_s);
                Result<EventFilter> filter =
                    eventFilterOf(filters ? *filters : Value::fromObject({}), u"filters."_s);
                if (!filter)
                    return filter.error();
                Result<int> count = context.service.replayEvents(*filter);
                if (!count)
                    return count.error();
                return Value::fromObject({{u"count"_s, Value::fromInt(*count)}});
            }),
            u"Resends every finished event matching the filters."_s)
        .arg(u"input"_s, u"ReplayWebhookEventsInput!"_s);
    m.field(u"cancelWebhookEvent"_s, u"CancelWebhookEventPayload!"_s,
            withContext([](GraphQLContext &context, const ResolveContext &c) -> Result<Value> {
                Result<qint64> id = requiredId(inputOf(c), u"id"_s);
                if (!id)
                    return id.error();
                return payloadOf(u"webhookEvent"_s, context.service.cancelEvent(*id));
            }))
        .arg(u"input"_s, u"CancelWebhookEventInput!"_s);
}

} // namespace

void GraphQLSchema::populate(graphql::Schema &schema)
{
    addScalarsAndEnums(schema);
    addSmallTypes(schema);
    addReceiver(schema);
    addSubscription(schema);
    addEvent(schema);
    addConnection(schema, u"WebhookReceiver"_s);
    addConnection(schema, u"WebhookSubscription"_s);
    addConnection(schema, u"WebhookEvent"_s);
    addInputs(schema);
    addPayloads(schema);
    addQuery(schema);
    TypeDef &mutation = schema.addObject(u"Mutation"_s);
    addReceiverMutations(mutation);
    addSubscriptionMutations(mutation);
    addEventMutations(mutation);
    schema.setQueryType(u"Query"_s);
    schema.setMutationType(u"Mutation"_s);
}

const graphql::Schema &GraphQLSchema::instance()
{
    static graphql::Schema schema;
    static const bool built = [] {
        populate(schema);
        const Status checked = schema.check();
        if (!checked)
            qFatal("the webhook GraphQL schema is broken: %s", qPrintable(checked.error().message));
        return true;
    }();
    Q_UNUSED(built);
    return schema;
}

QString GraphQLSchema::cursor(const QString &kind, qint64 id)
{
    const QByteArray text = kind.toLatin1() + ':' + QByteArray::number(id);
    return QString::fromLatin1(text.toBase64());
}

Result<qint64> GraphQLSchema::cursorId(const QString &kind, const QString &cursor, const QString &field)
{
    const auto refuse = [&] {
        return Error::badInput(field, u"cursor"_s,
                               Text::tr("%1: \"%2\" is not a cursor of this list; pass a cursor it returned")
                                   .arg(field, cursor));
    };
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray prefix = kind.toLatin1() + ':';
    if (!decoded || !decoded.decoded.startsWith(prefix))
        return refuse();
    bool ok = false;
    const qint64 id = decoded.decoded.mid(prefix.size()).toLongLong(&ok);
    if (!ok || id <= 0)
        return refuse();
    return id;
}

} // namespace hookboard
