// The engine's one timer for every queue's TTL and x-expires: armed for the earliest deadline
// of all vhosts, re-armed when an earlier one appears, and after running what is due, for the
// next. Driven by a ManualClock: the test fires it instead of waiting.

#include "core/manual_clock.h"
#include "services/deadline_timer.h"

#include <QTest>

using namespace warren;
using namespace warren::core;

namespace {

MessagePtr body(const QByteArray& text) {
    auto m = std::make_shared<Message>();
    m->body = text;
    return m;
}

} // namespace

class TestDeadlineTimer : public QObject {
    Q_OBJECT

    std::shared_ptr<Queue> declare(Vhost& vhost, const QByteArray& name, FieldTable arguments) {
        return std::get<std::shared_ptr<Queue>>(vhost.declareQueue({name, {}, arguments}));
    }

private slots:
    void armsForTheEarliestDeadlineOfAllVhostsAndRunsWhatIsDue() {
        ManualClock clock;
        const qint64 start = clock.nowMs();
        services::BrokerContext context;
        services::DeadlineTimer timer(context, clock);
        context.deadlines = &timer;
        for (const QByteArray name : {"a", "b"})
            context.vhosts.insert(name, context.newVhost(name));
        QCOMPARE(timer.armedFor(), qint64(0));

        auto slow = declare(*context.vhost("a"), "slow", {{"x-message-ttl", qint32(100)}});
        slow->publish(body("s"));
        QCOMPARE(timer.armedFor(), start + 100);
        auto fast = declare(*context.vhost("b"), "fast", {{"x-message-ttl", qint32(30)}});
        fast->publish(body("f"));
        QCOMPARE(timer.armedFor(), start + 30); // an earlier deadline in another vhost
        declare(*context.vhost("b"), "idle", {{"x-expires", qint32(60)}});
        QCOMPARE(timer.armedFor(), start + 30);

        clock.advance(30);
        timer.fire();
        QCOMPARE(fast->readyCount(), quint64(0));
        QCOMPARE(slow->readyCount(), quint64(1));
        QCOMPARE(timer.armedFor(), start + 60);

        clock.advance(30);
        timer.fire();
        QVERIFY(!context.vhost("b")->queue("idle"));
        QCOMPARE(timer.armedFor(), start + 100);

        clock.advance(40);
        timer.fire();
        QCOMPARE(slow->readyCount(), quint64(0));
        QCOMPARE(timer.armedFor(), qint64(0)); // nothing left: not armed
        context.vhosts.clear();
    }
};

QTEST_GUILESS_MAIN(TestDeadlineTimer)
#include "tst_deadline_timer.moc"
