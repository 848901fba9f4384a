// The overview's history: a fixed ring of samples, windows by time, long windows averaged
// down to a bounded number of points.

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
    }
};

QTEST_GUILESS_MAIN(TestRateHistory)
#include "tst_rate_history.moc"
