#pragma once

#include "mqtt/mqtt_server.h"
#include "mqtt/packet_decoder.h"
#include "mqtt/packets.h"
#include "ops/client_operations.h"
#include "protocol/endpoints.h"
#include "protocol/protocol_session.h"
#include "services/change_journal.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <map>
#include <memory>
#include <warren/log_record.h>

namespace warren::core {
class Queue;
struct QueuedMessage;
} // namespace warren::core

namespace warren::mqtt {

class MqttSubscriber;

// One MQTT client connection (3.1, 3.1.1 or 5.0), sans-I/O like every session: CONNECT and
// its checks (mqtt_connection.cpp), PUBLISH from the client and its acknowledgements
// (mqtt_publishing.cpp), subscriptions (mqtt_subscriptions.cpp) and deliveries to the client
// (mqtt_delivery.cpp). Topics are routing keys of the configured topic exchange; the session's
// subscriptions are bindings of one queue, `mqtt-subscription-<client id>qos1` as RabbitMQ
// names it, exclusive for a clean session and durable for a persistent one.
class MqttConnection final : public protocol::ProtocolSession {
public:
    MqttConnection(MqttServer& server, protocol::Transport& transport,
                   const protocol::Endpoints& endpoints);
    ~MqttConnection() override;

    void receive(const char* data, qsizetype size) override;
    protocol::OutputBuffer& output() override { return m_out; }
    void transportClosed() override;
    void transportWritable() override;
    void shutdown(const QString& reason) override;
    QString name() const override { return m_name; }
    void fillSnapshot(BrokerSnapshot& snapshot) const override;
    void tick(qint64 nowMs) override;
    void setPublishingBlocked(bool blocked, const QString& reason) override;

    // Another connection connected with this one's client id: it ends here (§3.1.4 step 2).
    void takenOver();

    // For the subscriber.
    bool canTakeDelivery() const;
    void deliver(core::Queue& queue, const core::QueuedMessage& message);
    void subscriptionQueueDeleted(core::Queue& queue);

private:
    enum class State { AwaitingConnect, Connected, Closed };

    // A delivery awaiting the client's PUBACK (QoS 1) or PUBREC (QoS 2).
    struct InFlight {
        quint64 queueMessageId = 0; // 0: a retained message, not from a queue
        quint8 qos = 1;
        bool released = false;            // QoS 2: PUBREC came and PUBREL went; PUBCOMP awaited
        std::weak_ptr<core::Queue> queue; // the session's own queue or a shared one
    };
    // An acknowledgement owed to the client, sent in the order its PUBLISHes came (§4.6)
    // once the message is durable.
    struct PendingAck {
        PacketType type = PacketType::Puback;
        quint16 packetId = 0;
        quint8 reasonCode = 0;
        bool ready = false;
    };
    // One subscription: its filter and options as granted, kept in the binding's arguments
    // too, so that a persistent session's subscriptions come back with its queue.
    struct Subscription {
        QByteArray filter; // as subscribed: "$share/GROUP/FILTER" for a shared one
        SubscriptionRequest options;
        std::optional<quint32> identifier;
        QByteArray topicFilter; // the filter topics match: FILTER for a shared one
        QByteArray sharedQueue; // the group's queue; empty: the session's own
    };
    // A queue this session consumes from: its own, or a shared subscription group's.
    struct Consumption {
        std::shared_ptr<core::Queue> queue;
        std::shared_ptr<MqttSubscriber> subscriber;
    };

    // mqtt_connection.cpp
    void handlePacket(Packet& packet);
    void handleConnect(Connect& connect);
    void refuseConnect(quint8 reasonV5, quint8 returnCodeV311, const QString& why);
    // A failed login is answered later (auth/LoginThrottle), by the tick, reading nothing
    // meanwhile; logged once per burst of failures from the client's address.
    void refuseLogin(quint8 reasonV5, quint8 returnCodeV311, const QString& why);
    void acceptConnect(Connect& connect, const QByteArray& vhost, const QByteArray& user);
    void handleDisconnect(const Disconnect& disconnect);
    void protocolError(quint8 reasonCode, const QString& why);
    void sendDisconnect(quint8 reasonCode, const QString& reasonString = {});
    void closeNow();
    void release();
    void publishWill();
    void log(LogLevel level, const QString& text) const;
    bool isV5() const { return m_version == ProtocolVersion::V5; }
    void send(const Packet& packet);
    services::ChangeJournal::Scope changesByClient() const;

    // mqtt_publishing.cpp
    void handlePublish(Publish& publish);
    // Routes the message (and retains it). A refusal is returned at once; otherwise `done`
    // runs with the 5.0 reason code (success, or no matching subscribers) once the message is
    // durable where it has to be, or with an error if it could not be stored.
    std::optional<core::Error> route(const Publish& publish,
                                     std::function<void(quint8 reasonCode)> done);
    void handlePubrel(const Acknowledgement& pubrel);
    // Queues an acknowledgement in arrival order; returns its sequence number for ackReady().
    quint64 queueAck(PacketType type, quint16 packetId);
    void ackReady(quint64 sequence, quint8 reasonCode);
    void flushAcks();
    void publishing(); // may hold reading after this PUBLISH (alarm, flow)
    void enterFlow();
    void resumeReading();
    bool readingHeld() const {
        return m_pausedByAlarm || m_inFlow || m_awaitingDefinitions || m_loginRefusal || m_yielding;
    }
    void processPackets();
    void yieldTurn();

    // mqtt_subscriptions.cpp
    void handleSubscribe(const Subscribe& subscribe);
    void handleUnsubscribe(const Unsubscribe& unsubscribe);
    // The session's queue, declared on first use; nullptr with `error` set when refused.
    std::shared_ptr<core::Queue> subscriptionQueue(std::optional<core::Error>& error);
    QByteArray subscriptionQueueName() const;
    void restoreSubscriptions();
    void startConsuming();
    // §4.8.2: a shared subscription is a queue per group, `mqtt-shared-GROUP-FILTER`, bound to
    // the exchange, which its members consume from in turn. Refusals come back as errors.
    std::optional<core::Error> joinSharedGroup(Subscription& subscription);
    void leaveSharedGroup(const Subscription& subscription);
    void dispatchAll();
    void sendRetained(const Subscription& subscription, quint8 grantedQos);
    void replyWhenDefinitionsDurable(std::function<void()> reply);

    // mqtt_delivery.cpp
    void handleDeliveryAck(const Acknowledgement& ack);
    quint16 nextPacketId();
    bool windowFull() const;
    void sendPublish(Publish& publish);
    void aliasTopic(Publish& publish);
    void sendPendingRetained();
    bool backlogged() const;

    MqttServer& m_server;
    services::BrokerContext& m_context;
    protocol::Transport& m_transport;
    protocol::Endpoints m_endpoints;
    bool m_loopback = false;
    quint64 m_id = 0;
    QString m_name;
    State m_state = State::AwaitingConnect;
    PacketDecoder m_decoder;
    protocol::OutputBuffer m_out;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);

    // What CONNECT said.
    ProtocolVersion m_version = ProtocolVersion::V311;
    QByteArray m_clientId;
    bool m_clientIdAssigned = false;
    bool m_cleanStart = true;
    bool m_persistent = false; // the session outlives the connection
    quint32 m_sessionExpirySeconds = 0;
    quint16 m_keepAliveSeconds = 0;
    // On the heap: a Will with its properties is ~470 bytes, and most clients have none (every
    // idle connection would carry the room for one).
    std::unique_ptr<Will> m_will;
    quint16 m_clientReceiveMaximum = 65535;
    quint32 m_clientMaximumPacketSize = 0; // 0: no limit
    quint16 m_clientTopicAliasMaximum = 0;
    QByteArray m_user;
    QByteArray m_vhostName;
    core::Vhost* m_vhost = nullptr;
    std::optional<ops::ClientSession> m_session;
    QByteArray m_exchange;
    std::optional<QByteArray> m_lastAllowedExchange;
    bool m_claimed = false;
    bool m_takenOver = false;

    // Inbound.
    QHash<quint16, QByteArray> m_topicAliases; // the client's aliases (5.0)
    // QLists, not std::deques: an empty deque allocates ~600 bytes, for every idle client.
    QList<PendingAck> m_pendingAcks;
    quint64 m_firstAckSequence = 0; // of m_pendingAcks.front()
    bool m_refusalLogged = false;   // a refused publish is logged once per connection
    SessionState m_sessionState;
    quint32 m_inboundInFlight = 0; // QoS > 0 PUBLISHes not yet acknowledged (Receive Maximum)

    // Outbound.
    std::vector<Subscription> m_subscriptions;
    std::shared_ptr<core::Queue> m_queue;
    std::shared_ptr<MqttSubscriber> m_subscriber;
    std::map<QByteArray, Consumption> m_shared; // by shared queue name
    std::map<quint16, InFlight> m_inFlight;
    quint16 m_lastPacketId = 0;
    QList<Publish> m_retainedToSend;              // waiting for room in the client's window
    QHash<QByteArray, quint16> m_outgoingAliases; // topic aliases we set for the client (5.0)
    mutable bool m_deliveriesPaused = false;

    // Holds on reading.
    bool m_alarm = false;
    bool m_pausedByAlarm = false;
    bool m_inFlow = false;
    bool m_awaitingDefinitions = false;
    bool m_yielding = false; // PacketsPerTurn handled: the rest on the next turn
    std::shared_ptr<std::function<void()>> m_flowWaiter;

    struct LoginRefusal {
        quint8 reasonV5 = 0;
        quint8 returnCodeV311 = 0;
        qint64 answerAtMs = 0;
    };
    std::optional<LoginRefusal> m_loginRefusal;

    // Timing.
    qint64 m_connectDeadlineMs = 0;
    qint64 m_lastReceivedMs = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    QDateTime m_connectedAt;
};

} // namespace warren::mqtt
