#include "executor.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

namespace hookboard::graphql {

namespace {

Q_LOGGING_CATEGORY(lcGraphQL, "hookboard.graphql")

// The messages of this file, under the context "GraphQL".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GraphQL)
};

const QString BadUserInput = QStringLiteral("BAD_USER_INPUT");
const QString Internal = QStringLiteral("INTERNAL");

} // namespace

Executor::Executor(const Schema &schema, const Document &document, void *userContext)
    : m_schema(schema), m_document(document), m_userContext(userContext), m_coercion(schema)
{}

void Executor::addError(const QString &message, const Location &location, const QList<Value> &path,
                        const QString &code, QList<Value::Member> extensions)
{
    // A document can make one error per list item; past the cap one more says the rest were cut.
    if (m_errors.size() > MaxErrors)
        return;
    if (m_errors.size() == MaxErrors) {
        m_errors.append(GraphQLError{Text::tr("More than %1 errors; the rest are not shown.").arg(MaxErrors),
                                     {},
                                     {},
                                     BadUserInput,
                                     {}});
        return;
    }
    GraphQLError e{message, {}, path, code, std::move(extensions)};
    if (location.isValid())
        e.locations.append(location);
    m_errors.append(std::move(e));
}

const OperationDefinition *Executor::selectOperation(const QString &operationName)
{
    if (operationName.isEmpty()) {
        if (m_document.operations.size() == 1)
            return &m_document.operations.first();
        addError(Text::tr("Must provide operation name if query contains multiple operations."), {}, {},
                 BadUserInput);
        return nullptr;
    }
    for (const OperationDefinition &op : m_document.operations) {
        if (op.name == operationName)
            return &op;
    }
    addError(Text::tr("Unknown operation named \"%1\".").arg(operationName), {}, {}, BadUserInput);
    return nullptr;
}

bool Executor::coerceVariables(const OperationDefinition &op, const Value &given)
{
    for (const VariableDefinition &def : op.variables) {
        const Value *value = given.member(def.name);
        if (!value) {
            if (def.defaultValue) {
                InputCoercion::Failure failure;
                auto coerced = m_coercion.coerceLiteral(*def.defaultValue, def.type, nullptr, &failure);
                if (!coerced) {
                    addError(failure.message, failure.location, {}, BadUserInput);
                    return false;
                }
                m_variables.append({def.name, *coerced});
            } else if (def.type.isNonNull()) {
                addError(Text::tr("Variable \"$%1\" of required type \"%2\" was not provided.")
                             .arg(def.name, def.type.toString()),
                         def.location, {}, BadUserInput);
                return false;
            }
            continue;
        }
        if (value->isNull() && def.type.isNonNull()) {
            addError(Text::tr("Variable \"$%1\" of non-null type \"%2\" must not be null.")
                         .arg(def.name, def.type.toString()),
                     def.location, {}, BadUserInput);
            return false;
        }
        InputCoercion::Failure failure;
        auto coerced = m_coercion.coerceVariable(*value, def.type, &failure, def.name);
        if (!coerced) {
            QString message = Text::tr("Variable \"$%1\" got invalid value %2")
                                  .arg(def.name, QString::fromUtf8(value->toJson()));
            if (failure.path != def.name)
                message += Text::tr(" at \"%1\"").arg(failure.path);
            addError(message + QStringLiteral("; ") + failure.message, def.location, {}, BadUserInput);
            return false;
        }
        m_variables.append({def.name, *coerced});
    }
    return true;
}

Response Executor::execute(const QString &operationName, const Value &variables)
{
    Response response;
    const OperationDefinition *op = selectOperation(operationName);
    if (!op || !coerceVariables(*op, variables)) {
        response.errors = m_errors;
        return response;
    }
    QString rootName = m_schema.queryType();
    if (op->type == OperationDefinition::Type::Mutation)
        rootName = m_schema.mutationType();
    const TypeDef *root = rootName.isEmpty() ? nullptr : m_schema.type(rootName);
    if (op->type == OperationDefinition::Type::Subscription || !root) {
        addError(Text::tr("Schema is not configured to execute %1 operation.")
                     .arg(op->type == OperationDefinition::Type::Subscription ? QStringLiteral("subscription")
                                                                              : QStringLiteral("mutation")),
                 op->location, {}, BadUserInput);
        response.errors = m_errors;
        return response;
    }
    FieldGroups groups;
    QSet<QString> visited;
    collectFields(*root, op->selectionSet, groups, visited);
    if (countNodes(*root, groups, 1, std::nullopt, MaxNodes) > MaxNodes) {
        addError(Text::tr("The operation could return more than %1 objects (the budget); ask for fewer with "
                          "\"first\", select fewer nested lists, or split it into several requests.")
                     .arg(MaxNodes),
                 op->location, {}, BadUserInput,
                 {{QStringLiteral("rule"), Value::fromString(QStringLiteral("cost"))}});
        response.errors = m_errors;
        return response;
    }
    m_clock.start();
    // Root fields of a mutation run serially; executeSelections walks them in order, and since
    // resolvers here are synchronous, each finishes before the next starts.
    auto data = executeSelections(*root, Value(), groups, {});
    response.data = data.value_or(Value());
    response.errors = m_errors;
    return response;
}

// The objects groups could make for `parents` objects of type, stopping early once past budget.
qint64 Executor::countNodes(const TypeDef &type, const FieldGroups &groups, qint64 parents,
                            std::optional<qint64> pageSize, qint64 budget) const
{
    qint64 total = 0;
    for (const auto &group : groups) {
        const Selection &field = *group.second.first();
        // Introspection (__schema, __type) is bounded by the schema's own size.
        if (field.name.startsWith(QLatin1String("__")))
            continue;
        const FieldDef *def = m_schema.field(type, field.name);
        if (!def)
            continue; // a field validation refused
        const TypeRef &nullable = def->type.isNonNull() ? def->type.ofType() : def->type;
        const std::optional<qint64> first = firstArgument(*def, field);
        qint64 count = parents;
        const bool isList = nullable.isList();
        if (isList)
            count *= pageSize.value_or(first.value_or(AssumedListSize));
        const TypeDef *target = m_schema.type(nullable.namedType());
        if (!target || target->kind != TypeKind::Object)
            continue;
        // Multiplying can only grow: once past the budget the exact figure no longer matters.
        count = std::min(count, budget + 1);
        total += count;
        if (total > budget)
            return total;
        FieldGroups children;
        QSet<QString> visited;
        for (const Selection *s : group.second)
            collectFields(*target, s->selectionSet, children, visited);
        // A connection's `first` sizes the list below it (edges, nodes).
        const std::optional<qint64> childPage = isList ? std::nullopt : first;
        total += countNodes(*target, children, count, childPage, budget - total);
        if (total > budget)
            return total;
    }
    return total;
}

// The field's `first` argument as given (literal or variable), else its default; nothing when the
// field has no such argument.
std::optional<qint64> Executor::firstArgument(const FieldDef &def, const Selection &field) const
{
    const InputValueDef *argDef = def.argument(QStringLiteral("first"));
    if (!argDef)
        return std::nullopt;
    for (const Argument &a : field.arguments) {
        if (a.name != QLatin1String("first"))
            continue;
        const Value v = InputCoercion::literalToValue(a.value, &m_variables);
        if (v.kind() == Value::Kind::Int)
            return std::max<qint64>(0, v.toInt());
    }
    if (argDef->defaultValue && argDef->defaultValue->kind() == Value::Kind::Int)
        return std::max<qint64>(0, argDef->defaultValue->toInt());
    return std::nullopt;
}

bool Executor::withinLimits(const Location &location, const QList<Value> &path)
{
    if (m_stopped)
        return false;
    QString reason;
    if (m_clock.elapsed() > MaxExecutionMs)
        reason =
            Text::tr("The operation ran longer than %1 s and was stopped; ask for less, or split it into "
                     "several requests.")
                .arg(MaxExecutionMs / 1000);
    else if (m_responseBytes > MaxResponseBytes)
        reason =
            Text::tr("The response would be larger than %1 MiB; it was stopped. Ask for less, or split it "
                     "into several requests.")
                .arg(MaxResponseBytes / (1024 * 1024));
    if (reason.isEmpty())
        return true;
    m_stopped = true;
    addError(reason, location, path, BadUserInput,
             {{QStringLiteral("rule"), Value::fromString(QStringLiteral("cost"))}});
    return false;
}

bool Executor::shouldInclude(const QList<Directive> &directives) const
{
    for (const Directive &d : directives) {
        const bool isSkip = d.name == QLatin1String("skip");
        if (!isSkip && d.name != QLatin1String("include"))
            continue;
        for (const Argument &a : d.arguments) {
            if (a.name != QLatin1String("if"))
                continue;
            const Value v = InputCoercion::literalToValue(a.value, &m_variables);
            const bool flag = v.kind() == Value::Kind::Bool && v.toBool();
            if (isSkip ? flag : !flag)
                return false;
        }
    }
    return true;
}

void Executor::collectFields(const TypeDef &type, const QList<Selection> &selections, FieldGroups &groups,
                             QSet<QString> &visitedFragments) const
{
    for (const Selection &s : selections) {
        if (!shouldInclude(s.directives))
            continue;
        switch (s.kind) {
        case Selection::Kind::Field: {
            const QString key = s.responseKey();
            bool found = false;
            for (auto &group : groups) {
                if (group.first == key) {
                    group.second.append(&s);
                    found = true;
                    break;
                }
            }
            if (!found)
                groups.append({key, {&s}});
            break;
        }
        case Selection::Kind::FragmentSpread: {
            if (visitedFragments.contains(s.name))
                break;
            visitedFragments.insert(s.name);
            const FragmentDefinition *fragment = m_document.fragment(s.name);
            if (fragment && fragment->typeCondition == type.name)
                collectFields(type, fragment->selectionSet, groups, visitedFragments);
            break;
        }
        case Selection::Kind::InlineFragment:
            if (s.typeCondition.isEmpty() || s.typeCondition == type.name)
                collectFields(type, s.selectionSet, groups, visitedFragments);
            break;
        }
    }
}

std::optional<Value> Executor::executeSelections(const TypeDef &type, const Value &parent,
                                                 const FieldGroups &groups, const QList<Value> &path)
{
    QList<Value::Member> members;
    for (const auto &group : groups) {
        QList<Value> fieldPath = path;
        fieldPath.append(Value::fromString(group.first));
        auto value = executeField(type, parent, group.second, fieldPath);
        if (!value)
            return std::nullopt;
        members.append({group.first, *value});
    }
    return Value::fromObject(members);
}

std::optional<Value> Executor::executeField(const TypeDef &parentType, const Value &parent,
                                            const QList<const Selection *> &fields, const QList<Value> &path)
{
    const Selection &first = *fields.first();
    if (!withinLimits(first.location, path))
        return std::nullopt;
    m_responseBytes += path.last().toString().size() + 4; // "key":
    if (first.name == QLatin1String("__typename"))
        return Value::fromString(parentType.name);
    const FieldDef *def = m_schema.field(parentType, first.name);
    if (!def)
        return Value(); // validation refuses unknown fields; an unvalidated document just gets null
    const QString label = parentType.name + u'.' + def->name;

    QList<Value::Member> args;
    for (const InputValueDef &argDef : def->args) {
        const Argument *given = nullptr;
        for (const Argument &a : first.arguments) {
            if (a.name == argDef.name)
                given = &a;
        }
        const bool missingVariable = given && given->value.kind == ValueNode::Kind::Variable &&
                                     !findMember(m_variables, given->value.text);
        if (!given || missingVariable) {
            if (argDef.defaultValue) {
                args.append({argDef.name, *argDef.defaultValue});
            } else if (argDef.type.isNonNull()) {
                addError(Text::tr("Argument \"%1\" of required type \"%2\" was not provided.")
                             .arg(argDef.name, argDef.type.toString()),
                         first.location, path, BadUserInput);
                return def->type.isNonNull() ? std::nullopt : std::optional<Value>(Value());
            }
            continue;
        }
        InputCoercion::Failure failure;
        auto coerced = m_coercion.coerceLiteral(given->value, argDef.type, &m_variables, &failure);
        if (!coerced) {
            addError(failure.message, failure.location, path, BadUserInput);
            return def->type.isNonNull() ? std::nullopt : std::optional<Value>(Value());
        }
        args.append({argDef.name, *coerced});
    }

    Result<Value> resolved = Value();
    if (def->resolve) {
        const ResolveContext context{m_schema, parent, args, m_userContext, def->name};
        resolved = def->resolve(context);
    } else if (const Value *member = parent.member(def->name)) {
        resolved = *member;
    }
    if (!resolved) {
        const Error &error = resolved.error();
        if (error.code == ErrorCode::Internal) {
            // What failed inside (SQL text, file paths) is for the operator's log, not for every
            // API client; the client learns that it failed and where to look.
            qCWarning(lcGraphQL).noquote() << "field" << label << "failed:" << error.message;
            const QString message =
                error.message.contains(QLatin1String("disk is full"))
                    ? Text::tr("Internal error: the disk is full, so the store cannot take writes.")
                    : Text::tr(
                          "Internal error: Hookboard could not complete this field; the details are in its "
                          "log.");
            addError(message, first.location, path, Internal);
            return def->type.isNonNull() ? std::nullopt : std::optional<Value>(Value());
        }
        QList<Value::Member> extensions;
        if (!error.field.isEmpty())
            extensions.append({QStringLiteral("field"), Value::fromString(error.field)});
        if (!error.rule.isEmpty())
            extensions.append({QStringLiteral("rule"), Value::fromString(error.rule)});
        addError(error.message, first.location, path, errorCodeName(error.code), extensions);
        return def->type.isNonNull() ? std::nullopt : std::optional<Value>(Value());
    }
    return completeValue(def->type, label, fields, *resolved, path);
}

std::optional<Value> Executor::completeValue(const TypeRef &type, const QString &fieldLabel,
                                             const QList<const Selection *> &fields, const Value &result,
                                             const QList<Value> &path)
{
    if (type.isNonNull()) {
        auto completed = completeNullable(type.ofType(), fieldLabel, fields, result, path);
        if (completed && completed->isNull()) {
            addError(Text::tr("Cannot return null for non-nullable field %1.").arg(fieldLabel),
                     fields.first()->location, path, Internal);
            return std::nullopt;
        }
        return completed;
    }
    // A nullable position absorbs an error below it (spec §6.4.4): the error is already recorded.
    return completeNullable(type, fieldLabel, fields, result, path).value_or(Value());
}

std::optional<Value> Executor::completeNullable(const TypeRef &type, const QString &fieldLabel,
                                                const QList<const Selection *> &fields, const Value &result,
                                                const QList<Value> &path)
{
    if (result.isNull())
        return Value();
    const Location location = fields.first()->location;
    if (type.isList()) {
        if (result.kind() != Value::Kind::List) {
            addError(Text::tr("Expected Iterable, but did not find one for field \"%1\".").arg(fieldLabel),
                     location, path, Internal);
            return std::nullopt;
        }
        QList<Value> items;
        for (qsizetype i = 0; i < result.items().size(); ++i) {
            QList<Value> itemPath = path;
            itemPath.append(Value::fromInt(i));
            auto item = completeValue(type.ofType(), fieldLabel, fields, result.items().at(i), itemPath);
            if (!item)
                return std::nullopt;
            items.append(*item);
        }
        return Value::fromList(items);
    }
    const TypeDef *def = m_schema.type(type.namedType());
    if (!def) {
        addError(Text::tr("Unknown type \"%1\".").arg(type.namedType()), location, path, Internal);
        return std::nullopt;
    }
    switch (def->kind) {
    case TypeKind::Scalar: {
        auto serialized = def->serialize ? def->serialize(result) : Result<Value>(result);
        if (!serialized) {
            addError(serialized.error().message, location, path, Internal);
            return std::nullopt;
        }
        m_responseBytes += serialized->kind() == Value::Kind::String ? serialized->toString().size() + 2 : 8;
        return *serialized;
    }
    case TypeKind::Enum:
        if ((result.kind() == Value::Kind::Enum || result.kind() == Value::Kind::String) &&
            def->enumValue(result.toString()))
            return Value::fromEnum(result.toString());
        addError(Text::tr("Enum \"%1\" cannot represent value: %2")
                     .arg(def->name, QString::fromUtf8(result.toJson())),
                 location, path, Internal);
        return std::nullopt;
    case TypeKind::Object: {
        FieldGroups groups;
        QSet<QString> visited;
        for (const Selection *field : fields)
            collectFields(*def, field->selectionSet, groups, visited);
        return executeSelections(*def, result, groups, path);
    }
    case TypeKind::InputObject:
        break;
    }
    addError(Text::tr("Type \"%1\" is not an output type.").arg(def->name), location, path, Internal);
    return std::nullopt;
}

} // namespace hookboard::graphql
