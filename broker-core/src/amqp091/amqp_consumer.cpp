#include "amqp091/amqp_consumer.h"

#include "amqp091/amqp_channel.h"

namespace warren::amqp091 {

bool AmqpConsumer::canAccept() const {
    return m_channel.consumerCanAccept(*this);
}

void AmqpConsumer::deliver(core::Queue& queue, const core::QueuedMessage& message) {
    m_channel.deliver(*this, queue, message);
}

void AmqpConsumer::cancelledByBroker(core::Queue&) {
    m_channel.consumerCancelledByBroker(*this);
}

} // namespace warren::amqp091
