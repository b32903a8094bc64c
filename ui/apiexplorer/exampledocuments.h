#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace hookboard {

class WebhookService;

// One ready-to-run document of the API explorer.
struct ExampleDocument
{
    QString key;          // file name without extension, stable for tests and settings
    QString title;        // for the list
    QString document;     // GraphQL text
    QByteArray variables; // JSON object text, empty when the document takes none
};

// The API explorer's examples: the six documents of the ION seeds (listing, creating and disabling
// receivers and subscriptions) and two more, loaded from resources. Their example variables are
// filled from this store where that makes them runnable: the newest receiver's id and current etag,
// and the sandbox as the URL of a new receiver, instead of ids and etags that do not exist here.
class ExampleDocuments
{
public:
    // Every example, in the order the list shows them, with the variables from the resources.
    static QList<ExampleDocument> all();

    // example's variables with ids and etags from service and, for a new receiver, sandboxBin as
    // its URL (when not empty). Unchanged when the store holds nothing to point them at.
    static QByteArray filledVariables(const ExampleDocument &example, const WebhookService &service,
                                      const QUrl &sandboxBin);
};

} // namespace hookboard
