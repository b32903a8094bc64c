#include "resourcecatalog.h"

#include "common/jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace hookboard {

namespace {

class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(ResourceCatalog)
};

// ResourceEnum names become GraphQL enum values and database text: ^[A-Z][A-Z0-9_]*$.
bool isEnumName(const QString &name)
{
    if (name.isEmpty() || name.front() < u'A' || name.front() > u'Z')
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

const jsontext::Member *member(const QList<jsontext::Member> &members, QLatin1String name)
{
    for (const auto &m : members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

// A required (or, with required false, optional) string member; the Error names the field.
Result<QString> stringMember(const QList<jsontext::Member> &members, QLatin1String name,
                             const QString &prefix, bool required)
{
    const QString field = prefix + u'.' + name;
    const jsontext::Member *m = member(members, name);
    if (!m) {
        if (!required)
            return QString();
        return Error::badInput(field, QStringLiteral("required"),
                               CatalogText::tr("%1: is required and must be a string").arg(field));
    }
    auto text = jsontext::stringValue(m->value);
    if (!text)
        return Error::badInput(field, QStringLiteral("type"),
                               CatalogText::tr("%1: must be a string").arg(field));
    return *text;
}

Result<ResourceInfo> parseEntry(const QByteArray &entry, const QString &prefix)
{
    const auto members = jsontext::objectMembers(entry, prefix);
    if (!members)
        return members.error();

    ResourceInfo info;
    auto name = stringMember(*members, QLatin1String("name"), prefix, true);
    if (!name)
        return name.error();
    info.name = *name;
    if (!isEnumName(info.name)) {
        const QString field = prefix + QLatin1String(".name");
        return Error::badInput(
            field, QStringLiteral("pattern"),
            CatalogText::tr("%1: \"%2\" must be upper-case letters, digits and underscores, "
                            "starting with a letter")
                .arg(field, info.name));
    }
    auto title = stringMember(*members, QLatin1String("title"), prefix, true);
    if (!title)
        return title.error();
    if (title->trimmed().isEmpty()) {
        const QString field = prefix + QLatin1String(".title");
        return Error::badInput(field, QStringLiteral("required"),
                               CatalogText::tr("%1: must not be blank").arg(field));
    }
    info.title = *title;
    auto description = stringMember(*members, QLatin1String("description"), prefix, false);
    if (!description)
        return description.error();
    info.description = *description;

    const QString sampleField = prefix + QLatin1String(".sample");
    const jsontext::Member *sample = member(*members, QLatin1String("sample"));
    if (!sample)
        return Error::badInput(sampleField, QStringLiteral("required"),
                               CatalogText::tr("%1: is required and must be a JSON object").arg(sampleField));
    if (jsontext::kindOf(sample->value) != jsontext::Kind::Object)
        return Error::badInput(sampleField, QStringLiteral("json-object"),
                               CatalogText::tr("%1: must be a JSON object").arg(sampleField));
    info.sample = sample->value;
    return info;
}

} // namespace

const ResourceCatalog &ResourceCatalog::builtIn()
{
    static const ResourceCatalog catalog = [] {
        QFile file(QStringLiteral(":/hookboard/catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in resource catalog %s cannot be read: %s", qPrintable(file.fileName()),
                   qPrintable(file.errorString()));
        auto parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("The built-in resource catalog is broken: %s", qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return catalog;
}

Result<ResourceCatalog> ResourceCatalog::fromJson(QByteArrayView json)
{
    const auto top = jsontext::objectMembers(json, QStringLiteral("catalog"));
    if (!top)
        return top.error();
    const QString resourcesField = QStringLiteral("resources");
    const jsontext::Member *resources = member(*top, QLatin1String("resources"));
    if (!resources)
        return Error::badInput(
            resourcesField, QStringLiteral("required"),
            CatalogText::tr("%1: is required and must be an array of resources").arg(resourcesField));
    const auto entries = jsontext::arrayElements(resources->value, resourcesField);
    if (!entries)
        return entries.error();

    ResourceCatalog catalog;
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString prefix = QStringLiteral("resources[%1]").arg(i);
        auto info = parseEntry(entries->at(i), prefix);
        if (!info)
            return info.error();
        if (seen.contains(info->name)) {
            const QString field = prefix + QLatin1String(".name");
            return Error::badInput(
                field, QStringLiteral("unique"),
                CatalogText::tr("%1: \"%2\" is listed more than once").arg(field, info->name));
        }
        seen.insert(info->name);
        catalog.m_resources.append(std::move(info).value());
    }
    return catalog;
}

QStringList ResourceCatalog::names() const
{
    QStringList out;
    out.reserve(m_resources.size());
    for (const auto &info : m_resources)
        out.append(info.name);
    return out;
}

const ResourceInfo *ResourceCatalog::find(const QString &name) const
{
    for (const auto &info : m_resources) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

const QStringList &ResourceCatalog::actions()
{
    static const QStringList actions{QStringLiteral("CREATE"), QStringLiteral("UPDATE"),
                                     QStringLiteral("DELETE")};
    return actions;
}

} // namespace hookboard
