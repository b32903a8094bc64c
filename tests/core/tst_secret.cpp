#include "model/secret.h"

#include <QSet>
#include <QTest>

using namespace hookboard;

namespace {
const QString k24 = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYX");
const QString k25 = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGA==");
const QString k26 = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBk=");
const QString k64 = QStringLiteral(
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==");
const QString k65 = QStringLiteral(
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0A=");

QString whsec(const QString &rest)
{
    return QStringLiteral("whsec_") + rest;
}
} // namespace

class TestSecret : public QObject
{
    Q_OBJECT

private slots:
    void generateHasTheSpecForm()
    {
        const QString value = secret::generate();
        QVERIFY(value.startsWith(QLatin1String("whsec_")));
        QCOMPARE(value.size(), 6 + 32); // 24 bytes are 32 base64 characters, no padding
        QVERIFY2(!secret::check(value), qPrintable(value));
        QCOMPARE(secret::keyBytes(value).size(), 24);
    }

    void generateIsRandom()
    {
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(secret::generate());
        QCOMPARE(seen.size(), 100);
    }

    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule"); // empty: accepted

        QTest::newRow("24 bytes") << whsec(k24) << QString();
        QTest::newRow("25 bytes, == padding") << whsec(k25) << QString();
        QTest::newRow("26 bytes, = padding") << whsec(k26) << QString();
        QTest::newRow("64 bytes") << whsec(k64) << QString();
        QTest::newRow("+ and / alphabet")
            << whsec(QStringLiteral("+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/")) << QString();

        QTest::newRow("empty") << QString() << QStringLiteral("whsec-prefix");
        QTest::newRow("no prefix") << k24 << QStringLiteral("whsec-prefix");
        QTest::newRow("upper-case prefix")
            << QString(QStringLiteral("WHSEC_") + k24) << QStringLiteral("whsec-prefix");
        QTest::newRow("prefix without underscore")
            << QString(QStringLiteral("whsec") + k24) << QStringLiteral("whsec-prefix");
        QTest::newRow("leading space")
            << QString(QStringLiteral(" ") + whsec(k24)) << QStringLiteral("whsec-prefix");

        QTest::newRow("missing padding") << whsec(k25.chopped(2)) << QStringLiteral("base64");
        QTest::newRow("too much padding") << whsec(k24 + QStringLiteral("====")) << QStringLiteral("base64");
        QTest::newRow("non-canonical padding bits")
            << whsec(k25.chopped(3) + QStringLiteral("B==")) << QStringLiteral("base64");
        QTest::newRow("url-safe alphabet")
            << whsec(QStringLiteral("-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_")) << QStringLiteral("base64");
        QTest::newRow("inner whitespace")
            << whsec(k24.left(16) + u' ' + k24.mid(16)) << QStringLiteral("base64");
        QTest::newRow("trailing newline") << whsec(k24 + u'\n') << QStringLiteral("base64");
        QTest::newRow("non-ASCII") << whsec(k24.chopped(1) + QChar(0xE9)) << QStringLiteral("base64");
        QTest::newRow("padding in the middle")
            << whsec(k26.chopped(1) + QStringLiteral("=AAAA")) << QStringLiteral("base64");

        QTest::newRow("nothing after prefix") << whsec(QString()) << QStringLiteral("key-length");
        QTest::newRow("16 bytes") << whsec(QStringLiteral("AAECAwQFBgcICQoLDA0ODw=="))
                                  << QStringLiteral("key-length");
        QTest::newRow("23 bytes") << whsec(QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRY="))
                                  << QStringLiteral("key-length");
        QTest::newRow("65 bytes") << whsec(k65) << QStringLiteral("key-length");
    }

    void check()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);

        const auto error = secret::check(value);
        if (rule.isEmpty()) {
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            QVERIFY(!secret::keyBytes(value).isEmpty());
            return;
        }
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::BadUserInput);
        QCOMPARE(error->field, QStringLiteral("sharedSecret"));
        QCOMPARE(error->rule, rule);
        QVERIFY2(error->message.startsWith(QLatin1String("sharedSecret: ")), qPrintable(error->message));
        // A message may be logged or shown over someone's shoulder: it must never echo the secret.
        const QString rest = value.mid(6);
        if (rest.size() >= 8)
            QVERIFY2(!error->message.contains(rest.left(8)), qPrintable(error->message));
        QVERIFY(secret::keyBytes(value).isEmpty());
    }

    void messageStatesTheLength()
    {
        const auto error = secret::check(whsec(QStringLiteral("AAECAwQFBgcICQoLDA0ODw==")));
        QVERIFY(error);
        QCOMPARE(error->message,
                 QStringLiteral(
                     "sharedSecret: must be \"whsec_\" followed by base64 of 24 to 64 bytes (got 16 bytes)"));
    }

    void fieldNameIsUsed()
    {
        const auto error = secret::check(QStringLiteral("nope"), QStringLiteral("input.sharedSecret"));
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("input.sharedSecret"));
        QVERIFY(error->message.startsWith(QLatin1String("input.sharedSecret: ")));
    }

    void keyBytesDecodes()
    {
        QByteArray expected;
        for (int i = 0; i < 24; ++i)
            expected.append(char(i));
        QCOMPARE(secret::keyBytes(whsec(k24)), expected);
        QCOMPARE(secret::keyBytes(whsec(k64)).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
