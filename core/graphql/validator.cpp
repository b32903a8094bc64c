#include "validator.h"

#include <QCoreApplication>

namespace hookboard::graphql {

namespace {

// The messages of this file, under the context "GraphQL".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GraphQL)
};

// Spec §5.8.5 AreTypesCompatible, with the nullable-variable-with-default allowance applied first.
bool typesCompatible(const TypeRef &variable, const TypeRef &location)
{
    if (location.isNonNull()) {
        if (!variable.isNonNull())
            return false;
        return typesCompatible(variable.ofType(), location.ofType());
    }
    if (variable.isNonNull())
        return typesCompatible(variable.ofType(), location);
    if (location.isList()) {
        if (!variable.isList())
            return false;
        return typesCompatible(variable.ofType(), location.ofType());
    }
    if (variable.isList())
        return false;
    return variable.namedType() == location.namedType();
}

// The names of the fragments spread anywhere in a selection set (nested at most
// Parser::MaxSelectionDepth deep, so this recursion is bounded).
void collectSpreads(const QList<Selection> &selections, QStringList &out)
{
    for (const Selection &s : selections) {
        if (s.kind == Selection::Kind::FragmentSpread)
            out.append(s.name);
        else
            collectSpreads(s.selectionSet, out);
    }
}

} // namespace

Validator::Validator(const Schema &schema, const Document &document)
    : m_schema(schema), m_document(document), m_coercion(schema)
{}

void Validator::error(const QString &message, QList<Location> locations)
{
    m_errors.append({message, locations, {}, QStringLiteral("GRAPHQL_VALIDATION_FAILED"), {}});
}

QList<GraphQLError> Validator::validate()
{
    if (!checkSpreadDepth())
        return m_errors;
    checkFragmentDefinitions();
    checkOperations();
    for (const FragmentDefinition &f : m_document.fragments) {
        if (!m_usedFragments.contains(f.name))
            error(Text::tr("Fragment \"%1\" is never used.").arg(f.name), {f.location});
    }
    checkFragmentCycles();
    if (m_errors.isEmpty()) {
        for (const OperationDefinition &op : m_document.operations) {
            QStringList stack;
            int count = 0;
            if (!checkLimits(op.selectionSet, 1, stack, count))
                break;
        }
    }
    return m_errors;
}

bool Validator::checkLimits(const QList<Selection> &selections, int depth, QStringList &stack, int &count)
{
    if (depth > MaxSelectionDepth) {
        error(Text::tr("The operation nests selection sets deeper than %1 levels.").arg(MaxSelectionDepth),
              {selections.first().location});
        return false;
    }
    for (const Selection &s : selections) {
        switch (s.kind) {
        case Selection::Kind::Field:
            if (++count > MaxFields) {
                error(Text::tr("The operation selects more than %1 fields.").arg(MaxFields), {s.location});
                return false;
            }
            if (s.hasSelectionSet && !checkLimits(s.selectionSet, depth + 1, stack, count))
                return false;
            break;
        case Selection::Kind::InlineFragment:
            if (!checkLimits(s.selectionSet, depth + 1, stack, count))
                return false;
            break;
        case Selection::Kind::FragmentSpread: {
            const FragmentDefinition *f = m_document.fragment(s.name);
            if (!f || stack.contains(s.name))
                break;
            stack.append(s.name);
            const bool ok = checkLimits(f->selectionSet, depth, stack, count);
            stack.removeLast();
            if (!ok)
                return false;
            break;
        }
        }
    }
    return true;
}

const TypeDef *Validator::compositeType(const QString &name, const Location &location,
                                        const QString &fragmentName)
{
    const TypeDef *t = m_schema.type(name);
    if (!t) {
        error(Text::tr("Unknown type \"%1\".").arg(name), {location});
        return nullptr;
    }
    if (t->kind != TypeKind::Object) {
        if (fragmentName.isEmpty())
            error(Text::tr("Fragment cannot condition on non composite type \"%1\".").arg(name), {location});
        else
            error(Text::tr("Fragment \"%1\" cannot condition on non composite type \"%2\".")
                      .arg(fragmentName, name),
                  {location});
        return nullptr;
    }
    return t;
}

void Validator::checkFragmentDefinitions()
{
    QSet<QString> names;
    for (const FragmentDefinition &f : m_document.fragments) {
        if (names.contains(f.name)) {
            const FragmentDefinition *first = m_document.fragment(f.name);
            error(Text::tr("There can be only one fragment named \"%1\".").arg(f.name),
                  {first->location, f.location});
            continue;
        }
        names.insert(f.name);
        Scope scope;
        const TypeDef *t = compositeType(f.typeCondition, f.typeConditionLocation, f.name);
        checkDirectives(f.directives, QStringLiteral("FRAGMENT_DEFINITION"), scope);
        walkSelections(t, f.selectionSet, scope);
        m_fragmentScopes.insert(f.name, scope);
    }
}

void Validator::checkOperations()
{
    const auto &ops = m_document.operations;
    QHash<QString, Location> names;
    for (const OperationDefinition &op : ops) {
        if (op.name.isEmpty() && ops.size() > 1)
            error(Text::tr("This anonymous operation must be the only defined operation."), {op.location});
        if (!op.name.isEmpty()) {
            if (names.contains(op.name))
                error(Text::tr("There can be only one operation named \"%1\".").arg(op.name),
                      {names.value(op.name), op.location});
            else
                names.insert(op.name, op.location);
        }
        QString rootName = m_schema.queryType();
        QString location = QStringLiteral("QUERY");
        if (op.type == OperationDefinition::Type::Mutation) {
            rootName = m_schema.mutationType();
            location = QStringLiteral("MUTATION");
        } else if (op.type == OperationDefinition::Type::Subscription) {
            rootName.clear();
            location = QStringLiteral("SUBSCRIPTION");
        }
        const TypeDef *root = rootName.isEmpty() ? nullptr : m_schema.type(rootName);
        if (!root) {
            error(op.type == OperationDefinition::Type::Mutation
                      ? Text::tr("Schema is not configured for mutations.")
                      : Text::tr("Schema is not configured for subscriptions."),
                  {op.location});
            continue;
        }
        Scope scope;
        checkDirectives(op.directives, location, scope);
        walkSelections(root, op.selectionSet, scope);
        checkVariables(op, scope);
    }
}

void Validator::transitiveUsages(const QString &fragment, QSet<QString> &seen, QList<VariableUsage> &out)
{
    if (seen.contains(fragment) || !m_fragmentScopes.contains(fragment))
        return;
    seen.insert(fragment);
    const Scope &scope = m_fragmentScopes[fragment];
    out.append(scope.usages);
    for (const QString &spread : scope.spreads)
        transitiveUsages(spread, seen, out);
}

void Validator::checkVariables(const OperationDefinition &op, const Scope &scope)
{
    QList<VariableUsage> usages = scope.usages;
    QSet<QString> seen;
    for (const QString &spread : scope.spreads)
        transitiveUsages(spread, seen, usages);
    m_usedFragments.unite(seen);

    QHash<QString, const VariableDefinition *> defs;
    for (const VariableDefinition &def : op.variables) {
        if (defs.contains(def.name)) {
            error(Text::tr("There can be only one variable named \"$%1\".").arg(def.name),
                  {defs.value(def.name)->location, def.location});
            continue;
        }
        defs.insert(def.name, &def);
        const TypeDef *t = m_schema.type(def.type.namedType());
        if (!t) {
            error(Text::tr("Unknown type \"%1\".").arg(def.type.namedType()), {def.location});
            continue;
        }
        if (!t->isInput()) {
            error(Text::tr("Variable \"$%1\" cannot be non-input type \"%2\".")
                      .arg(def.name, def.type.toString()),
                  {def.location});
            continue;
        }
        Scope unused;
        checkDirectives(def.directives, QStringLiteral("VARIABLE_DEFINITION"), unused);
        if (def.defaultValue) {
            InputCoercion::Failure failure;
            if (!m_coercion.coerceLiteral(*def.defaultValue, def.type, nullptr, &failure))
                error(failure.message, {failure.location});
        }
    }
    QSet<QString> used;
    for (const VariableUsage &u : usages) {
        used.insert(u.name);
        const VariableDefinition *def = defs.value(u.name);
        if (!def) {
            if (op.name.isEmpty())
                error(Text::tr("Variable \"$%1\" is not defined.").arg(u.name), {u.location, op.location});
            else
                error(Text::tr("Variable \"$%1\" is not defined by operation \"%2\".").arg(u.name, op.name),
                      {u.location, op.location});
            continue;
        }
        if (!u.expected.isValid())
            continue;
        TypeRef varType = def->type;
        const bool hasDefault = def->defaultValue && def->defaultValue->kind != ValueNode::Kind::Null;
        TypeRef expected = u.expected;
        if (expected.isNonNull() && !varType.isNonNull() && (hasDefault || u.locationHasDefault))
            expected = expected.ofType();
        if (!typesCompatible(varType, expected)) {
            error(Text::tr("Variable \"$%1\" of type \"%2\" used in position expecting type \"%3\".")
                      .arg(u.name, def->type.toString(), u.expected.toString()),
                  {def->location, u.location});
        }
    }
    for (const VariableDefinition &def : op.variables) {
        if (used.contains(def.name))
            continue;
        if (op.name.isEmpty())
            error(Text::tr("Variable \"$%1\" is never used.").arg(def.name), {def.location});
        else
            error(Text::tr("Variable \"$%1\" is never used in operation \"%2\".").arg(def.name, op.name),
                  {def.location});
    }
}

void Validator::walkSelections(const TypeDef *parentType, const QList<Selection> &selections, Scope &scope)
{
    for (const Selection &s : selections) {
        switch (s.kind) {
        case Selection::Kind::Field:
            checkDirectives(s.directives, QStringLiteral("FIELD"), scope);
            walkField(parentType, s, scope);
            break;
        case Selection::Kind::FragmentSpread: {
            checkDirectives(s.directives, QStringLiteral("FRAGMENT_SPREAD"), scope);
            scope.spreads.append(s.name);
            const FragmentDefinition *f = m_document.fragment(s.name);
            if (!f) {
                error(Text::tr("Unknown fragment \"%1\".").arg(s.name), {s.location});
                break;
            }
            const TypeDef *t = m_schema.type(f->typeCondition);
            if (parentType && t && t->kind == TypeKind::Object && t != parentType) {
                error(Text::tr(
                          "Fragment \"%1\" cannot be spread here as objects of type \"%2\" can never be of "
                          "type \"%3\".")
                          .arg(s.name, parentType->name, t->name),
                      {s.location});
            }
            break;
        }
        case Selection::Kind::InlineFragment: {
            checkDirectives(s.directives, QStringLiteral("INLINE_FRAGMENT"), scope);
            const TypeDef *t = parentType;
            if (!s.typeCondition.isEmpty()) {
                t = compositeType(s.typeCondition, s.location, QString());
                if (parentType && t && t != parentType) {
                    error(Text::tr(
                              "Fragment cannot be spread here as objects of type \"%1\" can never be of type "
                              "\"%2\".")
                              .arg(parentType->name, t->name),
                          {s.location});
                }
            }
            walkSelections(t, s.selectionSet, scope);
            break;
        }
        }
    }
}

void Validator::walkField(const TypeDef *parentType, const Selection &field, Scope &scope)
{
    const FieldDef *def = parentType ? m_schema.field(*parentType, field.name) : nullptr;
    if (parentType && !def)
        error(Text::tr("Cannot query field \"%1\" on type \"%2\".").arg(field.name, parentType->name),
              {field.location});
    checkArguments(field.arguments, def ? &def->args : nullptr,
                   def ? parentType->name + u'.' + def->name : QString(), false, field.location, scope);
    const TypeDef *fieldType = def ? m_schema.type(def->type.namedType()) : nullptr;
    if (fieldType) {
        if (fieldType->isLeaf() && field.hasSelectionSet) {
            error(Text::tr("Field \"%1\" must not have a selection since type \"%2\" has no subfields.")
                      .arg(field.name, def->type.toString()),
                  {field.selectionSet.isEmpty() ? field.location : field.selectionSet.first().location});
        } else if (!fieldType->isLeaf() && !field.hasSelectionSet) {
            error(Text::tr(
                      "Field \"%1\" of type \"%2\" must have a selection of subfields. Did you mean \"%1 { "
                      "... }\"?")
                      .arg(field.name, def->type.toString()),
                  {field.location});
        }
    }
    if (field.hasSelectionSet)
        walkSelections(fieldType && !fieldType->isLeaf() ? fieldType : nullptr, field.selectionSet, scope);
}

void Validator::checkArguments(const QList<Argument> &arguments, const QList<InputValueDef> *defs,
                               const QString &owner, bool isDirective, const Location &location, Scope &scope)
{
    QSet<QString> seen;
    for (const Argument &a : arguments) {
        if (seen.contains(a.name))
            error(Text::tr("There can be only one argument named \"%1\".").arg(a.name), {a.location});
        seen.insert(a.name);
        const InputValueDef *def = nullptr;
        if (defs) {
            for (const InputValueDef &d : *defs) {
                if (d.name == a.name)
                    def = &d;
            }
            if (!def) {
                error(isDirective
                          ? Text::tr("Unknown argument \"%1\" on directive \"@%2\".").arg(a.name, owner)
                          : Text::tr("Unknown argument \"%1\" on field \"%2\".").arg(a.name, owner),
                      {a.location});
            }
        }
        if (!def) {
            collectUsages(a.value, TypeRef(), false, scope);
            continue;
        }
        collectUsages(a.value, def->type, def->defaultValue.has_value(), scope);
        InputCoercion::Failure failure;
        if (!m_coercion.coerceLiteral(a.value, def->type, nullptr, &failure))
            error(failure.message, {failure.location});
    }
    if (!defs)
        return;
    for (const InputValueDef &d : *defs) {
        if (!d.type.isNonNull() || d.defaultValue || seen.contains(d.name))
            continue;
        if (isDirective)
            error(
                Text::tr(
                    "Directive \"@%1\" argument \"%2\" of type \"%3\" is required, but it was not provided.")
                    .arg(owner, d.name, d.type.toString()),
                {location});
        else
            error(
                Text::tr("Field \"%1\" argument \"%2\" of type \"%3\" is required, but it was not provided.")
                    .arg(owner.section(u'.', 1), d.name, d.type.toString()),
                {location});
    }
}

void Validator::checkDirectives(const QList<Directive> &directives, const QString &location, Scope &scope)
{
    QSet<QString> seen;
    for (const Directive &d : directives) {
        const DirectiveDef *def = m_schema.directive(d.name);
        if (!def) {
            error(Text::tr("Unknown directive \"@%1\".").arg(d.name), {d.location});
            checkArguments(d.arguments, nullptr, d.name, true, d.location, scope);
            continue;
        }
        if (!def->locations.contains(location))
            error(Text::tr("Directive \"@%1\" may not be used on %2.").arg(d.name, location), {d.location});
        if (seen.contains(d.name) && !def->repeatable)
            error(Text::tr("The directive \"@%1\" can only be used once at this location.").arg(d.name),
                  {d.location});
        seen.insert(d.name);
        checkArguments(d.arguments, &def->args, d.name, true, d.location, scope);
    }
}

void Validator::collectUsages(const ValueNode &node, const TypeRef &expected, bool hasDefault, Scope &scope)
{
    switch (node.kind) {
    case ValueNode::Kind::Variable:
        scope.usages.append({node.text, expected, hasDefault, node.location});
        return;
    case ValueNode::Kind::List: {
        const TypeRef &nullable = expected.isValid() ? expected.nullable() : expected;
        for (const ValueNode &item : node.items)
            collectUsages(item, nullable.isValid() && nullable.isList() ? nullable.ofType() : TypeRef(),
                          false, scope);
        return;
    }
    case ValueNode::Kind::Object: {
        const TypeDef *t = expected.isValid() ? m_schema.type(expected.namedType()) : nullptr;
        for (const ValueNode &item : node.items) {
            const InputValueDef *f =
                t && !expected.nullable().isList() ? t->inputFieldDef(item.name) : nullptr;
            collectUsages(item, f ? f->type : TypeRef(), f && f->defaultValue.has_value(), scope);
        }
        return;
    }
    default:
        return;
    }
}

bool Validator::checkSpreadDepth()
{
    QHash<QString, QStringList> spreadsOf;
    for (const FragmentDefinition &f : m_document.fragments) {
        QStringList names;
        collectSpreads(f.selectionSet, names);
        spreadsOf.insert(f.name, names);
    }
    // The longest chain of nested spreads from each fragment, found with an explicit stack so that
    // this check cannot exhaust the call stack itself. Spreads that close a cycle are skipped here;
    // checkFragmentCycles reports them.
    struct Frame
    {
        QString name;
        qsizetype next = 0;
        int longest = 0;
    };
    QHash<QString, int> chainOf;
    QSet<QString> onPath;
    for (const FragmentDefinition &f : m_document.fragments) {
        if (chainOf.contains(f.name))
            continue;
        QList<Frame> stack{{f.name}};
        onPath.insert(f.name);
        while (!stack.isEmpty()) {
            const QStringList spreads = spreadsOf.value(stack.last().name);
            if (stack.last().next < spreads.size()) {
                const QString spread = spreads.at(stack.last().next++);
                if (!spreadsOf.contains(spread) || onPath.contains(spread))
                    continue;
                if (const auto known = chainOf.constFind(spread); known != chainOf.cend()) {
                    stack.last().longest = std::max(stack.last().longest, *known);
                    continue;
                }
                onPath.insert(spread);
                stack.append({spread});
                continue;
            }
            const Frame done = stack.takeLast();
            const int length = done.longest + 1;
            if (length > MaxSpreadDepth) {
                error(Text::tr("Fragment spreads nest deeper than %1 levels.").arg(MaxSpreadDepth),
                      {m_document.fragment(done.name)->location});
                return false;
            }
            chainOf.insert(done.name, length);
            onPath.remove(done.name);
            if (!stack.isEmpty())
                stack.last().longest = std::max(stack.last().longest, length);
        }
    }
    return true;
}

void Validator::checkFragmentCycles()
{
    // Depth-first search over spreads; each cycle is reported once, at the spread that closes it.
    QSet<QString> done;
    for (const FragmentDefinition &f : m_document.fragments) {
        QStringList path;
        std::function<void(const QString &)> visit = [&](const QString &name) {
            if (done.contains(name) || !m_fragmentScopes.contains(name))
                return;
            path.append(name);
            for (const QString &spread : m_fragmentScopes[name].spreads) {
                const qsizetype at = path.indexOf(spread);
                if (at >= 0) {
                    QStringList via = path.mid(at + 1);
                    const FragmentDefinition *def = m_document.fragment(spread);
                    QString message =
                        via.isEmpty() ? Text::tr("Cannot spread fragment \"%1\" within itself.").arg(spread)
                                      : Text::tr("Cannot spread fragment \"%1\" within itself via %2.")
                                            .arg(spread, u'"' + via.join(QStringLiteral("\", \"")) + u'"');
                    error(message, {def ? def->location : Location()});
                    continue;
                }
                visit(spread);
            }
            path.removeLast();
            done.insert(name);
        };
        visit(f.name);
    }
}

} // namespace hookboard::graphql
