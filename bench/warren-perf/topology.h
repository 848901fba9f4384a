#pragma once

#include "perf_options.h"

#include <string>

namespace warren::bench {

class AmqpClient;

// The queues, exchange and bindings a load run uses, and which of them each producer and
// consumer talks to. Declaring and deleting happen on one setup connection so that workers
// start against a topology that already exists, as PerfTest does.
class Topology {
public:
    explicit Topology(const PerfOptions& options)
        : m_options(options) {}

    std::string queueName(int queueIndex) const;
    std::string queueForConsumer(int consumerIndex) const {
        return queueName(consumerIndex % m_options.queues);
    }
    const std::string& exchange() const { return m_options.exchange; }
    // On the default exchange a producer addresses a queue by name, spreading producers
    // over queues; on a named exchange everyone uses the one routing key.
    std::string routingKeyForProducer(int producerIndex) const;
    std::string bindingKey() const;

    // Exchange, non-exclusive queues and bindings; exclusive queues are declared by their
    // consumer (declareOwnQueue) because only the declaring connection may use them.
    void declareShared(AmqpClient& client) const;
    void declareOwnQueue(AmqpClient& client, int consumerIndex) const;
    // Deletes what declareShared made, so repeated runs against one broker start clean.
    void remove(AmqpClient& client) const;

private:
    void declareQueue(AmqpClient& client, int queueIndex) const;
    bool namedExchange() const { return !m_options.exchange.empty(); }
    bool isBuiltInExchange() const { return m_options.exchange.starts_with("amq."); }

    const PerfOptions& m_options;
};

} // namespace warren::bench
