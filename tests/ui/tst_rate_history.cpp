// The charts' history: a bounded ring of samples, windows by time, long windows averaged
// down to a bounded number of points; and every queue's, kept for the queues' pages.

#include "models/queue_rate_histories.h"
#include "models/rate_history.h"

#include <QTest>

class TestRateHistory : public QObject {
    Q_OBJECT
private slots:
    void keepsOnlyItsCapacityOldestFirstOut() {
        RateHistory history(5);
        for (int i = 0; i < 12; ++i)
            history.append(i * 1000, {double(i)});
        QCOMPARE(history.size(), 5);
        const auto points = history.points(RateHistory::Publish, 11000, 60000, 100);
        QCOMPARE(points.size(), 5);
        QCOMPARE(points.first(), QPointF(-4.0, 7.0));
        QCOMPARE(points.last(), QPointF(0.0, 11.0));
    }

    void aWindowSelectsTheRecentSamplesOnly() {
        RateHistory history;
        for (int i = 0; i < 300; ++i)
            history.append(i * 1000, {0, double(i)});
        const auto minute = history.points(RateHistory::Deliver, 299000, 60000, 600);
        QCOMPARE(minute.size(), 61); // -60 s .. 0 s inclusive
        QCOMPARE(minute.first().x(), -60.0);
        QCOMPARE(minute.first().y(), 239.0);
        QCOMPARE(history.maximum(RateHistory::Deliver, 299000, 60000), 299.0);
        QCOMPARE(history.maximum(RateHistory::Deliver, 100000, 10000), 100.0);
    }

    void longWindowsAverageGroupsOfSamples() {
        RateHistory history;
        for (int i = 0; i < 3600; ++i)
            history.append(i * 1000, {double(i % 2 == 0 ? 10 : 20)});
        const auto hour = history.points(RateHistory::Publish, 3599000, 3600000, 600);
        QCOMPARE(hour.size(), 600);
        for (const QPointF& point : hour)
            QCOMPARE(point.y(), 15.0); // pairs of 10 and 20 averaged
        QCOMPARE(hour.last().x(), 0.0);
    }

    void emptyAndClearedHistoriesDrawNothing() {
        RateHistory history;
        QVERIFY(history.points(RateHistory::Ack, 0, 60000, 600).isEmpty());
        history.append(1000, {1, 2, 3});
        history.clear();
        QCOMPARE(history.size(), 0);
        QCOMPARE(history.maximum(RateHistory::Ack, 1000, 60000), 0.0);
        QCOMPARE(history.lastAtMs(), qint64(0));
        for (int i = 0; i < 7; ++i) // the ring works again after a clear, past its capacity
            history.append(2000 + i, {double(i)});
        QCOMPARE(history.size(), 7);
        QCOMPARE(history.lastAtMs(), qint64(2006));
        RateHistory small(3);
        for (int i = 0; i < 3; ++i)
            small.append(i, {double(i)});
        small.clear();
        for (int i = 0; i < 5; ++i)
            small.append(10000 + i * 1000, {double(i)});
        QCOMPARE(small.points(RateHistory::Publish, 14000, 60000, 10),
                 QList<QPointF>({{-2, 2}, {-1, 3}, {0, 4}}));
    }

    void everyQueueHasAHistoryFromItsFirstSnapshot() {
        QueueRateHistories histories(10, 4);
        warren::BrokerSnapshot snapshot;
        snapshot.queues = {queue("/", "a", 1), queue("/", "b", 2), queue("shop", "a", 3)};
        for (int second = 0; second < 6; ++second) {
            snapshot.takenAt = QDateTime::fromSecsSinceEpoch(1700000000 + second, Qt::UTC);
            snapshot.queues[0].publishRate = second;
            histories.applySnapshot(snapshot);
        }
        QCOMPARE(histories.queueCount(), 3);
        const auto a = histories.history(QStringLiteral("/"), QStringLiteral("a"));
        QCOMPARE(a->size(), 4); // bounded per queue: the newest four of six
        QCOMPARE(a->capacity(), 4);
        QCOMPARE(a->lastAtMs(), snapshot.takenAt.toMSecsSinceEpoch());
        QCOMPARE(a->points(RateHistory::Publish, a->lastAtMs(), 60000, 10).first().y(), 2.0);
        // The same name in another vhost is another queue.
        const auto shopA = histories.history(QStringLiteral("shop"), QStringLiteral("a"));
        QCOMPARE(shopA->points(RateHistory::Ready, shopA->lastAtMs(), 60000, 10).last().y(), 3.0);
    }

    void goneQueuesAreDroppedWhileAPageKeepsItsPicture() {
        QueueRateHistories histories;
        warren::BrokerSnapshot snapshot;
        snapshot.takenAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        snapshot.queues = {queue("/", "a", 1), queue("/", "b", 2)};
        histories.applySnapshot(snapshot);
        const auto held = histories.history(QStringLiteral("/"), QStringLiteral("a"));
        snapshot.queues.removeFirst();
        snapshot.takenAt = snapshot.takenAt.addSecs(1);
        histories.applySnapshot(snapshot);
        QVERIFY(!histories.contains(QStringLiteral("/"), QStringLiteral("a")));
        QCOMPARE(histories.queueCount(), 1);
        QCOMPARE(held->size(), 1); // what the page was drawing stays drawable

        snapshot.queues.append(queue("/", "a", 9)); // declared again: a new queue
        histories.applySnapshot(snapshot);
        const auto fresh = histories.history(QStringLiteral("/"), QStringLiteral("a"));
        QVERIFY(fresh != held);
        QCOMPARE(fresh->size(), 1);
    }

    void followsABoundedNumberOfQueuesAndAnyAPageAsksFor() {
        QueueRateHistories histories(2);
        warren::BrokerSnapshot snapshot;
        snapshot.takenAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        snapshot.queues = {queue("/", "a", 1), queue("/", "b", 2), queue("/", "c", 3)};
        histories.applySnapshot(snapshot);
        QCOMPARE(histories.queueCount(), 2); // the first two seen
        QVERIFY(!histories.contains(QStringLiteral("/"), QStringLiteral("c")));
        // A page for the third: followed from then on, over the bound.
        const auto c = histories.history(QStringLiteral("/"), QStringLiteral("c"));
        QCOMPARE(c->size(), 0);
        snapshot.takenAt = snapshot.takenAt.addSecs(1);
        histories.applySnapshot(snapshot);
        QCOMPARE(c->size(), 1);
        QCOMPARE(histories.queueCount(), 3);
        // A deleted queue makes room for one not yet followed.
        snapshot.queues = {queue("/", "c", 3), queue("/", "d", 4), queue("/", "e", 5)};
        histories.applySnapshot(snapshot);
        QCOMPARE(histories.queueCount(), 2);
        QVERIFY(histories.contains(QStringLiteral("/"), QStringLiteral("d")));
        QVERIFY(!histories.contains(QStringLiteral("/"), QStringLiteral("e")));
    }

private:
    static warren::QueueInfo queue(const char* vhost, const char* name, quint64 ready) {
        warren::QueueInfo info;
        info.vhost = QString::fromLatin1(vhost);
        info.name = QString::fromLatin1(name);
        info.messagesReady = ready;
        return info;
    }
};

QTEST_GUILESS_MAIN(TestRateHistory)
#include "tst_rate_history.moc"
