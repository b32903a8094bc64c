#include "graphql/parser.h"

#include <QTest>

using namespace hookboard::graphql;

// Ordinary string literals only: moc in Qt 6.4 misreads raw strings with backslashes.

class TestGraphQLParser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("operations");
        QTest::addColumn<int>("fragments");

        QTest::newRow("shorthand") << QStringLiteral("{ a }") << 1 << 0;
        QTest::newRow("named with variables")
            << QStringLiteral("query Q($a: Int = 1, $b: [String!]! @dir) @x { f(a: $a, b: $b) }") << 1 << 0;
        QTest::newRow("mutation and subscription")
            << QStringLiteral("mutation M { m } subscription S { s }") << 2 << 0;
        QTest::newRow("fragments")
            << QStringLiteral("{ ...F ... on T { a } ... @skip(if: true) { b } } fragment F on T { c }") << 1
            << 1;
        QTest::newRow("all value kinds")
            << QStringLiteral(
                   "{ f(a: 1, b: -1.5e3, c: \"s\", d: \"\"\"block\"\"\", e: true, f: null, g: ENUM, "
                   "h: [1, [2]], i: {x: {y: $v}}) }")
            << 1 << 0;
        QTest::newRow("keywords as names")
            << QStringLiteral("{ query mutation fragment on: type null }") << 1 << 0;
        QTest::newRow("depth 15") << QStringLiteral("{a{a{a{a{a{a{a{a{a{a{a{a{a{a{a}}}}}}}}}}}}}}}") << 1
                                  << 0;
    }

    void valid()
    {
        QFETCH(QString, source);
        QFETCH(int, operations);
        QFETCH(int, fragments);
        Parser parser(source);
        const auto document = parser.parse();
        QVERIFY2(document.has_value(), qPrintable(parser.error().message));
        QCOMPARE(document->operations.size(), operations);
        QCOMPARE(document->fragments.size(), fragments);
    }

    void tree()
    {
        Parser parser(
            QStringLiteral("query Q($id: ID! = 4) {\n  x: book(id: $id) @include(if: true) { title }\n}\n"
                           "fragment F on Book { id }"));
        const auto document = parser.parse();
        QVERIFY(document.has_value());
        const OperationDefinition &op = document->operations.first();
        QCOMPARE(op.name, QStringLiteral("Q"));
        QCOMPARE(op.variables.first().type.toString(), QStringLiteral("ID!"));
        QCOMPARE(op.variables.first().defaultValue->text, QStringLiteral("4"));
        const Selection &field = op.selectionSet.first();
        QCOMPARE(field.alias, QStringLiteral("x"));
        QCOMPARE(field.name, QStringLiteral("book"));
        QCOMPARE(field.location, (Location{2, 3}));
        QCOMPARE(field.arguments.first().value.kind, ValueNode::Kind::Variable);
        QCOMPARE(field.directives.first().name, QStringLiteral("include"));
        QCOMPARE(field.selectionSet.first().location, (Location{2, 41}));
        QCOMPARE(document->fragments.first().typeCondition, QStringLiteral("Book"));
        QCOMPARE(document->fragments.first().location, (Location{4, 1}));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        const QString parse = QStringLiteral("GRAPHQL_PARSE_FAILED");
        QTest::newRow("empty") << QString() << parse << QStringLiteral("Syntax Error: Unexpected <EOF>.") << 1
                               << 1;
        QTest::newRow("unclosed") << QStringLiteral("{ a") << parse
                                  << QStringLiteral("Syntax Error: Expected Name, found <EOF>.") << 1 << 4;
        QTest::newRow("empty selection")
            << QStringLiteral("{ }") << parse << QStringLiteral("Syntax Error: Expected Name, found \"}\".")
            << 1 << 3;
        QTest::newRow("empty arguments")
            << QStringLiteral("{ a() }") << parse
            << QStringLiteral("Syntax Error: Expected Name, found \")\".") << 1 << 5;
        QTest::newRow("type definition")
            << QStringLiteral("type T { a: Int }") << parse
            << QStringLiteral("Syntax Error: Unexpected Name \"type\".") << 1 << 1;
        QTest::newRow("fragment named on")
            << QStringLiteral("fragment on on T { a }") << parse
            << QStringLiteral("Syntax Error: Unexpected Name \"on\".") << 1 << 10;
        QTest::newRow("fragment without on")
            << QStringLiteral("fragment F T { a }") << parse
            << QStringLiteral("Syntax Error: Expected \"on\", found Name \"T\".") << 1 << 12;
        QTest::newRow("variable in default")
            << QStringLiteral("query($a: Int = $b) { f }") << parse
            << QStringLiteral("Syntax Error: Unexpected variable \"$b\" in constant value.") << 1 << 17;
        QTest::newRow("lexer error on line 2")
            << QStringLiteral("{\n  a(x: \"abc\n}") << parse
            << QStringLiteral("Syntax Error: Unterminated string.") << 2 << 12;
        QTest::newRow("missing colon")
            << QStringLiteral("query($a Int) { f }") << parse
            << QStringLiteral("Syntax Error: Expected \":\", found Name \"Int\".") << 1 << 10;
        QTest::newRow("depth 16") << QStringLiteral("{a{a{a{a{a{a{a{a{a{a{a{a{a{a{a{a}}}}}}}}}}}}}}}}")
                                  << QStringLiteral("GRAPHQL_VALIDATION_FAILED")
                                  << QStringLiteral(
                                         "The operation nests selection sets deeper than 15 levels.")
                                  << 1 << 31;
        QString big = QStringLiteral("{ a }") + QString(Parser::MaxDocumentBytes, u'#');
        QTest::newRow("over 100 KB") << big << parse
                                     << QStringLiteral(
                                            "Syntax Error: The document is larger than 102400 bytes.")
                                     << 1 << 1;
        QTest::newRow("deep value") << QStringLiteral("{ a(x: ") + QString(70, u'[') + QString(70, u']') +
                                           QStringLiteral(") }")
                                    << parse
                                    << QStringLiteral("Syntax Error: Values nest deeper than 64 levels.") << 1
                                    << 73;
        QTest::newRow("deep list type")
            << QStringLiteral("query($v: ") + QString(33, u'[') + QStringLiteral("Int") + QString(33, u']') +
                   QStringLiteral(") { a }")
            << parse << QStringLiteral("Syntax Error: List types nest deeper than 32 levels.") << 1 << 44;
    }

    void invalid()
    {
        QFETCH(QString, source);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        Parser parser(source);
        QVERIFY(!parser.parse().has_value());
        QCOMPARE(parser.error().message, message);
        QCOMPARE(parser.error().code, code);
        QCOMPARE(parser.error().locations.value(0).line, line);
        QCOMPARE(parser.error().locations.value(0).column, column);
    }

    // 45,000 nested list types (90 KB, under the size limit) once overflowed the stack.
    void hugeNestedListTypeIsRefused()
    {
        const QString doc = QStringLiteral("query($v: ") + QString(45000, u'[') + QStringLiteral("Int") +
                            QString(45000, u']') + QStringLiteral("){ __typename }");
        QVERIFY(doc.size() < Parser::MaxDocumentBytes);
        Parser parser(doc);
        QVERIFY(!parser.parse().has_value());
        QCOMPARE(parser.error().code, QStringLiteral("GRAPHQL_PARSE_FAILED"));
        QCOMPARE(parser.error().message,
                 QStringLiteral("Syntax Error: List types nest deeper than 32 levels."));
    }

    // Every other recursive descent of the parser, fed the deepest nesting 100 KB allows: a clear
    // error, never a crash.
    void everyNestingAtTheSizeLimitIsRefused_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("list values") << QStringLiteral("[") << QStringLiteral("]")
                                     << QStringLiteral("{ a(x: ") << QStringLiteral(") }");
        QTest::newRow("object values") << QStringLiteral("{a:") << QStringLiteral("}")
                                       << QStringLiteral("{ a(x: ") << QStringLiteral(") }");
        QTest::newRow("selections") << QStringLiteral("{a") << QStringLiteral("}") << QString() << QString();
        QTest::newRow("inline fragments")
            << QStringLiteral("{...on Q") << QStringLiteral("}") << QString() << QString();
        QTest::newRow("non-null list types") << QStringLiteral("[") << QStringLiteral("!]")
                                             << QStringLiteral("query($v: ") << QStringLiteral("Int) { a }");
    }

    void everyNestingAtTheSizeLimitIsRefused()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        const qsizetype levels =
            (Parser::MaxDocumentBytes - prefix.size() - suffix.size() - 8) / (open.size() + close.size());
        const QString doc =
            prefix + open.repeated(levels) + QStringLiteral("1") + close.repeated(levels) + suffix;
        QVERIFY(doc.size() <= Parser::MaxDocumentBytes);
        Parser parser(doc);
        QVERIFY(!parser.parse().has_value());
        QVERIFY2(parser.error().message.contains(QStringLiteral("deeper than")),
                 qPrintable(parser.error().message));
    }

    void exactlyMaxSizeIsParsed()
    {
        const QString doc = QStringLiteral("{ a }") + QString(Parser::MaxDocumentBytes - 5, u' ');
        QVERIFY(Parser(doc).parse().has_value());
    }
};

QTEST_GUILESS_MAIN(TestGraphQLParser)
#include "tst_graphqlparser.moc"
