#include "topology.h"

#include "amqp_client.h"

namespace warren::bench {

namespace {
constexpr std::uint16_t SetupChannel = 1;
const std::string DefaultBindingKey = "warren-perf";
} // namespace

std::string Topology::queueName(int queueIndex) const {
    if (m_options.queues == 1)
        return m_options.queue;
    return m_options.queue + "-" + std::to_string(queueIndex + 1);
}

std::string Topology::routingKeyForProducer(int producerIndex) const {
    if (!namedExchange())
        return m_options.routingKey.value_or(queueName(producerIndex % m_options.queues));
    return m_options.routingKey.value_or(DefaultBindingKey);
}

std::string Topology::bindingKey() const {
    return m_options.routingKey.value_or(DefaultBindingKey);
}

void Topology::declareShared(AmqpClient& client) const {
    if (!m_options.declare)
        return;
    if (namedExchange() && !isBuiltInExchange())
        client.exchangeDeclare(SetupChannel, m_options.exchange, m_options.exchangeType,
                               m_options.durable);
    if (m_options.exclusive)
        return;
    for (int q = 0; q < m_options.queues; ++q)
        declareQueue(client, q);
}

void Topology::declareOwnQueue(AmqpClient& client, int consumerIndex) const {
    if (m_options.declare && m_options.exclusive)
        declareQueue(client, consumerIndex % m_options.queues);
}

void Topology::declareQueue(AmqpClient& client, int queueIndex) const {
    const std::string name = queueName(queueIndex);
    client.queueDeclare(SetupChannel, name,
                        QueueFlags{m_options.durable, m_options.exclusive, m_options.autoDelete});
    if (namedExchange())
        client.queueBind(SetupChannel, name, m_options.exchange, bindingKey());
}

void Topology::remove(AmqpClient& client) const {
    if (!m_options.declare || !m_options.cleanup)
        return;
    if (!m_options.exclusive && !m_options.autoDelete)
        for (int q = 0; q < m_options.queues; ++q)
            client.queueDelete(SetupChannel, queueName(q));
    if (namedExchange() && !isBuiltInExchange())
        client.exchangeDelete(SetupChannel, m_options.exchange);
}

} // namespace warren::bench
