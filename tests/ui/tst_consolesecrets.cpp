// The reliability issue's secrets check, console half (tst_secretsinlogs is the headless half): the
// real console (ConsoleApp: runtime, API, sandbox, main window) is walked as a person would, with
// every Hookboard log category at debug level. A receiver is created in the form with a typed secret
// and a credential header, a test event fails once and is retried, the secret is rotated, revealed
// and copied, the event is inspected, copied as curl and resent, the API explorer lists receivers
// with their secrets, the API token is copied, and the console is stopped with SIGTERM. Then every
// byte the process wrote to stdout and stderr, every log message, and every file left in the data
// folder besides the store is searched for every secret, key part and token: none may appear.
#include "app/runtimeoptions.h"
#include "consoleapp.h"
#include "consoletestsupport.h"
#include "model/secret.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace hookboard;
using hookboard::test::find;

namespace {

// What the process writes to one of its standard streams, at the descriptor: whatever writes there
// (Qt's message handler, fputs, a library) lands in a file until finish().
class CapturedStream
{
public:
    CapturedStream(int fd, const QString &path) : m_fd(fd), m_path(path)
    {
        std::fflush(nullptr);
        m_saved = ::dup(fd);
        const int file = ::open(qPrintable(path), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(file, fd);
        ::close(file);
    }
    ~CapturedStream() { finish(); }

    QByteArray finish()
    {
        if (m_saved >= 0) {
            std::fflush(nullptr);
            ::dup2(m_saved, m_fd);
            ::close(m_saved);
            m_saved = -1;
        }
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    int m_fd;
    int m_saved = -1;
    QString m_path;
};

// Every message any thread logs, also passed on to the handler that was installed before.
QMutex g_messagesLock;
QByteArray g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_messagesLock);
        g_messages += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestConsoleSecrets : public QObject
{
    Q_OBJECT

private slots:
    void noSecretReachesTheLogsOrTheDataFolder();

private:
    void walk();
    static QWidget *page(QWidget *window, int row);
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    QString m_apiToken;
    QString m_typedSecret;
    QString m_credential;
    QStringList m_shownSecrets; // the ones the console made (regenerated, rotated), as the form shows them
    bool m_walked = false;
};

QWidget *TestConsoleSecrets::page(QWidget *window, int row)
{
    auto *navigation = find<QListWidget>(*window, "navigation");
    navigation->setCurrentRow(row);
    return find<QStackedWidget>(*window, "pages")->currentWidget();
}

void TestConsoleSecrets::walk()
{
    QWidget *window = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->objectName() == QLatin1String("mainWindow"))
            window = top;
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // A sandbox bin that fails the next request with 500.
    QWidget *sandbox = page(window, 2);
    QTest::keyClicks(find<QLineEdit>(*sandbox, "newBinEdit"), QStringLiteral("erp"));
    QTest::mouseClick(find<QPushButton>(*sandbox, "createBinButton"), Qt::LeftButton);
    auto *binUrl = find<QLineEdit>(*sandbox, "binUrlEdit");
    QTRY_VERIFY(binUrl->text().contains(QLatin1String("/erp")));
    const QString url = binUrl->text();
    find<QSpinBox>(*sandbox, "failNextSpin")->setValue(1);
    find<QSpinBox>(*sandbox, "failureStatusSpin")->setValue(500);
    QTest::mouseClick(find<QPushButton>(*sandbox, "applyAnswerButton"), Qt::LeftButton);
    auto *caught = find<QTableView>(*sandbox, "requestTable");

    // The receiver, typed into the form: a secret of ours, an Authorization header, retries after 1 s.
    QWidget *receivers = page(window, 0);
    QTest::mouseClick(find<QPushButton>(*receivers, "newReceiverButton"), Qt::LeftButton);
    retype(find<QLineEdit>(*receivers, "nameEdit"), QStringLiteral("ERP"));
    retype(find<QLineEdit>(*receivers, "urlEdit"), url);
    retype(find<QLineEdit>(*receivers, "secretEdit"), m_typedSecret);
    QTest::mouseClick(find<QPushButton>(*receivers, "addHeaderButton"), Qt::LeftButton);
    auto *headers = find<QTableView>(*receivers, "headersTable");
    const auto typeCell = [&](int column, const QString &text) {
        const QModelIndex index = headers->model()->index(0, column);
        // Add header already opens the new row's name for editing.
        const QWidget *focused = QApplication::focusWidget();
        if (headers->currentIndex() != index || !focused || focused->parentWidget() != headers->viewport()) {
            headers->setCurrentIndex(index);
            headers->edit(index);
        }
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(index.data().toString(), text);
    };
    typeCell(0, QStringLiteral("Authorization"));
    typeCell(1, m_credential);
    retype(find<QLineEdit>(*receivers, "retryScheduleEdit"), QStringLiteral("1s"));
    auto *save = find<QPushButton>(*receivers, "saveButton");
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>(*receivers, "rotateSecretButton")->isEnabled());

    // A test event: the first attempt fails (500), the retry a second later succeeds.
    auto *tabs = find<QTabWidget>(*receivers, "receiverTabs");
    tabs->setCurrentWidget(find<QWidget>(*receivers, "testEventPanel"));
    auto *send = find<QPushButton>(*receivers, "sendTestButton");
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(caught->model()->rowCount(), 2, 20000);

    // The secret: regenerated in the field, then rotated (stored at once), revealed and copied.
    tabs->setCurrentWidget(find<QWidget>(*receivers, "receiverForm"));
    auto *secretEdit = find<QLineEdit>(*receivers, "secretEdit");
    QTest::mouseClick(find<QToolButton>(*receivers, "regenerateSecretButton"), Qt::LeftButton);
    m_shownSecrets << secretEdit->text();
    QTest::mouseClick(find<QPushButton>(*receivers, "rotateSecretButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(*receivers, "previousSecretNote")->isVisible());
    QTest::mouseClick(find<QToolButton>(*receivers, "revealSecretButton"), Qt::LeftButton);
    QTest::mouseClick(find<QToolButton>(*receivers, "copySecretButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secretEdit->text());
    m_shownSecrets << secretEdit->text();

    // The event log: the event inspected, copied as curl (its command carries the credential), resent.
    QWidget *log = page(window, 1);
    auto *events = find<QTableView>(*log, "eventTable");
    QTRY_VERIFY(events->model()->rowCount() >= 1);
    events->setCurrentIndex(events->model()->index(0, 0));
    auto *curl = find<QPushButton>(*log, "copyCurlButton");
    QTRY_VERIFY(curl->isEnabled());
    QTest::mouseClick(curl, Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(m_credential));
    auto *resend = find<QPushButton>(*log, "resendButton");
    QTRY_VERIFY(resend->isEnabled());
    Confirmation::setNextAnswer([](const QString &) { return true; });
    QTest::mouseClick(resend, Qt::LeftButton);
    Confirmation::setNextAnswer({});
    page(window, 2);
    QTRY_COMPARE_WITH_TIMEOUT(caught->model()->rowCount(), 3, 20000);
    caught->setCurrentIndex(caught->model()->index(0, 0)); // the request, its headers and signature check

    // The API explorer lists the receivers with their secrets.
    QWidget *explorer = page(window, 3);
    auto *document = find<QPlainTextEdit>(*explorer, "documentEditor");
    document->setPlainText(QStringLiteral(
        "query { webhookReceivers { edges { node { id sharedSecret headers { key value } } } } }"));
    QTest::mouseClick(find<QPushButton>(*explorer, "runButton"), Qt::LeftButton);
    auto *result = find<QPlainTextEdit>(*explorer, "resultView");
    QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(m_shownSecrets.last()), 20000);

    // Settings, and the API token from the status bar.
    page(window, 4);
    QTest::mouseClick(find<QToolButton>(*window, "copyApiTokenButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), m_apiToken);
    m_walked = true;
}

void TestConsoleSecrets::noSecretReachesTheLogsOrTheDataFolder()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    RuntimeOptions options;
    options.dataDir = temp.filePath(QStringLiteral("data"));
    options.api.port = 0;
    options.apiToken = secret::generate().mid(6) + QStringLiteral("-api-token");
    m_apiToken = options.apiToken;
    m_typedSecret = secret::generate();
    m_credential = QStringLiteral("Bearer ") + secret::generate().mid(6) + QStringLiteral("-erp");

    QLoggingCategory::setFilterRules(QStringLiteral("hookboard.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QByteArray out;
    QByteArray err;
    int code = -1;
    {
        CapturedStream capturedOut(STDOUT_FILENO, temp.filePath(QStringLiteral("stdout")));
        CapturedStream capturedErr(STDERR_FILENO, temp.filePath(QStringLiteral("stderr")));
        ConsoleApp console(options);
        QTimer::singleShot(0, this, [this] {
            walk();
            ::raise(SIGTERM); // the console closes as it does when the session ends
        });
        QTimer::singleShot(180000, this, [] { QApplication::exit(2); }); // a walk that hangs
        code = console.run();
        out = capturedOut.finish();
        err = capturedErr.finish();
    }
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules({});
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout); // the walk's own test output
    QVERIFY(m_walked);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("ready api="), out.constData());
    QByteArray messages;
    {
        QMutexLocker lock(&g_messagesLock);
        messages = g_messages;
    }
    // The logs were on: the search below looks at real output.
    QVERIFY2(messages.contains("hookboard."), messages.constData());

    QStringList secrets{options.apiToken, m_typedSecret, m_credential, m_credential.mid(7)};
    secrets << m_shownSecrets;
    for (const QString &shown : std::as_const(m_shownSecrets))
        secrets << shown.mid(6); // the key part, without "whsec_"
    secrets << m_typedSecret.mid(6);

    QList<QPair<QString, QByteArray>> outputs{
        {u"stdout"_qs, out}, {u"stderr"_qs, err}, {u"log messages"_qs, messages}};
    QDirIterator files(options.dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
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
    QVERIFY(scanned > 0); // settings.ini at least
    for (const auto &[where, bytes] : std::as_const(outputs)) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("%1 contains a secret (%2…)").arg(where, secret.left(10))));
    }
    qInfo("searched %lld bytes of stdout, %lld of stderr, %lld of log messages and %d other files for %lld "
          "secrets: none found",
          qint64(out.size()), qint64(err.size()), qint64(messages.size()), scanned, qint64(secrets.size()));
}

QTEST_MAIN(TestConsoleSecrets)
#include "tst_consolesecrets.moc"
