#include "graphql/parser.h"
#include "graphql/validator.h"
#include "graphqltestschema.h"

#include <QTest>

using namespace hookboard::graphql;

// Ordinary string literals only: moc in Qt 6.4 misreads raw strings with backslashes.

class TestGraphQLValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        auto valid = [](const char *name, const QString &doc) {
            QTest::newRow(name) << doc << QString() << 0 << 0;
        };
        auto invalid = [](const char *name, const QString &doc, const QString &message, int line,
                          int column) {
            QTest::newRow(name) << doc << message << line << column;
        };

        // Operations
        valid("named operations", QStringLiteral("query A { books { id } } query B { books { id } }"));
        invalid("duplicate operation name",
                QStringLiteral("query A { books { id } } query A { books { id } }"),
                QStringLiteral("There can be only one operation named \"A\"."), 1, 1);
        invalid("anonymous not alone", QStringLiteral("{ books { id } } query B { books { id } }"),
                QStringLiteral("This anonymous operation must be the only defined operation."), 1, 1);
        invalid("subscription unsupported", QStringLiteral("subscription { books { id } }"),
                QStringLiteral("Schema is not configured for subscriptions."), 1, 1);
        // Fields
        valid("fields exist", QStringLiteral("{ books { id title author { name } } }"));
        invalid("unknown field", QStringLiteral("{ books { id nope } }"),
                QStringLiteral("Cannot query field \"nope\" on type \"Book\"."), 1, 14);
        invalid("__schema only on the root", QStringLiteral("{ books { __schema { types { name } } } }"),
                QStringLiteral("Cannot query field \"__schema\" on type \"Book\"."), 1, 11);
        invalid("leaf with selection", QStringLiteral("{ books { title { x } } }"),
                QStringLiteral(
                    "Field \"title\" must not have a selection since type \"String!\" has no subfields."),
                1, 19);
        invalid("object without selection", QStringLiteral("{ books }"),
                QStringLiteral("Field \"books\" of type \"[Book!]!\" must have a selection of subfields. Did "
                               "you mean \"books { ... }\"?"),
                1, 3);
        // Arguments
        invalid("unknown argument", QStringLiteral("{ book(id: 1, x: 2) { id } }"),
                QStringLiteral("Unknown argument \"x\" on field \"Query.book\"."), 1, 15);
        invalid("missing required argument", QStringLiteral("{ book { id } }"),
                QStringLiteral(
                    "Field \"book\" argument \"id\" of type \"ID!\" is required, but it was not provided."),
                1, 3);
        invalid("duplicate argument", QStringLiteral("{ book(id: 1, id: 2) { id } }"),
                QStringLiteral("There can be only one argument named \"id\"."), 1, 15);
        invalid("wrong literal type", QStringLiteral("{ books(first: \"ten\") { id } }"),
                QStringLiteral("Expected value of type \"Int\", found \"ten\"; Int cannot represent "
                               "non-integer value: \"ten\""),
                1, 16);
        invalid("Int literal out of range", QStringLiteral("{ books(first: 3000000000) { id } }"),
                QStringLiteral("Expected value of type \"Int\", found 3000000000; Int cannot represent non "
                               "32-bit signed integer value: 3000000000"),
                1, 16);
        invalid("null for required", QStringLiteral("{ book(id: null) { id } }"),
                QStringLiteral("Expected value of type \"ID!\", found null."), 1, 12);
        invalid("unknown enum literal", QStringLiteral("{ books(filter: {genre: POETRY}) { id } }"),
                QStringLiteral("Value \"POETRY\" does not exist in \"Genre\" enum."), 1, 25);
        invalid("string for enum", QStringLiteral("{ books(filter: {genre: \"SCIFI\"}) { id } }"),
                QStringLiteral("Expected value of type \"Genre\", found \"SCIFI\"; Enum \"Genre\" cannot "
                               "represent non-enum value: \"SCIFI\"."),
                1, 25);
        invalid("unknown input field", QStringLiteral("{ books(filter: {colour: RED}) { id } }"),
                QStringLiteral("Field \"colour\" is not defined by type \"BookFilter\"."), 1, 18);
        invalid("missing input field", QStringLiteral("{ echoInput(input: {title: \"x\"}) }"),
                QStringLiteral("Field \"AddBookInput.authorId\" of required type \"ID!\" was not provided."),
                1, 20);
        // Fragments
        valid("fragments",
              QStringLiteral("{ books { ...F ... on Book { id } } } fragment F on Book { title }"));
        invalid("unknown fragment", QStringLiteral("{ books { ...G } }"),
                QStringLiteral("Unknown fragment \"G\"."), 1, 11);
        invalid("unused fragment", QStringLiteral("{ books { id } } fragment F on Book { id }"),
                QStringLiteral("Fragment \"F\" is never used."), 1, 18);
        invalid("duplicate fragment",
                QStringLiteral("{ books { ...F } } fragment F on Book { id } fragment F on Book { id }"),
                QStringLiteral("There can be only one fragment named \"F\"."), 1, 20);
        invalid("fragment cycle",
                QStringLiteral("{ books { ...A } } fragment A on Book { ...B } fragment B on Book { ...A }"),
                QStringLiteral("Cannot spread fragment \"A\" within itself via \"B\"."), 1, 20);
        invalid("fragment self cycle", QStringLiteral("{ books { ...A } } fragment A on Book { id ...A }"),
                QStringLiteral("Cannot spread fragment \"A\" within itself."), 1, 20);
        invalid("impossible spread", QStringLiteral("{ books { ...F } } fragment F on Author { id }"),
                QStringLiteral("Fragment \"F\" cannot be spread here as objects of type \"Book\" can never "
                               "be of type \"Author\"."),
                1, 11);
        invalid("impossible inline", QStringLiteral("{ books { ... on Author { id } } }"),
                QStringLiteral("Fragment cannot be spread here as objects of type \"Book\" can never be of "
                               "type \"Author\"."),
                1, 11);
        invalid("fragment on scalar", QStringLiteral("{ books { ...F } } fragment F on String { id }"),
                QStringLiteral("Fragment \"F\" cannot condition on non composite type \"String\"."), 1, 34);
        invalid("fragment on unknown type", QStringLiteral("{ books { ...F } } fragment F on Nope { id }"),
                QStringLiteral("Unknown type \"Nope\"."), 1, 34);
        // Variables
        valid(
            "variables",
            QStringLiteral("query($id: ID!, $n: Int = 2) { book(id: $id) { id } books(first: $n) { id } }"));
        invalid("undefined variable", QStringLiteral("query Q { book(id: $id) { id } }"),
                QStringLiteral("Variable \"$id\" is not defined by operation \"Q\"."), 1, 20);
        invalid("unused variable", QStringLiteral("query Q($x: Int) { books { id } }"),
                QStringLiteral("Variable \"$x\" is never used in operation \"Q\"."), 1, 9);
        invalid("duplicate variable", QStringLiteral("query($x: Int, $x: Int) { books(first: $x) { id } }"),
                QStringLiteral("There can be only one variable named \"$x\"."), 1, 7);
        invalid("output type variable", QStringLiteral("query($b: Book) { books { id } }"),
                QStringLiteral("Variable \"$b\" cannot be non-input type \"Book\"."), 1, 7);
        invalid("variable in wrong position", QStringLiteral("query($id: ID) { book(id: $id) { id } }"),
                QStringLiteral("Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\"."), 1,
                7);
        invalid("variable wrong type", QStringLiteral("query($n: String) { books(first: $n) { id } }"),
                QStringLiteral("Variable \"$n\" of type \"String\" used in position expecting type \"Int\"."),
                1, 7);
        valid("nullable variable with default in non-null position",
              QStringLiteral("query($id: ID = 1) { book(id: $id) { id } }"));
        valid("variable used in fragment",
              QStringLiteral("query($id: ID!) { ...F } fragment F on Query { book(id: $id) { id } }"));
        invalid(
            "bad variable default", QStringLiteral("query($n: Int = \"x\") { books(first: $n) { id } }"),
            QStringLiteral(
                "Expected value of type \"Int\", found \"x\"; Int cannot represent non-integer value: \"x\""),
            1, 17);
        // Directives
        valid("skip and include",
              QStringLiteral("query($b: Boolean!) { books @skip(if: $b) { id @include(if: true) } }"));
        invalid("unknown directive", QStringLiteral("{ books @nope { id } }"),
                QStringLiteral("Unknown directive \"@nope\"."), 1, 9);
        invalid("misplaced directive", QStringLiteral("query @skip(if: true) { books { id } }"),
                QStringLiteral("Directive \"@skip\" may not be used on QUERY."), 1, 7);
        invalid("directive missing if", QStringLiteral("{ books @include { id } }"),
                QStringLiteral("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but "
                               "it was not provided."),
                1, 9);
        invalid("directive if not Boolean", QStringLiteral("{ books @skip(if: 1) { id } }"),
                QStringLiteral("Expected value of type \"Boolean!\", found 1; Boolean cannot represent a non "
                               "boolean value: 1"),
                1, 19);
        invalid("duplicate directive", QStringLiteral("{ books @skip(if: true) @skip(if: false) { id } }"),
                QStringLiteral("The directive \"@skip\" can only be used once at this location."), 1, 25);
        invalid("nullable variable for if",
                QStringLiteral("query($b: Boolean) { books @skip(if: $b) { id } }"),
                QStringLiteral(
                    "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\"."),
                1, 7);
    }

    // A chain of fragments each spreading the next, as long as 100 KB allows: refused with a clear
    // error before any rule (or the executor) recurses along it.
    void longSpreadChainIsRefused_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("at the limit") << Validator::MaxSpreadDepth << true;
        QTest::newRow("one over") << Validator::MaxSpreadDepth + 1 << false;
        QTest::newRow("as long as 100 KB allows") << 2800 << false;
    }

    void longSpreadChainIsRefused()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        QString doc = QStringLiteral("{ ...F0 }");
        for (int i = 0; i < length; ++i) {
            doc += i + 1 < length ? QStringLiteral(" fragment F%1 on Query{...F%2}").arg(i).arg(i + 1)
                                  : QStringLiteral(" fragment F%1 on Query{books{id}}").arg(i);
        }
        QVERIFY(doc.size() <= Parser::MaxDocumentBytes);
        LibraryFixture fixture;
        Parser parser(doc);
        const auto parsed = parser.parse();
        QVERIFY2(parsed.has_value(), qPrintable(parser.error().message));
        const QList<GraphQLError> errors = Validator(fixture.schema, *parsed).validate();
        if (accepted) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("Fragment spreads nest deeper than 50 levels."));
    }

    void rules()
    {
        QFETCH(QString, document);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        LibraryFixture fixture;
        Parser parser(document);
        const auto parsed = parser.parse();
        QVERIFY2(parsed.has_value(), qPrintable(parser.error().message));
        const QList<GraphQLError> errors = Validator(fixture.schema, *parsed).validate();
        if (message.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QVERIFY2(!errors.isEmpty(), "expected a validation error");
        QCOMPARE(errors.first().message, message);
        QCOMPARE(errors.first().code, QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
        QCOMPARE(errors.first().locations.value(0).line, line);
        QCOMPARE(errors.first().locations.value(0).column, column);
    }
};

QTEST_GUILESS_MAIN(TestGraphQLValidator)
#include "tst_graphqlvalidator.moc"
