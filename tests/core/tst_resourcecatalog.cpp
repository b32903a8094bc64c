#include "common/jsontext.h"
#include "model/resourcecatalog.h"

#include <QTest>
#include <algorithm>

using namespace hookboard;

class TestResourceCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasTheSpecResources_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"RUNS", "RUN_STEPS", "RUN_STEP_FIELDS", "PROCEDURES", "ISSUES", "PARTS",
                                 "PART_INVENTORIES", "PURCHASE_ORDERS", "RECEIPTS", "FILE_ATTACHMENTS",
                                 "PURCHASE_ORDER_LINES", "LOCATIONS", "SUPPLIERS", "KITS"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void builtInHasTheSpecResources()
    {
        QFETCH(QString, name);
        const ResourceCatalog &catalog = ResourceCatalog::builtIn();
        QVERIFY(catalog.contains(name));
        const ResourceInfo *info = catalog.find(name);
        QVERIFY(info);
        QCOMPARE(info->name, name);
        QVERIFY(!info->title.isEmpty());
        QVERIFY(!info->description.isEmpty());
    }

    void everySampleIsAnObjectWithAnId()
    {
        const ResourceCatalog &catalog = ResourceCatalog::builtIn();
        QCOMPARE(catalog.names().size(), catalog.resources().size());
        for (const ResourceInfo &info : catalog.resources()) {
            const auto members = jsontext::objectMembers(info.sample, info.name);
            QVERIFY2(members.ok(), qPrintable(info.name));
            // The sample is stored compact: compacting it again changes nothing.
            QCOMPARE(jsontext::compact(info.sample, info.name).value(), info.sample);
            const bool hasId = std::any_of(members->cbegin(), members->cend(), [](const jsontext::Member &m) {
                return m.name == QLatin1String("id");
            });
            QVERIFY2(hasId, qPrintable(info.name));
        }
    }

    void bigNumberSurvivesByteForByte()
    {
        const ResourceInfo *runs = ResourceCatalog::builtIn().find(QStringLiteral("RUNS"));
        QVERIFY(runs);
        QVERIFY2(runs->sample.contains("\"serialNumber\":12345678901234567890"), runs->sample.constData());
    }

    void builtInIsLoadedOnce() { QCOMPARE(&ResourceCatalog::builtIn(), &ResourceCatalog::builtIn()); }

    void unknownNameIsNotFound()
    {
        QVERIFY(!ResourceCatalog::builtIn().contains(QStringLiteral("runs")));
        QVERIFY(!ResourceCatalog::builtIn().find(QStringLiteral("NOPE")));
    }

    void actions()
    {
        QCOMPARE(ResourceCatalog::actions(),
                 (QStringList{QStringLiteral("CREATE"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}));
    }

    void fromJsonKeepsTextAndOrder()
    {
        const auto catalog = ResourceCatalog::fromJson(R"({"resources":[
            {"name":"B_THINGS","title":"B things","description":"Bees.","sample":{"z":1.10,"a":[ 1 ]}},
            {"name":"A1","title":"A","sample":{}}]})");
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
        QCOMPARE(catalog->names(), (QStringList{QStringLiteral("B_THINGS"), QStringLiteral("A1")}));
        QCOMPARE(catalog->resources().at(0).sample, QByteArray(R"({"z":1.10,"a":[1]})"));
        QCOMPARE(catalog->resources().at(0).description, QStringLiteral("Bees."));
        QCOMPARE(catalog->resources().at(1).description, QString());
    }

    void fromJsonRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");

        QTest::newRow("malformed") << QByteArray(R"({"resources":[)") << QStringLiteral("catalog")
                                   << QStringLiteral("json-syntax");
        QTest::newRow("not an object")
            << QByteArray("[]") << QStringLiteral("catalog") << QStringLiteral("json-object");
        QTest::newRow("no resources")
            << QByteArray(R"({"items":[]})") << QStringLiteral("resources") << QStringLiteral("required");
        QTest::newRow("resources not an array")
            << QByteArray(R"({"resources":{}})") << QStringLiteral("resources")
            << QStringLiteral("json-array");
        QTest::newRow("entry not an object")
            << QByteArray(R"({"resources":["RUNS"]})") << QStringLiteral("resources[0]")
            << QStringLiteral("json-object");
        QTest::newRow("no name") << QByteArray(R"({"resources":[{"title":"Runs","sample":{}}]})")
                                 << QStringLiteral("resources[0].name") << QStringLiteral("required");
        QTest::newRow("name not a string")
            << QByteArray(R"({"resources":[{"name":1,"title":"Runs","sample":{}}]})")
            << QStringLiteral("resources[0].name") << QStringLiteral("type");
        QTest::newRow("no title") << QByteArray(R"({"resources":[{"name":"RUNS","sample":{}}]})")
                                  << QStringLiteral("resources[0].title") << QStringLiteral("required");
        QTest::newRow("blank title") << QByteArray(
                                            R"({"resources":[{"name":"RUNS","title":" ","sample":{}}]})")
                                     << QStringLiteral("resources[0].title") << QStringLiteral("required");
        QTest::newRow("lower-case name")
            << QByteArray(R"({"resources":[{"name":"runs","title":"Runs","sample":{}}]})")
            << QStringLiteral("resources[0].name") << QStringLiteral("pattern");
        QTest::newRow("name starts with a digit")
            << QByteArray(R"({"resources":[{"name":"1RUNS","title":"Runs","sample":{}}]})")
            << QStringLiteral("resources[0].name") << QStringLiteral("pattern");
        QTest::newRow("name with a dash")
            << QByteArray(R"({"resources":[{"name":"RUN-STEPS","title":"Runs","sample":{}}]})")
            << QStringLiteral("resources[0].name") << QStringLiteral("pattern");
        QTest::newRow("empty name") << QByteArray(R"({"resources":[{"name":"","title":"Runs","sample":{}}]})")
                                    << QStringLiteral("resources[0].name") << QStringLiteral("pattern");
        QTest::newRow("duplicate name")
            << QByteArray(R"({"resources":[{"name":"RUNS","title":"Runs","sample":{}},)"
                          R"({"name":"RUNS","title":"Runs again","sample":{}}]})")
            << QStringLiteral("resources[1].name") << QStringLiteral("unique");
        QTest::newRow("no sample") << QByteArray(R"({"resources":[{"name":"RUNS","title":"Runs"}]})")
                                   << QStringLiteral("resources[0].sample") << QStringLiteral("required");
        QTest::newRow("sample not an object")
            << QByteArray(R"({"resources":[{"name":"RUNS","title":"Runs","sample":[{}]}]})")
            << QStringLiteral("resources[0].sample") << QStringLiteral("json-object");
        QTest::newRow("sample a string")
            << QByteArray(R"({"resources":[{"name":"RUNS","title":"Runs","sample":"{}"}]})")
            << QStringLiteral("resources[0].sample") << QStringLiteral("json-object");
    }

    void fromJsonRefuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const auto catalog = ResourceCatalog::fromJson(json);
        QVERIFY(!catalog.ok());
        const Error &error = catalog.error();
        QCOMPARE(error.code, ErrorCode::BadUserInput);
        QCOMPARE(error.field, field);
        QCOMPARE(error.rule, rule);
        QVERIFY2(error.message.startsWith(field + QLatin1String(": ")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestResourceCatalog)
#include "tst_resourcecatalog.moc"
