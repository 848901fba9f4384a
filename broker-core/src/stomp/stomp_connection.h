#pragma once

#include "ops/client_operations.h"
#include "protocol/endpoints.h"
#include "protocol/protocol_session.h"
#include "protocol/read_gate.h"
#include "stomp/destination.h"
#include "stomp/frame_decoder.h"
#include "stomp/stomp_texts.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <map>
#include <memory>
#include <optional>
#include <variant>
#include <vector>
#include <warren/log_record.h>

namespace warren::core {
class Queue;
struct QueuedMessage;
} // namespace warren::core

namespace warren::services {
struct BrokerContext;
}

namespace warren::stomp {

class StompSubscription;

// One STOMP client connection (1.0, 1.1 or 1.2), sans-I/O like every session, with RabbitMQ's
// STOMP plugin's semantics: CONNECT and heart-beats (stomp_connection.cpp), SEND and
// transactions (stomp_sending.cpp), SUBSCRIBE, deliveries and their ACK/NACK
// (stomp_subscriptions.cpp). Destinations name queues and exchanges of one vhost (destination.h).
class StompConnection final : public protocol::ProtocolSession {
public:
    StompConnection(services::BrokerContext& context, protocol::Transport& transport,
                    const protocol::Endpoints& endpoints);
    ~StompConnection() override;

    void receive(const char* data, qsizetype size) override;
    protocol::OutputBuffer& output() override { return m_out; }
    void transportClosed() override;
    void transportWritable() override;
    void shutdown(const QString& reason) override;
    QString name() const override { return m_name; }
    void fillSnapshot(BrokerSnapshot& snapshot) const override;
    void tick(qint64 nowMs) override;
    void setPublishingBlocked(bool blocked, const QString& reason) override;

    // For subscriptions.
    bool canDeliver() const;
    void deliver(StompSubscription& subscription, core::Queue& queue,
                 const core::QueuedMessage& message);
    void subscriptionQueueDeleted(StompSubscription& subscription);

private:
    enum class State { AwaitingConnect, Connected, Closed };

    // A delivery awaiting the client's ACK or NACK, by its delivery tag (one sequence for the
    // whole connection, as the one channel of RabbitMQ's STOMP connection numbers them).
    struct Unacked {
        QByteArray subscriptionTag;
        std::weak_ptr<core::Queue> queue;
        quint64 queueMessageId = 0;
    };
    // A SEND or ACK/NACK held by a transaction until COMMIT.
    using Transaction = QList<Frame>;

    // stomp_connection.cpp
    void processFrames();
    void handleFrame(Frame& frame);
    void handleConnect(const Frame& frame);
    void connectAs(const Frame& frame);
    void refuseLogin(const texts::Refusal& refusal, const QString& why);
    void acceptConnect(const Frame& frame, Version version, const QByteArray& vhost,
                       const QByteArray& user);
    void handleDisconnect(const Frame& frame);
    // Sends an ERROR frame (`message` header, explaining body) and closes the connection after
    // it, as the STOMP specification says (RabbitMQ keeps some connections open after some
    // errors; a client cannot rely on either).
    void fail(const texts::Refusal& refusal);
    void sendError(const texts::Refusal& refusal, const QByteArray& subscription = {});
    void sendFrame(const Frame& frame);
    void sendReceipt(const QByteArray& receipt);
    // The receipt the frame asks for, sent once the frame is done.
    void receiptFor(const Frame& frame);
    void closeNow();
    void release();
    void log(LogLevel level, const QString& text) const;

    // stomp_sending.cpp
    void handleSend(const Frame& frame);
    // Routes the SEND. A refusal is returned at once; otherwise `stored` runs once the message
    // is on disk where it must be (at once for a transient one), with false if it could not be
    // stored.
    std::optional<texts::Refusal> publish(const Frame& frame, std::function<void(bool)> stored);
    // What runs once a SEND's message is stored: its receipt, if it asked for one.
    std::function<void(bool)> receiptWhenStored(const Frame& send);
    void handleBegin(const Frame& frame);
    void handleCommit(const Frame& frame);
    void handleAbort(const Frame& frame);
    // The transaction a SEND, ACK or NACK names (nullptr: none), or a refusal for an unknown
    // one.
    std::variant<Transaction*, texts::Refusal> transactionOf(const Frame& frame);
    // Declares the queue of a /queue/ destination, once per connection, as RabbitMQ does on
    // SEND and SUBSCRIBE alike.
    std::optional<texts::Refusal> ensureQueue(const Destination& destination, const Frame& frame);
    // The connection's queue for /temp-queue/NAME, made on first use and consumed at once.
    std::variant<QByteArray, texts::Refusal> temporaryQueue(const QByteArray& name);

    // stomp_subscriptions.cpp
    void handleSubscribe(const Frame& frame);
    void handleUnsubscribe(const Frame& frame);
    void handleAck(const Frame& frame, bool positive);
    // Acknowledges (or, `positive` false, rejects with `requeue`) the delivery `tag`, and with
    // `multiple` every earlier one of the connection (a "client" subscription's ACK).
    void settle(quint64 tag, bool positive, bool multiple, bool requeue);
    std::variant<std::shared_ptr<core::Queue>, texts::Refusal>
    subscriptionQueue(const Destination& destination, const Frame& frame, bool& ownsQueue);
    // Starts consuming `queue` for the subscription `tag`, answering `frame`'s receipt first.
    void startSubscription(std::shared_ptr<StompSubscription> subscription, const Frame& frame);
    void unsubscribe(std::map<QByteArray, std::shared_ptr<StompSubscription>>::iterator it);
    void dispatchAll();
    bool backlogged() const;

    services::BrokerContext& m_context;
    protocol::Transport& m_transport;
    protocol::Endpoints m_endpoints;
    bool m_loopback = false;
    quint64 m_id = 0;
    QString m_name;
    State m_state = State::AwaitingConnect;
    FrameDecoder m_decoder;
    protocol::OutputBuffer m_out;
    protocol::ReadGate m_gate;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);

    Version m_version = Version::V10;
    QByteArray m_sessionId;
    QByteArray m_user;
    QByteArray m_vhostName;
    core::Vhost* m_vhost = nullptr;
    std::optional<ops::ClientSession> m_session;
    std::optional<QByteArray> m_lastAllowedExchange;
    QByteArray m_clientProduct; // the CONNECT's user-agent, if any
    bool m_refusalLogged = false;

    // Heart-beats, in milliseconds (0: none): how often we send one, and how long the client
    // may stay silent.
    qint64 m_sendEveryMs = 0;
    qint64 m_expectEveryMs = 0;
    qint64 m_lastReceivedMs = 0;
    qint64 m_lastSentMs = 0;
    qint64 m_connectDeadlineMs = 0;
    qint64 m_loginAnswerAtMs = 0; // a failed login is answered then (auth/LoginThrottle)
    std::optional<texts::Refusal> m_loginRefusal;

    QHash<QByteArray, Transaction> m_transactions;

    // By consumer tag: "T_" + the SUBSCRIBE's id, or "Q_" + its destination without one.
    std::map<QByteArray, std::shared_ptr<StompSubscription>> m_subscriptions;
    std::map<quint64, Unacked> m_unacked; // by delivery tag, oldest first
    quint64 m_lastDeliveryTag = 0;
    // The last prefetch-count a SUBSCRIBE set: RabbitMQ's basic.qos on the connection's
    // channel, which later subscriptions inherit. 0: no limit.
    quint32 m_prefetch = 0;
    QSet<QByteArray> m_declaredQueues;               // /queue/ names declared already
    QHash<QByteArray, QByteArray> m_temporaryQueues; // /temp-queue/ name → queue name
    mutable bool m_deliveriesPaused = false;

    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    QDateTime m_connectedAt;
};

} // namespace warren::stomp
