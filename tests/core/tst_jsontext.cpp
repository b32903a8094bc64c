#include "common/jsontext.h"

#include <QTest>

using namespace hookboard;
using namespace hookboard::jsontext;

Q_DECLARE_METATYPE(hookboard::jsontext::Kind)

// JSON with backslashes or an odd number of quotes is written as ordinary string literals, not raw
// ones: moc in Qt 6.4 misreads such raw strings and then silently generates nothing for the class.

namespace {
QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}
} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void compactAccepts_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
        QTest::newRow("spaced object") << QByteArray(" { } ") << QByteArray("{}");
        QTest::newRow("all four whitespace kinds")
            << QByteArray(" \t\n\r[ 1 ,\t2 ]\r\n") << QByteArray("[1,2]");
        QTest::newRow("member order kept")
            << QByteArray(R"({ "b" : 1 , "a" : 2 })") << QByteArray(R"({"b":1,"a":2})");
        QTest::newRow("duplicate names kept")
            << QByteArray(R"({"a":1,"a":2})") << QByteArray(R"({"a":1,"a":2})");
        QTest::newRow("big integer kept")
            << QByteArray("12345678901234567890") << QByteArray("12345678901234567890");
        QTest::newRow("negative zero") << QByteArray("-0") << QByteArray("-0");
        QTest::newRow("fraction as written") << QByteArray("1.50") << QByteArray("1.50");
        QTest::newRow("exponent") << QByteArray("1e10") << QByteArray("1e10");
        QTest::newRow("signed exponent") << QByteArray("-1.25E+003") << QByteArray("-1.25E+003");
        QTest::newRow("zero exponent") << QByteArray("0e-0") << QByteArray("0e-0");
        QTest::newRow("true") << QByteArray("true") << QByteArray("true");
        QTest::newRow("false") << QByteArray(" false ") << QByteArray("false");
        QTest::newRow("null") << QByteArray("null") << QByteArray("null");
        QTest::newRow("string spaces kept") << QByteArray(R"( "a  b" )") << QByteArray(R"("a  b")");
        QTest::newRow("escapes kept as written")
            << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9\"]")
            << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9\"]");
        QTest::newRow("lone surrogate escape") << QByteArray("\"\\ud800\"") << QByteArray("\"\\ud800\"");
        QTest::newRow("surrogate pair escape")
            << QByteArray("\"\\ud83d\\ude00\"") << QByteArray("\"\\ud83d\\ude00\"");
        QTest::newRow("UTF-8 2, 3 and 4 bytes") << QByteArray("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"")
                                                << QByteArray("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"");
        QTest::newRow("U+FFFF and U+10FFFF") << QByteArray("\"\xEF\xBF\xBF\xF4\x8F\xBF\xBF\"")
                                             << QByteArray("\"\xEF\xBF\xBF\xF4\x8F\xBF\xBF\"");
        QTest::newRow("DEL is not a control for JSON") << QByteArray("\"\x7F\"") << QByteArray("\"\x7F\"");
        QTest::newRow("nested") << QByteArray(R"({"a":[1,{"b":null}],"c":{}})")
                                << QByteArray(R"({"a":[1,{"b":null}],"c":{}})");
        QTest::newRow("512 levels") << nested(512) << nested(512);
    }

    void compactAccepts()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const auto result = compact(input, QStringLiteral("data"));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(*result, expected);
    }

    void compactRefuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("offset");

        const QString syntax = QStringLiteral("json-syntax");
        QTest::newRow("empty") << QByteArray() << syntax << 0;
        QTest::newRow("whitespace only") << QByteArray("  \n") << syntax << 3;
        QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << syntax << 5;
        QTest::newRow("unquoted name") << QByteArray("{a:1}") << syntax << 1;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << syntax << 1;
        QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})") << syntax << 7;
        QTest::newRow("trailing comma in array") << QByteArray("[1,]") << syntax << 3;
        QTest::newRow("missing comma") << QByteArray("[1 2]") << syntax << 3;
        QTest::newRow("unclosed array") << QByteArray("[1,2") << syntax << 4;
        QTest::newRow("unclosed object") << QByteArray(R"({"a":1)") << syntax << 6;
        QTest::newRow("leading zero") << QByteArray("01") << syntax << 1;
        QTest::newRow("negative leading zero") << QByteArray("-012") << syntax << 2;
        QTest::newRow("plus sign") << QByteArray("+1") << syntax << 0;
        QTest::newRow("bare minus") << QByteArray("-") << syntax << 1;
        QTest::newRow("no digit after point") << QByteArray("1.") << syntax << 2;
        QTest::newRow("no digit before point") << QByteArray(".5") << syntax << 0;
        QTest::newRow("empty exponent") << QByteArray("1e+") << syntax << 3;
        QTest::newRow("hex number") << QByteArray("0x10") << syntax << 1;
        QTest::newRow("NaN") << QByteArray("NaN") << syntax << 0;
        QTest::newRow("Infinity") << QByteArray("-Infinity") << syntax << 1;
        QTest::newRow("short literal") << QByteArray("tru") << syntax << 0;
        QTest::newRow("capitalised literal") << QByteArray("True") << syntax << 0;
        QTest::newRow("literal with tail") << QByteArray("nullx") << syntax << 4;
        QTest::newRow("unterminated string") << QByteArray("\"abc") << syntax << 4;
        QTest::newRow("raw tab in string") << QByteArray("\"a\tb\"") << syntax << 2;
        QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << syntax << 2;
        QTest::newRow("raw NUL in string") << QByteArray("\"a\0b\"", 5) << syntax << 2;
        QTest::newRow("bad escape") << QByteArray("\"\\x41\"") << syntax << 2;
        QTest::newRow("short \\u escape") << QByteArray("\"\\u12\"") << syntax << 5;
        QTest::newRow("non-hex \\u escape") << QByteArray("\"\\u12G4\"") << syntax << 5;
        QTest::newRow("truncated UTF-8") << QByteArray("\"\xC3\"") << syntax << 1;
        QTest::newRow("stray continuation byte") << QByteArray("\"\x80\"") << syntax << 1;
        QTest::newRow("overlong 2-byte") << QByteArray("\"\xC0\xAF\"") << syntax << 1;
        QTest::newRow("overlong 3-byte") << QByteArray("\"\xE0\x80\xAF\"") << syntax << 1;
        QTest::newRow("overlong 4-byte") << QByteArray("\"\xF0\x80\x80\xAF\"") << syntax << 1;
        QTest::newRow("UTF-8 encoded surrogate") << QByteArray("\"\xED\xA0\x80\"") << syntax << 1;
        QTest::newRow("above U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << syntax << 1;
        QTest::newRow("byte FF") << QByteArray("\"a\xFF\"") << syntax << 2;
        QTest::newRow("UTF-8 outside a string") << QByteArray("[\xC3\xA9]") << syntax << 1;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << syntax << 0;
        QTest::newRow("trailing garbage") << QByteArray("{} x") << syntax << 3;
        QTest::newRow("two values") << QByteArray("{}{}") << syntax << 2;
        QTest::newRow("trailing NUL") << QByteArray("{}\0", 3) << syntax << 2;
        QTest::newRow("comment") << QByteArray("[1 /* one */]") << syntax << 3;
        QTest::newRow("513 levels") << nested(513) << QStringLiteral("max-depth") << 512;
        QTest::newRow("513 object levels")
            << QByteArray(QByteArray(R"({"a":)").repeated(513) + "1" + QByteArray(513, '}'))
            << QStringLiteral("max-depth") << 512 * 5;
    }

    void compactRefuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, rule);
        QFETCH(int, offset);
        const auto result = compact(input, QStringLiteral("data"));
        QVERIFY(!result.ok());
        const Error &error = result.error();
        QCOMPARE(error.code, ErrorCode::BadUserInput);
        QCOMPARE(error.field, QStringLiteral("data"));
        QCOMPARE(error.rule, rule);
        QVERIFY2(error.message.startsWith(QLatin1String("data: ")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("at byte %1").arg(offset)), qPrintable(error.message));
    }

    void messageSaysWhatWasExpected()
    {
        const auto result = compact(R"({"id": 1, "status" "OPEN"})", QStringLiteral("data"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 QStringLiteral("data: malformed JSON at byte 19: expected ':' after an object member name"));
    }

    void kindOf_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("object") << QByteArray("{}") << Kind::Object;
        QTest::newRow("array") << QByteArray("[1]") << Kind::Array;
        QTest::newRow("string") << QByteArray(R"("x")") << Kind::String;
        QTest::newRow("number") << QByteArray("1") << Kind::Number;
        QTest::newRow("negative number") << QByteArray("-1") << Kind::Number;
        QTest::newRow("true") << QByteArray("true") << Kind::Bool;
        QTest::newRow("false") << QByteArray("false") << Kind::Bool;
        QTest::newRow("null") << QByteArray("null") << Kind::Null;
    }

    void kindOf()
    {
        QFETCH(QByteArray, value);
        QFETCH(Kind, kind);
        QCOMPARE(jsontext::kindOf(value), kind);
    }

    void objectMembersKeepsOrderAndText()
    {
        const auto members = objectMembers(" {\"serial\": 12345678901234567890, \"n\\u00e4me\": \"x\", "
                                           "\"nested\": { \"a\" : [ 1 , 2.50 ] }, \"z\": null } ",
                                           QStringLiteral("data"));
        QVERIFY2(members.ok(), members.ok() ? "" : qPrintable(members.error().message));
        QCOMPARE(members->size(), 4);
        QCOMPARE(members->at(0).name, QStringLiteral("serial"));
        QCOMPARE(members->at(0).value, QByteArray("12345678901234567890"));
        QCOMPARE(members->at(1).name, QStringLiteral("n\u00e4me"));
        QCOMPARE(members->at(1).value, QByteArray(R"("x")"));
        QCOMPARE(members->at(2).name, QStringLiteral("nested"));
        QCOMPARE(members->at(2).value, QByteArray(R"({"a":[1,2.50]})"));
        QCOMPARE(members->at(3).name, QStringLiteral("z"));
        QCOMPARE(members->at(3).value, QByteArray("null"));
    }

    void objectMembersOfEmptyObject()
    {
        const auto members = objectMembers("{}", QStringLiteral("data"));
        QVERIFY(members.ok());
        QVERIFY(members->isEmpty());
    }

    void objectMembersRefuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("rule");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("json-object");
        QTest::newRow("string") << QByteArray(R"("{}")") << QStringLiteral("json-object");
        QTest::newRow("number") << QByteArray("1") << QStringLiteral("json-object");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("json-object");
        QTest::newRow("malformed") << QByteArray(R"({"a":})") << QStringLiteral("json-syntax");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("json-syntax");
    }

    void objectMembersRefuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, rule);
        const auto members = objectMembers(input, QStringLiteral("data"));
        QVERIFY(!members.ok());
        QCOMPARE(members.error().field, QStringLiteral("data"));
        QCOMPARE(members.error().rule, rule);
        if (rule == QLatin1String("json-object"))
            QCOMPARE(members.error().message, QStringLiteral("data: must be a JSON object"));
    }

    void arrayElements()
    {
        const auto elements =
            jsontext::arrayElements(R"([ 1 , "two" , { "three" : [ 3 ] } , [ ] ])", QStringLiteral("list"));
        QVERIFY(elements.ok());
        QCOMPARE(*elements, (QList<QByteArray>{"1", R"("two")", R"({"three":[3]})", "[]"}));

        const auto notArray = jsontext::arrayElements("{}", QStringLiteral("list"));
        QVERIFY(!notArray.ok());
        QCOMPARE(notArray.error().rule, QStringLiteral("json-array"));
        QCOMPARE(notArray.error().message, QStringLiteral("list: must be a JSON array"));
    }

    void stringValue_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray(R"("RUNS")") << true << QStringLiteral("RUNS");
        QTest::newRow("escapes") << QByteArray("\"a\\\"b\\\\c\\/d\\n\\t\"") << true
                                 << QStringLiteral("a\"b\\c/d\n\t");
        QTest::newRow("unicode escape")
            << QByteArray("\"caf\\u00e9\"") << true << QStringLiteral("caf\u00e9");
        QTest::newRow("surrogate pair")
            << QByteArray("\"\\ud83d\\ude00\"") << true << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("raw UTF-8") << QByteArray("\"\xE2\x82\xAC 5\"") << true
                                   << QString::fromUtf8("\xE2\x82\xAC 5");
        QTest::newRow("number") << QByteArray("5") << false << QString();
        QTest::newRow("malformed") << QByteArray("\"abc") << false << QString();
    }

    void stringValue()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const auto value = jsontext::stringValue(input);
        QCOMPARE(value.has_value(), valid);
        if (valid)
            QCOMPARE(*value, expected);
    }

    void quote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QString() << QByteArray(R"("")");
        QTest::newRow("plain") << QStringLiteral("Hookboard") << QByteArray(R"("Hookboard")");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray("\"\\b\\f\\n\\r\\t\"");
        QTest::newRow("other controls")
            << QString(QString(QChar(0)) + QChar(0x1F)) << QByteArray("\"\\u0000\\u001f\"");
        QTest::newRow("slash stays") << QStringLiteral("a/b") << QByteArray(R"("a/b")");
        QTest::newRow("non-ASCII as UTF-8")
            << QString::fromUtf8("\xC3\xA9\xF0\x9F\x98\x80") << QByteArray("\"\xC3\xA9\xF0\x9F\x98\x80\"");
    }

    void quote()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        const QByteArray quoted = jsontext::quote(value);
        QCOMPARE(quoted, expected);
        // What quote() writes, the scanner reads back unchanged.
        QVERIFY(compact(quoted, QStringLiteral("x")).ok());
        QCOMPARE(jsontext::stringValue(quoted).value_or(QStringLiteral("<invalid>")), value);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
