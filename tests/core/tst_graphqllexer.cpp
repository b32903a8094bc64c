#include "graphql/lexer.h"

#include <QTest>

using namespace hookboard::graphql;

// Ordinary string literals only: moc in Qt 6.4 misreads raw strings with backslashes.

namespace {
QString kinds(const QString &source)
{
    Lexer lexer(source);
    QStringList out;
    for (;;) {
        const Token t = lexer.next();
        if (t.kind == Token::Kind::EndOfFile)
            break;
        out.append(QStringLiteral("%1@%2:%3").arg(t.describe()).arg(t.location.line).arg(t.location.column));
        if (t.kind == Token::Kind::Error)
            break;
    }
    return out.join(u' ');
}
} // namespace

class TestGraphQLLexer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");

        QTest::newRow("punctuators") << QStringLiteral("! $ & ( ) ... : = @ [ ] { | }")
                                     << QStringLiteral(
                                            "\"!\"@1:1 \"$\"@1:3 \"&\"@1:5 \"(\"@1:7 \")\"@1:9 \"...\"@1:11 "
                                            "\":\"@1:15 \"=\"@1:17 \"@\"@1:19 \"[\"@1:21 \"]\"@1:23 "
                                            "\"{\"@1:25 \"|\"@1:27 \"}\"@1:29");
        QTest::newRow("commas and comments ignored")
            << QStringLiteral("a,,b # comment, here\n  c")
            << QStringLiteral("Name \"a\"@1:1 Name \"b\"@1:4 Name \"c\"@2:3");
        QTest::newRow("CRLF and CR lines")
            << QStringLiteral("a\r\nb\rc") << QStringLiteral("Name \"a\"@1:1 Name \"b\"@2:1 Name \"c\"@3:1");
        QTest::newRow("BOM ignored") << QStringLiteral("\uFEFFa") << QStringLiteral("Name \"a\"@1:2");
        QTest::newRow("numbers") << QStringLiteral("0 -1 12 1.5 -0.25e+3 1E2")
                                 << QStringLiteral(
                                        "Int \"0\"@1:1 Int \"-1\"@1:3 Int \"12\"@1:6 Float \"1.5\"@1:9 "
                                        "Float \"-0.25e+3\"@1:13 Float \"1E2\"@1:22");
        QTest::newRow("leading zero")
            << QStringLiteral("01")
            << QStringLiteral("Syntax Error: Invalid number, unexpected digit after 0: \"1\".@1:2");
        QTest::newRow("number then name")
            << QStringLiteral("1a")
            << QStringLiteral("Syntax Error: Invalid number, expected digit but got: \"a\".@1:2");
        QTest::newRow("dangling dot")
            << QStringLiteral("1.")
            << QStringLiteral("Syntax Error: Invalid number, expected digit but got: <EOF>.@1:3");
        QTest::newRow("unexpected character")
            << QStringLiteral("a ?")
            << QStringLiteral("Name \"a\"@1:1 Syntax Error: Unexpected character: \"?\".@1:3");
        QTest::newRow("unterminated string")
            << QStringLiteral("\"abc") << QStringLiteral("Syntax Error: Unterminated string.@1:5");
        QTest::newRow("bad escape") << QStringLiteral("\"a\\x\"")
                                    << QStringLiteral(
                                           "Syntax Error: Invalid character escape sequence: \"\\x\".@1:3");
        QTest::newRow("bad unicode")
            << QStringLiteral("\"\\u12G4\"")
            << QStringLiteral("Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".@1:2");
        QTest::newRow("block string spans lines")
            << QStringLiteral("\"\"\"a\nb\"\"\" c") << QStringLiteral("BlockString@1:1 Name \"c\"@2:6");
    }

    void tokens()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(kinds(source), expected);
    }

    void stringValues_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");

        QTest::newRow("simple escapes")
            << QStringLiteral("\"a\\\"b\\\\c\\/d\\n\\t\"") << QStringLiteral("a\"b\\c/d\n\t");
        QTest::newRow("unicode escape") << QStringLiteral("\"\\u00e9\"") << QStringLiteral("\u00e9");
        QTest::newRow("surrogate pair")
            << QStringLiteral("\"\\uD83D\\uDE00\"") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("braced unicode")
            << QStringLiteral("\"\\u{1F600}\"") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("block string dedent")
            << QStringLiteral("\"\"\"\n    Hello,\n      World!\n\n    Yours\n  \"\"\"")
            << QStringLiteral("Hello,\n  World!\n\nYours");
        QTest::newRow("block string escaped quotes")
            << QStringLiteral("\"\"\"a \\\"\"\" b\"\"\"") << QStringLiteral("a \"\"\" b");
        QTest::newRow("block string keeps backslash")
            << QStringLiteral("\"\"\"a\\nb\"\"\"") << QStringLiteral("a\\nb");
    }

    void stringValues()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        Lexer lexer(source);
        const Token t = lexer.next();
        QVERIFY2(t.kind == Token::Kind::String || t.kind == Token::Kind::BlockString, qPrintable(t.value));
        QCOMPARE(t.value, expected);
    }
};

QTEST_GUILESS_MAIN(TestGraphQLLexer)
#include "tst_graphqllexer.moc"
