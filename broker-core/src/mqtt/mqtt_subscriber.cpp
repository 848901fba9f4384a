#include "mqtt/mqtt_subscriber.h"

#include "mqtt/mqtt_connection.h"

namespace warren::mqtt {

bool MqttSubscriber::canAccept() const {
    return m_connection.canTakeDelivery();
}

void MqttSubscriber::deliver(core::Queue& queue, const core::QueuedMessage& message) {
    m_connection.deliver(queue, message);
}

void MqttSubscriber::cancelledByBroker(core::Queue& queue) {
    m_connection.subscriptionQueueDeleted(queue);
}

} // namespace warren::mqtt
