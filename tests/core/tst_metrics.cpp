// GET /metrics (issue 12 point 5): the text is read back with the exposition format's own rules
// (names, label syntax and escapes, HELP and TYPE before a family's samples, each family in one
// piece, no sample twice, histograms cumulative and ending at +Inf with _count equal to it), and a
// running Hookboard's figures after real deliveries are checked against what happened.
#include "app/runtime.h"
#include "common/clock.h"
#include "delivery/delivery.h"
#include "delivery/deliveryengine.h"
#include "sandbox/sandboxserver.h"
#include "service/webhookservice.h"
#include "stats/metrics.h"
#include "stats/prometheustext.h"
#include "store/store.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>

using namespace hookboard;

namespace {

using LabelSet = std::map<QByteArray, QString>; // ordered, so that a label set can be a key

struct Family
{
    QByteArray type;
    QString help;
    QMap<QByteArray, QMap<LabelSet, double>> samples; // sample name -> labels -> value
};

using Families = QMap<QByteArray, Family>;

const QRegularExpression kMetricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
const QRegularExpression kLabelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));

std::optional<double> parseValue(const QByteArray &text)
{
    if (text == "+Inf" || text == "Inf")
        return INFINITY;
    if (text == "-Inf")
        return -INFINITY;
    if (text == "NaN")
        return NAN;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// The help text with its escapes read (\\ and \n only); empty optional for any other escape.
std::optional<QString> unescapeHelp(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        if (text[i] == '\\')
            out += '\\';
        else if (text[i] == 'n')
            out += '\n';
        else
            return std::nullopt;
    }
    return QString::fromUtf8(out);
}

// Reads "{a="x",b="y"}" from text at pos (just after the name) into labels; an error in words.
QString parseLabels(const QByteArray &text, qsizetype &pos, LabelSet &labels)
{
    ++pos; // '{'
    while (pos < text.size() && text[pos] != '}') {
        const qsizetype eq = text.indexOf('=', pos);
        if (eq < 0)
            return u"label without ="_qs;
        const QByteArray name = text.mid(pos, eq - pos);
        if (!kLabelName.match(QString::fromLatin1(name)).hasMatch() || name.startsWith("__"))
            return u"bad label name "_qs + QString::fromLatin1(name);
        if (labels.contains(name))
            return u"label given twice: "_qs + QString::fromLatin1(name);
        pos = eq + 1;
        if (pos >= text.size() || text[pos] != '"')
            return u"label value not quoted"_qs;
        QByteArray value;
        for (++pos;; ++pos) {
            if (pos >= text.size())
                return u"label value not closed"_qs;
            const char c = text[pos];
            if (c == '"')
                break;
            if (c == '\n')
                return u"raw newline in a label value"_qs;
            if (c == '\\') {
                const char next = pos + 1 < text.size() ? text[pos + 1] : '\0';
                if (next == '\\' || next == '"')
                    value += next;
                else if (next == 'n')
                    value += '\n';
                else
                    return u"bad escape in a label value"_qs;
                ++pos;
            } else {
                value += c;
            }
        }
        labels.emplace(name, QString::fromUtf8(value));
        ++pos; // closing quote
        if (pos < text.size() && text[pos] == ',')
            ++pos;
        else if (pos < text.size() && text[pos] != '}')
            return u"labels not separated by ,"_qs;
    }
    if (pos >= text.size())
        return u"labels not closed"_qs;
    ++pos; // '}'
    return {};
}

// The family a sample name belongs to, given the families declared so far.
QByteArray familyOf(const QByteArray &sample, const Families &families)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        if (sample.endsWith(suffix)) {
            const QByteArray base = sample.chopped(qsizetype(qstrlen(suffix)));
            if (families.value(base).type == "histogram")
                return base;
        }
    }
    return sample;
}

// Reads the whole exposition by the format's rules; the first rule broken, in words, or empty.
QString parseExposition(const QByteArray &text, Families &families)
{
    if (!text.endsWith('\n'))
        return u"the text does not end with a newline"_qs;
    QByteArray current;
    QSet<QByteArray> finished;
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines[n];
        const QString where = QStringLiteral("line %1: ").arg(n + 1);
        if (line.isEmpty())
            continue;
        QByteArray name;
        if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
            const QByteArray rest = line.mid(7);
            const qsizetype space = rest.indexOf(' ');
            name = space < 0 ? rest : rest.left(space);
            const QByteArray value = space < 0 ? QByteArray() : rest.mid(space + 1);
            if (!kMetricName.match(QString::fromLatin1(name)).hasMatch())
                return where + u"bad metric name"_qs;
            if (name != current) {
                if (finished.contains(name))
                    return where + u"family appears twice: "_qs + QString::fromLatin1(name);
                if (!current.isEmpty())
                    finished.insert(current);
                current = name;
            }
            Family &family = families[name];
            if (!family.samples.isEmpty())
                return where + u"HELP or TYPE after the family's samples"_qs;
            if (line.startsWith("# TYPE ")) {
                if (!family.type.isEmpty())
                    return where + u"TYPE given twice"_qs;
                if (!QList<QByteArray>{"counter", "gauge", "histogram", "summary", "untyped"}.contains(value))
                    return where + u"bad type "_qs + QString::fromLatin1(value);
                family.type = value;
            } else {
                const std::optional<QString> help = unescapeHelp(value);
                if (!help)
                    return where + u"bad escape in HELP"_qs;
                family.help = *help;
            }
            continue;
        }
        if (line.startsWith('#'))
            continue; // a comment
        qsizetype pos = 0;
        while (pos < line.size() && line[pos] != '{' && line[pos] != ' ')
            ++pos;
        name = line.left(pos);
        if (!kMetricName.match(QString::fromLatin1(name)).hasMatch())
            return where + u"bad sample name"_qs;
        LabelSet labels;
        if (pos < line.size() && line[pos] == '{') {
            if (const QString problem = parseLabels(line, pos, labels); !problem.isEmpty())
                return where + problem;
        }
        if (pos >= line.size() || line[pos] != ' ')
            return where + u"no value"_qs;
        const QList<QByteArray> fields = line.mid(pos + 1).split(' ');
        if (fields.size() > 2)
            return where + u"more than a value and a timestamp"_qs;
        const std::optional<double> value = parseValue(fields[0]);
        if (!value)
            return where + u"bad value"_qs;
        const QByteArray familyName = familyOf(name, families);
        if (familyName != current) {
            if (finished.contains(familyName))
                return where + u"family split in two: "_qs + QString::fromLatin1(familyName);
            if (!current.isEmpty())
                finished.insert(current);
            current = familyName;
        }
        Family &family = families[familyName];
        if (family.samples.value(name).contains(labels))
            return where + u"sample given twice"_qs;
        if (family.type == "counter" && (*value < 0 || !name.endsWith("_total")))
            return where + u"a counter is named *_total and is never negative"_qs;
        family.samples[name].insert(labels, *value);
    }
    // Histograms: per label set, buckets rise with le, end at +Inf, and _count equals that bucket.
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        if (it->type != "histogram")
            continue;
        QMap<LabelSet, QList<QPair<double, double>>> series;
        for (auto bucket = it->samples.value(it.key() + "_bucket").cbegin();
             bucket != it->samples.value(it.key() + "_bucket").cend(); ++bucket) {
            LabelSet base = bucket.key();
            if (!base.contains("le"))
                return QString::fromLatin1(it.key()) + u": a bucket without le"_qs;
            const std::optional<double> le = parseValue(base.at("le").toLatin1());
            base.erase("le");
            if (!le)
                return QString::fromLatin1(it.key()) + u": bad le"_qs;
            series[base].append({*le, bucket.value()});
        }
        for (auto s = series.begin(); s != series.end(); ++s) {
            std::sort(s->begin(), s->end());
            for (qsizetype i = 1; i < s->size(); ++i)
                if (s->at(i).second < s->at(i - 1).second)
                    return QString::fromLatin1(it.key()) + u": buckets are not cumulative"_qs;
            if (s->isEmpty() || !std::isinf(s->last().first))
                return QString::fromLatin1(it.key()) + u": no +Inf bucket"_qs;
            if (it->samples.value(it.key() + "_count").value(s.key(), -1) != s->last().second)
                return QString::fromLatin1(it.key()) + u": _count is not the +Inf bucket"_qs;
            if (!it->samples.value(it.key() + "_sum").contains(s.key()))
                return QString::fromLatin1(it.key()) + u": no _sum"_qs;
        }
    }
    return {};
}

double valueOf(const Families &families, const QByteArray &family, const QByteArray &sample,
               const LabelSet &labels)
{
    return families.value(family).samples.value(sample).value(labels, -1);
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void textFollowsTheFormat();
    void handedBackEventsAreNoAttempts();
    void theParserRefusesWhatTheFormatForbids_data();
    void theParserRefusesWhatTheFormatForbids();
    void runningHookboardCountsWhatItDelivered();
};

void TestMetrics::textFollowsTheFormat()
{
    MetricsHistogram histogram;
    for (const double seconds : {0.001, 0.005, 0.2, 0.2, 45.0})
        histogram.add(seconds);
    PrometheusText out;
    out.family("demo_info", "gauge", u"A \\ help\nwith two lines"_qs);
    out.sample({{"name", u"ERP \"main\"\\line\nsecond"_qs}}, 1);
    out.family("demo_seconds", "histogram", u"Durations"_qs);
    out.histogram({{"receiver_id", u"7"_qs}}, histogram);
    out.family("demo_total", "counter", u"Things"_qs);
    out.sample({}, 3);

    Families families;
    const QString problem = parseExposition(out.text(), families);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n"_qs + QString::fromUtf8(out.text())));
    QCOMPARE(families.value("demo_info").help, u"A \\ help\nwith two lines"_qs);
    QCOMPARE(families.value("demo_info").samples.value("demo_info").firstKey().at("name"),
             u"ERP \"main\"\\line\nsecond"_qs);
    const auto bucket = [&](const char *le) {
        return valueOf(families, "demo_seconds", "demo_seconds_bucket",
                       {{"receiver_id", u"7"_qs}, {"le", QString::fromLatin1(le)}});
    };
    QCOMPARE(bucket("0.005"), 2.0); // le is "at most": 5 ms counts in the 5 ms bucket
    QCOMPARE(bucket("0.1"), 2.0);
    QCOMPARE(bucket("0.25"), 4.0);
    QCOMPARE(bucket("30"), 4.0);
    QCOMPARE(bucket("+Inf"), 5.0);
    QCOMPARE(valueOf(families, "demo_seconds", "demo_seconds_count", {{"receiver_id", u"7"_qs}}), 5.0);
    QCOMPARE(valueOf(families, "demo_seconds", "demo_seconds_sum", {{"receiver_id", u"7"_qs}}), 45.406);
    QCOMPARE(valueOf(families, "demo_total", "demo_total", {}), 3.0);
}

// At a stop the dispatcher hands unsent events back (attempt number 0): no attempt was made, so
// nothing counts as a failure or a 0 s duration.
void TestMetrics::handedBackEventsAreNoAttempts()
{
    Metrics metrics;
    Outcome handedBack;
    handedBack.receiverId = 7;
    handedBack.status = EventStatus::Pending;
    Outcome failed;
    failed.receiverId = 7;
    failed.status = EventStatus::Retrying;
    failed.attempt.number = 1;
    failed.attempt.durationMs = 1200;
    metrics.recordOutcomes({handedBack, failed}, 1000);
    const Metrics::Snapshot now = metrics.snapshot();
    QCOMPARE(now.attempts.value({7, u"failure"_qs}), qint64(1));
    QCOMPARE(now.attempts.size(), 1);
    QCOMPARE(now.attemptSeconds.value(7).count, qint64(1));
    QCOMPARE(now.attemptSeconds.value(7).sum, 1.2);
}

// The checker above would let nothing through that the format forbids, or this test proves nothing.
void TestMetrics::theParserRefusesWhatTheFormatForbids_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("no final newline") << QByteArray("# TYPE a gauge\na 1");
    QTest::newRow("bad name") << QByteArray("# TYPE 1a gauge\n1a 1\n");
    QTest::newRow("unquoted label") << QByteArray("# TYPE a gauge\na{x=1} 1\n");
    QTest::newRow("bad escape") << QByteArray("# TYPE a gauge\na{x=\"\\t\"} 1\n");
    QTest::newRow("label twice") << QByteArray("# TYPE a gauge\na{x=\"1\",x=\"2\"} 1\n");
    QTest::newRow("sample twice") << QByteArray("# TYPE a gauge\na 1\na 2\n");
    QTest::newRow("split family") << QByteArray("# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na{x=\"1\"} 2\n");
    QTest::newRow("type after samples") << QByteArray("a 1\n# TYPE a gauge\n");
    QTest::newRow("counter without _total") << QByteArray("# TYPE a counter\na 1\n");
    QTest::newRow("negative counter") << QByteArray("# TYPE a_total counter\na_total -1\n");
    QTest::newRow("bad value") << QByteArray("# TYPE a gauge\na one\n");
    QTest::newRow("no +Inf") << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n");
    QTest::newRow("not cumulative") << QByteArray(
        "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n");
    QTest::newRow("count differs") << QByteArray(
        "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 2\n");
}

void TestMetrics::theParserRefusesWhatTheFormatForbids()
{
    QFETCH(QByteArray, text);
    Families families;
    QVERIFY(!parseExposition(text, families).isEmpty());
}

void TestMetrics::runningHookboardCountsWhatItDelivered()
{
    QTemporaryDir temp;
    RuntimeOptions options;
    options.dataDir = temp.filePath(QStringLiteral("data"));
    options.api = ListenAddress{QHostAddress(QHostAddress::LocalHost), 0};
    options.apiToken = QStringLiteral("metrics-test-token");
    options.delivery.retryScheduleSeconds = {1}; // one retry, a second later
    options.delivery.jitter = 0;
    SystemClock clock;
    Runtime runtime(options, clock);
    QVERIFY(runtime.start().ok());
    const Actor tester{QStringLiteral("tester")};
    const auto receiverAt = [&](const QString &bin, const QString &name) {
        ReceiverInput input;
        input.name = name;
        input.webhookUri = runtime.sandbox().binUrl(bin).toString();
        const Receiver receiver = *runtime.service().createReceiver(input, tester);
        if (!runtime.service().createSubscription({receiver.id, u"RUNS"_qs, u"CREATE"_qs, {}}, tester))
            qFatal("subscription refused");
        return receiver;
    };
    const Receiver good = receiverAt(u"good"_qs, u"QA \"line 1\""_qs);
    const Receiver bad = receiverAt(u"bad"_qs, u"ERP"_qs);
    SandboxBinSettings failing = runtime.sandbox().binSettings(u"bad"_qs);
    failing.status = 500;
    QVERIFY(runtime.sandbox().configureBin(u"bad"_qs, failing));

    QNetworkAccessManager client;
    const auto call = [&](const QByteArray &method, const QByteArray &path, const QByteArray &body,
                          bool withToken) {
        QNetworkRequest request(runtime.apiUrl().resolved(QUrl(QString::fromLatin1(path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (withToken)
            request.setRawHeader("Authorization", "Bearer metrics-test-token");
        // A custom "HEAD" would wait for the body that Content-Length announces.
        QNetworkReply *reply =
            method == "HEAD" ? client.head(request) : client.sendCustomRequest(request, method, body);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        }();
        reply->deleteLater();
        return reply;
    };
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *published =
            call("POST", "/v1/events", R"({"resource":"RUNS","action":"CREATE","data":{}})", true);
        QCOMPARE(published->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    }
    // 3 delivered to good; 3 × (first attempt + one retry) failed at bad.
    EventQuery failedOnes;
    failedOnes.statuses = {EventStatus::Failed};
    QTRY_COMPARE_WITH_TIMEOUT(*runtime.store().events().count(failedOnes), qint64(3), 15000);
    const QString goodId = QString::number(good.id);
    const QString badId = QString::number(bad.id);
    const QByteArray attempts = "hookboard_delivery_attempts_total";
    // One figure of a fresh scrape (-1 when the text breaks the format or lacks it).
    const auto scraped = [&](const QByteArray &family, const QByteArray &sample, const LabelSet &labels) {
        Families fresh;
        if (!parseExposition(call("GET", "/metrics", {}, true)->readAll(), fresh).isEmpty())
            return -1.0;
        return valueOf(fresh, family, sample, labels);
    };
    // Counted just after the outcomes' commit, which the wait above saw.
    QTRY_COMPARE_WITH_TIMEOUT(
        scraped(attempts, attempts, {{"receiver_id", badId}, {"result", u"failure"_qs}}), 6.0, 10000);

    QCOMPARE(call("GET", "/metrics", {}, false)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             401);
    QCOMPARE(call("POST", "/metrics", {}, true)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             405);
    QNetworkReply *head = call("HEAD", "/metrics", {}, true);
    QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(head->readAll().isEmpty());
    QNetworkReply *scrape = call("GET", "/metrics", {}, true);
    QCOMPARE(scrape->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(scrape->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray(PrometheusText::kContentType));
    const QByteArray text = scrape->readAll();
    Families families;
    const QString problem = parseExposition(text, families);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n"_qs + QString::fromUtf8(text)));

    QCOMPARE(valueOf(families, "hookboard_receiver_info", "hookboard_receiver_info",
                     {{"receiver_id", goodId}, {"name", good.name}, {"active", u"true"_qs}}),
             1.0);
    QCOMPARE(valueOf(families, attempts, attempts, {{"receiver_id", goodId}, {"result", u"success"_qs}}),
             3.0);
    QCOMPARE(valueOf(families, attempts, attempts, {{"receiver_id", badId}, {"result", u"failure"_qs}}), 6.0);
    QCOMPARE(families.value(attempts).samples.value(attempts).size(), 2); // no other pair
    const QByteArray finished = "hookboard_events_finished_total";
    QCOMPARE(valueOf(families, finished, finished, {{"receiver_id", goodId}, {"status", u"SUCCEEDED"_qs}}),
             3.0);
    QCOMPARE(valueOf(families, finished, finished, {{"receiver_id", badId}, {"status", u"FAILED"_qs}}), 3.0);
    const QByteArray duration = "hookboard_attempt_duration_seconds";
    QCOMPARE(valueOf(families, duration, duration + "_count", {{"receiver_id", badId}}), 6.0);
    QVERIFY(valueOf(families, duration, duration + "_sum", {{"receiver_id", goodId}}) > 0);
    for (const char *status : {"PENDING", "SENDING", "RETRYING"})
        QCOMPARE(valueOf(families, "hookboard_events", "hookboard_events",
                         {{"status", QString::fromLatin1(status)}}),
                 0.0);
    QCOMPARE(valueOf(families, "hookboard_oldest_unfinished_event_age_seconds",
                     "hookboard_oldest_unfinished_event_age_seconds", {}),
             0.0);
    QCOMPARE(valueOf(families, "hookboard_attempts_in_flight", "hookboard_attempts_in_flight", {}), 0.0);
    QCOMPARE(valueOf(families, "hookboard_published_changes_total", "hookboard_published_changes_total", {}),
             3.0);
    QCOMPARE(valueOf(families, "hookboard_published_events_total", "hookboard_published_events_total", {}),
             6.0);
    const QByteArray writes = "hookboard_store_write_duration_seconds";
    QVERIFY(valueOf(families, writes, writes + "_count", {{"writer", u"publishes"_qs}}) >= 1);
    QVERIFY(valueOf(families, writes, writes + "_count", {{"writer", u"outcomes"_qs}}) >= 1);

    // An attempt on the wire shows as in flight and SENDING: the good bin now answers after 3 s.
    SandboxBinSettings slow = runtime.sandbox().binSettings(u"good"_qs);
    slow.delayMs = 3000;
    QVERIFY(runtime.sandbox().configureBin(u"good"_qs, slow));
    QVERIFY(runtime.service().createSubscription({good.id, u"RUNS"_qs, u"UPDATE"_qs, {}}, tester));
    QCOMPARE(call("POST", "/v1/events", R"({"resource":"RUNS","action":"UPDATE","data":{}})", true)
                 ->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                 .toInt(),
             202);
    EventQuery sending;
    sending.statuses = {EventStatus::Sending};
    // SENDING is committed before the request goes out, and in flight counted as it goes.
    QTRY_COMPARE_WITH_TIMEOUT(scraped("hookboard_attempts_in_flight", "hookboard_attempts_in_flight", {}),
                              1.0, 2500);
    QCOMPARE(scraped("hookboard_events", "hookboard_events", {{"status", u"SENDING"_qs}}), 1.0);
    QTRY_COMPARE_WITH_TIMEOUT(*runtime.store().events().count(sending), qint64(0), 10000);

    // Waiting work shows in the gauges: with the engine stopped, a publish stays PENDING.
    runtime.engine().stop();
    QCOMPARE(call("POST", "/v1/events", R"({"resource":"RUNS","action":"CREATE","data":{}})", true)
                 ->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                 .toInt(),
             202);
    QTest::qWait(1100);
    families.clear();
    QVERIFY(parseExposition(call("GET", "/metrics", {}, true)->readAll(), families).isEmpty());
    QCOMPARE(valueOf(families, "hookboard_events", "hookboard_events", {{"status", u"PENDING"_qs}}), 2.0);
    QVERIFY(valueOf(families, "hookboard_oldest_unfinished_event_age_seconds",
                    "hookboard_oldest_unfinished_event_age_seconds", {}) >= 1.0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
