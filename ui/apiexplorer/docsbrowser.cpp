#include "docsbrowser.h"

#include "graphqlclient.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hookboard {

DocsBrowser::DocsBrowser(GraphQlClient &client, QWidget *parent)
    : QWidget(parent), m_client(client), m_status(new QLabel(this)), m_back(new QToolButton(this)),
      m_view(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_back->setObjectName(QStringLiteral("docsBackButton"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("The type shown before this one"));
    m_back->setEnabled(false);
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (m_history.size() > 1) {
            m_history.removeLast();
            render();
        }
    });
    top->addWidget(m_back);
    m_status->setObjectName(QStringLiteral("docsStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_status, 1);
    auto *reloadButton = new QToolButton(this);
    reloadButton->setObjectName(QStringLiteral("reloadDocsButton"));
    reloadButton->setText(tr("Reload"));
    reloadButton->setToolTip(tr("Reads the schema from the running API again"));
    connect(reloadButton, &QToolButton::clicked, this, &DocsBrowser::reload);
    top->addWidget(reloadButton);
    layout->addLayout(top);
    setTabOrder(reloadButton, m_view); // the view was made first, but is below

    m_view->setObjectName(QStringLiteral("docsView"));
    m_view->setAccessibleName(tr("API documentation"));
    m_view->setOpenLinks(false);
    m_view->setToolTip(tr("Click a type to read its fields"));
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("type"))
            showType(url.path());
    });
    layout->addWidget(m_view, 1);
}

void DocsBrowser::reload()
{
    m_status->setText(tr("Reading the schema from the API…"));
    m_client.post(GraphQlClient::requestBody(QString::fromLatin1(GraphQlSchemaIndex::kIntrospectionQuery)),
                  this, [this](const GraphQlReply &reply) { showReply(reply); });
}

void DocsBrowser::showReply(const GraphQlReply &reply)
{
    if (const QString problem =
            GraphQlClient::noDataProblem(reply, tr("The API did not describe its schema: %1"));
        !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_schema = GraphQlSchemaIndex::fromIntrospection(
        QJsonDocument::fromJson(reply.body).object().value(u"data").toObject());
    m_status->setText(tr("As the running API describes it."));
    if (m_history.isEmpty())
        m_history.append(QString());
    render();
    emit schemaLoaded();
}

void DocsBrowser::showType(const QString &name)
{
    if (!m_history.isEmpty() && m_history.last() == name)
        return;
    m_history.append(name);
    render();
}

void DocsBrowser::render()
{
    const GraphQlSchemaIndex::Type *type = m_schema.type(currentType());
    m_view->setHtml(type ? typePage(*type) : startPage());
    m_back->setEnabled(m_history.size() > 1);
}

QString DocsBrowser::typeLink(const QString &typeText) const
{
    const QString name = GraphQlSchemaIndex::namedType(typeText);
    QString linked = typeText.toHtmlEscaped();
    linked.replace(name, QStringLiteral("<a href=\"type:%1\">%1</a>").arg(name));
    return linked;
}

QString DocsBrowser::startPage() const
{
    QString html = QStringLiteral("<h3>%1</h3><p>").arg(tr("Schema").toHtmlEscaped());
    if (!m_schema.queryType().isEmpty())
        html += tr("Queries: %1").arg(typeLink(m_schema.queryType())) + QStringLiteral("<br>");
    if (!m_schema.mutationType().isEmpty())
        html += tr("Mutations: %1").arg(typeLink(m_schema.mutationType()));
    html += QStringLiteral("</p><h4>%1</h4><p>").arg(tr("All types").toHtmlEscaped());
    QStringList links;
    for (const QString &name : m_schema.typeNames())
        links.append(typeLink(name));
    return html + links.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString DocsBrowser::typePage(const GraphQlSchemaIndex::Type &type) const
{
    QString html =
        QStringLiteral("<h3>%1</h3><p><i>%2</i></p>").arg(type.name.toHtmlEscaped(), type.kind.toLower());
    if (!type.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(type.description.toHtmlEscaped());
    for (const GraphQlSchemaIndex::Field &field : type.fields) {
        QString signature = QStringLiteral("<b>%1</b>").arg(field.name.toHtmlEscaped());
        if (!field.arguments.isEmpty()) {
            QStringList arguments;
            for (const GraphQlSchemaIndex::Field &argument : field.arguments) {
                QString text = argument.name.toHtmlEscaped() + QStringLiteral(": ") + typeLink(argument.type);
                if (!argument.defaultValue.isEmpty())
                    text += QStringLiteral(" = ") + argument.defaultValue.toHtmlEscaped();
                arguments.append(text);
            }
            signature += QLatin1Char('(') + arguments.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        signature += QStringLiteral(": ") + typeLink(field.type);
        if (field.deprecated)
            signature += QStringLiteral(" <i>%1</i>").arg(tr("(deprecated)").toHtmlEscaped());
        html += QStringLiteral("<p>%1").arg(signature);
        if (!field.description.isEmpty())
            html += QStringLiteral("<br>%1").arg(field.description.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    QStringList values;
    for (const QString &value : type.enumValues)
        values.append(QStringLiteral("<b>%1</b>").arg(value.toHtmlEscaped()));
    if (!values.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(values.join(QStringLiteral("<br>")));
    return html;
}

} // namespace hookboard
