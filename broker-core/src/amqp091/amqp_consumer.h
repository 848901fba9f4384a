#pragma once

#include "core/consumer.h"
#include "core/queue.h"

#include <memory>

namespace warren::amqp091 {

class AmqpChannel;

// A basic.consume subscription: the core's Consumer, answered by its channel.
class AmqpConsumer final : public core::Consumer,
                           public std::enable_shared_from_this<AmqpConsumer> {
public:
    struct Options {
        QByteArray tag;
        bool noAck = false;
        bool exclusive = false;
        int priority = 0;
        quint16 prefetch = 0; // per-consumer limit (basic.qos global=false), 0: none
    };

    AmqpConsumer(AmqpChannel& channel, std::shared_ptr<core::Queue> queue, Options options,
                 quint64 connectionId)
        : m_channel(channel)
        , m_queue(std::move(queue))
        , m_options(std::move(options))
        , m_connectionId(connectionId) {}

    bool canAccept() const override;
    void deliver(core::Queue& queue, const core::QueuedMessage& message) override;
    void cancelledByBroker(core::Queue& queue) override;
    const QByteArray& tag() const override { return m_options.tag; }
    bool ackRequired() const override { return !m_options.noAck; }
    int priority() const override { return m_options.priority; }
    bool exclusive() const override { return m_options.exclusive; }
    quint64 connectionId() const override { return m_connectionId; }

    const std::shared_ptr<core::Queue>& queue() const { return m_queue; }
    const Options& options() const { return m_options; }
    quint32 unacked = 0; // deliveries awaiting ack, for the per-consumer prefetch

private:
    AmqpChannel& m_channel;
    std::shared_ptr<core::Queue> m_queue;
    Options m_options;
    quint64 m_connectionId;
};

} // namespace warren::amqp091
