// hookboard --print-schema and the executable schema agree: every type, field, argument-less input
// field and enum value that introspection reports stands in the printed SDL, in its own block.
#include "api/graphqlschema.h"
#include "graphql/engine.h"
#include "graphql/sdlprinter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace hookboard;

class TestGraphQLSdl : public QObject
{
    Q_OBJECT

private slots:
    void printedSdlAgreesWithIntrospection();
};

namespace {

// The text of the block that declares name ("type X {", "input X {", "enum X {"), or empty.
QString blockOf(const QString &sdl, const QString &keyword, const QString &name)
{
    const QRegularExpression start(
        QStringLiteral("^%1 %2 \\{$").arg(keyword, QRegularExpression::escape(name)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = start.match(sdl);
    if (!match.hasMatch())
        return {};
    const qsizetype end = sdl.indexOf(QStringLiteral("\n}"), match.capturedEnd());
    return sdl.mid(match.capturedEnd(), end - match.capturedEnd());
}

bool declares(const QString &block, const QString &member)
{
    return QRegularExpression(QStringLiteral("^  %1\\b").arg(QRegularExpression::escape(member)),
                              QRegularExpression::MultilineOption)
        .match(block)
        .hasMatch();
}

} // namespace

void TestGraphQLSdl::printedSdlAgreesWithIntrospection()
{
    const QString sdl = graphql::SdlPrinter::print(GraphQLSchema::instance());
    QFile queryFile(qEnvironmentVariable("HOOKBOARD_TEST_DATA") +
                    QStringLiteral("/introspection-query.graphql"));
    QVERIFY(queryFile.open(QIODevice::ReadOnly));
    graphql::Request request;
    request.query = QString::fromUtf8(queryFile.readAll());
    const graphql::Response response = graphql::Engine::execute(GraphQLSchema::instance(), request);
    QVERIFY2(response.errors.isEmpty(), response.toJson().constData());
    const QJsonArray types =
        QJsonDocument::fromJson(response.toJson()).object()[u"data"][u"__schema"][u"types"].toArray();
    QVERIFY(types.size() > 20);

    int checked = 0;
    for (const QJsonValue &typeValue : types) {
        const QJsonObject type = typeValue.toObject();
        const QString name = type[u"name"].toString();
        const QString kind = type[u"kind"].toString();
        if (name.startsWith(QLatin1String("__")) ||
            (kind == QLatin1String("SCALAR") &&
             QStringList{QStringLiteral("Int"), QStringLiteral("Float"), QStringLiteral("String"),
                         QStringLiteral("Boolean"), QStringLiteral("ID")}
                 .contains(name)))
            continue;
        if (kind == QLatin1String("SCALAR")) {
            QVERIFY2(sdl.contains(QStringLiteral("\nscalar ") + name + u'\n'), qPrintable(name));
            continue;
        }
        const QString keyword = kind == QLatin1String("OBJECT")         ? QStringLiteral("type")
                                : kind == QLatin1String("INPUT_OBJECT") ? QStringLiteral("input")
                                                                        : QStringLiteral("enum");
        const QString block = blockOf(sdl, keyword, name);
        QVERIFY2(!block.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2 missing from the SDL").arg(keyword, name)));
        const char *membersKey = kind == QLatin1String("OBJECT")         ? "fields"
                                 : kind == QLatin1String("INPUT_OBJECT") ? "inputFields"
                                                                         : "enumValues";
        for (const QJsonValue &member : type[QLatin1String(membersKey)].toArray()) {
            const QString memberName = member.toObject()[u"name"].toString();
            QVERIFY2(declares(block, memberName), qPrintable(name + u'.' + memberName));
            ++checked;
        }
    }
    qInfo("%d members of the executable schema found in the printed SDL", checked);
    QVERIFY(checked > 100);
    // The roots SPEC §4 requires are there.
    for (const char *field : {"webhookReceivers", "webhookReceiver", "webhookSubscriptions", "webhookEvents"})
        QVERIFY2(
            declares(blockOf(sdl, QStringLiteral("type"), QStringLiteral("Query")), QLatin1String(field)),
            field);
    for (const char *field :
         {"createWebhookReceiver", "updateWebhookReceiver", "deleteWebhookReceiver",
          "rotateWebhookReceiverSecret", "createWebhookSubscription", "updateWebhookSubscription",
          "deleteWebhookSubscription", "publishWebhookEvent", "sendTestWebhookEvent", "resendWebhookEvent",
          "replayWebhookEvents", "cancelWebhookEvent"})
        QVERIFY2(
            declares(blockOf(sdl, QStringLiteral("type"), QStringLiteral("Mutation")), QLatin1String(field)),
            field);
}

QTEST_GUILESS_MAIN(TestGraphQLSdl)
#include "tst_graphqlsdl.moc"
