#pragma once

#include <QByteArray>

namespace warren::core {

class Queue;
struct QueuedMessage;

// What a queue delivers to. Protocol sessions implement it (an AMQP channel's consumer, later an
// MQTT subscription or a STOMP subscription); the queue knows nothing of their wire formats.
class Consumer {
public:
    virtual ~Consumer() = default;

    // Whether the consumer may take one more message now (prefetch, flow, socket pressure).
    virtual bool canAccept() const = 0;
    // Hands a message over. The queue has already moved it to unacked unless ackRequired() is
    // false, in which case the message is gone from the queue.
    virtual void deliver(Queue& queue, const QueuedMessage& message) = 0;
    // The queue was deleted or the consumer was cancelled for another reason by the broker.
    virtual void cancelledByBroker(Queue& queue) = 0;

    virtual const QByteArray& tag() const = 0;
    virtual bool ackRequired() const = 0;
    virtual int priority() const { return 0; }
    virtual bool exclusive() const { return false; }
    // Identifies the owning connection, for exclusive queues.
    virtual quint64 connectionId() const = 0;
};

} // namespace warren::core
