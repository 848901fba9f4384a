// Routing through the core alone: exchanges, bindings, e2e bindings, alternate exchanges,
// CC/BCC, and dead-lettering with x-death, with no protocol in sight.

#include "core/vhost.h"

#include <QTest>

using namespace warren::core;

namespace {

// Collects deliveries; accepts everything.
class RecordingConsumer : public Consumer {
public:
    explicit RecordingConsumer(QByteArray tag, bool ack = false)
        : m_tag(std::move(tag))
        , m_ack(ack) {}
    bool canAccept() const override { return accepting; }
    void deliver(Queue&, const QueuedMessage& m) override { received.push_back(m); }
    void cancelledByBroker(Queue&) override { cancelled = true; }
    const QByteArray& tag() const override { return m_tag; }
    bool ackRequired() const override { return m_ack; }
    quint64 connectionId() const override { return 1; }

    std::vector<QueuedMessage> received;
    bool cancelled = false;
    bool accepting = true;

private:
    QByteArray m_tag;
    bool m_ack;
};

MessagePtr message(QByteArray exchange, QByteArray key, FieldTable headers = {}) {
    auto m = std::make_shared<Message>();
    m->exchange = std::move(exchange);
    m->routingKey = std::move(key);
    m->body = "body";
    if (!headers.empty()) {
        m->properties.headers = std::move(headers);
    }
    return m;
}

std::shared_ptr<Queue> declare(Vhost& v, const QByteArray& name, FieldTable args = {}) {
    auto result = v.declareQueue({name, {}, std::move(args)});
    return std::get<std::shared_ptr<Queue>>(result);
}

RouteResult publish(Vhost& v, const QByteArray& exchange, const QByteArray& key,
                    FieldTable headers = {}) {
    return v.publish(*v.exchange(exchange), message(exchange, key, std::move(headers)));
}

} // namespace

class TestVhostRouting : public QObject {
    Q_OBJECT
private slots:
    void standardExchangesExist() {
        Vhost v("/");
        for (const char* name :
             {"", "amq.direct", "amq.fanout", "amq.topic", "amq.headers", "amq.match"})
            QVERIFY2(v.exchange(name), name);
        QCOMPARE(v.exchange("amq.match")->type(), ExchangeType::Headers);
    }

    void defaultExchangeRoutesByQueueName() {
        Vhost v("/");
        auto q = declare(v, "orders");
        QCOMPARE(publish(v, "", "orders").routedQueues, 1);
        QCOMPARE(publish(v, "", "nothing").routedQueues, 0);
        QCOMPARE(q->readyCount(), 1u);
    }

    void bindingToTheDefaultExchangeIsRefused() {
        Vhost v("/");
        declare(v, "q");
        auto error = v.bindQueue("q", "", "q", {});
        QVERIFY(error);
        QCOMPARE(error->kind, Error::Kind::AccessRefused);
    }

    void fanoutSharesOneMessageAcrossQueues() {
        Vhost v("/");
        auto a = declare(v, "a");
        auto b = declare(v, "b");
        QVERIFY(!v.bindQueue("a", "amq.fanout", "", {}));
        QVERIFY(!v.bindQueue("b", "amq.fanout", "ignored", {}));
        QCOMPARE(publish(v, "amq.fanout", "any").routedQueues, 2);
        RecordingConsumer ca("a"), cb("b");
        a->addConsumer(&ca);
        b->addConsumer(&cb);
        QCOMPARE(ca.received.size(), size_t(1));
        // One message instance (and body) serves both queues.
        QCOMPARE(ca.received[0].message.get(), cb.received[0].message.get());
    }

    void resolvingARouteCountsNothingAndPublishingCountsEveryExchangePassed() {
        Vhost v("/");
        declare(v, "q");
        QVERIFY(std::holds_alternative<std::shared_ptr<Exchange>>(
            v.declareExchange({"inner", "fanout", {}, {}})));
        QVERIFY(!v.bindExchange("inner", "amq.topic", "#", {}));
        QVERIFY(!v.bindQueue("q", "inner", "", {}));
        auto topic = v.exchange("amq.topic");
        auto inner = v.exchange("inner");
        std::vector<Queue*> queues;
        const auto passed = v.resolveRoute(*topic, *message("amq.topic", "a.b"), queues);
        QCOMPARE(queues.size(), size_t(1));
        QCOMPARE(passed.size(), size_t(2)); // amq.topic, then inner
        QCOMPARE(topic->stats().publishedIn, quint64(0));
        QCOMPARE(inner->stats().publishedIn, quint64(0));
        QCOMPARE(topic->stats().publishedOut, quint64(0));

        QCOMPARE(publish(v, "amq.topic", "a.b").routedQueues, 1);
        QCOMPARE(topic->stats().publishedIn, quint64(1));
        QCOMPARE(inner->stats().publishedIn, quint64(1));
        QCOMPARE(topic->stats().publishedOut, quint64(1));
    }

    void duplicateBindingsRouteOnce() {
        Vhost v("/");
        auto q = declare(v, "q");
        v.bindQueue("q", "amq.topic", "a.*", {});
        v.bindQueue("q", "amq.topic", "a.*", {});
        v.bindQueue("q", "amq.topic", "#", {});
        QCOMPARE(publish(v, "amq.topic", "a.b").routedQueues, 1);
        QCOMPARE(q->readyCount(), 1u);
    }

    void exchangeToExchangeBindings() {
        Vhost v("/");
        v.declareExchange({"upstream", "topic", {}, {}});
        v.declareExchange({"downstream", "fanout", {}, {}});
        auto q = declare(v, "q");
        QVERIFY(!v.bindExchange("downstream", "upstream", "logs.#", {}));
        QVERIFY(!v.bindQueue("q", "downstream", "", {}));
        QCOMPARE(publish(v, "upstream", "logs.error").routedQueues, 1);
        QCOMPARE(publish(v, "upstream", "metrics").routedQueues, 0);
        // A cycle of exchanges terminates.
        QVERIFY(!v.bindExchange("upstream", "downstream", "#", {}));
        QCOMPARE(publish(v, "upstream", "logs.x").routedQueues, 1);
    }

    void alternateExchangeTakesUnroutable() {
        Vhost v("/");
        v.declareExchange({"ae", "fanout", {}, {}});
        v.declareExchange({"main", "direct", {}, {{"alternate-exchange", "ae"}}});
        auto unrouted = declare(v, "unrouted");
        auto routed = declare(v, "routed");
        v.bindQueue("unrouted", "ae", "", {});
        v.bindQueue("routed", "main", "k", {});
        publish(v, "main", "k");
        publish(v, "main", "other");
        QCOMPARE(routed->readyCount(), 1u);
        QCOMPARE(unrouted->readyCount(), 1u);
    }

    void ccAndBccAddRoutingKeys() {
        Vhost v("/");
        auto a = declare(v, "a");
        auto b = declare(v, "b");
        auto c = declare(v, "c");
        publish(v, "", "a", {{"CC", FieldArray{"b"}}, {"BCC", FieldArray{"c"}}});
        QCOMPARE(a->readyCount(), 1u);
        QCOMPARE(b->readyCount(), 1u);
        QCOMPARE(c->readyCount(), 1u);
        RecordingConsumer consumer("c");
        c->addConsumer(&consumer);
        QVERIFY(!findField(consumer.received[0].message->properties.headersOrEmpty(), "BCC"));
    }

    void redeclareWithOtherTypeFails() {
        Vhost v("/");
        v.declareExchange({"x", "direct", {}, {}});
        auto result = v.declareExchange({"x", "fanout", {}, {}});
        QVERIFY(std::holds_alternative<Error>(result));
        QCOMPARE(std::get<Error>(result).kind, Error::Kind::PreconditionFailed);
        QVERIFY(std::get<Error>(result).text.contains(QLatin1String("inequivalent arg 'type'")));
    }

    void queueArgumentsCompareByValueNotWidth() {
        Vhost v("/");
        declare(v, "q", {{"x-message-ttl", qint32(1000)}});
        auto same = v.declareQueue({"q", {}, {{"x-message-ttl", qint64(1000)}}});
        QVERIFY(std::holds_alternative<std::shared_ptr<Queue>>(same));
        auto other = v.declareQueue({"q", {}, {{"x-message-ttl", qint32(2000)}}});
        QVERIFY(std::holds_alternative<Error>(other));
    }

    void deletingAQueueRemovesItsBindingsAndAutoDeleteExchanges() {
        Vhost v("/");
        v.declareExchange({"temp", "fanout", {false, true, false}, {}});
        declare(v, "q");
        v.bindQueue("q", "temp", "", {});
        QVERIFY(std::holds_alternative<quint64>(v.deleteQueue("q", false, false)));
        QVERIFY(!v.exchange("temp"));
    }

    void deleteIfUnusedAndIfEmpty() {
        Vhost v("/");
        auto q = declare(v, "q");
        publish(v, "", "q");
        QVERIFY(std::holds_alternative<Error>(v.deleteQueue("q", false, true)));
        RecordingConsumer consumer("c", true);
        q->addConsumer(&consumer);
        QVERIFY(std::holds_alternative<Error>(v.deleteQueue("q", true, false)));
        QVERIFY(std::holds_alternative<quint64>(v.deleteQueue("q", false, false)));
        QVERIFY(consumer.cancelled);
    }

    void deadLetteringAddsXDeath() {
        Vhost v("/");
        v.declareExchange({"dlx", "fanout", {}, {}});
        auto dead = declare(v, "dead");
        v.bindQueue("dead", "dlx", "", {});
        auto work = declare(v, "work", {{"x-dead-letter-exchange", "dlx"}});
        publish(v, "", "work");
        RecordingConsumer consumer("c", true);
        work->addConsumer(&consumer);
        QCOMPARE(consumer.received.size(), size_t(1));
        work->reject(consumer.received[0].id, false);
        work->removeConsumer(&consumer);
        QCOMPARE(dead->readyCount(), 1u);
        RecordingConsumer reader("r");
        dead->addConsumer(&reader);
        const auto& headers = reader.received[0].message->properties.headersOrEmpty();
        const FieldValue* deaths = findField(headers, "x-death");
        QVERIFY(deaths && deaths->is<FieldArray>());
        const auto& entry = *deaths->get<FieldArray>()->at(0).get<FieldTable>();
        QCOMPARE(findField(entry, "reason")->toBytes().value(), QByteArray("rejected"));
        QCOMPARE(findField(entry, "queue")->toBytes().value(), QByteArray("work"));
        QCOMPARE(findField(entry, "count")->toInteger().value(), 1);
        QCOMPARE(findField(headers, "x-first-death-reason")->toBytes().value(),
                 QByteArray("rejected"));
    }

    void exclusiveQueuesGoWithTheirConnection() {
        Vhost v("/");
        v.declareQueue({"mine", {false, true, false, 42}, {}});
        auto locked = v.declareQueue({"mine", {false, true, false, 43}, {}});
        QCOMPARE(std::get<Error>(locked).kind, Error::Kind::ResourceLocked);
        v.deleteExclusiveQueuesOf(42);
        QVERIFY(!v.queue("mine"));
    }
};

QTEST_GUILESS_MAIN(TestVhostRouting)
#include "tst_vhost_routing.moc"
