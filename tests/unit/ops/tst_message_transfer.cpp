// The message browser's move, copy and requeue of dead-lettered messages on the engine: only
// the named messages leave, ones no longer ready are skipped, an unroutable transfer changes
// nothing, and a moved persistent message is stored in its new queue before its old store
// record is deleted, with the answer waiting for that commit.

#include "ops/message_peek.h"
#include "ops/message_transfer.h"

#include <QTest>

using namespace warren;
using namespace warren::core;

namespace {

// Records store writes in order and holds their commits until the test releases them.
class RecordingPersistence : public MessagePersistence {
public:
    std::vector<quint64> store(const Vhost&, const Message& message,
                               const std::vector<Queue*>& queues,
                               std::function<void(bool)> committed) override {
        std::vector<quint64> seqs;
        for (const Queue* queue : queues) {
            events << QStringLiteral("store %1 %2")
                          .arg(QString::fromUtf8(queue->name()), QString::fromUtf8(message.body));
            stored[m_nextSeq] = std::make_shared<Message>(message);
            seqs.push_back(m_nextSeq++);
        }
        if (committed)
            pending.push_back(std::move(committed));
        return seqs;
    }
    void delivered(const Vhost&, const Queue&, quint64) override {}
    void removed(const Vhost&, const Queue& queue, quint64 seq) override {
        events << QStringLiteral("remove %1 %2")
                      .arg(QString::fromUtf8(queue.name()), QString::fromUtf8(stored[seq]->body));
    }
    // These tests keep their queues short: nothing pages out.
    quint64 pageOut(const Vhost&, const Queue&, const Message&) override { return 0; }
    void discardPaged(const Vhost&, const Queue&) override {}
    void fetch(const Vhost&, const Queue&, quint64, int,
               std::function<void(PagedMessages)>) override {}
    PagedMessages load(const Vhost&, const Queue&, quint64, int) override { return {}; }

    void commitAll() {
        for (auto& callback : std::exchange(pending, {}))
            callback(true);
    }

    QStringList events;
    std::vector<std::function<void(bool)>> pending;
    std::map<quint64, MessagePtr> stored;

private:
    quint64 m_nextSeq = 1;
};

MessagePtr message(const QByteArray& key, const QByteArray& body, bool persistent = false) {
    auto m = std::make_shared<Message>();
    m->routingKey = key;
    m->body = body;
    if (persistent) {
        m->properties.durable = true;
    }
    return m;
}

} // namespace

class TestMessageTransfer : public QObject {
    Q_OBJECT

    services::BrokerContext m_context;
    Vhost* m_vhost = nullptr;

    std::shared_ptr<Queue> declare(const QByteArray& name, bool durable = false,
                                   FieldTable arguments = {}) {
        auto declared = m_vhost->declareQueue({name, {durable, false, false, 0}, arguments});
        return std::get<std::shared_ptr<Queue>>(declared);
    }
    void publish(const QByteArray& queue, const QByteArray& body, bool persistent = false) {
        m_vhost->publish(*m_vhost->exchange(""), message(queue, body, persistent));
    }
    QList<quint64> ids(const QByteArray& queue, QList<int> positions) {
        // Nothing is paged out here: the peek answers at once.
        PeekResult peeked;
        ops::peekQueue(m_context, QStringLiteral("/"), QString::fromUtf8(queue), 100,
                       [&](PeekResult r) { peeked = std::move(r); });
        QList<quint64> out;
        for (int position : positions)
            out << peeked.messages.at(position - 1).id;
        return out;
    }
    QList<QByteArray> bodies(const QByteArray& queue) {
        QList<QByteArray> out;
        for (const QueuedMessage& m : m_vhost->queue(queue)->peek(100))
            out << m.message->body;
        return out;
    }
    OperationResult transfer(MessageTransfer t) {
        std::optional<OperationResult> answer;
        ops::transferMessages(m_context, t, [&](OperationResult r) { answer = r; });
        if (!answer)
            qFatal("no answer");
        return *answer;
    }
    static MessageTransfer request(MessageTransfer::Mode mode, const QString& queue,
                                   QList<quint64> ids, const QString& exchange = QString(),
                                   const QString& routingKey = QString()) {
        MessageTransfer t;
        t.mode = mode;
        t.queue = queue;
        t.messageIds = std::move(ids);
        t.exchange = exchange;
        t.routingKey = routingKey;
        return t;
    }

private slots:
    void init() {
        m_context.vhosts.clear();
        m_context.vhosts.insert("/", std::make_shared<Vhost>("/"));
        m_vhost = m_context.vhost("/");
    }

    void moveTakesExactlyTheChosenMessages() {
        declare("source");
        declare("target");
        for (const char* body : {"m1", "m2", "m3", "m4", "m5"})
            publish("source", body);
        const auto chosen = ids("source", {2, 4});
        publish("source", "m6"); // the queue changes after the peek
        const auto result = transfer(request(MessageTransfer::Mode::Move, QStringLiteral("source"),
                                             chosen, QString(), QStringLiteral("target")));
        QCOMPARE(result.kind, OperationResult::Kind::MoveMessages);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.count, quint64(2));
        QCOMPARE(result.skipped, quint64(0));
        QCOMPARE(bodies("source"), (QList<QByteArray>{"m1", "m3", "m5", "m6"}));
        QCOMPARE(bodies("target"), (QList<QByteArray>{"m2", "m4"}));
    }

    void copyLeavesTheOriginalsAndKeepsTheirOwnRoutingKeyWhenBlank() {
        declare("source");
        QVERIFY(std::holds_alternative<std::shared_ptr<Exchange>>(
            m_vhost->declareExchange({"copies", "direct", {}, {}})));
        declare("archive");
        QVERIFY(!m_vhost->bindQueue("archive", "copies", "source", {}));
        publish("source", "a");
        publish("source", "b");
        const auto result =
            transfer(request(MessageTransfer::Mode::Copy, QStringLiteral("source"),
                             ids("source", {1, 2}), QStringLiteral("copies"), QString()));
        QCOMPARE(result.count, quint64(2));
        QCOMPARE(bodies("source"), (QList<QByteArray>{"a", "b"}));
        QCOMPARE(bodies("archive"), (QList<QByteArray>{"a", "b"}));
        const auto copy = m_vhost->queue("archive")->peek(1).front().message;
        QCOMPARE(copy->exchange, QByteArray("copies"));
        QCOMPARE(copy->routingKey, QByteArray("source")); // its own, as published
    }

    void aMessageNoLongerReadyIsSkippedAndCounted() {
        declare("source");
        declare("target");
        publish("source", "first");
        publish("source", "second");
        const auto chosen = ids("source", {1, 2});
        auto delivered = m_vhost->queue("source")->get(true); // a consumer took the first
        QVERIFY(delivered);
        const auto result = transfer(request(MessageTransfer::Mode::Move, QStringLiteral("source"),
                                             chosen, QString(), QStringLiteral("target")));
        QCOMPARE(result.count, quint64(1));
        QCOMPARE(result.skipped, quint64(1));
        QCOMPARE(bodies("target"), QList<QByteArray>{"second"});
        QCOMPARE(m_vhost->queue("source")->unackedCount(), quint64(1)); // still the consumer's
    }

    void anUnroutableTransferChangesNothing() {
        declare("source");
        declare("target");
        publish("source", "a");
        publish("source", "b");
        const auto result =
            transfer(request(MessageTransfer::Mode::Move, QStringLiteral("source"),
                             ids("source", {1, 2}), QString(), QStringLiteral("no-such-queue")));
        QVERIFY(result.error.contains(QStringLiteral("no queue")));
        QCOMPARE(result.count, quint64(0));
        QCOMPARE(bodies("source"), (QList<QByteArray>{"a", "b"}));
        QCOMPARE(bodies("target"), QList<QByteArray>{});
        const auto missing = transfer(request(MessageTransfer::Mode::Copy, QStringLiteral("source"),
                                              ids("source", {1}), QStringLiteral("nowhere")));
        QVERIFY(missing.error.contains(QStringLiteral("nowhere")));
    }

    void aMovedPersistentMessageIsStoredBeforeItsOriginalIsDeleted() {
        RecordingPersistence store;
        m_vhost->setPersistence(&store);
        declare("source", true);
        declare("target", true);
        publish("source", "keep", true);
        publish("source", "move", true);
        store.commitAll();
        store.events.clear();
        std::optional<OperationResult> answer;
        ops::transferMessages(m_context,
                              request(MessageTransfer::Mode::Move, QStringLiteral("source"),
                                      ids("source", {2}), QString(), QStringLiteral("target")),
                              [&](OperationResult r) { answer = r; });
        // The original's record stays until the copy is on disk.
        QCOMPARE(store.events, (QStringList{QStringLiteral("store target move")}));
        QVERIFY(!answer); // confirmed means durable: not before the copy's commit
        store.commitAll();
        QCOMPARE(store.events, (QStringList{QStringLiteral("store target move"),
                                            QStringLiteral("remove source move")}));
        QVERIFY(answer);
        QCOMPARE(answer->count, quint64(1));
        m_vhost->setPersistence(nullptr);
    }

    void aMoveWhoseCopyCannotBeStoredKeepsTheOriginal() {
        RecordingPersistence store;
        m_vhost->setPersistence(&store);
        declare("source", true);
        declare("target", true);
        publish("source", "keep", true);
        publish("source", "move", true);
        store.commitAll();
        store.events.clear();
        std::optional<OperationResult> answer;
        ops::transferMessages(m_context,
                              request(MessageTransfer::Mode::Move, QStringLiteral("source"),
                                      ids("source", {2}), QString(), QStringLiteral("target")),
                              [&](OperationResult r) { answer = r; });
        for (auto& callback : std::exchange(store.pending, {}))
            callback(false); // the disk is full
        QVERIFY(answer);
        QVERIFY(!answer->error.isEmpty());
        QCOMPARE(answer->count, quint64(0));
        QCOMPARE(answer->skipped, quint64(1));
        // Nothing of the original was deleted, and it is back in its place for consumers.
        QCOMPARE(store.events, (QStringList{QStringLiteral("store target move")}));
        QCOMPARE(bodies("source"), (QList<QByteArray>{"keep", "move"}));
        m_vhost->setPersistence(nullptr);
    }

    void requeueSendsDeadLetteredMessagesBackWhereTheyDied() {
        QVERIFY(std::holds_alternative<std::shared_ptr<Exchange>>(
            m_vhost->declareExchange({"dlx", "fanout", {}, {}})));
        declare("work", false, {{"x-dead-letter-exchange", FieldValue(QByteArray("dlx"))}});
        declare("dlq");
        QVERIFY(!m_vhost->bindQueue("dlq", "dlx", "", {}));
        publish("work", "failed");
        auto taken = m_vhost->queue("work")->get(true);
        QVERIFY(taken);
        m_vhost->queue("work")->reject(taken->id, false); // dead-lettered to dlq
        publish("dlq", "never-died");
        QCOMPARE(bodies("dlq"), (QList<QByteArray>{"failed", "never-died"}));

        const auto result = transfer(request(MessageTransfer::Mode::RequeueDeadLettered,
                                             QStringLiteral("dlq"), ids("dlq", {1, 2})));
        QCOMPARE(result.kind, OperationResult::Kind::RequeueDeadLettered);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.count, quint64(1));
        QCOMPARE(result.skipped, quint64(1)); // no x-death
        QCOMPARE(bodies("work"), QList<QByteArray>{"failed"});
        QCOMPARE(bodies("dlq"), QList<QByteArray>{"never-died"});
    }

    void requeueUsesTheRecordedExchangeAndRoutingKeys() {
        QVERIFY(std::holds_alternative<std::shared_ptr<Exchange>>(
            m_vhost->declareExchange({"orders", "topic", {}, {}})));
        declare("eu");
        declare("dlq");
        QVERIFY(!m_vhost->bindQueue("eu", "orders", "order.eu", {}));
        auto dead = std::make_shared<Message>(*message("whatever", "late"));
        dead->properties.headers = FieldTable{
            {"x-death",
             FieldValue(FieldArray{FieldValue(FieldTable{
                 {"queue", FieldValue(QByteArray("eu"))},
                 {"reason", FieldValue(QByteArray("expired"))},
                 {"exchange", FieldValue(QByteArray("orders"))},
                 {"routing-keys", FieldValue(FieldArray{FieldValue(QByteArray("order.eu"))})}})})}};
        m_vhost->publish(*m_vhost->exchange(""), dead, std::vector<QByteArray>{"dlq"});
        const auto result = transfer(request(MessageTransfer::Mode::RequeueDeadLettered,
                                             QStringLiteral("dlq"), ids("dlq", {1})));
        QCOMPARE(result.count, quint64(1));
        QCOMPARE(bodies("eu"), QList<QByteArray>{"late"});
        QCOMPARE(m_vhost->queue("eu")->peek(1).front().message->routingKey, QByteArray("order.eu"));
    }

    void aMissingQueueIsAnError() {
        const auto result =
            transfer(request(MessageTransfer::Mode::Copy, QStringLiteral("nope"), {1}));
        QVERIFY(result.error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestMessageTransfer)
#include "tst_message_transfer.moc"
