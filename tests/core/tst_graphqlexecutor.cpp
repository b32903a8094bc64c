#include "graphql/engine.h"
#include "graphql/executor.h"
#include "graphqltestschema.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace hookboard;
using namespace hookboard::graphql;

// Documents and JSON are ordinary string literals: moc in Qt 6.4 misreads raw strings that hold
// backslashes or an odd number of quotes.

class TestGraphQLExecutor : public QObject
{
    Q_OBJECT

private slots:
    void execute_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("variables");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("simple") << QStringLiteral("{ book(id: 1) { title } }") << QByteArray()
                                << QByteArray("{\"data\":{\"book\":{\"title\":\"Dune\"}}}");
        QTest::newRow("ID literal as string")
            << QStringLiteral("{ book(id: \"2\") { id title } }") << QByteArray()
            << QByteArray("{\"data\":{\"book\":{\"id\":\"2\",\"title\":\"The Hobbit\"}}}");
        QTest::newRow("ID variable as int")
            << QStringLiteral("query($id: ID!) { book(id: $id) { id } }") << QByteArray("{\"id\":3}")
            << QByteArray("{\"data\":{\"book\":{\"id\":\"3\"}}}");
        QTest::newRow("ID variable as string")
            << QStringLiteral("query($id: ID!) { book(id: $id) { id } }") << QByteArray("{\"id\":\"3\"}")
            << QByteArray("{\"data\":{\"book\":{\"id\":\"3\"}}}");
        QTest::newRow("variable default")
            << QStringLiteral("query($n: Int = 1) { books(first: $n) { title } }") << QByteArray()
            << QByteArray("{\"data\":{\"books\":[{\"title\":\"Dune\"}]}}");
        QTest::newRow("variable default overridden")
            << QStringLiteral("query($n: Int = 1) { books(first: $n) { id } }") << QByteArray("{\"n\":2}")
            << QByteArray("{\"data\":{\"books\":[{\"id\":\"1\"},{\"id\":\"2\"}]}}");
        QTest::newRow("argument default")
            << QStringLiteral("{ books { id } }") << QByteArray()
            << QByteArray("{\"data\":{\"books\":[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"}]}}");
        QTest::newRow("enum literal in input")
            << QStringLiteral("{ books(filter: {genre: SCIFI, minYear: 1970}) { title genre } }")
            << QByteArray()
            << QByteArray("{\"data\":{\"books\":[{\"title\":\"Children of Dune\",\"genre\":\"SCIFI\"}]}}");
        QTest::newRow("enum variable")
            << QStringLiteral("query($g: Genre) { books(filter: {genre: $g}) { id } }")
            << QByteArray("{\"g\":\"FANTASY\"}") << QByteArray("{\"data\":{\"books\":[{\"id\":\"2\"}]}}");
        QTest::newRow("unknown enum variable")
            << QStringLiteral("query($g: Genre) { books(filter: {genre: $g}) { id } }")
            << QByteArray("{\"g\":\"POETRY\"}")
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Variable \\\"$g\\\" got invalid value \\\"POETRY\\\"; Value "
                   "\\\"POETRY\\\" does not exist in \\\"Genre\\\" "
                   "enum.\",\"locations\":[{\"line\":1,\"column\":7}],"
                   "\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
        QTest::newRow("list coercion of a single value")
            << QStringLiteral("query($t: [String!]) { books(filter: {titles: $t}) { id } }")
            << QByteArray("{\"t\":\"Dune\"}") << QByteArray("{\"data\":{\"books\":[{\"id\":\"1\"}]}}");
        QTest::newRow("list literal")
            << QStringLiteral("{ books(filter: {titles: [\"Dune\", \"The Hobbit\"]}) { id } }")
            << QByteArray() << QByteArray("{\"data\":{\"books\":[{\"id\":\"1\"},{\"id\":\"2\"}]}}");
        QTest::newRow("nested input with defaults")
            << QStringLiteral("query($in: AddBookInput!) { echoInput(input: $in) }")
            << QByteArray(
                   "{\"in\":{\"title\":\"T\",\"authorId\":7,\"details\":{\"pages\":10,\"tags\":\"x\"}}}")
            << QByteArray("{\"data\":{\"echoInput\":\"{\\\"title\\\":\\\"T\\\",\\\"authorId\\\":\\\"7\\\","
                          "\\\"genre\\\":"
                          "\\\"FANTASY\\\",\\\"details\\\":{\\\"pages\\\":10,\\\"tags\\\":[\\\"x\\\"]}}\"}}");
        QTest::newRow("nested input missing field")
            << QStringLiteral("query($in: AddBookInput!) { echoInput(input: $in) }")
            << QByteArray("{\"in\":{\"title\":\"T\",\"details\":{\"pages\":\"many\"}}}")
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Variable \\\"$in\\\" got invalid value "
                   "{\\\"title\\\":\\\"T\\\",\\\"details\\\":{\\\"pages\\\":\\\"many\\\"}}; Field "
                   "\\\"authorId\\\" of "
                   "required type \\\"ID!\\\" was not provided.\",\"locations\":[{\"line\":1,\"column\":7}],"
                   "\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
        QTest::newRow("nested input bad leaf")
            << QStringLiteral("query($in: AddBookInput!) { echoInput(input: $in) }")
            << QByteArray("{\"in\":{\"title\":\"T\",\"authorId\":1,\"details\":{\"pages\":\"many\"}}}")
            << QByteArray("{\"errors\":[{\"message\":\"Variable \\\"$in\\\" got invalid value "
                          "{\\\"title\\\":\\\"T\\\",\\\"authorId\\\":1,\\\"details\\\":{\\\"pages\\\":"
                          "\\\"many\\\"}} at "
                          "\\\"in.details.pages\\\"; Int cannot represent non-integer value: "
                          "\\\"many\\\"\",\"locations\":"
                          "[{\"line\":1,\"column\":7}],\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
        QTest::newRow("Int out of 32-bit range")
            << QStringLiteral("query($v: Int) { echoInt(value: $v) }") << QByteArray("{\"v\":2147483648}")
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Variable \\\"$v\\\" got invalid value 2147483648; Int cannot "
                   "represent non 32-bit signed integer value: "
                   "2147483648\",\"locations\":[{\"line\":1,\"column\":7}],"
                   "\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
        QTest::newRow("required variable missing")
            << QStringLiteral("query($id: ID!) { book(id: $id) { id } }") << QByteArray("{}")
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Variable \\\"$id\\\" of required type \\\"ID!\\\" was not "
                   "provided.\",\"locations\":[{\"line\":1,\"column\":7}],\"extensions\":{\"code\":\"BAD_"
                   "USER_INPUT\"}}]}");
        QTest::newRow("fragments and aliases")
            << QStringLiteral(
                   "query { a: book(id: 1) { ...F } b: book(id: 2) { ... on Book { t: title } } }\n"
                   "fragment F on Book { title author { name } }")
            << QByteArray()
            << QByteArray("{\"data\":{\"a\":{\"title\":\"Dune\",\"author\":{\"name\":\"Frank Herbert\"}},"
                          "\"b\":{\"t\":\"The Hobbit\"}}}");
        QTest::newRow("field merging keeps first position")
            << QStringLiteral("{ book(id: 1) { title ...F id } } fragment F on Book { id title year }")
            << QByteArray()
            << QByteArray("{\"data\":{\"book\":{\"title\":\"Dune\",\"id\":\"1\",\"year\":1965}}}");
        QTest::newRow("skip and include")
            << QStringLiteral(
                   "query($yes: Boolean!) { book(id: 1) { title @skip(if: $yes) year @include(if: $yes) "
                   "... on Book @skip(if: true) { id } } }")
            << QByteArray("{\"yes\":true}") << QByteArray("{\"data\":{\"book\":{\"year\":1965}}}");
        QTest::newRow("__typename")
            << QStringLiteral("{ __typename book(id: 1) { __typename author { __typename } } }")
            << QByteArray()
            << QByteArray("{\"data\":{\"__typename\":\"Query\",\"book\":{\"__typename\":\"Book\","
                          "\"author\":{\"__typename\":\"Author\"}}}}");
        QTest::newRow("resolver error with path")
            << QStringLiteral("{ books(first: 2) { id isbn } }") << QByteArray()
            << QByteArray(
                   "{\"data\":{\"books\":[{\"id\":\"1\",\"isbn\":null},{\"id\":\"2\",\"isbn\":null}]},"
                   "\"errors\":[{\"message\":\"isbn: there is no ISBN with id 7\",\"locations\":[{\"line\":1,"
                   "\"column\":24}],\"path\":[\"books\",0,\"isbn\"],\"extensions\":{\"code\":\"NOT_FOUND\","
                   "\"field\":\"isbn\",\"rule\":\"exists\"}},{\"message\":\"isbn: there is no ISBN with id "
                   "7\","
                   "\"locations\":[{\"line\":1,\"column\":24}],\"path\":[\"books\",1,\"isbn\"],"
                   "\"extensions\":{"
                   "\"code\":\"NOT_FOUND\",\"field\":\"isbn\",\"rule\":\"exists\"}}]}");
        QTest::newRow("null propagation to nullable parent")
            << QStringLiteral("{ book(id: 1) { id publisher } other: book(id: 2) { id } }") << QByteArray()
            << QByteArray(
                   "{\"data\":{\"book\":null,\"other\":{\"id\":\"2\"}},\"errors\":[{\"message\":\"Cannot "
                   "return "
                   "null for non-nullable field Book.publisher.\",\"locations\":[{\"line\":1,\"column\":20}],"
                   "\"path\":[\"book\",\"publisher\"],\"extensions\":{\"code\":\"INTERNAL\"}}]}");
        QTest::newRow("null propagation through non-null list to root")
            << QStringLiteral("{ books(first: 1) { publisher } }") << QByteArray()
            << QByteArray(
                   "{\"data\":null,\"errors\":[{\"message\":\"Cannot return null for non-nullable field "
                   "Book.publisher.\",\"locations\":[{\"line\":1,\"column\":21}],\"path\":[\"books\",0,"
                   "\"publisher\"],\"extensions\":{\"code\":\"INTERNAL\"}}]}");
        QTest::newRow("raw JSON out byte-exact")
            << QStringLiteral("{ payload }") << QByteArray()
            << QByteArray("{\"data\":{\"payload\":{\"big\":12345678901234567890,\"f\":1.50}}}");
        QTest::newRow("raw JSON through variables")
            << QStringLiteral("query($v: JSON) { echo(value: $v) }")
            << QByteArray("{\"v\":{\"n\":12345678901234567890,\"l\":[1e400,-0.0]}}")
            << QByteArray("{\"data\":{\"echo\":{\"n\":12345678901234567890,\"l\":[1e400,-0.0]}}}");
        QTest::newRow("raw JSON from literal")
            << QStringLiteral("{ echo(value: {n: 12345678901234567890, s: \"x\", e: RED}) }") << QByteArray()
            << QByteArray("{\"data\":{\"echo\":{\"n\":12345678901234567890,\"s\":\"x\",\"e\":\"RED\"}}}");
        QTest::newRow("operation name picks")
            << QStringLiteral("query A { book(id: 1) { id } } query B { book(id: 2) { id } }") << QByteArray()
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Must provide operation name if query contains multiple "
                   "operations.\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
        QTest::newRow("parse error")
            << QStringLiteral("{ book(id: 1) { id }") << QByteArray()
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found <EOF>.\",\"locations\":"
                   "[{\"line\":1,\"column\":21}],\"extensions\":{\"code\":\"GRAPHQL_PARSE_FAILED\"}}]}");
        QTest::newRow("validation error")
            << QStringLiteral("{ book(id: 1) { nope } }") << QByteArray()
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Book\\\".\","
                   "\"locations\":[{\"line\":1,\"column\":17}],\"extensions\":{\"code\":"
                   "\"GRAPHQL_VALIDATION_FAILED\"}}]}");
        QTest::newRow("variables not an object")
            << QStringLiteral("{ book(id: 1) { id } }") << QByteArray("[1]")
            << QByteArray(
                   "{\"errors\":[{\"message\":\"Variables must be provided as an object.\",\"extensions\":"
                   "{\"code\":\"BAD_USER_INPUT\"}}]}");
    }

    void execute()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, variables);
        QFETCH(QByteArray, expected);
        LibraryFixture fixture;
        QVERIFY(fixture.schema.check().ok());
        const Response response =
            Engine::execute(fixture.schema, {query, variables, std::nullopt, QString()});
        QCOMPARE(response.toJson(), expected);
    }

    void operationName()
    {
        LibraryFixture fixture;
        const Response response = Engine::execute(
            fixture.schema, {QStringLiteral("query A { book(id: 1) { id } } query B { book(id: 2) { id } }"),
                             {},
                             {},
                             QStringLiteral("B")});
        QCOMPARE(response.toJson(), QByteArray("{\"data\":{\"book\":{\"id\":\"2\"}}}"));
    }

    void mutationsRunSerially()
    {
        LibraryFixture fixture;
        const Response response = Engine::execute(
            fixture.schema,
            {QStringLiteral("mutation { a: appendLog(entry: \"one\") b: appendLog(entry: \"two\") "
                            "c: appendLog(entry: \"three\") }"),
             {},
             {},
             {}});
        QCOMPARE(response.toJson(), QByteArray("{\"data\":{\"a\":[\"one\"],\"b\":[\"one\",\"two\"],"
                                               "\"c\":[\"one\",\"two\",\"three\"]}}"));
    }

    void mutationThenQuery()
    {
        LibraryFixture fixture;
        Response response = Engine::execute(
            fixture.schema,
            {QStringLiteral("mutation($in: AddBookInput!) { addBook(input: $in) { id title genre } }"),
             QByteArray("{\"in\":{\"title\":\"Emma\",\"authorId\":\"a3\",\"genre\":\"HISTORY\"}}"),
             {},
             {}});
        QCOMPARE(
            response.toJson(),
            QByteArray("{\"data\":{\"addBook\":{\"id\":\"4\",\"title\":\"Emma\",\"genre\":\"HISTORY\"}}}"));
        response = Engine::execute(fixture.schema, {QStringLiteral("{ book(id: 4) { title } }"), {}, {}, {}});
        QCOMPARE(response.toJson(), QByteArray("{\"data\":{\"book\":{\"title\":\"Emma\"}}}"));
    }

    void userContextAndHostSource()
    {
        Schema schema;
        struct Item
        {
            int n;
        };
        schema.addObject(QStringLiteral("Item"))
            .field(QStringLiteral("n"), QStringLiteral("Int!"), [](const ResolveContext &c) -> Result<Value> {
                return Value::fromInt(c.source<Item>()->n * *static_cast<int *>(c.userContext));
            });
        schema.addObject(QStringLiteral("Query"))
            .field(QStringLiteral("item"), QStringLiteral("Item!"),
                   [](const ResolveContext &) -> Result<Value> { return Value::fromHost(Item{21}); });
        QVERIFY(schema.check().ok());
        int factor = 2;
        const Response response =
            Engine::execute(schema, {QStringLiteral("{ item { n } }"), {}, {}, {}}, &factor);
        QCOMPARE(response.toJson(), QByteArray("{\"data\":{\"item\":{\"n\":42}}}"));
    }

    void limitsRefuseWithoutResolving_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");

        QString big = QStringLiteral("{ book(id: 1) { id } }");
        big += QString(100 * 1024, u' ');
        QTest::newRow("over 100 KB") << big << QStringLiteral("GRAPHQL_PARSE_FAILED");

        auto nested = [](int depth) {
            // Book.author.books.author... alternates, so every level is a real selection set.
            QString q = QStringLiteral("{ book(id: 1) ");
            int open = 1;
            for (int i = 1; i < depth - 1; ++i) {
                q += i % 2 ? QStringLiteral("{ author ") : QStringLiteral("{ books ");
                ++open;
            }
            q += QStringLiteral("{ id ");
            ++open;
            q += QString(open, u'}');
            return q;
        };
        QTest::newRow("depth 16") << nested(16) << QStringLiteral("GRAPHQL_VALIDATION_FAILED");
        QTest::newRow("depth 16 through fragments")
            << QStringLiteral(
                   "{ book(id: 1) { author { books { author { ...A } } } } }\n"
                   "fragment A on Author { books { author { books { author { ...B } } } } }\n"
                   "fragment B on Author { books { author { books { author { books { author { books { id "
                   "} } } } } } } }")
            << QStringLiteral("GRAPHQL_VALIDATION_FAILED");

        QString many = QStringLiteral("{ book(id: 1) {");
        for (int i = 0; i < 2000; ++i)
            many += QStringLiteral(" f%1: id").arg(i);
        many += QStringLiteral(" } }");
        QTest::newRow("2001 fields") << many << QStringLiteral("GRAPHQL_VALIDATION_FAILED");
        QTest::newRow("2001 fields through fragments")
            << QStringLiteral(
                   "{ book(id: 1) { ...A ...A2 } }\n"
                   "fragment A on Book { author { books { ...B } } }\n"
                   "fragment A2 on Book { author { books { ...B } } }\n"
                   "fragment B on Book { a: id b: id c: id d: id e: id f: id g: id h: id i: id j: id }")
            << QStringLiteral("ok");
    }

    void limitsRefuseWithoutResolving()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        LibraryFixture fixture;
        const Response response = Engine::execute(fixture.schema, {query, {}, {}, {}});
        if (code == QLatin1String("ok")) {
            QVERIFY2(response.errors.isEmpty(), response.toJson().constData());
            return;
        }
        QCOMPARE(response.errors.size(), 1);
        QCOMPARE(response.errors.first().code, code);
        QVERIFY(!response.data.has_value());
        QCOMPARE(fixture.resolverCalls, 0);
    }

    // Depth 15 passes the depth limit; nested lists that deep then meet the cost budget, which
    // refuses them before any resolver runs.
    void depthFifteenMeetsTheCostBudgetNotTheDepthLimit()
    {
        LibraryFixture fixture;
        QString q = QStringLiteral("{ book(id: 1) ");
        for (int i = 1; i < 14; ++i)
            q += i % 2 ? QStringLiteral("{ author ") : QStringLiteral("{ books ");
        q += QStringLiteral("{ id ") + QString(15, u'}');
        const Response response = Engine::execute(fixture.schema, {q, {}, {}, {}});
        QCOMPARE(response.errors.size(), 1);
        QVERIFY2(response.errors.first().message.contains(QLatin1String("100000 objects (the budget)")),
                 response.toJson().constData());
        QCOMPARE(fixture.resolverCalls, 0);
    }

    void depthFifteenWithinTheBudgetRuns()
    {
        LibraryFixture fixture;
        // Three list levels of at most 10, 50 and 50: 10 + 10 * (1 + 50 * (1 + 50)) objects.
        const QString q = QStringLiteral("{ books { author { books { author { books { id } } } } } }");
        const Response response = Engine::execute(fixture.schema, {q, {}, {}, {}});
        QVERIFY2(response.errors.isEmpty(), response.toJson().constData());
        QVERIFY(fixture.resolverCalls > 0);
    }

    // `first` counts, given as a literal or through a variable.
    void firstSizesTheEstimate()
    {
        LibraryFixture fixture;
        const QString q =
            QStringLiteral("query($n: Int) { books(first: $n) { author { books { author { books "
                           "{ author { id } } } } } } }");
        // 10 * 50 * 50 * 3 levels is within the budget; 100 is not.
        QVERIFY(Engine::execute(fixture.schema, {q, "{\"n\":10}", {}, {}}).errors.isEmpty());
        const Response refused = Engine::execute(fixture.schema, {q, "{\"n\":100}", {}, {}});
        QCOMPARE(refused.errors.size(), 1);
        const QList<Value::Member> extensions = refused.errors.first().extensions;
        QVERIFY(extensions.contains(
            Value::Member{QStringLiteral("rule"), Value::fromString(QStringLiteral("cost"))}));
    }

    // Introspection is bounded by the schema itself and never counted.
    void introspectionIsNotCounted()
    {
        LibraryFixture fixture;
        const QString q = QStringLiteral(
            "{ __schema { types { fields { args { type { ofType { ofType { name } } } } } } } }");
        const Response response = Engine::execute(fixture.schema, {q, {}, {}, {}});
        QVERIFY2(response.errors.isEmpty(), response.toJson().left(300).constData());
    }

    void errorsAreCapped()
    {
        QString q = QStringLiteral("{");
        for (int i = 0; i < 300; ++i)
            q += QStringLiteral(" e%1: payloadFails").arg(i);
        q += u'}';
        Schema schema;
        TypeDef &query = schema.addObject(QStringLiteral("Query"));
        query.field(QStringLiteral("payloadFails"), QStringLiteral("String"),
                    [](const ResolveContext &) -> Result<Value> {
                        return Error::badInput(QStringLiteral("x"), QStringLiteral("rule"),
                                               QStringLiteral("no"));
                    });
        schema.setQueryType(QStringLiteral("Query"));
        const Response response = Engine::execute(schema, {q, {}, {}, {}});
        QCOMPARE(response.errors.size(), Executor::MaxErrors + 1);
        QVERIFY(response.errors.last().message.contains(QLatin1String("the rest are not shown")));
    }

    void responseSizeIsBounded()
    {
        Schema schema;
        TypeDef &query = schema.addObject(QStringLiteral("Query"));
        int calls = 0;
        query.field(QStringLiteral("mebibyte"), QStringLiteral("String"),
                    [&calls](const ResolveContext &) -> Result<Value> {
                        ++calls;
                        return Value::fromString(QString(1024 * 1024, u'x'));
                    });
        schema.setQueryType(QStringLiteral("Query"));
        QString q = QStringLiteral("{");
        for (int i = 0; i < 100; ++i)
            q += QStringLiteral(" m%1: mebibyte").arg(i);
        q += u'}';
        const Response response = Engine::execute(schema, {q, {}, {}, {}});
        QCOMPARE(response.errors.size(), 1);
        QVERIFY2(response.errors.first().message.contains(QLatin1String("larger than 32 MiB")),
                 qPrintable(response.errors.first().message));
        QVERIFY(calls <= 34); // stopped soon after the limit, not after all 100
    }

    void executionTimeIsBounded()
    {
        Schema schema;
        TypeDef &query = schema.addObject(QStringLiteral("Query"));
        int calls = 0;
        query.field(QStringLiteral("slow"), QStringLiteral("Int"),
                    [&calls](const ResolveContext &) -> Result<Value> {
                        ++calls;
                        QThread::msleep(200);
                        return Value::fromInt(1);
                    });
        schema.setQueryType(QStringLiteral("Query"));
        QString q = QStringLiteral("{");
        for (int i = 0; i < 100; ++i)
            q += QStringLiteral(" s%1: slow").arg(i);
        q += u'}';
        QElapsedTimer timer;
        timer.start();
        const Response response = Engine::execute(schema, {q, {}, {}, {}});
        QVERIFY(timer.elapsed() < Executor::MaxExecutionMs + 2000);
        QCOMPARE(response.errors.size(), 1);
        QVERIFY2(response.errors.first().message.contains(QLatin1String("ran longer than 10 s")),
                 qPrintable(response.errors.first().message));
        QVERIFY(calls < 100);
    }

    void exactly2000FieldsRun()
    {
        LibraryFixture fixture;
        QString many = QStringLiteral("{ book(id: 1) {");
        for (int i = 0; i < 1999; ++i)
            many += QStringLiteral(" f%1: id").arg(i);
        many += QStringLiteral(" } }");
        const Response response = Engine::execute(fixture.schema, {many, {}, {}, {}});
        QVERIFY2(response.errors.isEmpty(), response.toJson().left(300).constData());
    }
};

QTEST_GUILESS_MAIN(TestGraphQLExecutor)
#include "tst_graphqlexecutor.moc"
