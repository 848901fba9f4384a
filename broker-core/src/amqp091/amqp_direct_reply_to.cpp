// AmqpChannel's part in direct reply-to (services/direct_reply_to.h), as RabbitMQ's rabbit_channel
// does it: the reply consumer is no queue consumer, and replies bypass every queue.

#include "amqp091/amqp_channel.h"
#include "amqp091/amqp_connection.h"
#include "core/random_name.h"

namespace warren::amqp091 {

AmqpChannel::Result AmqpChannel::consumeReplies(const BasicConsume& m) {
    if (m_consumers.count(m.consumerTag))
        return amqpError(530,
                         QStringLiteral("attempt to reuse consumer tag '%1'")
                             .arg(QString::fromUtf8(m.consumerTag)),
                         m.ClassId, m.MethodId);
    // A reply has no queue to go back to, so it cannot wait for an ack.
    if (!m.noAck)
        return amqpError(406, QStringLiteral("reply consumer cannot acknowledge"), m.ClassId,
                         m.MethodId);
    if (m_replyConsumer)
        return amqpError(406, QStringLiteral("reply consumer already set"), m.ClassId, m.MethodId);
    const QByteArray tag = m.consumerTag.isEmpty() ? core::randomName("amq.ctag-") : m.consumerTag;
    auto sink = [alive = std::weak_ptr<bool>(m_alive), this](const core::MessagePtr& message) {
        if (!alive.expired())
            deliverReply(message);
    };
    const QByteArray address =
        m_connection.context().directReplyTo.add(m_connection.id(), m_number, std::move(sink));
    m_replyConsumer = ReplyConsumer{tag, address};
    if (!m.noWait)
        m_connection.sendMethod(m_number, BasicConsumeOk{tag});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::declareReplyQueue(const QueueDeclare& m) {
    // RabbitMQ's declare_fast_reply_to: the pseudo queue always exists, an address while its
    // consumer lives; either way with one consumer and nothing queued, passive or not.
    const bool exists =
        m.queue == services::ReplyToQueue || m_connection.context().directReplyTo.exists(m.queue);
    if (!exists)
        return amqpError(404, m_connection.vhost().notFoundQueue(m.queue), m.ClassId, m.MethodId);
    if (!m.noWait)
        m_connection.sendMethod(m_number, QueueDeclareOk{m.queue, 0, 1});
    return std::nullopt;
}

core::RouteResult AmqpChannel::publishReply(const core::MessagePtr& message) {
    core::RouteResult result;
    result.routedQueues = m_connection.context().directReplyTo.deliver(message) ? 1 : 0;
    return result;
}

void AmqpChannel::deliverReply(const core::MessagePtr& message) {
    if (m_closing || m_released || !m_replyConsumer)
        return;
    BasicDeliver deliver;
    deliver.consumerTag = m_replyConsumer->tag;
    deliver.deliveryTag = ++m_lastDeliveryTag;
    deliver.redelivered = false;
    deliver.exchange = message->exchange;
    deliver.routingKey = message->routingKey;
    m_connection.sendContent(m_number, deliver, *message);
}

void AmqpChannel::stopReplies() {
    if (!m_replyConsumer)
        return;
    m_connection.context().directReplyTo.remove(m_connection.id(), m_number);
    m_replyConsumer.reset();
}

} // namespace warren::amqp091
