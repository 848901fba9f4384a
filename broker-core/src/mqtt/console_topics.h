#pragma once

#include "ops/topic_messages.h"

namespace warren::mqtt {

class MqttServer;

// The console's view of MQTT topics (ops::TopicMessages): the retained messages MqttServer
// keeps, and publishing as an MQTT client would, with the console's rights (all of them).
class ConsoleTopics final : public ops::TopicMessages {
public:
    explicit ConsoleTopics(MqttServer& server)
        : m_server(server) {}

    QList<RetainedMessage> retained(const QString& vhost) const override;
    void deleteRetained(const QString& vhost, const QString& topic,
                        std::function<void(OperationResult)> done) override;
    void publish(const TopicMessage& message, std::function<void(OperationResult)> done) override;

private:
    MqttServer& m_server;
};

} // namespace warren::mqtt
