// Paging of long queues: beyond the resident limits a message keeps only its place in line, and
// its body comes back from the store before anyone needs it. Persistent messages of durable
// queues are in the store already; every other message is written there as it pages out, as a
// copy that is not durable. Order, counts, TTL, dead-lettering, purge and deletion must not
// notice.

#include "collecting_consumer.h"
#include "core/manual_clock.h"
#include "core/vhost.h"

#include <QTest>
#include <QTimer>
#include <map>
#include <set>

using namespace warren::core;

namespace {

// The store as the queue sees it: one sequence space, fetches answered on a later loop turn.
class InMemoryPersistence : public MessagePersistence {
public:
    std::vector<quint64> store(const Vhost&, const Message& message,
                               const std::vector<Queue*>& queues,
                               std::function<void(bool)> committed) override {
        std::vector<quint64> seqs;
        for (size_t i = 0; i < queues.size(); ++i) {
            seqs.push_back(m_nextSeq);
            stored[m_nextSeq++] = std::make_shared<Message>(message);
        }
        if (committed)
            QTimer::singleShot(0, [committed] { committed(true); });
        return seqs;
    }
    void delivered(const Vhost&, const Queue&, quint64 seq) override { deliveryMarks.insert(seq); }
    void removed(const Vhost&, const Queue&, quint64 seq) override {
        stored.erase(seq);
        transient.erase(seq);
    }
    quint64 pageOut(const Vhost&, const Queue&, const Message& message) override {
        if (refusePageOut)
            return 0;
        transient.insert(m_nextSeq);
        stored[m_nextSeq] = std::make_shared<Message>(message);
        return m_nextSeq++;
    }
    void discardPaged(const Vhost&, const Queue& queue) override {
        discarded << queue.name();
        for (quint64 seq : transient)
            stored.erase(seq);
        transient.clear();
    }
    void fetch(const Vhost&, const Queue&, quint64 afterSeq, int limit,
               std::function<void(PagedMessages)> done) override {
        fetches++;
        // Bound to m_answers: an answer still pending when a test ends dies with this store.
        QTimer::singleShot(0, &m_answers, [this, done, answer = range(afterSeq, limit)] {
            answered++;
            done(answer);
        });
    }
    PagedMessages load(const Vhost&, const Queue&, quint64 afterSeq, int limit) override {
        loads++;
        return range(afterSeq, limit);
    }

    std::map<quint64, MessagePtr> stored;
    std::set<quint64> transient;     // stored by pageOut(): not durable
    std::set<quint64> deliveryMarks; // delivered() calls
    QList<QByteArray> discarded;     // queues whose paged records were discarded
    bool refusePageOut = false;
    int fetches = 0;
    int answered = 0; // fetches whose answer has been delivered
    int loads = 0;

private:
    PagedMessages range(quint64 afterSeq, int limit) const {
        PagedMessages out;
        for (auto it = stored.upper_bound(afterSeq); it != stored.end() && int(out.size()) < limit;
             ++it)
            out.emplace_back(it->first, it->second);
        return out;
    }
    quint64 m_nextSeq = 1;
    QObject m_answers;
};

MessagePtr message(int number, bool persistent = true) {
    auto m = std::make_shared<Message>();
    m->routingKey = "long";
    m->body = QByteArray::number(number);
    if (persistent) {
        m->properties.durable = true;
    }
    return m;
}

QList<QByteArray> numbers(int from, int to) {
    QList<QByteArray> out;
    for (int i = from; i < to; ++i)
        out << QByteArray::number(i);
    return out;
}

constexpr int Long = int(Queue::ResidentCountLimit) * 3;

} // namespace

class TestQueuePaging : public QObject {
    Q_OBJECT

    ManualClock m_clock;
    Vhost* m_vhost = nullptr;
    InMemoryPersistence* m_store = nullptr;

    std::shared_ptr<Queue> declare(FieldTable arguments = {}) {
        Queue::Options durable;
        durable.durable = true;
        return std::get<std::shared_ptr<Queue>>(
            m_vhost->declareQueue({"long", durable, std::move(arguments)}));
    }
    std::shared_ptr<Queue> declareTransient() {
        return std::get<std::shared_ptr<Queue>>(m_vhost->declareQueue({"long", {}, {}}));
    }
    void publish(int from, int to, bool persistent = true) {
        for (int i = from; i < to; ++i)
            m_vhost->publish(*m_vhost->exchange(""), message(i, persistent));
    }

private slots:
    void init() {
        m_vhost = new Vhost("/", m_clock);
        m_store = new InMemoryPersistence;
        m_vhost->setPersistence(m_store);
    }
    void cleanup() {
        delete m_vhost;
        delete m_store;
    }

    void aLongQueueKeepsOnlyItsHeadInMemoryAndDeliversInOrder() {
        auto q = declare();
        publish(0, Long);
        QCOMPARE(q->readyCount(), quint64(Long));
        QCOMPARE(q->pagedOutCount(), quint64(Long) - Queue::ResidentCountLimit);

        CollectingConsumer consumer;
        q->addConsumer(&consumer);
        QTRY_COMPARE(consumer.received.size(), Long);
        QCOMPARE(consumer.received, numbers(0, Long));
        QCOMPARE(q->pagedOutCount(), quint64(0));
        QVERIFY(m_store->fetches >= 2); // in batches, not one by one
        QVERIFY(m_store->fetches < 20);
        QVERIFY(m_store->stored.empty()); // auto-ack: delivered means gone
    }

    void basicGetTakesAPagedOutHeadFromTheStoreAtOnce() {
        auto q = declare();
        publish(0, Long);
        QList<QByteArray> got;
        while (auto m = q->get(false)) // no event loop: page-ins cannot arrive in between
            got << m->message->body;
        QCOMPARE(got, numbers(0, Long));
        QVERIFY(m_store->loads > 0);
    }

    void transientMessagesPageOutAmongPersistentOnesInOrder() {
        auto q = declare();
        const int resident = int(Queue::ResidentCountLimit);
        publish(0, resident + 10);
        publish(resident + 10, resident + 20, false);
        publish(resident + 20, resident + 30);
        QCOMPARE(q->pagedOutCount(), quint64(30)); // transient ones page out too
        QCOMPARE(m_store->transient.size(), size_t(10));
        QCOMPARE(q->persistentReadyCount(), quint64(resident + 20)); // paged is not durable
        CollectingConsumer consumer;
        q->addConsumer(&consumer);
        QTRY_COMPARE(consumer.received.size(), resident + 30);
        QCOMPARE(consumer.received, numbers(0, resident + 30));
        QVERIFY(m_store->stored.empty());
    }

    void aLongTransientQueueKeepsOnlyItsHeadInMemory() {
        // Not durable, transient messages: RabbitMQ's classic queues page these out too, so a
        // long queue of them does not need its bodies in memory.
        auto q = declareTransient();
        publish(0, Long, false);
        QCOMPARE(q->readyCount(), quint64(Long));
        QCOMPARE(q->pagedOutCount(), quint64(Long) - Queue::ResidentCountLimit);
        QCOMPARE(m_store->transient.size(), size_t(Long) - Queue::ResidentCountLimit);
        QCOMPARE(q->persistentReadyCount(), quint64(0));
        QVERIFY(q->hasPagedTransient());

        CollectingConsumer consumer;
        q->addConsumer(&consumer);
        QTRY_COMPARE(consumer.received.size(), Long);
        QCOMPARE(consumer.received, numbers(0, Long));
        QVERIFY(m_store->stored.empty()); // auto-ack: each paged record went with its delivery
    }

    void aShortTransientQueueWritesNothing() {
        auto q = declareTransient();
        publish(0, int(Queue::ResidentCountLimit), false);
        QCOMPARE(q->pagedOutCount(), quint64(0));
        QVERIFY(m_store->stored.empty());
        QVERIFY(!q->hasPagedTransient());
    }

    void theByteLimitPagesOutLargeTransientMessages() {
        auto q = declareTransient();
        const QByteArray body(2048, 'x'); // the byte limit comes first, at half the count limit
        const int count = int(Queue::ResidentBytesLimit / 2048) + 100;
        for (int i = 0; i < count; ++i) {
            auto m = std::make_shared<Message>();
            m->routingKey = "long";
            m->body = body;
            m_vhost->publish(*m_vhost->exchange(""), m);
        }
        QCOMPARE(q->pagedOutCount(), quint64(100));
        QCOMPARE(q->readyBytes() - 100 * 2048, Queue::ResidentBytesLimit);
    }

    void pagedTransientMessagesGetNoDeliveryMarks() {
        // A delivery mark is for recovery; a paged transient record is never recovered.
        auto q = declareTransient();
        publish(0, Long, false);
        QList<quint64> tags;
        while (auto m = q->get(true)) {
            QVERIFY(m->message);
            tags << m->id;
        }
        QCOMPARE(tags.size(), Long);
        QVERIFY(m_store->deliveryMarks.empty());
        QCOMPARE(m_store->transient.size(), size_t(Long) - Queue::ResidentCountLimit);
        for (quint64 tag : tags)
            q->ack(tag); // the paged records go with the acks
        QVERIFY(m_store->stored.empty());
    }

    void aRefusedPageOutKeepsTheMessageInMemory() {
        auto q = declareTransient();
        m_store->refusePageOut = true;
        publish(0, int(Queue::ResidentCountLimit) + 10, false);
        QCOMPARE(q->pagedOutCount(), quint64(0));
        m_store->refusePageOut = false;
        publish(int(Queue::ResidentCountLimit) + 10, int(Queue::ResidentCountLimit) + 20, false);
        QCOMPARE(q->pagedOutCount(), quint64(10));
        CollectingConsumer consumer;
        q->addConsumer(&consumer);
        QTRY_COMPARE(consumer.received.size(), int(Queue::ResidentCountLimit) + 20);
        QCOMPARE(consumer.received, numbers(0, int(Queue::ResidentCountLimit) + 20));
    }

    void deletingATransientQueueDiscardsItsPagedRecords() {
        auto q = declareTransient();
        publish(0, Long, false);
        QVERIFY(!m_store->stored.empty());
        QVERIFY(std::holds_alternative<quint64>(m_vhost->deleteQueue("long", false, false)));
        QCOMPARE(m_store->discarded, QList<QByteArray>{"long"});
        QVERIFY(m_store->stored.empty());
    }

    void withoutAStoreEverythingStaysInMemory() {
        m_vhost->setPersistence(nullptr);
        auto q = declareTransient();
        publish(0, Long, false);
        QCOMPARE(q->pagedOutCount(), quint64(0));
        QVERIFY(!q->hasPagedTransient());
        QCOMPARE(q->get(false)->message->body, QByteArray("0"));
    }

    void expiredPagedOutMessagesAreDroppedWithoutReadingThem() {
        auto q = declare({{"x-message-ttl", qint32(20)}});
        publish(0, Long);
        m_clock.advance(20);
        m_vhost->runDeadlines();
        QCOMPARE(q->readyCount(), quint64(0));
        QCOMPARE(q->pagedOutCount(), quint64(0));
        QVERIFY(m_store->stored.empty());
        QCOMPARE(m_store->loads, 0);
    }

    void expiredPagedOutMessagesAreDeadLetteredWithTheirBodies() {
        auto dead = std::get<std::shared_ptr<Queue>>(m_vhost->declareQueue({"dead", {}, {}}));
        QVERIFY(!m_vhost->bindQueue("dead", "amq.fanout", "", {}));
        auto q = declare({{"x-message-ttl", qint32(20)}, {"x-dead-letter-exchange", "amq.fanout"}});
        publish(0, Long);
        m_clock.advance(20);
        m_vhost->runDeadlines();
        // Each paged-out batch is dead-lettered as the store's answer brings it back.
        QTRY_COMPARE(dead->readyCount(), quint64(Long));
        QCOMPARE(q->readyCount(), quint64(0));
        QList<QByteArray> got;
        while (auto m = dead->get(false))
            got << m->message->body;
        QCOMPARE(got, numbers(0, Long));
    }

    void purgeForgetsPagedOutMessagesAndALateAnswerIsHarmless() {
        auto q = declare();
        publish(0, Long);
        for (quint64 i = 0; i <= Queue::ResidentCountLimit / 2; ++i)
            QVERIFY(q->get(false)); // the resident part runs low: a page-in is on its way
        QVERIFY(m_store->fetches > 0);
        QCOMPARE(q->purge(), quint64(Long) - Queue::ResidentCountLimit / 2 - 1);
        QCOMPARE(q->pagedOutCount(), quint64(0));
        QVERIFY(m_store->stored.empty());
        QTRY_COMPARE(m_store->answered, m_store->fetches); // the answer arrives after the purge
        QCOMPARE(q->readyCount(), quint64(0));
        publish(0, 3);
        QCOMPARE(q->get(false)->message->body, QByteArray("0"));
    }

    void aDeletedQueueIgnoresALatePageIn() {
        auto q = declare();
        publish(0, Long);
        for (quint64 i = 0; i <= Queue::ResidentCountLimit / 2; ++i)
            QVERIFY(q->get(false));
        q.reset();
        QVERIFY(std::holds_alternative<quint64>(m_vhost->deleteQueue("long", false, false)));
        // The answer arrives after the deletion and must not touch the queue (ASan would say).
        QTRY_COMPARE(m_store->answered, m_store->fetches);
    }

    void aPagedOutMessageMissingFromTheStoreLeavesTheQueue() {
        // Its write failed, so its publisher was refused; the rest must still flow.
        auto q = declare();
        publish(0, Long);
        const quint64 lostSeq = quint64(Long) - 5; // deep in the paged-out part
        QVERIFY(m_store->stored.erase(lostSeq));
        CollectingConsumer consumer;
        q->addConsumer(&consumer);
        QTRY_COMPARE(consumer.received.size(), Long - 1);
        QVERIFY(!consumer.received.contains(QByteArray::number(lostSeq - 1)));
        QCOMPARE(q->readyCount(), quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestQueuePaging)
#include "tst_queue_paging.moc"
