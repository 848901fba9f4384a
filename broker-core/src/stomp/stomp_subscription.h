#pragma once

#include "core/consumer.h"

#include <QByteArray>
#include <memory>

namespace warren::core {
class Queue;
}

namespace warren::stomp {

class StompConnection;

// How a subscription's messages are acknowledged (SUBSCRIBE's `ack` header).
enum class AckMode {
    Auto,             // delivered is done: the queue lets go at once
    Client,           // an ACK covers its message and every earlier one of the subscription
    ClientIndividual, // an ACK covers its own message only
};

// One SUBSCRIBE: the core's consumer of the queue its destination names, answered by its
// connection, so that the queue knows nothing of STOMP.
class StompSubscription final : public core::Consumer {
public:
    struct Options {
        // The consumer tag, as RabbitMQ's: "T_" + the SUBSCRIBE's id, or "Q_" + its
        // destination when it has none (then MESSAGE frames carry no subscription header).
        QByteArray tag;
        QByteArray id; // the SUBSCRIBE's id; empty: none
        AckMode ackMode = AckMode::Auto;
        quint32 prefetch = 0; // unacknowledged deliveries at most; 0: no limit
        // The queue was made for this subscription (a /topic/ or /exchange/ one that is not
        // durable) and goes with it.
        bool ownsQueue = false;
    };

    StompSubscription(StompConnection& connection, std::shared_ptr<core::Queue> queue,
                      Options options, quint64 connectionId);

    bool canAccept() const override;
    void deliver(core::Queue& queue, const core::QueuedMessage& message) override;
    void cancelledByBroker(core::Queue& queue) override;
    const QByteArray& tag() const override { return m_options.tag; }
    bool ackRequired() const override { return m_options.ackMode != AckMode::Auto; }
    quint64 connectionId() const override { return m_connectionId; }

    const Options& options() const { return m_options; }
    const std::shared_ptr<core::Queue>& queue() const { return m_queue; }
    quint32 unacked = 0;

private:
    StompConnection& m_connection;
    std::shared_ptr<core::Queue> m_queue;
    Options m_options;
    quint64 m_connectionId;
};

} // namespace warren::stomp
