#include "exampledocuments.h"

#include "service/webhookservice.h"
#include "widgets/prettyjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must be called outside any namespace; the documents live in this static library,
// where an unreferenced resource initialiser could be dropped by the linker.
static void initExampleResources()
{
    Q_INIT_RESOURCE(apiexplorer);
}

namespace hookboard {

namespace {

class Examples
{
    Q_DECLARE_TR_FUNCTIONS(ApiExplorer)
};

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/hookboard/apiexplorer/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The newest object of a page-by-page listing, by id.
template <typename T, typename Lister> std::optional<T> newest(Lister list)
{
    // The service pages oldest first, so the newest is the last of the last page.
    std::optional<T> last;
    qint64 after = 0;
    for (;;) {
        Result<Page<T>> page = list(after, 500);
        if (!page || page->items.isEmpty())
            return last;
        last = page->items.constLast();
        if (!page->hasNextPage)
            return last;
        after = last->id;
    }
}

QByteArray withInput(const QByteArray &variables, const QVariantMap &changes)
{
    QJsonObject root = QJsonDocument::fromJson(variables).object();
    QJsonObject input = root.value(u"input").toObject();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        input.insert(it.key(), QJsonValue::fromVariant(it.value()));
    root.insert(QStringLiteral("input"), input);
    return prettyJson(QJsonDocument(root).toJson(QJsonDocument::Compact)).toUtf8();
}

} // namespace

QList<ExampleDocument> ExampleDocuments::all()
{
    initExampleResources();
    const QList<QPair<QString, QString>> entries{
        {QStringLiteral("list-receivers"), Examples::tr("List receivers")},
        {QStringLiteral("list-subscriptions"), Examples::tr("List subscriptions")},
        {QStringLiteral("create-receiver"), Examples::tr("Create a receiver")},
        {QStringLiteral("create-subscription"), Examples::tr("Subscribe to new runs")},
        {QStringLiteral("disable-receiver"), Examples::tr("Disable a receiver")},
        {QStringLiteral("disable-subscription"), Examples::tr("Disable a subscription")},
        {QStringLiteral("send-test-event"), Examples::tr("Send a test event")},
        {QStringLiteral("failed-events"), Examples::tr("Failed deliveries")},
    };
    QList<ExampleDocument> examples;
    for (const auto &[key, title] : entries) {
        // The seeds come from a web page indented with no-break spaces, which GraphQL does not
        // count as white space; the editor shows them as the plain spaces /graphql reads them as.
        QString document = QString::fromUtf8(readResource(key + QStringLiteral(".graphql")));
        document.replace(QChar(0x00A0), QLatin1Char(' '));
        QByteArray variables = readResource(key + QStringLiteral(".json")).trimmed();
        variables.replace("\xc2\xa0", " ");
        ExampleDocument example{key, title, document, variables};
        examples.append(example);
    }
    return examples;
}

QByteArray ExampleDocuments::filledVariables(const ExampleDocument &example, const WebhookService &service,
                                             const QUrl &sandboxBin)
{
    const auto newestReceiver = [&] {
        return newest<Receiver>([&](qint64 after, int first) { return service.receivers({}, after, first); });
    };
    if (example.key == QLatin1String("create-receiver")) {
        if (sandboxBin.isEmpty())
            return example.variables;
        // A receiver aimed at the sandbox gets deliveries that can be watched on the Sandbox page.
        return withInput(example.variables, {{QStringLiteral("webhookUri"), sandboxBin.toString()}});
    }
    if (example.key == QLatin1String("create-subscription") ||
        example.key == QLatin1String("send-test-event")) {
        const std::optional<Receiver> receiver = newestReceiver();
        return receiver ? withInput(example.variables, {{QStringLiteral("receiverId"), receiver->id}})
                        : example.variables;
    }
    if (example.key == QLatin1String("disable-receiver")) {
        const std::optional<Receiver> receiver = newestReceiver();
        return receiver ? withInput(example.variables, {{QStringLiteral("id"), receiver->id},
                                                        {QStringLiteral("etag"), receiver->etag}})
                        : example.variables;
    }
    if (example.key == QLatin1String("disable-subscription")) {
        const std::optional<Subscription> subscription = newest<Subscription>(
            [&](qint64 after, int first) { return service.subscriptions({}, after, first); });
        return subscription ? withInput(example.variables, {{QStringLiteral("id"), subscription->id},
                                                            {QStringLiteral("etag"), subscription->etag}})
                            : example.variables;
    }
    return example.variables;
}

} // namespace hookboard
