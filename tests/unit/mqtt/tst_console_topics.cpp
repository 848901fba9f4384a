// The console's MQTT commands through the operations layer: publishing to a topic with QoS and
// retain as a client would, listing retained messages and clearing one, against MQTT sessions
// driven through the codec.

#include "core/vhost.h"
#include "log/logger.h"
#include "mqtt/console_topics.h"
#include "mqtt/mqtt_server.h"
#include "mqtt_test_client.h"
#include "ops/actor.h"
#include "ops/operations.h"
#include "services/broker_context.h"

#include <QTest>

using namespace warren;
using namespace warren::mqtt;
using warren::testing::MqttTestClient;

class TestConsoleTopics : public QObject {
    Q_OBJECT

    services::BrokerContext m_context;
    log::Logger m_logger;
    std::unique_ptr<MqttServer> m_server;
    std::unique_ptr<ConsoleTopics> m_topics;

    // The answer to `command`, which these run at once (no store: nothing waits for a disk).
    OperationResult run(const Command& command) {
        std::optional<OperationResult> answer;
        ops::execute(m_context, ops::Actor::theConsole(), command,
                     [&answer](OperationResult result) { answer = std::move(result); });
        if (!answer)
            qFatal("the operation did not answer at once");
        return *answer;
    }

    // A v5 session subscribed to `filter`; what came after its SUBACK (retained messages) in
    // `retained`.
    std::unique_ptr<MqttTestClient> subscriber(const QByteArray& clientId, const QByteArray& filter,
                                               quint8 qos,
                                               std::vector<Publish>* retained = nullptr) {
        auto client = std::make_unique<MqttTestClient>(*m_server, ProtocolVersion::V5);
        Connect connect;
        connect.version = ProtocolVersion::V5;
        connect.clientId = clientId;
        client->send(connect);
        if (client->only<Connack>().reasonCode != 0)
            qFatal("CONNACK refused");
        Subscribe subscribe;
        subscribe.packetId = 1;
        SubscriptionRequest request;
        request.filter = filter;
        request.maximumQos = qos;
        subscribe.subscriptions.push_back(request);
        client->send(subscribe);
        std::vector<Packet> packets = client->received();
        if (packets.empty() || !std::holds_alternative<Suback>(packets.front()))
            qFatal("no SUBACK");
        for (size_t i = 1; i < packets.size(); ++i)
            if (retained)
                retained->push_back(std::get<Publish>(packets[i]));
            else
                qFatal("unexpected packets after the SUBACK");
        return client;
    }

    static commands::PublishToTopic toTopic(const QString& topic, const QByteArray& payload,
                                            int qos, bool retain) {
        TopicMessage message;
        message.topic = topic;
        message.payload = payload;
        message.qos = qos;
        message.retain = retain;
        return {message};
    }

private slots:
    void init() {
        warren::testing::setUpMqttContext(m_context, m_logger);
        m_server = std::make_unique<MqttServer>(m_context);
        m_topics = std::make_unique<ConsoleTopics>(*m_server);
        m_context.topics = m_topics.get();
    }

    void cleanup() {
        m_context.topics = nullptr;
        m_topics.reset();
        m_server.reset();
    }

    void aPublishReachesSubscribersAtTheirQos() {
        auto sub = subscriber("sub", "sensors/+/temp", 1);
        auto command = toTopic("sensors/1/temp", "{\"c\":21.5}", 2, false);
        command.message.contentType = "application/json";
        const OperationResult result = run(command);
        QCOMPARE(result.kind, OperationResult::Kind::PublishToTopic);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.count, quint64(1));
        QCOMPARE(result.target, QStringLiteral("sensors/1/temp"));
        const Publish delivered = sub->only<Publish>();
        QCOMPARE(delivered.topic, QByteArray("sensors/1/temp"));
        QCOMPARE(delivered.payload, QByteArray("{\"c\":21.5}"));
        QCOMPARE(delivered.qos, quint8(1)); // downgraded to the subscription's maximum
        QCOMPARE(delivered.properties.contentType, std::optional<QByteArray>("application/json"));
        QVERIFY(!delivered.retain);
        // Not retained: nothing listed.
        QVERIFY(run(commands::ListRetained{"/"}).retained.isEmpty());
    }

    void aRetainedPublishIsListedAndGivenToNewSubscribers() {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(run(toTopic("home/door", "open", 1, true)).error.isEmpty());
        QVERIFY(run(toTopic("$SYS/console", "x", 0, true)).error.isEmpty());
        const OperationResult listed = run(commands::ListRetained{"/"});
        QCOMPARE(listed.kind, OperationResult::Kind::ListRetained);
        QCOMPARE(listed.retained.size(), 2);
        // By topic, $-topics included (a "#" subscription would not see them).
        QCOMPARE(listed.retained.at(0).topic, QStringLiteral("$SYS/console"));
        const RetainedMessage& door = listed.retained.at(1);
        QCOMPARE(door.topic, QStringLiteral("home/door"));
        QCOMPARE(door.payload, QByteArray("open"));
        QCOMPARE(door.payloadSize, qint64(4));
        QCOMPARE(door.qos, 1);
        QVERIFY(door.storedAt.toMSecsSinceEpoch() >= before);

        std::vector<Publish> given;
        auto late = subscriber("late", "home/#", 1, &given);
        QCOMPARE(given.size(), size_t(1));
        const Publish& retained = given.front();
        QCOMPARE(retained.topic, QByteArray("home/door"));
        QCOMPARE(retained.payload, QByteArray("open"));
        QVERIFY(retained.retain);
    }

    void aLargeRetainedPayloadIsListedCutButMeasuredWhole() {
        const QByteArray big(RetainedMessage::MaxPayloadBytes + 10, 'z');
        QVERIFY(run(toTopic("big", big, 0, true)).error.isEmpty());
        const RetainedMessage listed = run(commands::ListRetained{"/"}).retained.value(0);
        QCOMPARE(listed.payload.size(), RetainedMessage::MaxPayloadBytes);
        QCOMPARE(listed.payloadSize, qint64(big.size()));
    }

    void deletingARetainedMessageClearsIt() {
        QVERIFY(run(toTopic("home/light", "on", 0, true)).error.isEmpty());
        const OperationResult deleted = run(commands::DeleteRetained{"/", "home/light"});
        QCOMPARE(deleted.kind, OperationResult::Kind::DeleteRetained);
        QVERIFY2(deleted.error.isEmpty(), qPrintable(deleted.error));
        QCOMPARE(deleted.count, quint64(1));
        QVERIFY(run(commands::ListRetained{"/"}).retained.isEmpty());
        std::vector<Publish> given;
        auto late = subscriber("late", "home/#", 0, &given);
        QVERIFY(given.empty());
        // A second time there is none.
        const OperationResult again = run(commands::DeleteRetained{"/", "home/light"});
        QCOMPARE(again.errorKind, OperationResult::Error::NotFound);
        QVERIFY(again.error.contains(QStringLiteral("home/light")));
    }

    void badTopicsQosAndVhostsAreRefused() {
        const OperationResult wildcard = run(toTopic("a/+/c", "x", 0, false));
        QCOMPARE(wildcard.errorKind, OperationResult::Error::InvalidArgument);
        QVERIFY(wildcard.error.contains(QStringLiteral("a/+/c")));
        QCOMPARE(run(toTopic("", "x", 0, false)).errorKind,
                 OperationResult::Error::InvalidArgument);
        QCOMPARE(run(toTopic("a", "x", 3, false)).errorKind,
                 OperationResult::Error::InvalidArgument);
        auto elsewhere = toTopic("a", "x", 0, false);
        elsewhere.message.vhost = "nowhere";
        QCOMPARE(run(elsewhere).errorKind, OperationResult::Error::NotFound);
        QCOMPARE(run(commands::ListRetained{"nowhere"}).errorKind,
                 OperationResult::Error::NotFound);
    }

    void withoutTheMqttExchangeAPublishIsRefused() {
        m_context.config.mqttExchange = QStringLiteral("mqtt.missing");
        const OperationResult result = run(toTopic("a", "x", 0, false));
        QCOMPARE(result.errorKind, OperationResult::Error::NotFound);
        QVERIFY(result.error.contains(QStringLiteral("mqtt.missing")));
    }
};

QTEST_GUILESS_MAIN(TestConsoleTopics)
#include "tst_console_topics.moc"
