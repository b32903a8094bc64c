#include "model/secret.h"
#include "model/validation.h"

#include <QTest>

using namespace hookboard;

namespace {

const QString k24 = QStringLiteral("whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX");
const QString k64 =
    QStringLiteral("whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMz"
                   "Q1Njc4OTo7PD0+Pw==");

// "field rule" for each error, so that a failed comparison prints something readable.
QStringList describe(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &error : errors)
        out.append(error.field + u' ' + error.rule);
    return out;
}

QList<Error> asList(const std::optional<Error> &error)
{
    return error ? QList<Error>{*error} : QList<Error>{};
}

// Every error is BAD_USER_INPUT and its message starts with its field name.
void verifyErrors(const QList<Error> &errors, const QStringList &expected)
{
    QCOMPARE(describe(errors), expected);
    for (const Error &error : errors) {
        QCOMPARE(error.code, ErrorCode::BadUserInput);
        QVERIFY2(error.message.startsWith(error.field + QLatin1String(": ")), qPrintable(error.message));
        QVERIFY2(error.message.size() > error.field.size() + 10, qPrintable(error.message));
    }
}

void verifyOne(const std::optional<Error> &error, const QString &field, const QString &rule)
{
    verifyErrors(asList(error), rule.isEmpty() ? QStringList{} : QStringList{field + u' ' + rule});
}

Receiver validReceiver()
{
    Receiver receiver;
    receiver.name = QStringLiteral("Line 3 MES bridge");
    receiver.description = QStringLiteral("Forwards run changes to the line dashboard");
    receiver.webhookUri = QStringLiteral("https://hooks.example.com/ion");
    receiver.sharedSecret = secret::generate();
    receiver.headers = {{0, QStringLiteral("X-Team"), QStringLiteral("manufacturing")}};
    return receiver;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void name_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("plain") << QStringLiteral("Ops pager") << QString();
        QTest::newRow("padded") << QStringLiteral("  Ops  ") << QString();
        QTest::newRow("non-ASCII") << QString::fromUtf8("\xC3\x9C"
                                                        "berwachung \xE2\x9C\x93")
                                   << QString();
        QTest::newRow("200 characters") << QString(200, u'n') << QString();
        QTest::newRow("200 emoji count as 200")
            << QString::fromUtf8("\xF0\x9F\x9A\x80").repeated(200) << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("required");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("required");
        QTest::newRow("201 characters") << QString(201, u'n') << QStringLiteral("max-length");
        QTest::newRow("tab") << QStringLiteral("Ops\tpager") << QStringLiteral("no-control-chars");
        QTest::newRow("line break") << QStringLiteral("Ops\npager") << QStringLiteral("no-control-chars");
        QTest::newRow("DEL") << QStringLiteral("Ops\x7F") << QStringLiteral("no-control-chars");
        QTest::newRow("C1 control") << QString(QStringLiteral("Ops") + QChar(0x85))
                                    << QStringLiteral("no-control-chars");
    }

    void name()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);
        verifyOne(validation::name(value), QStringLiteral("name"), rule);
    }

    void description_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("with line breaks") << QStringLiteral("Line one\nLine two") << QString();
        QTest::newRow("2000 characters") << QString(2000, u'd') << QString();
        QTest::newRow("2001 characters") << QString(2001, u'd') << QStringLiteral("max-length");
    }

    void description()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);
        verifyOne(validation::description(value), QStringLiteral("description"), rule);
    }

    void webhookUri_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("plain") << QStringLiteral("https://example.com/hooks") << QString();
        QTest::newRow("port and query") << QStringLiteral("https://example.com:8443/hooks?x=1") << QString();
        QTest::newRow("no path") << QStringLiteral("https://example.com") << QString();
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://EXAMPLE.COM/hooks") << QString();
        QTest::newRow("IDN host") << QString::fromUtf8("https://b\xC3\xBC"
                                                       "cher.example/hooks")
                                  << QString();
        QTest::newRow("punycode host") << QStringLiteral("https://xn--bcher-kva.example/hooks") << QString();
        QTest::newRow("IPv4") << QStringLiteral("https://127.0.0.1:9000/bin/a1") << QString();
        QTest::newRow("IPv6") << QStringLiteral("https://[::1]:8443/hook") << QString();
        QTest::newRow("percent-encoded path") << QStringLiteral("https://example.com/a%20b") << QString();
        QTest::newRow("2048 characters")
            << QString(QStringLiteral("https://example.com/") + QString(2028, u'a')) << QString();

        QTest::newRow("empty") << QString() << QStringLiteral("required");
        QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("required");
        QTest::newRow("2049 characters")
            << QString(QStringLiteral("https://example.com/") + QString(2029, u'a'))
            << QStringLiteral("max-length");
        QTest::newRow("space in host")
            << QStringLiteral("https://exa mple.com/") << QStringLiteral("malformed");
        QTest::newRow("leading space")
            << QStringLiteral(" https://example.com/") << QStringLiteral("malformed");
        QTest::newRow("trailing newline")
            << QStringLiteral("https://example.com/\n") << QStringLiteral("malformed");
        QTest::newRow("tab") << QStringLiteral("https://example.com/\thooks") << QStringLiteral("malformed");
        QTest::newRow("NUL") << QString(QStringLiteral("https://example.com/") + QChar(0))
                             << QStringLiteral("malformed");
        QTest::newRow("bad percent escape")
            << QStringLiteral("https://example.com/%zz") << QStringLiteral("malformed");
        QTest::newRow("port out of range")
            << QStringLiteral("https://example.com:99999/") << QStringLiteral("malformed");
        QTest::newRow("bad host character")
            << QStringLiteral("https://exa<mple.com/") << QStringLiteral("malformed");
        const QString denied = QStringLiteral("outbound-denied");
        QTest::newRow("cloud metadata") << QStringLiteral("https://169.254.169.254/latest") << denied;
        QTest::newRow("metadata, decimal") << QStringLiteral("https://2852039166/") << denied;
        QTest::newRow("metadata, hex") << QStringLiteral("https://0xa9fea9fe/") << denied;
        QTest::newRow("metadata, octal") << QStringLiteral("https://0251.0376.0251.0376/") << denied;
        QTest::newRow("metadata, IPv4-mapped")
            << QStringLiteral("https://[::ffff:169.254.169.254]/") << denied;
        QTest::newRow("link-local IPv6") << QStringLiteral("https://[fe80::1]/") << denied;
        QTest::newRow("AWS metadata IPv6") << QStringLiteral("https://[fd00:ec2::254]/") << denied;
        QTest::newRow("this network") << QStringLiteral("https://0.0.0.0:8443/") << denied;
        QTest::newRow("multicast") << QStringLiteral("https://224.0.0.1/") << denied;
        QTest::newRow("multicast IPv6") << QStringLiteral("https://[ff02::1]/") << denied;
        QTest::newRow("private 10/8 allowed") << QStringLiteral("https://10.0.0.5/hooks") << QString();
        QTest::newRow("private 192.168/16 allowed") << QStringLiteral("https://192.168.1.2/") << QString();
        QTest::newRow("loopback, decimal, allowed")
            << QStringLiteral("https://2130706433:9000/") << QString();
        QTest::newRow("port 0") << QStringLiteral("https://example.com:0/hooks") << QStringLiteral("port");
        QTest::newRow("port 1") << QStringLiteral("https://example.com:1/hooks") << QString();
        QTest::newRow("http") << QStringLiteral("http://example.com/hooks") << QStringLiteral("https-only");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/hooks") << QStringLiteral("https-only");
        QTest::newRow("no scheme") << QStringLiteral("example.com/hooks") << QStringLiteral("https-only");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("https-only");
        QTest::newRow("no host") << QStringLiteral("https:///hooks") << QStringLiteral("host-required");
        QTest::newRow("no authority")
            << QStringLiteral("https:example.com/hooks") << QStringLiteral("host-required");
        QTest::newRow("user and password")
            << QStringLiteral("https://user:pass@example.com/") << QStringLiteral("no-userinfo");
        QTest::newRow("user only") << QStringLiteral("https://user@example.com/")
                                   << QStringLiteral("no-userinfo");
        QTest::newRow("empty user info")
            << QStringLiteral("https://@example.com/") << QStringLiteral("no-userinfo");
        QTest::newRow("fragment") << QStringLiteral("https://example.com/hooks#top")
                                  << QStringLiteral("no-fragment");
        QTest::newRow("empty fragment")
            << QStringLiteral("https://example.com/hooks#") << QStringLiteral("no-fragment");
    }

    void webhookUri()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);
        verifyOne(validation::webhookUri(value), QStringLiteral("webhookUri"), rule);
    }

    // Operators refuse more ranges (--deny-cidr) and allow ranges inside refused ones (--allow-cidr).
    void operatorListsExtendTheOutboundPolicy()
    {
        const Result<OutboundPolicy> policy = OutboundPolicy::withLists(
            {QStringLiteral("10.0.0.0/8"), QStringLiteral("fd12::/16")}, {QStringLiteral("169.254.10.0/24")});
        QVERIFY(policy.ok());
        const QString denied = QStringLiteral("outbound-denied");
        verifyOne(validation::webhookUri(QStringLiteral("https://10.1.2.3/hooks"), *policy), u"webhookUri"_qs,
                  denied);
        verifyOne(validation::webhookUri(QStringLiteral("https://[::ffff:10.1.2.3]/"), *policy),
                  u"webhookUri"_qs, denied);
        verifyOne(validation::webhookUri(QStringLiteral("https://[fd12::1]/"), *policy), u"webhookUri"_qs,
                  denied);
        verifyOne(validation::webhookUri(QStringLiteral("https://169.254.169.254/"), *policy),
                  u"webhookUri"_qs, denied);
        QVERIFY(!validation::webhookUri(QStringLiteral("https://169.254.10.7/"), *policy).has_value());
        QVERIFY(!validation::webhookUri(QStringLiteral("https://192.168.1.2/"), *policy).has_value());
        // The default policy knows nothing of them.
        QVERIFY(!validation::webhookUri(QStringLiteral("https://10.1.2.3/hooks")).has_value());
        const std::optional<Error> message =
            validation::webhookUri(QStringLiteral("https://10.1.2.3/"), *policy);
        QVERIFY2(message->message.contains(QLatin1String("10.0.0.0/8")), qPrintable(message->message));
        QCOMPARE(policy->deniedRanges().mid(6), (QStringList{u"10.0.0.0/8"_qs, u"fd12::/16"_qs}));
        QCOMPARE(policy->allowedRanges(), QStringList{u"169.254.10.0/24"_qs});
    }

    void operatorListsMustBeCidrRanges_data()
    {
        QTest::addColumn<QStringList>("deny");
        QTest::addColumn<QStringList>("allow");
        QTest::addColumn<QString>("field");
        QTest::newRow("not an address") << QStringList{u"intranet"_qs} << QStringList() << u"--deny-cidr"_qs;
        QTest::newRow("no prefix") << QStringList{u"10.0.0.1"_qs} << QStringList() << u"--deny-cidr"_qs;
        QTest::newRow("prefix too long")
            << QStringList() << QStringList{u"10.0.0.0/33"_qs} << u"--allow-cidr"_qs;
        QTest::newRow("empty") << QStringList() << QStringList{QString()} << u"--allow-cidr"_qs;
    }

    void operatorListsMustBeCidrRanges()
    {
        QFETCH(QStringList, deny);
        QFETCH(QStringList, allow);
        QFETCH(QString, field);
        const Result<OutboundPolicy> policy = OutboundPolicy::withLists(deny, allow);
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().field, field);
        QCOMPARE(policy.error().rule, u"cidr"_qs);
        QVERIFY2(policy.error().message.startsWith(field + u':'), qPrintable(policy.error().message));
    }

    void webhookUriNamesTheSchemeGiven()
    {
        const auto error = validation::webhookUri(QStringLiteral("http://example.com/hooks"));
        QVERIFY(error);
        QVERIFY2(error->message.contains(QLatin1String("\"http\"")), qPrintable(error->message));
        QVERIFY2(error->message.contains(QLatin1String("https")), qPrintable(error->message));
    }

    void contentType_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("json") << QStringLiteral("application/json") << QString();
        QTest::newRow("form") << QStringLiteral("application/x-www-form-urlencoded") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("one-of");
        QTest::newRow("xml") << QStringLiteral("text/xml") << QStringLiteral("one-of");
        QTest::newRow("different case") << QStringLiteral("Application/JSON") << QStringLiteral("one-of");
        QTest::newRow("with parameter")
            << QStringLiteral("application/json; charset=utf-8") << QStringLiteral("one-of");
    }

    void contentType()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);
        const auto error = validation::contentType(value);
        verifyOne(error, QStringLiteral("contentType"), rule);
        if (error) // the message lists what is allowed
            QVERIFY(error->message.contains(QLatin1String("application/x-www-form-urlencoded")));
    }

    void expectedResponseCode_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("100") << 100 << QString();
        QTest::newRow("200") << 200 << QString();
        QTest::newRow("204") << 204 << QString();
        QTest::newRow("599") << 599 << QString();
        QTest::newRow("99") << 99 << QStringLiteral("range");
        QTest::newRow("600") << 600 << QStringLiteral("range");
        QTest::newRow("0") << 0 << QStringLiteral("range");
        QTest::newRow("-200") << -200 << QStringLiteral("range");
    }

    void expectedResponseCode()
    {
        QFETCH(int, value);
        QFETCH(QString, rule);
        verifyOne(validation::expectedResponseCode(value), QStringLiteral("expectedResponseCode"), rule);
    }

    void sharedSecret_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("generated") << secret::generate() << QString();
        QTest::newRow("24 bytes") << k24 << QString();
        QTest::newRow("64 bytes") << k64 << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("whsec-prefix");
        QTest::newRow("no prefix") << k24.mid(6) << QStringLiteral("whsec-prefix");
        QTest::newRow("not base64") << QStringLiteral("whsec_not*base64*at*all*not*base64**")
                                    << QStringLiteral("base64");
        QTest::newRow("16 bytes") << QStringLiteral("whsec_AAECAwQFBgcICQoLDA0ODw==")
                                  << QStringLiteral("key-length");
    }

    void sharedSecret()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);
        verifyOne(validation::sharedSecret(value), QStringLiteral("sharedSecret"), rule);
    }

    void headers_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("expected");

        const auto row = [](const char *name, const QStringList &keys, const QStringList &values,
                            const QStringList &expected) {
            QTest::newRow(name) << keys << values << expected;
        };
        const auto one = [&row](const char *name, const QString &key, const QString &value,
                                const QString &expected) {
            row(name, {key}, {value}, expected.isEmpty() ? QStringList{} : QStringList{expected});
        };

        row("none", {}, {}, {});
        row("typical", {QStringLiteral("X-Team"), QStringLiteral("Authorization")},
            {QStringLiteral("ops"), QStringLiteral("Bearer abc.def")}, {});
        one("every tchar", QStringLiteral("Az09!#$%&'*+-.^_`|~"), QStringLiteral("v"), QString());
        one("empty value", QStringLiteral("X-Empty"), QString(), QString());
        one("8192-character value", QStringLiteral("X-Big"), QString(8192, u'v'), QString());
        one("value with tab and non-ASCII", QStringLiteral("X-Note"), QString::fromUtf8("a\tb \xC3\xA9"),
            QString());

        one("empty key", QString(), QStringLiteral("v"), QStringLiteral("headers[0].key http-token"));
        one("space in key", QStringLiteral("X Team"), QStringLiteral("v"),
            QStringLiteral("headers[0].key http-token"));
        one("colon in key", QStringLiteral("X-Team:"), QStringLiteral("v"),
            QStringLiteral("headers[0].key http-token"));
        one("non-ASCII key",
            QString::fromUtf8("X-T\xC3\xAB"
                              "am"),
            QStringLiteral("v"), QStringLiteral("headers[0].key http-token"));
        one("line break in key", QStringLiteral("X-A\nB"), QStringLiteral("v"),
            QStringLiteral("headers[0].key http-token"));

        const QString reserved = QStringLiteral("headers[0].key reserved");
        one("Host", QStringLiteral("Host"), QStringLiteral("evil.example"), reserved);
        one("content-length", QStringLiteral("content-length"), QStringLiteral("0"), reserved);
        one("Content-Type", QStringLiteral("Content-Type"), QStringLiteral("text/plain"), reserved);
        one("TRANSFER-ENCODING", QStringLiteral("TRANSFER-ENCODING"), QStringLiteral("chunked"), reserved);
        one("Connection", QStringLiteral("Connection"), QStringLiteral("close"), reserved);
        one("user-agent", QStringLiteral("user-agent"), QStringLiteral("curl"), reserved);
        one("webhook-id", QStringLiteral("webhook-id"), QStringLiteral("evt_1"), reserved);
        one("Webhook-Signature", QStringLiteral("Webhook-Signature"), QStringLiteral("v1,x"), reserved);
        one("webhook-anything", QStringLiteral("WEBHOOK-Custom"), QStringLiteral("x"), reserved);
        one("X-Hub-Signature-256", QStringLiteral("x-hub-signature-256"), QStringLiteral("sha256=0"),
            reserved);

        row("duplicate, other case", {QStringLiteral("X-Team"), QStringLiteral("x-team")},
            {QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("headers[1].key unique")});

        one("CR in value", QStringLiteral("X-A"), QStringLiteral("a\rb"),
            QStringLiteral("headers[0].value no-line-breaks"));
        one("LF in value", QStringLiteral("X-A"), QStringLiteral("a\nX-Injected: 1"),
            QStringLiteral("headers[0].value no-line-breaks"));
        one("NUL in value", QStringLiteral("X-A"), QString(QStringLiteral("a") + QChar(0)),
            QStringLiteral("headers[0].value no-line-breaks"));
        one("SOH in value", QStringLiteral("X-A"), QString(QStringLiteral("a") + QChar(0x01)),
            QStringLiteral("headers[0].value no-control-chars"));
        one("DEL in value", QStringLiteral("X-A"), QString(QStringLiteral("a") + QChar(0x7F)),
            QStringLiteral("headers[0].value no-control-chars"));
        one("ESC in value", QStringLiteral("X-A"), QString(QStringLiteral("a") + QChar(0x1B) + u'b'),
            QStringLiteral("headers[0].value no-control-chars"));
        one("tab in value is allowed", QStringLiteral("X-A"), QStringLiteral("a\tb"), QString());
        one("8193-character value", QStringLiteral("X-Big"), QString(8193, u'v'),
            QStringLiteral("headers[0].value max-length"));

        QStringList keys50, keys51, values51;
        for (int i = 0; i < 51; ++i) {
            keys51.append(QStringLiteral("X-H%1").arg(i));
            values51.append(QStringLiteral("v"));
        }
        keys50 = keys51.mid(0, 50);
        row("50 headers", keys50, values51.mid(0, 50), {});
        row("51 headers", keys51, values51, {QStringLiteral("headers max-count")});

        row("every error is reported",
            {QStringLiteral("Host"), QStringLiteral("X A"), QStringLiteral("X-Ok"), QStringLiteral("x-ok")},
            {QStringLiteral("a\nb"), QStringLiteral("fine"), QStringLiteral("fine"), QString(8193, u'v')},
            {QStringLiteral("headers[0].key reserved"), QStringLiteral("headers[0].value no-line-breaks"),
             QStringLiteral("headers[1].key http-token"), QStringLiteral("headers[3].key unique"),
             QStringLiteral("headers[3].value max-length")});
    }

    void headers()
    {
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        QFETCH(QStringList, expected);
        QCOMPARE(keys.size(), values.size());
        QList<WebhookHeader> list;
        for (qsizetype i = 0; i < keys.size(); ++i)
            list.append({0, keys.at(i), values.at(i)});
        verifyErrors(validation::headers(list), expected);
    }

    void delivery_data()
    {
        QTest::addColumn<QVariant>("maxInFlight"); // invalid QVariant: not set
        QTest::addColumn<QVariant>("timeoutMs");
        QTest::addColumn<QVariant>("retrySchedule"); // QList<int>
        QTest::addColumn<QStringList>("expected");

        const QVariant unset;
        const auto schedule = [](const QList<int> &steps) {
            return QVariant::fromValue(steps);
        };

        QTest::newRow("nothing set") << unset << unset << unset << QStringList{};
        QTest::newRow("lowest") << QVariant(1) << QVariant(1000) << schedule({1}) << QStringList{};
        QTest::newRow("highest") << QVariant(64) << QVariant(120000) << schedule(QList<int>(20, 86400))
                                 << QStringList{};
        QTest::newRow("SPEC schedule")
            << unset << QVariant(15000) << schedule({5, 300, 1800, 7200, 18000, 36000, 36000})
            << QStringList{};
        QTest::newRow("maxInFlight 0")
            << QVariant(0) << unset << unset << QStringList{QStringLiteral("delivery.maxInFlight range")};
        QTest::newRow("maxInFlight 65")
            << QVariant(65) << unset << unset << QStringList{QStringLiteral("delivery.maxInFlight range")};
        QTest::newRow("timeout 999 ms")
            << unset << QVariant(999) << unset << QStringList{QStringLiteral("delivery.timeoutMs range")};
        QTest::newRow("timeout 120001 ms")
            << unset << QVariant(120001) << unset << QStringList{QStringLiteral("delivery.timeoutMs range")};
        QTest::newRow("empty schedule")
            << unset << unset << schedule({}) << QStringList{QStringLiteral("delivery.retrySchedule count")};
        QTest::newRow("21 steps") << unset << unset << schedule(QList<int>(21, 60))
                                  << QStringList{QStringLiteral("delivery.retrySchedule count")};
        QTest::newRow("step 0 s") << unset << unset << schedule({0})
                                  << QStringList{QStringLiteral("delivery.retrySchedule[0] range")};
        QTest::newRow("step over a day") << unset << unset << schedule({5, 86401})
                                         << QStringList{QStringLiteral("delivery.retrySchedule[1] range")};
        QTest::newRow("negative step") << unset << unset << schedule({-5})
                                       << QStringList{QStringLiteral("delivery.retrySchedule[0] range")};
        QTest::newRow("all at once") << QVariant(0) << QVariant(0) << schedule({1, 0, 90000})
                                     << QStringList{QStringLiteral("delivery.maxInFlight range"),
                                                    QStringLiteral("delivery.timeoutMs range"),
                                                    QStringLiteral("delivery.retrySchedule[1] range"),
                                                    QStringLiteral("delivery.retrySchedule[2] range")};
    }

    void delivery()
    {
        QFETCH(QVariant, maxInFlight);
        QFETCH(QVariant, timeoutMs);
        QFETCH(QVariant, retrySchedule);
        QFETCH(QStringList, expected);
        DeliverySettings settings;
        if (maxInFlight.isValid())
            settings.maxInFlight = maxInFlight.toInt();
        if (timeoutMs.isValid())
            settings.timeoutMs = timeoutMs.toInt();
        if (retrySchedule.isValid())
            settings.retrySchedule = retrySchedule.value<QList<int>>();
        verifyErrors(validation::delivery(settings), expected);
    }

    void resource_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("RUNS") << QStringLiteral("RUNS") << QString();
        QTest::newRow("FILE_ATTACHMENTS") << QStringLiteral("FILE_ATTACHMENTS") << QString();
        QTest::newRow("unknown") << QStringLiteral("FOO") << QStringLiteral("one-of");
        QTest::newRow("lower case") << QStringLiteral("runs") << QStringLiteral("one-of");
        QTest::newRow("empty") << QString() << QStringLiteral("one-of");
    }

    void resource()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);
        const auto error = validation::resource(value);
        verifyOne(error, QStringLiteral("resource"), rule);
        if (error)
            QVERIFY2(error->message.startsWith(
                         QStringLiteral("resource: \"%1\" is not a ResourceEnum value").arg(value)),
                     qPrintable(error->message));
    }

    void action_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("CREATE") << QStringLiteral("CREATE") << QString();
        QTest::newRow("UPDATE") << QStringLiteral("UPDATE") << QString();
        QTest::newRow("DELETE") << QStringLiteral("DELETE") << QString();
        QTest::newRow("lower case") << QStringLiteral("create") << QStringLiteral("one-of");
        QTest::newRow("unknown") << QStringLiteral("UPSERT") << QStringLiteral("one-of");
        QTest::newRow("empty") << QString() << QStringLiteral("one-of");
    }

    void action()
    {
        QFETCH(QString, value);
        QFETCH(QString, rule);
        const auto error = validation::action(value);
        verifyOne(error, QStringLiteral("action"), rule);
        if (error)
            QVERIFY2(error->message.contains(QStringLiteral("\"%1\"").arg(value)),
                     qPrintable(error->message));
    }

    void receiverValid() { verifyErrors(validation::receiver(validReceiver()), {}); }

    void receiverDefaultsStillNeedNameUriAndSecret()
    {
        verifyErrors(validation::receiver(Receiver{}),
                     {QStringLiteral("name required"), QStringLiteral("webhookUri required"),
                      QStringLiteral("sharedSecret whsec-prefix")});
    }

    void receiverReportsEveryFieldInOrder()
    {
        Receiver receiver = validReceiver();
        receiver.name = QStringLiteral("a\tb");
        receiver.description = QString(2001, u'd');
        receiver.webhookUri = QStringLiteral("http://example.com/");
        receiver.sharedSecret = QStringLiteral("whsec_AAECAwQFBgcICQoLDA0ODw==");
        receiver.contentType = QStringLiteral("text/plain");
        receiver.expectedResponseCode = 700;
        receiver.headers = {{0, QStringLiteral("Host"), QStringLiteral("x")}};
        receiver.delivery.maxInFlight = 0;
        verifyErrors(validation::receiver(receiver),
                     {QStringLiteral("name no-control-chars"), QStringLiteral("description max-length"),
                      QStringLiteral("webhookUri https-only"), QStringLiteral("sharedSecret key-length"),
                      QStringLiteral("contentType one-of"), QStringLiteral("expectedResponseCode range"),
                      QStringLiteral("headers[0].key reserved"),
                      QStringLiteral("delivery.maxInFlight range")});
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
