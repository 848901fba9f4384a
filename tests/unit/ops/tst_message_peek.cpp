// Peeking into a long queue: the bodies of paged-out messages are read by the store's thread
// and the answer comes afterwards, so the broker thread never waits for the store. While the
// read is held the broker keeps working; what left the queue meanwhile is not shown.

#include "ops/message_peek.h"

#include <QTest>
#include <map>

using namespace warren;
using namespace warren::core;

namespace {

// The store as the queues see it, whose reads wait until the test lets the store's thread run
// them: an answer reflects the store at that moment, as a read queued behind writes does.
class HeldStore : public MessagePersistence {
public:
    std::vector<quint64> store(const Vhost&, const Message&, const std::vector<Queue*>& queues,
                               std::function<void(bool)>) override {
        return std::vector<quint64>(queues.size(), 0); // these tests publish transient messages
    }
    void delivered(const Vhost&, const Queue&, quint64) override {}
    void removed(const Vhost&, const Queue&, quint64 seq) override { stored.erase(seq); }
    quint64 pageOut(const Vhost&, const Queue&, const Message& message) override {
        stored[m_nextSeq] = std::make_shared<Message>(message);
        return m_nextSeq++;
    }
    void discardPaged(const Vhost&, const Queue&) override { stored.clear(); }
    void fetch(const Vhost&, const Queue&, quint64 afterSeq, int limit,
               std::function<void(PagedMessages)> done) override {
        held.push_back({afterSeq, limit, std::move(done)});
    }
    PagedMessages load(const Vhost&, const Queue&, quint64, int) override {
        loads++; // the broker thread waiting for the store
        return {};
    }

    // Runs the held reads, and any the answers ask for next, until none is left.
    void runReads() {
        while (!held.empty()) {
            Read read = std::move(held.front());
            held.erase(held.begin());
            PagedMessages answer;
            for (auto it = stored.upper_bound(read.afterSeq);
                 it != stored.end() && int(answer.size()) < read.limit; ++it)
                answer.emplace_back(it->first, it->second);
            reads++;
            read.done(std::move(answer));
        }
    }

    struct Read {
        quint64 afterSeq;
        int limit;
        std::function<void(PagedMessages)> done;
    };
    std::vector<Read> held;
    std::map<quint64, MessagePtr> stored;
    int loads = 0;
    int reads = 0;

private:
    quint64 m_nextSeq = 1;
};

MessagePtr message(const QByteArray& body, int priority = -1) {
    auto m = std::make_shared<Message>();
    m->routingKey = "long";
    m->body = body;
    if (priority >= 0) {
        m->properties.priority = quint8(priority);
    }
    return m;
}

constexpr int Long = int(Queue::ResidentCountLimit) + 100;

QList<QByteArray> bodiesOf(const PeekResult& result) {
    QList<QByteArray> out;
    for (const PeekedMessage& m : result.messages)
        out << m.body;
    return out;
}

} // namespace

class TestMessagePeek : public QObject {
    Q_OBJECT

    services::BrokerContext m_context;
    std::unique_ptr<HeldStore> m_held;
    HeldStore& m_store() { return *m_held; }
    Vhost* m_vhost = nullptr;

    std::shared_ptr<Queue> declare(FieldTable arguments = {}) {
        return std::get<std::shared_ptr<Queue>>(
            m_vhost->declareQueue({"long", {}, std::move(arguments)}));
    }
    void publish(const QByteArray& body, int priority = -1) {
        m_vhost->publish(*m_vhost->exchange(""), message(body, priority));
    }
    void peek(int count, std::optional<PeekResult>& answer) {
        ops::peekQueue(m_context, QStringLiteral("/"), QStringLiteral("long"), count,
                       [&answer](PeekResult r) { answer = std::move(r); });
    }

private slots:
    void init() {
        m_held = std::make_unique<HeldStore>();
        m_context.vhosts.clear();
        auto vhost = std::make_shared<Vhost>("/");
        vhost->setPersistence(m_held.get());
        m_context.vhosts.insert("/", vhost);
        m_vhost = vhost.get();
    }
    void cleanup() { m_context.vhosts.clear(); }

    void pagedOutBodiesComeFromTheStoresThreadWhileTheBrokerWorksOn() {
        auto queue = declare();
        for (int i = 0; i < Long; ++i)
            publish(QByteArray::number(i));
        QVERIFY(queue->pagedOutCount() > 0);

        std::optional<PeekResult> answer;
        peek(Long, answer);
        // Not answered yet, and nothing waited: the read is queued for the store's thread.
        QVERIFY(!answer);
        QCOMPARE(m_store().loads, 0);
        QCOMPARE(m_store().held.size(), size_t(1));

        // The broker thread goes on serving while the store holds the read.
        publish("later");
        const auto got = queue->get(false);
        QVERIFY(got);
        QCOMPARE(got->message->body, QByteArray("0"));
        QCOMPARE(queue->readyCount(), quint64(Long));

        m_store().runReads();
        QVERIFY(answer);
        QCOMPARE(answer->error, QString());
        QCOMPARE(answer->messages.size(), Long);
        for (int i = 0; i < Long; ++i) {
            QCOMPARE(answer->messages[i].body, QByteArray::number(i));
            QCOMPARE(answer->messages[i].position, quint64(i + 1));
            QCOMPARE(answer->messages[i].routingKey, QStringLiteral("long"));
        }
        QCOMPARE(m_store().loads, 0);
    }

    void residentMessagesAnswerAtOnce() {
        declare();
        publish("a");
        publish("b");
        std::optional<PeekResult> answer;
        peek(10, answer);
        QVERIFY(answer);
        QCOMPARE(bodiesOf(*answer), (QList<QByteArray>{"a", "b"}));
        QCOMPARE(m_store().reads, 0);
    }

    void aPagedOutMessageThatLeftMeanwhileIsNotShown() {
        auto queue = declare();
        for (int i = 0; i < Long; ++i)
            publish(QByteArray::number(i));
        std::optional<PeekResult> answer;
        peek(Long, answer);
        QVERIFY(!answer);
        // The console drops the last message (paged out) before the store reads its body.
        const quint64 lastId = queue->peek(Long).back().id;
        auto taken = queue->takeReady(lastId);
        QVERIFY(taken && !taken->message);
        queue->drop(*taken);

        m_store().runReads();
        QVERIFY(answer);
        QCOMPARE(answer->messages.size(), Long - 1);
        QCOMPARE(answer->messages.back().body, QByteArray::number(Long - 2));
        for (const PeekedMessage& m : answer->messages)
            QVERIFY(m.id != lastId);
    }

    void aQueueDeletedMeanwhileAnswersWithWhatWasInMemory() {
        auto queue = declare();
        for (int i = 0; i < Long; ++i)
            publish(QByteArray::number(i));
        const quint64 resident = queue->readyCount() - queue->pagedOutCount();
        std::optional<PeekResult> answer;
        peek(Long, answer);
        QVERIFY(!answer);
        QVERIFY(std::holds_alternative<quint64>(m_vhost->deleteQueue("long", false, false)));
        queue.reset();

        m_store().runReads();
        QVERIFY(answer);
        QCOMPARE(answer->messages.size(), qsizetype(resident));
        QCOMPARE(answer->messages.back().body, QByteArray::number(int(resident) - 1));
    }

    void priorityLanesInterleavedInTheStoreAreReadInFull() {
        auto queue = declare({{"x-max-priority", qint32(2)}});
        // Paged out alternately to both lanes: each lane's range in the store holds the other's.
        for (int i = 0; i < Long; ++i)
            publish(QByteArray::number(i), i % 2);
        QVERIFY(queue->pagedOutCount() > 0);
        // The whole high lane and the head of the low one: only the high lane's paged-out
        // bodies are wanted, every other record in their range is not.
        const int high = Long / 2;
        std::optional<PeekResult> answer;
        peek(high + 10, answer);
        QVERIFY(!answer);
        m_store().runReads();
        QVERIFY(answer);
        QVERIFY(m_store().reads > 1);
        QList<QByteArray> expected;
        for (int i = 1; i < Long; i += 2)
            expected << QByteArray::number(i);
        for (int i = 0; i < 20; i += 2)
            expected << QByteArray::number(i);
        QCOMPARE(bodiesOf(*answer), expected);
    }
};

QTEST_GUILESS_MAIN(TestMessagePeek)
#include "tst_message_peek.moc"
