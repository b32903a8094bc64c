// Export and import (issue 12): the event log as CSV, JSON lines and HAR, and the configuration
// file's round trip between two data folders, on real SQLite stores. Nothing half-imported: a
// refused or outdated import leaves the store and the change feed exactly as they were.
#include "store/store.h"
#include "testsupport.h"
#include "transfer/configdocument.h"
#include "transfer/configimport.h"
#include "transfer/eventexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hookboard;
using namespace hookboard::test;
using namespace Qt::StringLiterals;

namespace {

// Reads CSV as RFC 4180 says: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    const QString s = QString::fromUtf8(text);
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QByteArray exportAll(const WebhookService &service, const EventFilter &filter, ExportFormat format,
                     int *pieces = nullptr)
{
    EventExport exporter(service, filter, format);
    QByteArray out;
    int n = 0;
    while (!exporter.atEnd()) {
        Result<QByteArray> piece = exporter.next();
        if (!piece)
            qFatal("export failed: %s", qPrintable(piece.error().message));
        out += *piece;
        ++n;
    }
    if (pieces)
        *pieces = n;
    return out;
}

Attempt attemptOf(qint64 eventId, int number, std::optional<int> code, const QByteArray &responseBody,
                  const QString &error = {})
{
    Attempt a;
    a.eventId = eventId;
    a.number = number;
    a.startedAtMs = 1'780'000'000'000 + number;
    a.durationMs = 40 + number;
    a.requestHeaders = {{"Content-Type", "application/json"},
                        {"webhook-id", "msg_" + QByteArray::number(eventId)}};
    a.requestBody = "{\"n\":" + QByteArray::number(eventId) + '}';
    a.responseCode = code;
    if (code)
        a.responseHeaders = {{"Content-Type", "application/octet-stream"}};
    a.responseBody = responseBody;
    a.error = error;
    return a;
}

ReceiverInput fullReceiver(const QString &name, const QString &uri)
{
    ReceiverInput in;
    in.name = name;
    in.description = QStringLiteral("QA's intake, \"line 2\"");
    in.webhookUri = uri;
    in.contentType = QStringLiteral("application/json");
    in.expectedResponseCode = 202;
    in.headers = QList<WebhookHeader>{{0, QStringLiteral("X-Team"), QStringLiteral("qa")},
                                      {0, QStringLiteral("Authorization"), QStringLiteral("Bearer abc")}};
    DeliverySettings delivery;
    delivery.ordered = true;
    delivery.maxInFlight = 3;
    delivery.timeoutMs = 5000;
    delivery.retrySchedule = QList<int>{5, 60, 600};
    in.delivery = delivery;
    return in;
}

// Two receivers with headers, delivery settings and subscriptions (one paused), one disabled.
void fillConfiguration(TestStore &t)
{
    Result<Receiver> qa = t.service().createReceiver(
        fullReceiver(QStringLiteral("QA intake"), QStringLiteral("https://qa.example.com/hooks")), tester());
    QVERIFY(qa.ok());
    ReceiverInput erpInput;
    erpInput.name = QStringLiteral("ERP");
    erpInput.webhookUri = QStringLiteral("https://erp.example.com/in");
    erpInput.active = false;
    Result<Receiver> erp = t.service().createReceiver(erpInput, tester());
    QVERIFY(erp.ok());
    t.subscribe(qa->id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const Subscription paused =
        t.subscribe(qa->id, QStringLiteral("PURCHASE_ORDERS"), QStringLiteral("UPDATE"));
    SubscriptionInput pause;
    pause.active = false;
    QVERIFY(t.service().updateSubscription(paused.id, paused.etag, pause).ok());
    t.subscribe(erp->id, QStringLiteral("RUNS"), QStringLiteral("DELETE"));
}

QByteArray configurationOf(TestStore &t, bool secrets)
{
    Result<ConfigDocument> document = ConfigDocument::read(t.service(), secrets);
    if (!document)
        qFatal("read failed: %s", qPrintable(document.error().message));
    return document->toJson();
}

Result<ImportResult> importInto(TestStore &t, const QByteArray &file)
{
    Result<ConfigDocument> document = ConfigDocument::parse(file);
    if (!document)
        return document.error();
    Result<ImportPlan> plan = configimport::plan(t.service(), *document);
    if (!plan)
        return plan.error();
    return configimport::apply(t.service(), *plan, tester());
}

qint64 configRows(TestStore &t)
{
    return t.rowCount(QStringLiteral("receivers")) + t.rowCount(QStringLiteral("subscriptions")) +
           t.rowCount(QStringLiteral("receiver_headers"));
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private slots:
    void nestedTransactionsAreSavepoints();
    void asOneChangeKeepsAllOrNothingAndPostsAfterCommit();
    void csvHasEveryEventOnceWithQuotedFields();
    void jsonLinesKeepPayloadTextAndAttempts();
    void harHasAnEntryPerAttempt();
    void exportFollowsTheFilter();
    void configurationRoundTripsBetweenTwoDataFolders();
    void secretsOnlyWhenAsked();
    void reimportChangesNothingAndAChangedFileIsPlannedAsUpdates();
    void badFilesAreRefusedNamingThePathAndRule_data();
    void badFilesAreRefusedNamingThePathAndRule();
    void invalidValueInALaterReceiverImportsNothing();
    void changeAfterPlanningImportsNothing();
    void ambiguousNameIsRefused();
    void sameNameCreatedAfterPlanningImportsNothing();
};

void TestTransfer::nestedTransactionsAreSavepoints()
{
    TestStore t;
    Database &db = t.store().database();
    const Status outer = db.transaction([&]() -> Status {
        t.makeReceiver(QStringLiteral("kept"));
        const Status inner = db.transaction([&]() -> Status {
            t.makeReceiver(QStringLiteral("undone"));
            return Error::internal(QStringLiteral("inner fails"));
        });
        if (inner.ok())
            return Error::internal(QStringLiteral("inner should have failed"));
        if (!db.inTransaction())
            return Error::internal(
                QStringLiteral("the outer transaction should go on after an inner rollback"));
        return {};
    });
    QVERIFY(outer.ok());
    QVERIFY(!db.inTransaction());
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 1);
    QCOMPARE(t.rowCount(QStringLiteral("receivers"), QStringLiteral("name = 'Receiver kept'")), 1);
}

void TestTransfer::asOneChangeKeepsAllOrNothingAndPostsAfterCommit()
{
    TestStore t;
    FeedRecorder feed(t.feed());
    const Status failed = t.service().asOneChange([&]() -> Status {
        t.makeReceiver(QStringLiteral("a"));
        t.makeReceiver(QStringLiteral("b"));
        return Error::badInput(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x: refused"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 0);
    QCoreApplication::processEvents();
    QVERIFY2(feed.all().isEmpty(), "nothing committed, nothing announced");

    bool heardBeforeCommit = true;
    const Status done = t.service().asOneChange([&]() -> Status {
        t.makeReceiver(QStringLiteral("a"));
        t.makeReceiver(QStringLiteral("b"));
        QCoreApplication::processEvents(); // a notice posted now would be heard now
        heardBeforeCommit = !feed.all().isEmpty();
        return {};
    });
    QVERIFY2(!heardBeforeCommit, "the feed hears of the changes only after the commit");
    QVERIFY(done.ok());
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 2);
    QCOMPARE(feed.ids(StoreChange::Kind::ReceiversCreated).size(), 2);
}

void TestTransfer::csvHasEveryEventOnceWithQuotedFields()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const int events = EventExport::kPageSize * 2 + 50; // three pages, the last one short
    for (int i = 0; i < events; ++i) {
        const QByteArray data = "{\"i\":" + QByteArray::number(i) + ",\"note\":\"a, \\\"quoted\\\"\\nline\"}";
        QVERIFY(t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), data}).ok());
    }
    int pieces = 0;
    const QByteArray csv = exportAll(t.service(), {}, ExportFormat::Csv, &pieces);
    QVERIFY2(pieces >= 4, "a page at a time: the header, three pages, the end");
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), events + 1);
    QCOMPARE(rows.first().first(), QStringLiteral("id"));
    const int columns = int(rows.first().size());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), columns);
        const qint64 id = rows[i][0].toLongLong();
        QVERIFY2(id < previous, "newest first, each event once");
        previous = id;
        QCOMPARE(rows[i][2], QStringLiteral("PENDING"));
        const QJsonObject payload = QJsonDocument::fromJson(rows[i].last().toUtf8()).object();
        QCOMPARE(payload.value(u"note").toString(), QStringLiteral("a, \"quoted\"\nline"));
    }
    QCOMPARE(QJsonDocument::fromJson(rows.last().last().toUtf8()).object().value(u"i").toInt(), 0);
}

void TestTransfer::jsonLinesKeepPayloadTextAndAttempts()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    const QByteArray exact = "{\"serial\":12345678901234567890,\"x\":1.50}";
    Result<QList<qint64>> ids =
        t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), exact});
    QVERIFY(ids.ok() && ids->size() == 1);
    const qint64 id = ids->first();
    QVERIFY(t.store()
                .events()
                .insertAttempt(attemptOf(id, 1, std::nullopt, {}, QStringLiteral("timed out")))
                .ok());
    QVERIFY(t.store().events().insertAttempt(attemptOf(id, 2, 500, QByteArray("\xff\xfe\x00oops", 7))).ok());

    const QByteArray text = exportAll(t.service(), {}, ExportFormat::JsonLines);
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QByteArray(QByteArray("\"payload\":") + exact)),
             "the payload as published, byte for byte");
    QJsonParseError error;
    const QJsonObject event = QJsonDocument::fromJson(lines.first(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(event.value(u"id").toInteger(), id);
    const QJsonArray attempts = event.value(u"attempts").toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts[0].toObject().value(u"error").toString(), QStringLiteral("timed out"));
    QVERIFY(attempts[0].toObject().value(u"responseCode").isNull());
    const QJsonObject second = attempts[1].toObject();
    QCOMPARE(second.value(u"responseCode").toInt(), 500);
    QVERIFY(second.value(u"responseBodyBase64").toBool());
    QCOMPARE(QByteArray::fromBase64(second.value(u"responseBody").toString().toLatin1()),
             QByteArray("\xff\xfe\x00oops", 7));
    QCOMPARE(second.value(u"requestBody").toString(), QStringLiteral("{\"n\":%1}").arg(id));
}

void TestTransfer::harHasAnEntryPerAttempt()
{
    TestStore t;
    const Receiver r = t.makeReceiver();
    t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"})->first();
    QVERIFY(t.store().events().insertAttempt(attemptOf(ids[0], 1, 200, "ok")).ok());
    QVERIFY(t.store()
                .events()
                .insertAttempt(attemptOf(ids[1], 1, std::nullopt, {}, QStringLiteral("refused")))
                .ok());
    QVERIFY(t.store().events().insertAttempt(attemptOf(ids[1], 2, 503, QByteArray("\x01\xff", 2))).ok());

    const QByteArray har = exportAll(t.service(), {}, ExportFormat::Har);
    QJsonParseError error;
    const QJsonObject log = QJsonDocument::fromJson(har, &error).object().value(u"log").toObject();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
    QCOMPARE(log.value(u"creator").toObject().value(u"name").toString(), QStringLiteral("Hookboard"));
    const QJsonArray entries = log.value(u"entries").toArray();
    QCOMPARE(entries.size(), 3); // one per attempt; the event without attempts has none
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        for (const char *field : {"startedDateTime", "time", "request", "response", "cache", "timings"})
            QVERIFY2(entry.contains(QLatin1String(field)), field);
        const QJsonObject request = entry.value(u"request").toObject();
        QCOMPARE(request.value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(u"url").toString(), r.webhookUri);
        QCOMPARE(request.value(u"postData").toObject().value(u"mimeType").toString(),
                 QStringLiteral("application/json"));
        QVERIFY(request.value(u"headers").toArray().size() == 2);
    }
    // Newest event first: ids[1]'s attempts, then ids[0]'s.
    const QJsonObject refused = entries[0].toObject();
    QCOMPARE(refused.value(u"_hookboard").toObject().value(u"eventId").toInteger(), ids[1]);
    QCOMPARE(refused.value(u"response").toObject().value(u"status").toInt(), 0);
    QCOMPARE(refused.value(u"response").toObject().value(u"_error").toString(), QStringLiteral("refused"));
    const QJsonObject binary =
        entries[1].toObject().value(u"response").toObject().value(u"content").toObject();
    QCOMPARE(binary.value(u"encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(binary.value(u"text").toString().toLatin1()), QByteArray("\x01\xff", 2));
    QCOMPARE(entries[2]
                 .toObject()
                 .value(u"response")
                 .toObject()
                 .value(u"content")
                 .toObject()
                 .value(u"text")
                 .toString(),
             QStringLiteral("ok"));

    // A deleted receiver's attempts still export, under a reserved name that says which it was.
    QVERIFY(t.service().deleteReceiver(r.id, t.service().receiver(r.id)->etag).ok());
    const QJsonArray after = QJsonDocument::fromJson(exportAll(t.service(), {}, ExportFormat::Har))
                                 .object()[u"log"_s][u"entries"_s]
                                 .toArray();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[0].toObject()[u"request"_s][u"url"_s].toString(),
             QStringLiteral("https://deleted-receiver-%1.invalid/").arg(r.id));
}

void TestTransfer::exportFollowsTheFilter()
{
    TestStore t;
    const Receiver a = t.makeReceiver(QStringLiteral("a"));
    const Receiver b = t.makeReceiver(QStringLiteral("b"));
    t.subscribe(a.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    t.subscribe(b.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(t.service()
                    .publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"k\":\"needle\"}"})
                    .ok());
    QVERIFY(t.service().publish({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"k\":\"hay\"}"}).ok());
    EventFilter ofA;
    ofA.receiverId = a.id;
    QCOMPARE(parseCsv(exportAll(t.service(), ofA, ExportFormat::Csv)).size(), 1 + 6);
    ofA.payloadContains = QStringLiteral("needle");
    const QList<QStringList> rows = parseCsv(exportAll(t.service(), ofA, ExportFormat::Csv));
    QCOMPARE(rows.size(), 1 + 5);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows[i][5], QString::number(a.id));
    EventFilter none;
    none.statuses = {EventStatus::Failed};
    QCOMPARE(exportAll(t.service(), none, ExportFormat::JsonLines), QByteArray());
    QCOMPARE(QJsonDocument::fromJson(exportAll(t.service(), none, ExportFormat::Har))
                 .object()[u"log"_s][u"entries"_s]
                 .toArray()
                 .size(),
             0);
}

void TestTransfer::configurationRoundTripsBetweenTwoDataFolders()
{
    TestStore from;
    fillConfiguration(from);
    const QByteArray file = configurationOf(from, false);
    QVERIFY(!file.contains("sharedSecret"));

    TestStore to;
    FeedRecorder feed(to.feed());
    Result<ImportResult> imported = importInto(to, file);
    QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->receiversCreated, 2);
    QCOMPARE(imported->subscriptionsCreated, 3);
    QCOMPARE(imported->generatedSecretsFor,
             QStringList({QStringLiteral("QA intake"), QStringLiteral("ERP")}));
    QCOMPARE(configurationOf(to, false), file);
    QCOMPARE(feed.ids(StoreChange::Kind::ReceiversCreated).size(), 2);
    QCOMPARE(feed.ids(StoreChange::Kind::SubscriptionsCreated).size(), 3);
    // Everything a receiver is came along, field by field.
    Result<Page<Receiver>> receivers = to.service().receivers({});
    QVERIFY(receivers.ok());
    const Receiver &qa = receivers->items.first();
    const Receiver original = from.service().receivers({})->items.first();
    QCOMPARE(qa.headers.size(), 2);
    QCOMPARE(qa.headers[1].value, QStringLiteral("Bearer abc"));
    QCOMPARE(qa.delivery, original.delivery);
    QCOMPARE(qa.expectedResponseCode, 202);
    QCOMPARE(qa.description, original.description);
    QVERIFY(!receivers->items[1].active);
    QVERIFY2(qa.sharedSecret != original.sharedSecret, "without secrets in the file, new ones are made");
}

void TestTransfer::secretsOnlyWhenAsked()
{
    TestStore from;
    fillConfiguration(from);
    const QByteArray file = configurationOf(from, true);
    QVERIFY(file.contains("\"sharedSecret\""));
    QVERIFY(file.contains("\"secretsIncluded\": true"));
    TestStore to;
    Result<ImportResult> imported = importInto(to, file);
    QVERIFY(imported.ok());
    QVERIFY(imported->generatedSecretsFor.isEmpty());
    const QList<Receiver> a = from.service().receivers({})->items;
    const QList<Receiver> b = to.service().receivers({})->items;
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(b[i].sharedSecret, a[i].sharedSecret);
    QCOMPARE(configurationOf(to, true), file);
}

void TestTransfer::reimportChangesNothingAndAChangedFileIsPlannedAsUpdates()
{
    TestStore t;
    fillConfiguration(t);
    const QByteArray file = configurationOf(t, false);
    Result<ImportPlan> same = configimport::plan(t.service(), *ConfigDocument::parse(file));
    QVERIFY(same.ok());
    QVERIFY(same->changesNothing());
    QCOMPARE(same->count(ImportPlan::Step::Unchanged), 2);
    const qint64 rowsBefore = configRows(t);
    const QString etagBefore = t.service().receivers({})->items.first().etag;
    QVERIFY(configimport::apply(t.service(), *same, tester()).ok());
    QCOMPARE(t.service().receivers({})->items.first().etag, etagBefore);
    QCOMPARE(configRows(t), rowsBefore);

    QJsonObject root = QJsonDocument::fromJson(file).object();
    QJsonArray receivers = root[u"receivers"_s].toArray();
    QJsonObject qa = receivers[0].toObject();
    qa[u"webhookUri"_s] = u"https://qa2.example.com/hooks"_s;
    QJsonArray subscriptions = qa[u"subscriptions"_s].toArray();
    QJsonObject paused = subscriptions[1].toObject();
    paused[u"active"_s] = true;
    subscriptions[1] = paused;
    subscriptions.append(
        QJsonObject{{u"resource"_s, u"RUNS"_s}, {u"action"_s, u"UPDATE"_s}, {u"active"_s, true}});
    qa[u"subscriptions"_s] = subscriptions;
    receivers[0] = qa;
    receivers.append(
        QJsonObject{{u"name"_s, u"Inventory"_s}, {u"webhookUri"_s, u"https://inv.example.com/"_s}});
    root[u"receivers"_s] = receivers;
    Result<ImportPlan> plan =
        configimport::plan(t.service(), *ConfigDocument::parse(QJsonDocument(root).toJson()));
    QVERIFY(plan.ok());
    QCOMPARE(plan->receivers[0].step, ImportPlan::Step::Update);
    QCOMPARE(plan->receivers[0].changedFields, QStringList{QStringLiteral("webhookUri")});
    QCOMPARE(plan->receivers[1].step, ImportPlan::Step::Unchanged);
    QCOMPARE(plan->receivers[2].step, ImportPlan::Step::Create);
    QCOMPARE(plan->subscriptionCount(ImportPlan::Step::Create), 1);
    QCOMPARE(plan->subscriptionCount(ImportPlan::Step::Update), 1);
    QCOMPARE(plan->subscriptionCount(ImportPlan::Step::Unchanged), 2);
    Result<ImportResult> applied = configimport::apply(t.service(), *plan, tester());
    QVERIFY(applied.ok());
    QCOMPARE(applied->receiversUpdated, 1);
    QCOMPARE(applied->receiversCreated, 1);
    QCOMPARE(t.service().receivers({})->items.first().webhookUri,
             QStringLiteral("https://qa2.example.com/hooks"));
    QVERIFY(configimport::plan(t.service(), *ConfigDocument::parse(QJsonDocument(root).toJson()))
                ->changesNothing());
}

void TestTransfer::badFilesAreRefusedNamingThePathAndRule_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    const QByteArray head = R"({"format":"hookboard-configuration","version":1,"receivers":[)";
    const QByteArray ok = R"({"name":"A","webhookUri":"https://a.example.com/"})";
    QTest::newRow("not json") << QByteArray("{\"format\":") << u"file"_s << u"json-syntax"_s;
    QTest::newRow("not ours") << QByteArray(R"({"format":"other","version":1,"receivers":[]})") << u"format"_s
                              << u"format"_s;
    QTest::newRow("newer") << QByteArray(R"({"format":"hookboard-configuration","version":2,"receivers":[]})")
                           << u"version"_s << u"newer"_s;
    QTest::newRow("unknown top")
        << QByteArray(R"({"format":"hookboard-configuration","version":1,"receivers":[],"x":1})") << u"x"_s
        << u"unknown-field"_s;
    QTest::newRow("misspelt field") << head + ok + R"(,{"name":"B","webhookUrl":"https://b.example.com/"}]})"
                                    << u"receivers[1].webhookUrl"_s << u"unknown-field"_s;
    QTest::newRow("missing uri") << head + R"({"name":"B"}]})" << u"receivers[0].webhookUri"_s
                                 << u"required"_s;
    QTest::newRow("null name") << head + R"({"name":null,"webhookUri":"https://b.example.com/"}]})"
                               << u"receivers[0].name"_s << u"required"_s;
    QTest::newRow("wrong type")
        << head + R"({"name":"B","webhookUri":"https://b.example.com/","active":"yes"}]})"
        << u"receivers[0].active"_s << u"type"_s;
    QTest::newRow("header")
        << head + R"({"name":"B","webhookUri":"https://b.example.com/","headers":[{"key":"X"}]}]})"
        << u"receivers[0].headers[0].value"_s << u"required"_s;
    QTest::newRow("schedule")
        << head +
               R"({"name":"B","webhookUri":"https://b.example.com/","delivery":{"retrySchedule":[5,"x"]}}]})"
        << u"receivers[0].delivery.retrySchedule[1]"_s << u"type"_s;
    QTest::newRow("secret not announced")
        << head + R"({"name":"B","webhookUri":"https://b.example.com/","sharedSecret":"whsec_x"}]})"
        << u"receivers[0].sharedSecret"_s << u"unknown-field"_s;
    QTest::newRow("duplicate name") << head + ok + "," + ok + "]}" << u"receivers[1].name"_s << u"unique"_s;
    QTest::newRow("duplicate subscription")
        << head +
               R"({"name":"B","webhookUri":"https://b.example.com/","subscriptions":[{"resource":"RUNS","action":"CREATE"},{"resource":"RUNS","action":"CREATE"}]}]})"
        << u"receivers[0].subscriptions[1].resource"_s << u"unique"_s;
    QTest::newRow("bad uri (service rule)")
        << head + ok + R"(,{"name":"B","webhookUri":"http://b.example.com/"}]})"
        << u"receivers[1].webhookUri"_s << u"https-only"_s;
    QTest::newRow("reserved header (service rule)")
        << head +
               R"({"name":"B","webhookUri":"https://b.example.com/","headers":[{"key":"Host","value":"x"}]}]})"
        << u"receivers[0].headers[0].key"_s << u"reserved"_s;
    QTest::newRow("unknown resource (service rule)")
        << head +
               R"({"name":"B","webhookUri":"https://b.example.com/","subscriptions":[{"resource":"NOPE","action":"CREATE"}]}]})"
        << u"receivers[0].subscriptions[0].resource"_s << u"one-of"_s;
}

void TestTransfer::badFilesAreRefusedNamingThePathAndRule()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    TestStore t;
    t.makeReceiver(QStringLiteral("existing"));
    const qint64 before = configRows(t);
    FeedRecorder feed(t.feed());
    Result<ImportResult> imported = importInto(t, file);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::BadUserInput);
    QCOMPARE(imported.error().field, field);
    QCOMPARE(imported.error().rule, rule);
    QVERIFY2(imported.error().message.startsWith(field + u':'), qPrintable(imported.error().message));
    QCOMPARE(configRows(t), before);
    QVERIFY(feed.all().isEmpty());
}

void TestTransfer::invalidValueInALaterReceiverImportsNothing()
{
    // The shape is fine and the plan is made; the store refuses the second receiver only when it
    // is written (a URL made invalid by a stricter outbound policy set after planning).
    TestStore t;
    const QByteArray file = R"({"format":"hookboard-configuration","version":1,"receivers":[
        {"name":"A","webhookUri":"https://a.example.com/","subscriptions":[{"resource":"RUNS","action":"CREATE"}]},
        {"name":"B","webhookUri":"https://10.1.2.3/"}]})";
    Result<ImportPlan> plan = configimport::plan(t.service(), *ConfigDocument::parse(file));
    QVERIFY(plan.ok());
    Result<OutboundPolicy> strict = OutboundPolicy::withLists({QStringLiteral("10.0.0.0/8")}, {});
    QVERIFY(strict.ok());
    t.service().setOutboundPolicy(*strict);
    FeedRecorder feed(t.feed());
    Result<ImportResult> applied = configimport::apply(t.service(), *plan, tester());
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().field, QStringLiteral("receivers[1].webhookUri"));
    QCOMPARE(applied.error().rule, QStringLiteral("outbound-denied"));
    QCOMPARE(configRows(t), 0);
    QCoreApplication::processEvents();
    QVERIFY2(feed.all().isEmpty(), "receiver A and its subscription were rolled back, and never announced");
}

void TestTransfer::changeAfterPlanningImportsNothing()
{
    TestStore t;
    fillConfiguration(t);
    QJsonObject root = QJsonDocument::fromJson(configurationOf(t, false)).object();
    QJsonArray receivers = root[u"receivers"_s].toArray();
    receivers.prepend(QJsonObject{{u"name"_s, u"New"_s}, {u"webhookUri"_s, u"https://new.example.com/"_s}});
    QJsonObject erp = receivers[2].toObject();
    erp[u"description"_s] = u"changed by the file"_s;
    receivers[2] = erp;
    root[u"receivers"_s] = receivers;
    Result<ImportPlan> plan =
        configimport::plan(t.service(), *ConfigDocument::parse(QJsonDocument(root).toJson()));
    QVERIFY(plan.ok());
    QCOMPARE(plan->receivers[2].step, ImportPlan::Step::Update);

    // Someone changes ERP after the preview was shown.
    const Receiver current = t.service().receivers({})->items[1];
    ReceiverInput rename;
    rename.description = QStringLiteral("changed by a colleague");
    QVERIFY(t.service().updateReceiver(current.id, current.etag, rename).ok());
    const qint64 before = configRows(t);
    Result<ImportResult> applied = configimport::apply(t.service(), *plan, tester());
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, ErrorCode::EtagMismatch);
    QCOMPARE(applied.error().field, QStringLiteral("receivers[2]"));
    QVERIFY2(applied.error().message.contains(u"ERP"), qPrintable(applied.error().message));
    QCOMPARE(configRows(t), before); // "New" was not created either
    QCOMPARE(t.service().receiver(current.id)->description, QStringLiteral("changed by a colleague"));

    // An unchanged receiver that changed since the plan also stops the import.
    Result<ImportPlan> again =
        configimport::plan(t.service(), *ConfigDocument::parse(configurationOf(t, false)));
    QVERIFY(again->changesNothing());
    const Receiver qa = t.service().receivers({})->items[0];
    QVERIFY(t.service().setReceiverActive(qa.id, qa.etag, false).ok());
    QCOMPARE(configimport::apply(t.service(), *again, tester()).error().code, ErrorCode::EtagMismatch);
}

void TestTransfer::ambiguousNameIsRefused()
{
    TestStore t;
    ReceiverInput twin;
    twin.name = QStringLiteral("Twin");
    twin.webhookUri = QStringLiteral("https://a.example.com/");
    QVERIFY(t.service().createReceiver(twin, tester()).ok());
    QVERIFY(t.service().createReceiver(twin, tester()).ok());
    Result<ImportResult> imported = importInto(
        t,
        R"({"format":"hookboard-configuration","version":1,"receivers":[{"name":"Twin","webhookUri":"https://b.example.com/"}]})");
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().field, QStringLiteral("receivers[0].name"));
    QCOMPARE(imported.error().rule, QStringLiteral("ambiguous"));
}

void TestTransfer::sameNameCreatedAfterPlanningImportsNothing()
{
    TestStore t;
    Result<ImportPlan> plan = configimport::plan(
        t.service(), *ConfigDocument::parse(R"({"format":"hookboard-configuration","version":1,"receivers":[
            {"name":"A","webhookUri":"https://a.example.com/"},{"name":"B","webhookUri":"https://b.example.com/"}]})"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->count(ImportPlan::Step::Create), 2);
    ReceiverInput b;
    b.name = QStringLiteral("B");
    b.webhookUri = QStringLiteral("https://b2.example.com/");
    QVERIFY(t.service().createReceiver(b, tester()).ok()); // a colleague, after the preview
    Result<ImportResult> applied = configimport::apply(t.service(), *plan, tester());
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, ErrorCode::EtagMismatch);
    QCOMPARE(applied.error().field, QStringLiteral("receivers[1]"));
    QCOMPARE(t.rowCount(QStringLiteral("receivers")), 1); // A was not created, B not doubled
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
