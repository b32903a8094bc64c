// ChangeFeed: the one route by which committed changes reach the engine and the views. Posts from
// any thread reach a listener on the listener's thread, in order; listeners hear only the kinds
// they asked for, and nothing once they are gone.
#include "service/changefeed.h"
#include "testsupport.h"

#include <QTest>
#include <optional>
#include <thread>

using namespace hookboard;
using namespace hookboard::test;
using Kind = StoreChange::Kind;

class TestChangeFeed : public QObject
{
    Q_OBJECT
private slots:
    void listenersHearOnlyTheirKinds()
    {
        ChangeFeed feed;
        QObject listener;
        QList<StoreChange> heard;
        feed.listen(&listener, {Kind::ReceiversUpdated, Kind::ReceiversDisabled},
                    [&](const StoreChange &change) { heard.append(change); });
        feed.post(Kind::ReceiversUpdated, {1});
        feed.post(Kind::EventsPublished, {2, 3});
        feed.post(Kind::ReceiversDisabled, {4});
        QCOMPARE(heard.size(), 2);
        QCOMPARE(heard[0].kind, Kind::ReceiversUpdated);
        QCOMPARE(heard[0].ids, QList<qint64>{1});
        QCOMPARE(heard[1].kind, Kind::ReceiversDisabled);
        QCOMPARE(heard[1].ids, QList<qint64>{4});
    }

    void aChangeWithoutIdsIsNotPosted()
    {
        ChangeFeed feed;
        FeedRecorder recorder(feed);
        feed.post(Kind::EventsChanged, {});
        QVERIFY(recorder.all().isEmpty());
    }

    void postsFromOtherThreadsArriveOnTheListenersThreadInOrder()
    {
        ChangeFeed feed;
        QObject listener;
        QList<qint64> heard;
        bool allOnOurThread = true;
        feed.listen(&listener, {Kind::EventsAttempted}, [&](const StoreChange &change) {
            allOnOurThread = allOnOurThread && QThread::currentThread() == listener.thread();
            heard += change.ids;
        });
        std::thread writer([&] {
            for (qint64 id = 1; id <= 500; ++id)
                feed.post(Kind::EventsAttempted, {id});
        });
        writer.join();
        QVERIFY(heard.isEmpty()); // queued: nothing runs on the writer's thread
        QTRY_COMPARE(heard.size(), 500);
        QVERIFY(allOnOurThread);
        for (qsizetype i = 0; i < heard.size(); ++i)
            QCOMPARE(heard[i], i + 1);
    }

    void aListenerThatIsGoneHearsNothing()
    {
        ChangeFeed feed;
        int heard = 0;
        {
            QObject listener;
            feed.listen(&listener, {Kind::ReceiversDeleted}, [&](const StoreChange &) { ++heard; });
            feed.post(Kind::ReceiversDeleted, {1});
        }
        feed.post(Kind::ReceiversDeleted, {2});
        QCOMPARE(heard, 1);
    }

    // The publish writer commits on its own thread and posts there; the listener reads the new
    // events from the store when it hears of them, so the post came after the commit.
    void publishesFromTheWriterArePostedAfterTheirCommit()
    {
        TestStore t;
        const Receiver r = t.makeReceiver();
        t.subscribe(r.id, QStringLiteral("RUNS"), QStringLiteral("CREATE"));
        QList<EventStatus> seen;
        QObject listener;
        t.feed().listen(&listener, {Kind::EventsPublished}, [&](const StoreChange &change) {
            for (qint64 id : change.ids)
                seen.append(t.service().event(id)->status);
        });
        std::optional<Result<QList<qint64>>> answered;
        t.publishWriter().submit({QStringLiteral("RUNS"), QStringLiteral("CREATE"), "{}"}, &listener,
                                 [&](const Result<QList<qint64>> &ids) { answered = ids; });
        QTRY_VERIFY(answered.has_value());
        QVERIFY(answered->ok());
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen[0], EventStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
