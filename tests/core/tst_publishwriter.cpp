// PublishWriter: group commit of publishes on its own thread and connection, on a real SQLite file.
#include "service/publishwriter.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <semaphore>
#include <thread>

using namespace hookboard;
using namespace hookboard::test;

class TestPublishWriter : public QObject
{
    Q_OBJECT

    static Change change(int n)
    {
        return {QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{\"n\":" + QByteArray::number(n) + '}'};
    }

private slots:
    // What arrives while a commit is under way is committed together: one transaction, one sync.
    void waitingPublishesShareOneCommit()
    {
        TestStore t;
        const Receiver a = t.makeReceiver(QStringLiteral("a"));
        const Receiver b = t.makeReceiver(QStringLiteral("b"));
        t.subscribe(a.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        t.subscribe(b.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        PublishWriter &writer = t.publishWriter();
        FeedRecorder published(t.feed());

        // Hold the writer's thread, as a slow sync would, while 50 publishes arrive.
        std::binary_semaphore entered(0);
        std::binary_semaphore gate(0);
        std::thread holder([&] {
            (void)writer.onConnection([&](Database &) -> Status {
                entered.release();
                gate.acquire();
                return {};
            });
        });
        entered.acquire();
        const qint64 commitsBefore = writer.commitCount();
        QList<QList<qint64>> answers(50);
        int answered = 0;
        for (int i = 0; i < 50; ++i) {
            writer.submit(change(i), this, [&, i](const Result<QList<qint64>> &ids) {
                QVERIFY(ids.ok());
                answers[i] = *ids;
                ++answered;
            });
        }
        QTest::qWait(50);
        QCOMPARE(answered, 0); // nothing is answered before its commit
        QCOMPARE(t.rowCount(QStringLiteral("events")), 0);
        gate.release();
        holder.join();
        QTRY_COMPARE(answered, 50);
        QCOMPARE(writer.commitCount(), commitsBefore + 1);

        // Each publisher got its own two events, and they are in the store.
        QSet<qint64> seen;
        for (const QList<qint64> &ids : answers) {
            QCOMPARE(ids.size(), 2);
            for (const qint64 id : ids) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
        }
        QCOMPARE(t.rowCount(QStringLiteral("events")), 100);
        QCOMPARE(t.rowCount(QStringLiteral("changes")), 50);
        const Result<Event> first = t.service().event(answers[0][0]);
        QVERIFY(first.ok());
        QCOMPARE(first->payload, QByteArray("{\"n\":0}"));
        QTRY_COMPARE(published.all().size(), 1);
        QCOMPARE(published.all()[0].kind, StoreChange::Kind::EventsPublished);
        QCOMPARE(published.all()[0].ids.size(), 100);
    }

    // A batch the store refuses as a whole is tried change by change, so each publisher hears
    // about its own change; here the store is full for all of them.
    void refusedBatchAnswersEveryPublisher()
    {
        TestStore t;
        const Receiver a = t.makeReceiver(QStringLiteral("a"));
        t.subscribe(a.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        PublishWriter &writer = t.publishWriter();
        // On PostgreSQL, whose server decides when its disk is full, a constraint that no change
        // meets refuses them all the same way.
        const QString reason =
            t.onPostgres() ? QStringLiteral("refuse_every_change") : QStringLiteral("full");
        QVERIFY(writer
                    .onConnection([](Database &db) -> Status {
                        QSqlQuery pragma(db.connection());
                        if (db.engine() == Engine::PostgreSQL)
                            return pragma.exec(QStringLiteral("ALTER TABLE changes ADD CONSTRAINT "
                                                              "refuse_every_change CHECK (length(data) < 0) "
                                                              "NOT VALID"))
                                       ? Status()
                                       : Error::internal(pragma.lastError().text());
                        if (!pragma.exec(QStringLiteral("PRAGMA page_count")) || !pragma.next())
                            return Error::internal(QStringLiteral("page_count"));
                        const int pages = pragma.value(0).toInt();
                        if (!pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)))
                            return Error::internal(QStringLiteral("max_page_count"));
                        return {};
                    })
                    .ok());
        int refused = 0;
        const QByteArray big = "{\"text\":\"" + QByteArray(100'000, 'x') + "\"}";
        for (int i = 0; i < 5; ++i) {
            writer.submit({QStringLiteral("RUNS"), QStringLiteral("CREATE"), big}, this,
                          [&](const Result<QList<qint64>> &ids) {
                              QVERIFY(!ids.ok());
                              QVERIFY2(ids.error().message.contains(reason), qPrintable(ids.error().message));
                              ++refused;
                          });
        }
        QTRY_COMPARE(refused, 5);
        QCOMPARE(t.rowCount(QStringLiteral("changes")), 0);
    }

    // stop() commits and answers what was submitted before it; later submits are refused.
    void stopCommitsWhatIsWaiting()
    {
        TestStore t;
        const Receiver a = t.makeReceiver(QStringLiteral("a"));
        t.subscribe(a.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        PublishWriter &writer = t.publishWriter();
        int stored = 0;
        for (int i = 0; i < 20; ++i)
            writer.submit(change(i), this,
                          [&](const Result<QList<qint64>> &ids) { stored += ids.ok() ? 1 : 0; });
        writer.stop();
        QCOMPARE(t.rowCount(QStringLiteral("changes")), 20);
        QTRY_COMPARE(stored, 20);
        bool refused = false;
        writer.submit(change(99), this, [&](const Result<QList<qint64>> &ids) { refused = !ids.ok(); });
        QTRY_VERIFY(refused);
        QCOMPARE(t.rowCount(QStringLiteral("changes")), 20);
    }

    // An answer for a publisher that went away is dropped, not delivered to a dead object.
    void answerToAGoneContextIsDropped()
    {
        TestStore t;
        PublishWriter &writer = t.publishWriter();
        bool called = false;
        {
            QObject context;
            writer.submit(change(1), &context, [&](const Result<QList<qint64>> &) { called = true; });
            writer.stop(); // committed; the answer is queued to context, which goes now
        }
        QTest::qWait(50);
        QVERIFY(!called);
        QCOMPARE(t.rowCount(QStringLiteral("changes")), 0); // nothing subscribes: no change row
    }
};

QTEST_GUILESS_MAIN(TestPublishWriter)
#include "tst_publishwriter.moc"
