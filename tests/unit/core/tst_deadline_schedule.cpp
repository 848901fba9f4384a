// The schedule behind every queue timer of a vhost: one deadline per queue, the earliest
// first, and a word when a new deadline is earlier than all others (the broker's one timer
// then has to be re-armed).

#include "core/deadline_schedule.h"

#include <QTest>

using namespace warren::core;

class TestDeadlineSchedule : public QObject {
    Q_OBJECT
private slots:
    void dueQueuesComeOutEarliestFirst() {
        DeadlineSchedule schedule;
        // Only their addresses are used.
        const auto* a = reinterpret_cast<const Queue*>(0x10);
        const auto* b = reinterpret_cast<const Queue*>(0x20);
        const auto* c = reinterpret_cast<const Queue*>(0x30);
        QVERIFY(schedule.set(a, 300));  // the first
        QVERIFY(schedule.set(b, 100));  // earlier
        QVERIFY(!schedule.set(c, 200)); // not earlier
        QVERIFY(!schedule.set(c, 200)); // unchanged
        QVERIFY(schedule.set(a, 50));   // moved earlier
        QCOMPARE(schedule.earliest(), qint64(50));
        QCOMPARE(schedule.takeDue(150), (std::vector<const Queue*>{a, b}));
        QCOMPARE(schedule.earliest(), qint64(200));
        QVERIFY(!schedule.set(c, 400)); // moved later
        QCOMPARE(schedule.earliest(), qint64(400));
        QVERIFY(schedule.takeDue(399).empty());
        QVERIFY(!schedule.set(c, 0)); // removed
        QVERIFY(schedule.isEmpty());
        QCOMPARE(schedule.earliest(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineSchedule)
#include "tst_deadline_schedule.moc"
