#include "graphql/engine.h"
#include "graphql/sdlprinter.h"
#include "graphqltestschema.h"

#include <QFile>
#include <QTest>

using namespace hookboard::graphql;

namespace {
QByteArray readData(const QString &name)
{
    QFile file(qEnvironmentVariable("HOOKBOARD_TEST_DATA") + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

class TestGraphQLIntrospection : public QObject
{
    Q_OBJECT

private slots:
    void fullIntrospectionQuery()
    {
        const QByteArray query = readData(QStringLiteral("introspection-query.graphql"));
        QVERIFY(!query.isEmpty());
        LibraryFixture fixture;
        const Response response = Engine::execute(fixture.schema, {QString::fromUtf8(query), {}, {}, {}});
        QVERIFY2(response.errors.isEmpty(), qPrintable(response.errors.value(0).message));
        const Value *schema = response.data->member(QStringLiteral("__schema"));
        QVERIFY(schema);
        QCOMPARE(schema->member(QStringLiteral("queryType"))->member(QStringLiteral("name"))->toString(),
                 QStringLiteral("Query"));
        QCOMPARE(schema->member(QStringLiteral("mutationType"))->member(QStringLiteral("name"))->toString(),
                 QStringLiteral("Mutation"));
        QStringList names;
        for (const Value &t : schema->member(QStringLiteral("types"))->items())
            names.append(t.member(QStringLiteral("name"))->toString());
        for (const char *expected :
             {"Query", "Mutation", "Book", "Author", "Genre", "BookFilter", "AddBookInput", "JSON", "String",
              "Int", "Boolean", "ID", "Float", "__Schema", "__Type"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QStringList directives;
        for (const Value &d : schema->member(QStringLiteral("directives"))->items())
            directives.append(d.member(QStringLiteral("name"))->toString());
        QCOMPARE(directives, (QStringList{QStringLiteral("include"), QStringLiteral("skip"),
                                          QStringLiteral("deprecated"), QStringLiteral("specifiedBy")}));

        // A test hook: write the result where a developer can feed it to graphql-js buildClientSchema.
        const QString dump = qEnvironmentVariable("HOOKBOARD_GRAPHQL_DUMP");
        if (!dump.isEmpty()) {
            QFile out(dump);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(response.toJson());
        }
    }

    void typeLookup_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("enum with deprecated value")
            << QStringLiteral(
                   "{ __type(name: \"Genre\") { kind enumValues(includeDeprecated: true) { name isDeprecated "
                   "deprecationReason } } }")
            << QByteArray(
                   "{\"data\":{\"__type\":{\"kind\":\"ENUM\",\"enumValues\":[{\"name\":\"FANTASY\","
                   "\"isDeprecated\":"
                   "false,\"deprecationReason\":null},{\"name\":\"SCIFI\",\"isDeprecated\":false,"
                   "\"deprecationReason\":null},{\"name\":\"HISTORY\",\"isDeprecated\":true,"
                   "\"deprecationReason\":"
                   "\"Use "
                   "NONFICTION.\"},{\"name\":\"NONFICTION\",\"isDeprecated\":false,\"deprecationReason\":"
                   "null}]}}}");
        QTest::newRow("deprecated values hidden by default")
            << QStringLiteral("{ __type(name: \"Genre\") { enumValues { name } } }")
            << QByteArray(
                   "{\"data\":{\"__type\":{\"enumValues\":[{\"name\":\"FANTASY\"},{\"name\":\"SCIFI\"},"
                   "{\"name\":\"NONFICTION\"}]}}}");
        QTest::newRow("wrapped types")
            << QStringLiteral(
                   "{ __type(name: \"Query\") { fields { name type { kind name ofType { kind name ofType "
                   "{ kind name ofType { kind name } } } } } } }")
            << QByteArray();
        QTest::newRow("unknown type is null") << QStringLiteral("{ __type(name: \"Nope\") { name } }")
                                              << QByteArray("{\"data\":{\"__type\":null}}");
        QTest::newRow("input defaults printed as GraphQL")
            << QStringLiteral("{ __type(name: \"AddBookInput\") { inputFields { name defaultValue } } }")
            << QByteArray(
                   "{\"data\":{\"__type\":{\"inputFields\":[{\"name\":\"title\",\"defaultValue\":null},"
                   "{\"name\":\"authorId\",\"defaultValue\":null},{\"name\":\"genre\",\"defaultValue\":"
                   "\"FANTASY\"},"
                   "{\"name\":\"details\",\"defaultValue\":null}]}}}");
        QTest::newRow("specifiedByURL")
            << QStringLiteral("{ __type(name: \"JSON\") { kind specifiedByURL } }")
            << QByteArray("{\"data\":{\"__type\":{\"kind\":\"SCALAR\",\"specifiedByURL\":"
                          "\"https://www.rfc-editor.org/rfc/rfc8259\"}}}");
    }

    void typeLookup()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, expected);
        LibraryFixture fixture;
        const Response response = Engine::execute(fixture.schema, {query, {}, {}, {}});
        QVERIFY2(response.errors.isEmpty(), qPrintable(response.errors.value(0).message));
        if (!expected.isEmpty())
            QCOMPARE(response.toJson(), expected);
    }

    void sdl()
    {
        LibraryFixture fixture;
        const QByteArray expected = readData(QStringLiteral("library-schema.graphql"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(SdlPrinter::print(fixture.schema), QString::fromUtf8(expected).trimmed());
    }
};

QTEST_GUILESS_MAIN(TestGraphQLIntrospection)
#include "tst_graphqlintrospection.moc"
