#pragma once

#include "amqp091/amqp_consumer.h"
#include "amqp091/amqp_error.h"
#include "amqp091/frame_decoder.h"
#include "amqp091/methods.h"
#include "amqp091/partial_body_budget.h"
#include "core/vhost.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>
#include <warren/snapshot.h>

namespace warren::amqp091 {

class AmqpConnection;

// What handling a frame did to the channel.
struct ChannelOutcome {
    std::optional<AmqpError> connectionError; // hard error: the connection must close
    bool closed = false;                      // the channel is finished and can be dropped
};

// One AMQP channel: the exchange, queue, basic, confirm and tx classes, content assembly,
// delivery tags and acknowledgements, prefetch and transactions.
class AmqpChannel {
public:
    AmqpChannel(AmqpConnection& connection, quint16 number);
    ~AmqpChannel();
    AmqpChannel(const AmqpChannel&) = delete;
    AmqpChannel& operator=(const AmqpChannel&) = delete;

    ChannelOutcome handleFrame(Frame& frame);
    // Requeues unacked messages and cancels consumers (channel or connection closing).
    void release();
    void resumeDelivery();
    void fillSnapshot(BrokerSnapshot& snapshot) const;
    bool hasConsumers() const { return !m_consumers.empty(); }

    // For AmqpConsumer.
    bool consumerCanAccept(const AmqpConsumer& consumer) const;
    void deliver(AmqpConsumer& consumer, core::Queue& queue, const core::QueuedMessage& message);
    void consumerCancelledByBroker(AmqpConsumer& consumer);

private:
    using Result = std::optional<AmqpError>;

    struct PendingContent {
        BasicPublish publish;
        bool haveHeader = false;
        quint64 bodySize = 0;
        core::MessageProperties properties;
        QByteArray encodedProperties;
        std::optional<QString> expirationRefusal; // answered once the body is in
        QByteArray body;
        PartialBodyReservation reserved; // the body's capacity, from the connection's budget
    };
    struct Unacked {
        std::weak_ptr<core::Queue> queue;
        quint64 messageId = 0;
        std::shared_ptr<AmqpConsumer> consumer; // null for basic.get
    };
    enum class AckKind { Ack, Reject, Nack };
    struct TxAck {
        AckKind kind;
        quint64 tag;
        bool multiple;
        bool requeue;
    };
    struct TxPublish {
        QByteArray exchange;
        bool mandatory;
        core::MessagePtr message;
    };

    Result handleMethod(Method& method);
    Result handleContentFrame(Frame& frame);
    Result completePublish();
    // Makes room for `incoming` more body bytes: memory follows what has arrived (at most
    // double it), never the size the header announced.
    Result growBody(PendingContent& pending, qsizetype incoming);
    // What basic.publish needs before any content is read (RabbitMQ refuses at the method):
    // the exchange exists and is not internal, and the user may write to it and its key.
    std::variant<std::shared_ptr<core::Exchange>, AmqpError> publishTarget(const BasicPublish& m);
    // Routes a message; in confirm mode acks it once it is durable. Outside confirm mode,
    // `durable` (if set) runs when the message is on disk and the result says whether it will.
    bool routeAndConfirm(core::Exchange& exchange, bool mandatory, const core::MessagePtr& message,
                         std::function<void(bool)> durable = {});
    void closeWithError(const AmqpError& error);

    // Sends `reply` once definitions are durable, then basic.cancel for each of `cancelled`.
    template <typename Reply>
    void replyWhenDurable(Reply reply, std::vector<QByteArray> cancelled = {});
    void sendBrokerCancel(const QByteArray& tag);
    Result exchangeDeclare(const ExchangeDeclare& m);
    Result exchangeDelete(const ExchangeDelete& m);
    Result exchangeBind(const ExchangeBind& m);
    Result exchangeUnbind(const ExchangeUnbind& m);
    Result queueDeclare(const QueueDeclare& m);
    Result queueBind(const QueueBind& m);
    Result queueUnbind(const QueueUnbind& m);
    Result queuePurge(const QueuePurge& m);
    Result queueDelete(const QueueDelete& m);
    Result basicQos(const BasicQos& m);
    Result basicConsume(const BasicConsume& m);
    // Direct reply-to (services/direct_reply_to.h): the channel's consumer of the pseudo queue,
    // the queue.declare of its name or of an address, the reply_to a request carries, and
    // a reply published to an address.
    Result consumeReplies(const BasicConsume& m);
    Result declareReplyQueue(const QueueDeclare& m);
    core::RouteResult publishReply(const core::MessagePtr& message);
    void deliverReply(const core::MessagePtr& message);
    void stopReplies();
    Result basicCancel(const BasicCancel& m);
    Result basicPublish(const BasicPublish& m);
    Result basicGet(const BasicGet& m);
    Result settle(AckKind kind, quint64 tag, bool multiple, bool requeue, quint16 methodId);
    Result basicRecover();
    Result confirmSelect(const ConfirmSelect& m);
    Result txSelect();
    Result txCommit();
    Result txRollback();

    // "" is the channel's last declared queue (404 when there is none).
    std::variant<QByteArray, AmqpError> queueName(const QByteArray& requested, quint16 classId,
                                                  quint16 methodId) const;
    // A queue this channel may consume or get from (ops::readableQueue), by queueName().
    std::variant<std::shared_ptr<core::Queue>, AmqpError>
    readableQueue(const QByteArray& requested, quint16 classId, quint16 methodId) const;
    void applySettle(AckKind kind, quint64 tag, bool multiple, bool requeue);
    void settleOne(std::map<quint64, Unacked>::iterator it, AckKind kind, bool requeue);
    void dispatchConsumerQueues();
    QString vhostName() const;

    AmqpConnection& m_connection;
    quint16 m_number;
    bool m_closing = false;  // sent channel.close, waiting for close-ok
    bool m_released = false; // consumers cancelled, unacked requeued
    std::optional<PendingContent> m_pending;

    std::map<QByteArray, std::shared_ptr<AmqpConsumer>> m_consumers; // by tag
    std::map<quint64, Unacked> m_unacked;                            // by delivery tag
    quint64 m_lastDeliveryTag = 0;
    quint16 m_consumerPrefetch = 0; // basic.qos global=false: for consumers created later
    quint16 m_channelPrefetch = 0;  // basic.qos global=true: shared by the channel
    quint64 m_unackedForPrefetch = 0;
    QByteArray m_lastQueue;
    // Set while this channel deletes a queue: its own consumers that the deletion cancels. Their
    // basic.cancel follows queue.delete-ok, as from RabbitMQ (the queue's exit reaches its
    // channel after the reply), and clients rely on it: amqplib's cancelled-consumer test
    // closes the channel on the cancel, which would fail a delete-ok still to come.
    std::optional<std::vector<QByteArray>> m_cancelsAfterDelete;
    struct ReplyConsumer {
        QByteArray tag;
        QByteArray address; // amq.rabbitmq.reply-to.<token>, what requests carry as reply_to
    };
    std::optional<ReplyConsumer> m_replyConsumer;

    bool m_confirmMode = false;
    quint64 m_publishSeq = 0;
    // Publisher confirms are coalesced as RabbitMQ does: acks that become ready in one turn of
    // the event loop (one read of publishes, one store commit) go out together, as a single
    // basic.ack multiple=true for everything below the oldest unconfirmed publish and singly
    // above it. A nack goes out at once, after the acks ready before it.
    void confirm(quint64 seq, bool ok);
    void sendReadyAcks();
    std::set<quint64> m_unconfirmed;
    std::vector<quint64> m_readyAcks;
    bool m_ackSendScheduled = false;
    bool m_txMode = false;
    std::vector<TxPublish> m_txPublishes;
    std::vector<TxAck> m_txAcks;

    // Expires with the channel: store commits that arrive later find no one to confirm to.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);

    // Permission checks cost a regex match; publishers hit the same exchange over and over.
    std::optional<QByteArray> m_lastWriteAllowed;
};

} // namespace warren::amqp091
