#include "enumbrowser.h"

#include "graphqlclient.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hookboard {

const char *const EnumBrowser::kIntrospectionQuery =
    "query EnumTypes { __schema { types { kind name description "
    "enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } } } }";

EnumBrowser::EnumBrowser(GraphQlClient &client, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new QStandardItemModel(this)), m_tree(new QTreeView(this)),
      m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("enumStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_status, 1);
    auto *reloadButton = new QToolButton(this);
    reloadButton->setObjectName(QStringLiteral("reloadEnumsButton"));
    reloadButton->setText(tr("Reload"));
    reloadButton->setToolTip(tr("Reads the enums from the running API again"));
    connect(reloadButton, &QToolButton::clicked, this, &EnumBrowser::reload);
    top->addWidget(reloadButton);
    layout->addLayout(top);
    setTabOrder(reloadButton, m_tree); // the tree was made first, but is below

    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Description")});
    m_tree->setObjectName(QStringLiteral("enumTree"));
    m_tree->setAccessibleName(tr("Enums and their values"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Double-click a value to insert it into the document"));
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex name = index.siblingAtColumn(0);
        if (name.parent().isValid())
            emit valueActivated(name.data().toString());
    });
    layout->addWidget(m_tree, 1);
}

void EnumBrowser::reload()
{
    m_status->setText(tr("Reading the enums from the API…"));
    m_client.post(GraphQlClient::requestBody(QString::fromLatin1(kIntrospectionQuery)), this,
                  [this](const GraphQlReply &reply) { showReply(reply); });
}

void EnumBrowser::showReply(const GraphQlReply &reply)
{
    if (const QString problem = GraphQlClient::noDataProblem(reply, tr("The API did not list its enums: %1"));
        !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    const QJsonArray types = QJsonDocument::fromJson(reply.body)
                                 .object()
                                 .value(u"data")
                                 .toObject()
                                 .value(u"__schema")
                                 .toObject()
                                 .value(u"types")
                                 .toArray();
    // Rebuilt in one go: the list is small, and a reset keeps views and testers simple.
    m_model->removeRows(0, m_model->rowCount());
    // Types by name (the schema's own order is arbitrary); values in the order the schema declares.
    QMap<QString, QList<QStandardItem *>> rows;
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        const QString name = type.value(u"name").toString();
        // The introspection system's own enums (__TypeKind, ...) are not part of this API.
        if (type.value(u"kind").toString() != QLatin1String("ENUM") || name.startsWith(QLatin1String("__")))
            continue;
        auto *typeItem = new QStandardItem(name);
        typeItem->setToolTip(type.value(u"description").toString());
        QFont bold = typeItem->font();
        bold.setBold(true);
        typeItem->setFont(bold);
        QList<QStandardItem *> typeRow{typeItem, new QStandardItem(type.value(u"description").toString())};
        for (const QJsonValue &enumValue : type.value(u"enumValues").toArray()) {
            const QJsonObject v = enumValue.toObject();
            QString description = v.value(u"description").toString();
            if (v.value(u"isDeprecated").toBool())
                description = tr("Deprecated: %1 %2")
                                  .arg(v.value(u"deprecationReason").toString(), description)
                                  .trimmed();
            auto *valueItem = new QStandardItem(v.value(u"name").toString());
            // The sidebar is narrow: the description is in the tooltip too.
            valueItem->setToolTip(
                description.isEmpty() ? tr("Double-click to insert %1").arg(valueItem->text()) : description);
            typeItem->appendRow({valueItem, new QStandardItem(description)});
        }
        rows.insert(name, typeRow);
    }
    for (const QList<QStandardItem *> &row : std::as_const(rows))
        m_model->appendRow(row);
    m_tree->resizeColumnToContents(0);
    m_loaded = true;
    m_status->setText(tr("As the running API lists them."));
}

} // namespace hookboard
