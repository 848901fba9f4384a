// Queue timers on an injected clock: message TTLs (the queue's, the message's, the lower of the
// two), dead-lettering on expiry and x-expires, each run when the test moves the clock past a
// deadline and asks the vhost to run what is due, as the broker's one deadline timer does.

#include "collecting_consumer.h"
#include "core/manual_clock.h"
#include "core/vhost.h"

#include <QTest>

using namespace warren::core;

namespace {

MessagePtr body(const QByteArray& text, QByteArray expiration = {}) {
    auto m = std::make_shared<Message>();
    m->routingKey = "q";
    m->body = text;
    if (!expiration.isNull())
        m->properties.ttlMs = expiration.toLongLong();
    return m;
}

QList<QByteArray> bodies(const Queue& queue) {
    QList<QByteArray> out;
    for (const auto& m : queue.peek(100))
        out << m.message->body;
    return out;
}

} // namespace

class TestQueueTimers : public QObject {
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<Vhost> m_vhost;
    qint64 m_start = 0;

    std::shared_ptr<Queue> declare(FieldTable arguments, const QByteArray& name = "q") {
        return std::get<std::shared_ptr<Queue>>(
            m_vhost->declareQueue({name, {}, std::move(arguments)}));
    }
    // Moves the clock to `ms` after the test's start and runs what is due then.
    void at(qint64 ms) {
        m_clock.advance(m_start + ms - m_clock.nowMs());
        m_vhost->runDeadlines();
    }

private slots:
    void init() {
        m_vhost = std::make_unique<Vhost>("/", m_clock);
        m_start = m_clock.nowMs();
    }
    void cleanup() { m_vhost.reset(); }

    void queueTtlExpiresTheHeadAtItsDeadline() {
        auto q = declare({{"x-message-ttl", qint32(100)}});
        q->publish(body("a"));
        at(40);
        q->publish(body("b"));
        QCOMPARE(q->nextDeadline(), m_start + 100);
        QCOMPARE(m_vhost->nextDeadline(), m_start + 100);
        at(99);
        QCOMPARE(bodies(*q), (QList<QByteArray>{"a", "b"}));
        at(100);
        QCOMPARE(bodies(*q), (QList<QByteArray>{"b"}));
        QCOMPARE(m_vhost->nextDeadline(), m_start + 140);
        at(140);
        QCOMPARE(q->readyCount(), quint64(0));
        QCOMPARE(m_vhost->nextDeadline(), qint64(0)); // nothing left to expire
    }

    void perMessageTtlExpiresOnlyAtTheHead() {
        auto q = declare({});
        q->publish(body("long", "1000"));
        q->publish(body("short", "30"));
        at(30);
        // RabbitMQ's classic queues expire at the head: "short" waits behind "long".
        QCOMPARE(bodies(*q), (QList<QByteArray>{"long", "short"}));
        at(1000);
        QCOMPARE(q->readyCount(), quint64(0)); // "short" went with it, overdue
    }

    void theLowerOfQueueAndMessageTtlApplies() {
        auto q = declare({{"x-message-ttl", qint32(100)}});
        q->publish(body("m", "50"));
        QCOMPARE(q->nextDeadline(), m_start + 50);
        at(50);
        QCOMPARE(q->readyCount(), quint64(0));
    }

    void expiredMessagesAreDeadLettered() {
        QVERIFY(std::holds_alternative<std::shared_ptr<Exchange>>(
            m_vhost->declareExchange({"dlx", "fanout", {}, {}})));
        auto dead = declare({}, "dead");
        QVERIFY(!m_vhost->bindQueue("dead", "dlx", "", {}));
        auto q = declare({{"x-message-ttl", qint32(50)}, {"x-dead-letter-exchange", "dlx"}});
        q->publish(body("short-lived"));
        at(49);
        QCOMPARE(dead->readyCount(), quint64(0));
        at(50);
        QCOMPARE(q->readyCount(), quint64(0));
        const auto got = dead->get(false);
        QVERIFY(got);
        QCOMPARE(got->message->body, QByteArray("short-lived"));
        const FieldValue* reason =
            findField(got->message->properties.headersOrEmpty(), "x-first-death-reason");
        QVERIFY(reason);
        QCOMPARE(reason->toBytes(), std::optional<QByteArray>("expired"));
    }

    void aConsumerGetsAMessageBeforeItsDeadline() {
        auto q = declare({{"x-message-ttl", qint32(50)}});
        q->publish(body("m"));
        CollectingConsumer consumer;
        q->addConsumer(&consumer);
        QCOMPARE(consumer.received, (QList<QByteArray>{"m"}));
        QCOMPARE(q->nextDeadline(), qint64(0));
        q->removeConsumer(&consumer);
    }

    void unusedQueueExpires() {
        declare({{"x-expires", qint32(50)}});
        at(49);
        QVERIFY(m_vhost->queue("q"));
        at(50);
        QVERIFY(!m_vhost->queue("q"));
        QCOMPARE(m_vhost->nextDeadline(), qint64(0));
    }

    void useRestartsTheExpiresCountdown() {
        auto q = declare({{"x-expires", qint32(50)}});
        at(40);
        QVERIFY(!q->get(false)); // a basic.get is a use, even of an empty queue
        at(89);
        QVERIFY(m_vhost->queue("q"));
        at(90);
        QVERIFY(!m_vhost->queue("q"));
        QVERIFY(q->isDeleted());
    }

    void aQueueWithAConsumerDoesNotExpire() {
        auto q = declare({{"x-expires", qint32(50)}});
        CollectingConsumer consumer;
        q->addConsumer(&consumer);
        at(500);
        QVERIFY(m_vhost->queue("q"));
        q->removeConsumer(&consumer); // the countdown starts again from here
        at(549);
        QVERIFY(m_vhost->queue("q"));
        at(550);
        QVERIFY(!m_vhost->queue("q"));
    }

    void theVhostKnowsItsEarliestDeadlineAndTellsOfEarlierOnes() {
        QList<qint64> told;
        m_vhost->setDeadlineListener([&told](qint64 deadline) { told << deadline; });
        auto slow = declare({{"x-message-ttl", qint32(100)}}, "slow");
        auto fast = declare({{"x-message-ttl", qint32(30)}}, "fast");
        slow->publish(body("s"));
        fast->publish(body("f"));
        slow->publish(body("s2")); // no earlier deadline: nobody is told
        QCOMPARE(told, (QList<qint64>{m_start + 100, m_start + 30}));
        QCOMPARE(m_vhost->nextDeadline(), m_start + 30);
        at(30);
        QCOMPARE(fast->readyCount(), quint64(0));
        QCOMPARE(slow->readyCount(), quint64(2));
        QCOMPARE(m_vhost->nextDeadline(), m_start + 100);
    }

    void aDeletedQueueLeavesTheSchedule() {
        declare({{"x-expires", qint32(50)}, {"x-message-ttl", qint32(10)}})->publish(body("m"));
        QCOMPARE(m_vhost->nextDeadline(), m_start + 10);
        QVERIFY(std::holds_alternative<quint64>(m_vhost->deleteQueue("q", false, false)));
        QCOMPARE(m_vhost->nextDeadline(), qint64(0));
        at(100); // nothing to run, nothing dangling
    }
};

QTEST_GUILESS_MAIN(TestQueueTimers)
#include "tst_queue_timers.moc"
