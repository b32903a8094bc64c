// StatementWatch: what the console's GUI-thread tests rely on to see every statement run there.
#include "store/statementwatch.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <thread>

using namespace hookboard;
using namespace hookboard::test;

class TestStatementWatch : public QObject
{
    Q_OBJECT
private slots:
    void seesStatementsOnItsThreadOnly()
    {
        TestStore t; // its connection is opened before the watch exists, and still seen
        StatementWatch watch(QThread::currentThread());
        QVERIFY(t.service().receiver(1).error().code == ErrorCode::NotFound);
        QVERIFY(watch.count() >= 1);
        QVERIFY2(watch.statements().join(u'\n').contains(QStringLiteral("receivers")),
                 qPrintable(watch.statements().join(u'\n')));

        watch.clear();
        QSqlQuery raw(t.store().database().connection());
        QVERIFY(raw.exec(QStringLiteral("SELECT 42")));
        QCOMPARE(watch.statements(), QStringList{QStringLiteral("SELECT 42")});

        // Another thread with a connection of its own: not this watch's business.
        watch.clear();
        std::thread other([&] {
            Result<std::unique_ptr<Store>> store = Store::open(t.dataDir());
            QVERIFY(store.ok());
            QSqlQuery query((*store)->database().connection());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM events")));
        });
        other.join();
        QCOMPARE(watch.count(), 0);
    }

    void seesNothingOnceGone()
    {
        TestStore t;
        {
            StatementWatch watch(QThread::currentThread());
            QSqlQuery raw(t.store().database().connection());
            QVERIFY(raw.exec(QStringLiteral("SELECT 1")));
            QCOMPARE(watch.count(), 1);
        }
        StatementWatch next(QThread::currentThread()); // a second may exist once the first is gone
        QCOMPARE(next.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatementWatch)
#include "tst_statementwatch.moc"
