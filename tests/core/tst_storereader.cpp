// StoreReader: the console's reads run on the reader's own thread and connection, answer on the
// asker's thread in the order asked, and are dropped for an asker that is gone.
#include "service/storereader.h"
#include "store/statementwatch.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace hookboard;
using namespace hookboard::test;

class TestStoreReader : public QObject
{
    Q_OBJECT
private slots:
    void readsRunOnItsThreadAndAnswerHere()
    {
        TestStore t;
        const Receiver r = t.makeReceiver();
        StoreReader reader(t.location(), t.clock());
        StatementWatch watch(QThread::currentThread());
        QObject asker;
        QThread *ranOn = nullptr;
        QThread *answeredOn = nullptr;
        std::optional<Result<Receiver>> answer;
        reader.read<Result<Receiver>>(
            &asker,
            [&](StoreReader::Connection &c) {
                ranOn = QThread::currentThread();
                return c.service.receiver(r.id);
            },
            [&](const Result<Receiver> &read) {
                answeredOn = QThread::currentThread();
                answer = read;
            });
        QVERIFY(!answer.has_value()); // never inline
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        QCOMPARE((*answer)->name, r.name);
        QVERIFY(ranOn != nullptr && ranOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(watch.count(), 0); // nothing ran on this thread
    }

    void answersComeInTheOrderAsked()
    {
        TestStore t;
        StoreReader reader(t.location(), t.clock());
        QObject asker;
        QList<int> order;
        for (int i = 0; i < 50; ++i)
            reader.read<Result<int>>(
                &asker, [i](StoreReader::Connection &) -> Result<int> { return i; },
                [&](const Result<int> &n) { order.append(*n); });
        QTRY_COMPARE(order.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(order[i], i);
    }

    void anAskerThatIsGoneHearsNothing()
    {
        TestStore t;
        StoreReader reader(t.location(), t.clock());
        bool called = false;
        std::atomic<bool> ran = false; // set on the reader's thread
        {
            QObject asker;
            reader.read<Result<int>>(
                &asker,
                [&](StoreReader::Connection &) -> Result<int> {
                    ran = true;
                    return 1;
                },
                [&](const Result<int> &) { called = true; });
        }
        QTRY_VERIFY(ran.load());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void aStoreThatCannotBeOpenedAnswersWithItsError()
    {
        QTemporaryDir folder;
        QFile garbage(folder.filePath(QStringLiteral("hookboard.db")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x')); // not an SQLite file, let alone a Hookboard store
        garbage.close();
        ManualClock clock;
        StoreReader reader(folder.path(), clock);
        QObject asker;
        std::optional<Result<int>> answer;
        reader.read<Result<int>>(
            &asker, [](StoreReader::Connection &) -> Result<int> { return 1; },
            [&](const Result<int> &read) { answer = read; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"
