#include "util/BoundedQueue.h"

#include <QTest>

#include <thread>

using namespace mixdesk;

class BoundedQueueTest : public QObject
{
    Q_OBJECT

private slots:
    void handsOverEverythingInOrder()
    {
        BoundedQueue<int> queue(2);
        std::thread producer([&] {
            for (int i = 0; i < 1000; ++i)
                QVERIFY(queue.push(i));
            queue.finish();
        });
        QList<int> taken;
        while (auto item = queue.pop())
            taken << *item;
        producer.join();
        QCOMPARE(taken.size(), 1000);
        for (int i = 0; i < taken.size(); ++i)
            QCOMPARE(taken[i], i);
    }

    void closingReleasesABlockedProducer()
    {
        BoundedQueue<int> queue(1);
        bool lastPush = true;
        std::thread producer([&] {
            queue.push(1);
            lastPush = queue.push(2); // blocks: the queue is full
        });
        QTest::qWait(20);
        queue.close();
        producer.join();
        QVERIFY(!lastPush);
        QVERIFY(!queue.pop()); // closed: nothing more, even what was queued
    }

    void finishedQueueDrainsThenEnds()
    {
        BoundedQueue<int> queue(4);
        QVERIFY(queue.push(7));
        queue.finish();
        QCOMPARE(queue.pop().value_or(-1), 7);
        QVERIFY(!queue.pop());
    }
};

QTEST_GUILESS_MAIN(BoundedQueueTest)
#include "BoundedQueueTest.moc"
