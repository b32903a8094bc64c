#pragma once

#include "graphqlschemaindex.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace hookboard {

class GraphQlClient;
struct GraphQlReply;

// The docs pane: the running API's types read by introspection, one page per type (its fields
// with their arguments and types, input fields, enum values, descriptions), linked from type to
// type, starting at the query and mutation roots; Back returns along the way taken.
class DocsBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit DocsBrowser(GraphQlClient &client, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return !m_schema.isEmpty(); }
    const GraphQlSchemaIndex &schema() const { return m_schema; }
    // Shows the page of the named type (the start page for an empty name).
    void showType(const QString &name);
    QString currentType() const { return m_history.isEmpty() ? QString() : m_history.last(); }
    QTextBrowser *view() const { return m_view; }

signals:
    void schemaLoaded();

private:
    void showReply(const GraphQlReply &reply);
    void render();
    QString startPage() const;
    QString typePage(const GraphQlSchemaIndex::Type &type) const;
    QString typeLink(const QString &typeText) const;

    GraphQlClient &m_client;
    GraphQlSchemaIndex m_schema;
    QLabel *m_status;
    QToolButton *m_back;
    QTextBrowser *m_view;
    QStringList m_history; // type names shown, the current last; "" is the start page
};

} // namespace hookboard
