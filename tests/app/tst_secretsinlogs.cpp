// The reliability issue's secrets check: a whole headless session (create a receiver with a secret
// and a credential header, subscribe, publish, deliver, rotate the secret, fail, resend, a request
// with a wrong token) with every Hookboard log category at debug level; then every byte the
// process wrote (stdout, stderr) and every file it left in the data folder besides the store is
// searched for every secret and token used. None may appear.
#include "model/secret.h"
#include "testhttpsserverthread.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace hookboard;
using namespace hookboard::test;

class TestSecretsInLogs : public QObject
{
    Q_OBJECT

private slots:
    void noSecretReachesTheLogs();

private:
    QJsonObject graphql(const QString &query, const QJsonObject &variables);
    int publish();

    QNetworkAccessManager m_client;
    QUrl m_api;
    QByteArray m_token;
};

QJsonObject TestSecretsInLogs::graphql(const QString &query, const QJsonObject &variables)
{
    QNetworkRequest request(m_api.resolved(QUrl(QStringLiteral("/graphql"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply = m_client.post(
        request, QJsonDocument(QJsonObject{{u"query"_qs, query}, {u"variables"_qs, variables}}).toJson());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    }();
    reply->deleteLater();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (answer.contains(u"errors"))
        qWarning("GraphQL errors: %s", QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
    return answer.value(u"data").toObject();
}

// The event id of one RUNS/CREATE publish, -1 when it was not accepted.
int TestSecretsInLogs::publish()
{
    QNetworkRequest request(m_api.resolved(QUrl(QStringLiteral("/v1/events"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply =
        m_client.post(request, "{\"resource\":\"RUNS\",\"action\":\"CREATE\",\"data\":{\"run\":\"R-1\"}}");
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    }();
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202)
        return -1;
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"eventIds").toArray().at(0).toInt(-1);
}

void TestSecretsInLogs::noSecretReachesTheLogs()
{
    TestHttpsServerThread server;
    server->setDefaultBehaviour(TestHttpsServer::Respond{200, {}, {}});
    QTemporaryDir temp;
    const QString dataDir = temp.filePath(QStringLiteral("data"));
    const QString caFile = temp.filePath(QStringLiteral("ca.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(server->caCertificate().toPem()) > 0);
    ca.close();

    m_token = secret::generate().toLatin1().mid(6) + "-api-token";
    const QByteArray wrongToken = secret::generate().toLatin1().mid(6) + "-not-the-token";
    const QString firstSecret = secret::generate();
    const QString secondSecret = secret::generate();
    const QString credential = QStringLiteral("Bearer ") + secret::generate().mid(6) + QStringLiteral("-erp");
    const QStringList secrets{QString::fromLatin1(m_token),
                              QString::fromLatin1(wrongToken),
                              firstSecret,
                              firstSecret.mid(6),
                              secondSecret,
                              secondSecret.mid(6),
                              credential,
                              credential.mid(7)};

    QProcess hookboard;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOOKBOARD_API_TOKEN"), QString::fromLatin1(m_token));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hookboard.*.debug=true"));
    hookboard.setProcessEnvironment(environment);
    hookboard.start(qEnvironmentVariable("HOOKBOARD_EXE"),
                    {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir,
                     QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--ca-file"), caFile, QStringLiteral("--retry-schedule"),
                     QStringLiteral("1")});
    QVERIFY(hookboard.waitForStarted(30000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += hookboard.readAllStandardOutput()).contains('\n'), 30000);
    const QRegularExpressionMatch ready =
        QRegularExpression(QStringLiteral("ready api=(http://[^/]+)/graphql")).match(QString::fromUtf8(out));
    QVERIFY2(ready.hasMatch(), out.constData());
    m_api = QUrl(ready.captured(1));

    const QJsonObject created = graphql(
        u"mutation($input: CreateWebhookReceiverInput!) { createWebhookReceiver(input: $input) { "
        u"webhookReceiver { id _etag } } }"_qs,
        {{u"input"_qs, QJsonObject{{u"name"_qs, u"ERP"_qs},
                                   {u"webhookUri"_qs, server->url(QStringLiteral("/hook")).toString()},
                                   {u"sharedSecret"_qs, firstSecret},
                                   {u"headers"_qs, QJsonArray{QJsonObject{{u"key"_qs, u"Authorization"_qs},
                                                                          {u"value"_qs, credential}}}}}}});
    const QJsonObject receiver =
        created.value(u"createWebhookReceiver").toObject().value(u"webhookReceiver").toObject();
    const QString receiverId = receiver.value(u"id").toVariant().toString();
    QVERIFY(!receiverId.isEmpty());
    QVERIFY(!graphql(u"mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: "
                     u"$input) { webhookSubscription { id } } }"_qs,
                     {{u"input"_qs, QJsonObject{{u"receiverId"_qs, receiverId},
                                                {u"resource"_qs, u"RUNS"_qs},
                                                {u"action"_qs, u"CREATE"_qs}}}})
                 .isEmpty());

    // Delivered, then the secret is rotated.
    QVERIFY(publish() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(), 1, 20000);
    QCOMPARE(server->requests().first().header("Authorization"), credential.toLatin1());
    QVERIFY(
        !graphql(u"mutation($input: RotateWebhookReceiverSecretInput!) { rotateWebhookReceiverSecret(input: "
                 u"$input) { webhookReceiver { id } } }"_qs,
                 {{u"input"_qs, QJsonObject{{u"id"_qs, receiverId},
                                            {u"etag"_qs, receiver.value(u"_etag").toString()},
                                            {u"sharedSecret"_qs, secondSecret}}}})
             .isEmpty());

    // Failed (one retry after a second, then FAILED), then resent once the receiver is back.
    server->setDefaultBehaviour(TestHttpsServer::Respond{500, {}, "broken"});
    const int failing = publish();
    QVERIFY(failing > 0);
    const QString statusQuery = u"{ webhookEvent(id: %1) { status } }"_qs.arg(failing);
    QTRY_COMPARE_WITH_TIMEOUT(
        graphql(statusQuery, {}).value(u"webhookEvent").toObject().value(u"status").toString(), u"FAILED"_qs,
        30000);
    server->setDefaultBehaviour(TestHttpsServer::Respond{200, {}, {}});
    QVERIFY(
        !graphql(u"mutation { resendWebhookEvent(input: {id: %1}) { webhookEvent { id } } }"_qs.arg(failing),
                 {})
             .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        graphql(statusQuery, {}).value(u"webhookEvent").toObject().value(u"status").toString(),
        u"SUCCEEDED"_qs, 30000);

    // A caller with the wrong token is refused and logged, without the token it tried.
    QNetworkRequest wrong(m_api.resolved(QUrl(QStringLiteral("/v1/events"))));
    wrong.setRawHeader("Authorization", "Bearer " + wrongToken);
    QNetworkReply *refused = m_client.post(wrong, "{}");
    QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 20000);
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    refused->deleteLater();

    ::kill(qint64(hookboard.processId()), SIGTERM);
    QVERIFY(hookboard.waitForFinished(30000));
    QCOMPARE(hookboard.exitCode(), 0);
    out += hookboard.readAllStandardOutput();
    const QByteArray err = hookboard.readAllStandardError();
    // The logs were on: the search below looks at real output.
    QVERIFY2(err.contains("hookboard.api"), err.constData());

    QList<QPair<QString, QByteArray>> outputs{{u"stdout"_qs, out}, {u"stderr"_qs, err}};
    QDirIterator files(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        // The store keeps secrets by design (it is 0600); anything else must not.
        if (QFileInfo(path).fileName().startsWith(QLatin1String("hookboard.db")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        outputs.append({path, file.readAll()});
        ++scanned;
    }
    for (const auto &[where, bytes] : outputs) {
        for (const QString &secret : secrets)
            QVERIFY2(!bytes.contains(secret.toLatin1()),
                     qPrintable(QStringLiteral("%1 contains a secret (%2…)").arg(where, secret.left(10))));
    }
    qInfo("searched stdout, %lld bytes of stderr and %d other files for %lld secrets: none found",
          qint64(err.size()), scanned, qint64(secrets.size()));
}

QTEST_GUILESS_MAIN(TestSecretsInLogs)
#include "tst_secretsinlogs.moc"
