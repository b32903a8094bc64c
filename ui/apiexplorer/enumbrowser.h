#pragma once

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace hookboard {

class GraphQlClient;
struct GraphQlReply;

// The schema's enums as a tree (type, then its values, each with its description), read by
// introspection from the running API, so it shows exactly what the API accepts.
class EnumBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit EnumBrowser(GraphQlClient &client, QWidget *parent = nullptr);

    // Asks the API for its enums again.
    void reload();
    bool isLoaded() const { return m_loaded; }
    QStandardItemModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    static const char *const kIntrospectionQuery;

signals:
    // A value was double-clicked: the caller may insert it into the document.
    void valueActivated(const QString &value);

private:
    void showReply(const GraphQlReply &reply);

    GraphQlClient &m_client;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QLabel *m_status;
    bool m_loaded = false;
};

} // namespace hookboard
