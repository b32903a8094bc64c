#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookboard {

// The running API's schema as introspection describes it, for the API explorer's field completion
// and docs pane: types by name with their fields, arguments, input fields and enum values.
class GraphQlSchemaIndex
{
public:
    struct Field
    {
        QString name;
        QString type; // as written in a document: "[WebhookHeader!]!"
        QString description;
        QList<Field> arguments; // of a field; empty for input fields and arguments
        QString defaultValue;
        bool deprecated = false;
    };
    struct Type
    {
        QString kind; // OBJECT, INPUT_OBJECT, ENUM, SCALAR, INTERFACE, UNION
        QString name;
        QString description;
        QList<Field> fields; // an object's fields or an input object's input fields
        QStringList enumValues;
    };
    // What completion offers at a position: the word typed so far and what may replace it.
    struct Completion
    {
        QString prefix;
        QStringList candidates; // sorted; all of them, not yet filtered by prefix
    };

    static const char *const kIntrospectionQuery;

    // From the "data" object of kIntrospectionQuery's answer; empty when it holds no schema.
    static GraphQlSchemaIndex fromIntrospection(const QJsonObject &data);

    bool isEmpty() const { return m_types.isEmpty(); }
    const Type *type(const QString &name) const;
    QString queryType() const { return m_queryType; }
    QString mutationType() const { return m_mutationType; }
    // The API's own named types (not the introspection system's "__" ones), sorted by name.
    QStringList typeNames() const;

    // What fits at position in document: the fields of the selection set the cursor is in (with
    // __typename), the arguments inside a field's parentheses, the operation keywords at the top.
    Completion completionsAt(const QString &document, int position) const;

    // "[WebhookHeader!]!" -> "WebhookHeader".
    static QString namedType(const QString &typeText);

private:
    const Field *field(const QString &typeName, const QString &fieldName) const;

    QHash<QString, Type> m_types;
    QString m_queryType;
    QString m_mutationType;
};

} // namespace hookboard
