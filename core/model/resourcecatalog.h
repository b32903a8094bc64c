#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookboard {

// One entry of ResourceEnum, with a realistic sample payload for "send test event".
struct ResourceInfo
{
    QString name;        // "RUNS"
    QString title;       // "Runs"
    QString description; // one sentence for people
    QByteArray sample;   // compact JSON object text, numbers as written in the catalog
};

// The resources that can be subscribed to, kept as data in resources/catalog.json (compiled in as
// ":/hookboard/catalog.json") rather than as literals in code.
class ResourceCatalog
{
public:
    // The built-in catalog, loaded once. A broken built-in catalog is a build defect: it aborts.
    static const ResourceCatalog &builtIn();
    // Parses a catalog document: {"resources":[{"name","title","description","sample":{...}}]}.
    static Result<ResourceCatalog> fromJson(QByteArrayView json);

    const QList<ResourceInfo> &resources() const { return m_resources; }
    QStringList names() const;
    bool contains(const QString &name) const { return find(name) != nullptr; }
    const ResourceInfo *find(const QString &name) const;

    // The actions of enum WebhookSubscriptionActions: CREATE, UPDATE, DELETE.
    static const QStringList &actions();

private:
    QList<ResourceInfo> m_resources;
};

} // namespace hookboard
