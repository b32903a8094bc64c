// prettyJson: how the API explorer, the sandbox and the event log lay JSON out for people.
#include "widgets/prettyjson.h"

#include <QTest>

using namespace hookboard;

class TestPrettyJson : public QObject
{
    Q_OBJECT

private slots:
    void layout_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pretty");
        QTest::newRow("object") << QByteArray("{\"a\":1,\"b\":[true,null]}")
                                << QStringLiteral("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}");
        QTest::newRow("empty containers stay on one line")
            << QByteArray("{\"a\":{},\"b\":[]}") << QStringLiteral("{\n  \"a\": {},\n  \"b\": []\n}");
        QTest::newRow("numbers exactly as written")
            << QByteArray("[12345678901234567890,1.50,-0e+3]")
            << QStringLiteral("[\n  12345678901234567890,\n  1.50,\n  -0e+3\n]");
        QTest::newRow("strings untouched")
            << QByteArray("{\"k{,}\":\"a\\\"b,:[]\\\\\",\"ü\":\"\\u00e9\"}")
            << QStringLiteral("{\n  \"k{,}\": \"a\\\"b,:[]\\\\\",\n  \"ü\": \"\\u00e9\"\n}");
        QTest::newRow("whitespace is redone")
            << QByteArray("  {\n\"a\" :\t1 }  ") << QStringLiteral("{\n  \"a\": 1\n}");
        QTest::newRow("not json comes back as it is")
            << QByteArray("401 Unauthorized {") << QStringLiteral("401 Unauthorized {");
    }

    void layout()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pretty);
        QCOMPARE(prettyJson(json), pretty);
    }
};

QTEST_GUILESS_MAIN(TestPrettyJson)
#include "tst_prettyjson.moc"
