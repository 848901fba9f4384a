// Queue semantics as RabbitMQ's classic queues have them: ordering, requeue position,
// priorities, length limits, TTL, consumer selection.

#include "core/vhost.h"

#include <QTest>

using namespace warren::core;

namespace {

class TestConsumer : public Consumer {
public:
    TestConsumer(QByteArray tag, int priority = 0, bool ack = true)
        : m_tag(std::move(tag))
        , m_priority(priority)
        , m_ack(ack) {}
    bool canAccept() const override { return credit > 0; }
    void deliver(Queue&, const QueuedMessage& m) override {
        credit--;
        received.push_back(m);
    }
    void cancelledByBroker(Queue&) override {}
    const QByteArray& tag() const override { return m_tag; }
    bool ackRequired() const override { return m_ack; }
    int priority() const override { return m_priority; }
    quint64 connectionId() const override { return 1; }

    int credit = 1000;
    std::vector<QueuedMessage> received;

private:
    QByteArray m_tag;
    int m_priority;
    bool m_ack;
};

MessagePtr body(const QByteArray& text, int priority = -1, QByteArray expiration = {}) {
    auto m = std::make_shared<Message>();
    m->routingKey = "q";
    m->body = text;
    if (priority >= 0) {
        m->properties.priority = quint8(priority);
    }
    if (!expiration.isNull()) {
        m->properties.ttlMs = expiration.toLongLong();
    }
    return m;
}

std::shared_ptr<Queue> declare(Vhost& v, FieldTable args = {}) {
    return std::get<std::shared_ptr<Queue>>(v.declareQueue({"q", {}, std::move(args)}));
}

QList<QByteArray> bodies(const std::vector<QueuedMessage>& messages) {
    QList<QByteArray> out;
    for (const auto& m : messages)
        out << m.message->body;
    return out;
}

} // namespace

class TestQueue : public QObject {
    Q_OBJECT
private slots:
    void peekCopiesTheHeadInDeliveryOrderAndChangesNothing() {
        Vhost v("/");
        auto q = declare(v, {{"x-max-priority", qint32(5)}});
        q->publish(body("low", 1));
        q->publish(body("high", 5));
        q->publish(body("low-2", 1));
        auto first = q->get(true);
        q->reject(first->id, true); // "high", now redelivered at the head
        const auto peeked = q->peek(2);
        QCOMPARE(bodies(peeked), (QList<QByteArray>{"high", "low"}));
        QVERIFY(peeked[0].redelivered);
        QCOMPARE(q->readyCount(), quint64(3));
        QCOMPARE(q->unackedCount(), quint64(0));
        QCOMPARE(q->stats().delivered, quint64(1)); // only the real get counted
        TestConsumer c("c");
        q->addConsumer(&c);
        QCOMPARE(bodies(c.received), (QList<QByteArray>{"high", "low", "low-2"}));
        QVERIFY(!c.received[1].redelivered);
    }

    void requeuedMessagesKeepTheirPlace() {
        Vhost v("/");
        auto q = declare(v);
        for (const char* text : {"1", "2", "3"})
            q->publish(body(text));
        auto first = q->get(true);
        auto second = q->get(true);
        q->reject(second->id, true);
        q->reject(first->id, true);
        TestConsumer c("c");
        q->addConsumer(&c);
        QCOMPARE(bodies(c.received), (QList<QByteArray>{"1", "2", "3"}));
        QVERIFY(c.received[0].redelivered);
        QVERIFY(!c.received[2].redelivered);
    }

    void roundRobinAmongEqualConsumers() {
        Vhost v("/");
        auto q = declare(v);
        TestConsumer a("a"), b("b");
        q->addConsumer(&a);
        q->addConsumer(&b);
        for (int i = 0; i < 4; ++i)
            q->publish(body("m"));
        QCOMPARE(a.received.size(), size_t(2));
        QCOMPARE(b.received.size(), size_t(2));
    }

    void higherPriorityConsumerWinsWhileItHasCredit() {
        Vhost v("/");
        auto q = declare(v);
        TestConsumer low("low", 0), high("high", 5);
        high.credit = 2;
        q->addConsumer(&low);
        q->addConsumer(&high);
        for (int i = 0; i < 3; ++i)
            q->publish(body("m"));
        QCOMPARE(high.received.size(), size_t(2));
        QCOMPARE(low.received.size(), size_t(1));
    }

    void priorityQueueDeliversHighestFirst() {
        Vhost v("/");
        auto q = declare(v, {{"x-max-priority", qint32(10)}});
        q->publish(body("low", 1));
        q->publish(body("none"));
        q->publish(body("high", 9));
        q->publish(body("capped", 200)); // above max-priority counts as max
        TestConsumer c("c");
        q->addConsumer(&c);
        QCOMPARE(bodies(c.received), (QList<QByteArray>{"capped", "high", "low", "none"}));
    }

    void maxLengthDropsFromTheHead() {
        Vhost v("/");
        auto q = declare(v, {{"x-max-length", qint32(2)}});
        for (const char* text : {"1", "2", "3"})
            q->publish(body(text));
        QCOMPARE(q->readyCount(), 2u);
        TestConsumer c("c");
        q->addConsumer(&c);
        QCOMPARE(bodies(c.received), (QList<QByteArray>{"2", "3"}));
    }

    void rejectPublishRefusesNewMessages() {
        Vhost v("/");
        auto q = declare(v, {{"x-max-length", qint32(1)}, {"x-overflow", "reject-publish"}});
        QCOMPARE(q->publish(body("1")), Queue::PublishResult::Enqueued);
        QCOMPARE(q->publish(body("2")), Queue::PublishResult::Rejected);
        QCOMPARE(q->readyCount(), 1u);
    }

    void maxLengthBytesCountsBodies() {
        Vhost v("/");
        auto q = declare(v, {{"x-max-length-bytes", qint32(10)}});
        q->publish(body("12345"));
        q->publish(body("67890"));
        q->publish(body("abc"));
        QCOMPARE(q->readyCount(), 2u);
        QCOMPARE(q->readyBytes(), 8u);
    }

    void invalidArgumentsAreRefused() {
        Vhost v("/");
        auto negative = v.declareQueue({"q", {}, {{"x-message-ttl", qint32(-1)}}});
        QVERIFY(std::holds_alternative<Error>(negative));
        QCOMPARE(std::get<Error>(negative).kind, Error::Kind::PreconditionFailed);
        auto wrongType = v.declareQueue({"q", {}, {{"x-max-length", "ten"}}});
        QVERIFY(std::get<Error>(wrongType).text.contains(QLatin1String("x-max-length")));
        auto badOverflow = v.declareQueue({"q", {}, {{"x-overflow", "explode"}}});
        QVERIFY(std::holds_alternative<Error>(badOverflow));
    }

    void perMessageTtlZeroReachesAWaitingConsumer() {
        Vhost v("/");
        auto q = declare(v);
        TestConsumer c("c");
        q->addConsumer(&c);
        q->publish(body("now", -1, "0"));
        QCOMPARE(c.received.size(), size_t(1));
        c.credit = 0;
        q->publish(body("late", -1, "0"));
        QCOMPARE(q->readyCount(), 0u); // expired at once: nobody could take it
    }

    void singleActiveConsumerServesOnlyTheFirst() {
        Vhost v("/");
        auto q = declare(v, {{"x-single-active-consumer", true}});
        TestConsumer first("first"), second("second");
        q->addConsumer(&first);
        q->addConsumer(&second);
        q->publish(body("1"));
        q->publish(body("2"));
        QCOMPARE(first.received.size(), size_t(2));
        QCOMPARE(second.received.size(), size_t(0));
        q->removeConsumer(&first);
        q->publish(body("3"));
        QCOMPARE(second.received.size(), size_t(1));
    }

    void autoDeleteQueueGoesWithItsLastConsumer() {
        Vhost v("/");
        auto q =
            std::get<std::shared_ptr<Queue>>(v.declareQueue({"auto", {false, false, true}, {}}));
        TestConsumer c("c");
        q->addConsumer(&c);
        QVERIFY(v.queue("auto"));
        q->removeConsumer(&c);
        QVERIFY(!v.queue("auto"));
        QVERIFY(q->isDeleted());
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
