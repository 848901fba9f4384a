// The console's live tap at the core: what a tap sees of publishes to a vhost, that it takes
// nothing from anyone's queue, and that its memory stays bounded however fast messages come.

#include "core/vhost.h"
#include "services/message_tap_hub.h"

#include <QObject>
#include <QTest>

using namespace warren;
using namespace warren::core;

namespace {

MessagePtr message(QByteArray exchange, QByteArray key, QByteArray body = "body") {
    auto m = std::make_shared<Message>();
    m->exchange = std::move(exchange);
    m->routingKey = std::move(key);
    m->properties.contentType = "application/json";
    m->body = std::move(body);
    return m;
}

void publish(Vhost& vhost, const QByteArray& exchange, const QByteArray& key,
             QByteArray body = "body") {
    vhost.publish(*vhost.exchange(exchange), message(exchange, key, std::move(body)));
}

} // namespace

class TestMessageTapHub : public QObject {
    Q_OBJECT

    QObject m_timerOwner;
    QList<TapBatch> m_batches;

    std::unique_ptr<services::MessageTapHub> makeHub() {
        m_batches.clear();
        return std::make_unique<services::MessageTapHub>(
            &m_timerOwner, [this](TapBatch batch) { m_batches.append(std::move(batch)); });
    }

    static std::shared_ptr<Vhost> makeVhost() {
        auto vhost = std::make_shared<Vhost>("/");
        // Every test's fixture: a failure here is a broken core, not a broken tap.
        if (!std::holds_alternative<std::shared_ptr<Queue>>(
                vhost->declareQueue({"orders", {}, {}})) ||
            vhost->bindQueue("orders", "amq.topic", "orders.#", {}))
            qFatal("cannot declare and bind the fixture's queue");
        return vhost;
    }

private slots:
    void copiesWhatIsPublishedToTheTappedExchangeOnly() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QString error;
        QVERIFY(hub->start(7, vhost, "amq.topic", &error));
        QVERIFY(hub->wanted());
        publish(*vhost, "amq.topic", "orders.eu.created", R"({"total": 12.5})");
        publish(*vhost, "amq.topic", "stock.low");
        publish(*vhost, "amq.direct", "orders.eu.created"); // another exchange: not tapped
        hub->flush();
        QCOMPARE(m_batches.size(), 1);
        const TapBatch& batch = m_batches.front();
        QCOMPARE(batch.tapId, quint64(7));
        QVERIFY(batch.error.isEmpty());
        QCOMPARE(batch.dropped, quint64(0));
        QCOMPARE(batch.messages.size(), 2);
        const TappedMessage& first = batch.messages.at(0);
        QCOMPARE(first.exchange, QStringLiteral("amq.topic"));
        QCOMPARE(first.routingKey, QStringLiteral("orders.eu.created"));
        QCOMPARE(first.body, QByteArray(R"({"total": 12.5})"));
        QCOMPARE(first.bodySize, qint64(15));
        QCOMPARE(first.routedQueues, 1);
        QVERIFY(first.publishedAtMs > 0);
        QCOMPARE(first.properties.size(), 1);
        QCOMPARE(first.properties.front().second, QStringLiteral("application/json"));
        QCOMPARE(batch.messages.at(1).routedQueues, 0);
        // The queue got its message as if nobody watched.
        QCOMPARE(vhost->queue("orders")->readyCount(), quint64(1));
        // Nothing new: no empty batch.
        hub->flush();
        QCOMPARE(m_batches.size(), 1);
    }

    void aTapOnTheWholeVhostSeesEveryExchange() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QString error;
        QVERIFY(hub->start(1, vhost, std::nullopt, &error));
        publish(*vhost, "amq.topic", "a");
        publish(*vhost, "amq.fanout", "b");
        publish(*vhost, "", "orders");
        hub->flush();
        QCOMPARE(m_batches.size(), 1);
        QStringList exchanges;
        for (const auto& m : m_batches.front().messages)
            exchanges << m.exchange;
        QCOMPARE(exchanges, QStringList({"amq.topic", "amq.fanout", ""}));
    }

    void theDefaultExchangeIsTappedOnItsOwn() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QString error;
        QVERIFY(hub->start(1, vhost, QByteArray(""), &error));
        publish(*vhost, "amq.topic", "a");
        publish(*vhost, "", "orders");
        hub->flush();
        QCOMPARE(m_batches.size(), 1);
        QCOMPARE(m_batches.front().messages.size(), 1);
        QCOMPARE(m_batches.front().messages.front().routingKey, QStringLiteral("orders"));
    }

    void boundsBodiesAndBatches() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QString error;
        QVERIFY(hub->start(1, vhost, "amq.topic", &error));
        publish(*vhost, "amq.topic", "big", QByteArray(TapBatch::MaxBodyBytes + 10, 'x'));
        for (int i = 0; i < TapBatch::MaxMessagesPerBatch + 5; ++i)
            publish(*vhost, "amq.topic", "k");
        hub->flush();
        QCOMPARE(m_batches.size(), 1);
        QCOMPARE(m_batches.front().messages.size(), TapBatch::MaxMessagesPerBatch);
        QCOMPARE(m_batches.front().dropped, quint64(6));
        QCOMPARE(m_batches.front().messages.front().body.size(), TapBatch::MaxBodyBytes);
        QCOMPARE(m_batches.front().messages.front().bodySize, TapBatch::MaxBodyBytes + 10);
        // The next batch starts empty and under the same tap id.
        publish(*vhost, "amq.topic", "k");
        hub->flush();
        QCOMPARE(m_batches.size(), 2);
        QCOMPARE(m_batches.back().tapId, quint64(1));
        QCOMPARE(m_batches.back().messages.size(), 1);
        QCOMPARE(m_batches.back().dropped, quint64(0));
    }

    void twoTapsEachGetTheirCopyAndStopIndependently() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QString error;
        QVERIFY(hub->start(1, vhost, "amq.topic", &error));
        QVERIFY(hub->start(2, vhost, std::nullopt, &error));
        publish(*vhost, "amq.topic", "x");
        hub->stop(1);
        QVERIFY(hub->wanted());
        publish(*vhost, "amq.topic", "y");
        hub->flush();
        QCOMPARE(m_batches.size(), 1); // tap 1's pending copy went with it
        QCOMPARE(m_batches.front().tapId, quint64(2));
        QCOMPARE(m_batches.front().messages.size(), 2);
        hub->stop(2);
        QVERIFY(!hub->wanted());
        publish(*vhost, "amq.topic", "z");
        hub->flush();
        QCOMPARE(m_batches.size(), 1);
    }

    void refusesWhatDoesNotExist() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QString error;
        QVERIFY(!hub->start(1, vhost, "no-such-exchange", &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-exchange")), qPrintable(error));
        QVERIFY(!hub->start(2, nullptr, "amq.topic", &error));
        QCOMPARE(hub->tapCount(), 0);
        QVERIFY(!hub->wanted());
    }

    void endsWhenItsExchangeOrVhostGoes() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QVERIFY(
            !std::holds_alternative<Error>(vhost->declareExchange({"events", "topic", {}, {}})));
        QString error;
        QVERIFY(hub->start(1, vhost, "events", &error));
        QVERIFY(hub->start(2, vhost, std::nullopt, &error));
        publish(*vhost, "events", "before.delete");
        QVERIFY(!vhost->deleteExchange("events", false));
        hub->flush();
        // Tap 1 ends with what it had and why; tap 2 goes on.
        QCOMPARE(m_batches.size(), 2);
        const auto ended = std::find_if(m_batches.cbegin(), m_batches.cend(),
                                        [](const TapBatch& b) { return b.tapId == 1; });
        QVERIFY(ended != m_batches.cend());
        QVERIFY(ended->error.contains(QStringLiteral("events")));
        QCOMPARE(ended->messages.size(), 1);
        QCOMPARE(hub->tapCount(), 1);

        m_batches.clear();
        vhost.reset(); // the vhost is deleted
        hub->flush();
        QCOMPARE(m_batches.size(), 1);
        QCOMPARE(m_batches.front().tapId, quint64(2));
        QVERIFY(!m_batches.front().error.isEmpty());
        QCOMPARE(hub->tapCount(), 0);
    }

    void endAllTellsEveryTap() {
        auto hub = makeHub();
        auto vhost = makeVhost();
        QString error;
        QVERIFY(hub->start(1, vhost, std::nullopt, &error));
        QVERIFY(hub->start(2, vhost, "amq.topic", &error));
        hub->endAll(QStringLiteral("the broker stopped"));
        QCOMPARE(m_batches.size(), 2);
        for (const TapBatch& batch : std::as_const(m_batches))
            QCOMPARE(batch.error, QStringLiteral("the broker stopped"));
        QVERIFY(!hub->wanted());
    }
};

QTEST_GUILESS_MAIN(TestMessageTapHub)
#include "tst_message_tap_hub.moc"
