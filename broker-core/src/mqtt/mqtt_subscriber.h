#pragma once

#include "core/consumer.h"

namespace warren::mqtt {

class MqttConnection;

// The core's consumer of a session's subscription queue, answered by its connection: the
// queue knows nothing of MQTT.
class MqttSubscriber final : public core::Consumer {
public:
    MqttSubscriber(MqttConnection& connection, quint64 connectionId)
        : m_connection(connection)
        , m_connectionId(connectionId) {}

    bool canAccept() const override;
    void deliver(core::Queue& queue, const core::QueuedMessage& message) override;
    void cancelledByBroker(core::Queue& queue) override;
    const QByteArray& tag() const override { return m_tag; }
    bool ackRequired() const override { return true; }
    quint64 connectionId() const override { return m_connectionId; }

private:
    MqttConnection& m_connection;
    quint64 m_connectionId;
    QByteArray m_tag = "mqtt";
};

} // namespace warren::mqtt
