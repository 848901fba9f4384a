#include "stomp/stomp_subscription.h"

#include "stomp/stomp_connection.h"

namespace warren::stomp {

StompSubscription::StompSubscription(StompConnection& connection,
                                     std::shared_ptr<core::Queue> queue, Options options,
                                     quint64 connectionId)
    : m_connection(connection)
    , m_queue(std::move(queue))
    , m_options(std::move(options))
    , m_connectionId(connectionId) {}

bool StompSubscription::canAccept() const {
    if (m_options.prefetch != 0 && unacked >= m_options.prefetch)
        return false;
    return m_connection.canDeliver();
}

void StompSubscription::deliver(core::Queue& queue, const core::QueuedMessage& message) {
    m_connection.deliver(*this, queue, message);
}

void StompSubscription::cancelledByBroker(core::Queue&) {
    m_connection.subscriptionQueueDeleted(*this);
}

} // namespace warren::stomp
