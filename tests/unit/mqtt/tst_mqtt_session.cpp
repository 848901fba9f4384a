// The MQTT session without a socket: CONNECT and CONNACK's properties, routing between
// sessions through amq.topic, topic aliases, the client's Receive Maximum and Maximum Packet
// Size, subscription identifiers and keep-alive, driven byte for byte through the codec.

#include "core/vhost.h"
#include "log/logger.h"
#include "mqtt/mqtt_connection.h"
#include "mqtt/mqtt_server.h"
#include "mqtt/reason_codes.h"
#include "mqtt_test_client.h"
#include "services/broker_context.h"

#include <QDateTime>
#include <QTest>

using namespace warren;
using namespace warren::mqtt;
using warren::testing::MqttTestClient;

class TestMqttSession : public QObject {
    Q_OBJECT

    services::BrokerContext m_context;
    log::Logger m_logger;
    std::unique_ptr<MqttServer> m_server;

    std::unique_ptr<MqttTestClient> connected(const QByteArray& clientId,
                                              ProtocolVersion version = ProtocolVersion::V5,
                                              Properties properties = {}, quint16 keepAlive = 60) {
        auto client = std::make_unique<MqttTestClient>(*m_server, version);
        Connect connect;
        connect.version = version;
        connect.clientId = clientId;
        connect.keepAliveSeconds = keepAlive;
        connect.properties = std::move(properties);
        client->send(connect);
        const Connack connack = client->only<Connack>();
        if (connack.reasonCode != 0)
            qFatal("CONNACK refused: %d", connack.reasonCode);
        return client;
    }

    static void subscribe(MqttTestClient& client, const QByteArray& filter, quint8 qos,
                          std::optional<quint32> identifier = std::nullopt) {
        Subscribe subscribe;
        subscribe.packetId = 1;
        SubscriptionRequest request;
        request.filter = filter;
        request.maximumQos = qos;
        subscribe.subscriptions.push_back(request);
        if (identifier)
            subscribe.properties.subscriptionIdentifiers.push_back(*identifier);
        client.send(subscribe);
        const Suback suback = client.only<Suback>();
        QCOMPARE(suback.reasonCodes, std::vector<quint8>{qos});
    }

    static Publish publish(const QByteArray& topic, const QByteArray& payload, quint8 qos,
                           quint16 packetId = 0) {
        Publish p;
        p.topic = topic;
        p.payload = payload;
        p.qos = qos;
        p.packetId = packetId;
        return p;
    }

private slots:
    void init() {
        warren::testing::setUpMqttContext(m_context, m_logger);
        m_server = std::make_unique<MqttServer>(m_context);
    }

    void cleanup() { m_server.reset(); }

    void connackSaysWhatTheServerAllows() {
        auto client = std::make_unique<MqttTestClient>(*m_server, ProtocolVersion::V5);
        Connect connect;
        connect.version = ProtocolVersion::V5;
        client->send(connect);
        const Connack connack = client->only<Connack>();
        QCOMPARE(connack.reasonCode, reason::Success);
        QVERIFY(connack.properties.assignedClientIdentifier);
        QVERIFY(connack.properties.assignedClientIdentifier->startsWith("warren-"));
        QCOMPARE(connack.properties.topicAliasMaximum, std::optional<quint16>(10));
        QVERIFY(connack.properties.receiveMaximum);
        QCOMPARE(m_server->connectedCount(), 1);
    }

    void messagesRouteBetweenSessionsThroughTheTopicExchange() {
        auto sub = connected("sub");
        subscribe(*sub, "a/+/c", 1);
        auto pub = connected("pub");
        pub->send(publish("a/b/c", "hello", 1, 7));
        const Acknowledgement puback = pub->only<Acknowledgement>();
        QCOMPARE(puback.type, PacketType::Puback);
        QCOMPARE(puback.packetId, quint16(7));
        QCOMPARE(puback.reasonCode, reason::Success);
        const Publish delivered = sub->only<Publish>();
        QCOMPARE(delivered.topic, QByteArray("a/b/c"));
        QCOMPARE(delivered.payload, QByteArray("hello"));
        QCOMPARE(delivered.qos, quint8(1));
        QVERIFY(delivered.packetId != 0);
        // Nobody matches: 5.0 says so in the PUBACK.
        pub->send(publish("nobody/here", "x", 1, 8));
        QCOMPARE(pub->only<Acknowledgement>().reasonCode, reason::NoMatchingSubscribers);
    }

    void aTopicAliasStandsForItsTopic() {
        auto sub = connected("alias-sub");
        subscribe(*sub, "long/topic/name", 0);
        auto pub = connected("alias-pub");
        Publish first = publish("long/topic/name", "one", 0);
        first.properties.topicAlias = 3;
        pub->send(first);
        Publish second = publish("", "two", 0);
        second.properties.topicAlias = 3;
        pub->send(second);
        const auto packets = sub->received();
        QCOMPARE(packets.size(), size_t(2));
        QCOMPARE(std::get<Publish>(packets[1]).topic, QByteArray("long/topic/name"));
        QCOMPARE(std::get<Publish>(packets[1]).payload, QByteArray("two"));
        // An alias out of range ends the connection with 0x94.
        Publish bad = publish("x", "y", 0);
        bad.properties.topicAlias = 11;
        pub->send(bad);
        QCOMPARE(pub->only<Disconnect>().reasonCode, reason::TopicAliasInvalid);
        QVERIFY(pub->transport.closed);
    }

    void topicAliasesGoToTheClientUpToItsMaximum() {
        Properties limits;
        limits.topicAliasMaximum = 1;
        auto sub = connected("aliased", ProtocolVersion::V5, limits);
        subscribe(*sub, "al/#", 0);
        auto pub = connected("aliased-pub");
        for (const char* topic : {"al/one", "al/one", "al/two"})
            pub->send(publish(topic, "x", 0));
        const auto packets = sub->received();
        QCOMPARE(packets.size(), size_t(3));
        const auto& first = std::get<Publish>(packets[0]);
        const auto& second = std::get<Publish>(packets[1]);
        const auto& third = std::get<Publish>(packets[2]);
        QCOMPARE(first.topic, QByteArray("al/one"));
        QCOMPARE(first.properties.topicAlias, std::optional<quint16>(1));
        QCOMPARE(second.topic, QByteArray()); // the alias alone
        QCOMPARE(second.properties.topicAlias, std::optional<quint16>(1));
        QCOMPARE(third.topic, QByteArray("al/two")); // over the maximum: in full
        QVERIFY(!third.properties.topicAlias);
    }

    void theClientsReceiveMaximumLimitsDeliveriesInFlight() {
        Properties limits;
        limits.receiveMaximum = 2;
        auto sub = connected("window", ProtocolVersion::V5, limits);
        subscribe(*sub, "w", 1);
        auto pub = connected("window-pub");
        for (int i = 0; i < 5; ++i)
            pub->send(publish("w", QByteArray::number(i), 1, quint16(i + 1)));
        auto packets = sub->received();
        QCOMPARE(packets.size(), size_t(2));
        sub->send(
            Acknowledgement{PacketType::Puback, std::get<Publish>(packets[0]).packetId, 0, {}});
        packets = sub->received();
        QCOMPARE(packets.size(), size_t(1));
        QCOMPARE(std::get<Publish>(packets[0]).payload, QByteArray("2"));
    }

    void aMessageTooLargeForTheClientIsDropped() {
        Properties limits;
        limits.maximumPacketSize = 64;
        auto sub = connected("small", ProtocolVersion::V5, limits);
        subscribe(*sub, "s", 0);
        auto pub = connected("small-pub");
        pub->send(publish("s", QByteArray(100, 'x'), 0));
        pub->send(publish("s", "fits", 0));
        const Publish delivered = sub->only<Publish>();
        QCOMPARE(delivered.payload, QByteArray("fits"));
    }

    void subscriptionIdentifiersComeWithDeliveries() {
        auto sub = connected("ids");
        subscribe(*sub, "i/#", 0, 42);
        auto pub = connected("ids-pub");
        pub->send(publish("i/x", "y", 0));
        QCOMPARE(sub->only<Publish>().properties.subscriptionIdentifiers, std::vector<quint32>{42});
    }

    void aSilentClientIsDisconnectedAfterOneAndAHalfKeepAlives() {
        auto client = connected("sleepy", ProtocolVersion::V5, {}, 2);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        client->session->tick(now + 2000);
        QVERIFY(!client->transport.closed);
        client->session->tick(now + 3200);
        QCOMPARE(client->only<Disconnect>().reasonCode, reason::KeepAliveTimeout);
        QVERIFY(client->transport.closed);
        QCOMPARE(m_server->connectedCount(), 0);
    }

    void theSnapshotShowsTheSessionItsSubscriptionsAndItsWill() {
        Properties expiry;
        expiry.sessionExpiryInterval = 300;
        auto client = connected("watcher", ProtocolVersion::V5, expiry, 30);
        subscribe(*client, "a/#", 1);
        BrokerSnapshot snapshot;
        client->session->fillSnapshot(snapshot);
        QCOMPARE(snapshot.connections.size(), 1);
        const ConnectionInfo& connection = snapshot.connections.front();
        QCOMPARE(connection.protocol, QStringLiteral("MQTT 5.0"));
        QCOMPARE(connection.clientProperties.value("client_id").toString(),
                 QStringLiteral("watcher"));
        QCOMPARE(connection.clientProperties.value("keepalive").toInt(), 30);
        QCOMPARE(connection.clientProperties.value("session_expiry_interval").toInt(), 300);
        QCOMPARE(connection.channels, 1u);
        QCOMPARE(snapshot.channels.size(), 1);
        QCOMPARE(snapshot.channels.front().connection, connection.name);
        QCOMPARE(snapshot.channels.front().consumers, 1u);
        QCOMPARE(snapshot.consumers.size(), 1);
        QCOMPARE(snapshot.consumers.front().queue, QStringLiteral("mqtt-subscription-watcherqos1"));
        QCOMPARE(snapshot.consumers.front().connection, connection.name);
    }

    void aSecondConnectionTakesTheClientIdOver() {
        auto first = connected("same");
        auto second = connected("same");
        QCOMPARE(first->only<Disconnect>().reasonCode, reason::SessionTakenOver);
        QVERIFY(first->transport.closed);
        QVERIFY(!second->transport.closed);
        QCOMPARE(m_server->connectedCount(), 1);
    }

    void aPublishBeforeConnectClosesTheConnection() {
        MqttTestClient client(*m_server, ProtocolVersion::V311);
        client.send(publish("early", "x", 0));
        QVERIFY(client.transport.closed);
        QVERIFY(client.received().empty());
    }
};

QTEST_GUILESS_MAIN(TestMqttSession)
#include "tst_mqtt_session.moc"
