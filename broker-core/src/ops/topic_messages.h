#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <warren/management.h>

namespace warren::ops {

// What the operations layer asks of the broker's MQTT side, which the engine owns: the retained
// messages of a vhost's topics, clearing one, and publishing to a topic as an MQTT client
// would. Kept to an interface so that ops/ names no protocol's internals.
class TopicMessages {
public:
    virtual ~TopicMessages() = default;
    // The unexpired retained messages of `vhost`, by topic.
    virtual QList<RetainedMessage> retained(const QString& vhost) const = 0;
    // Answers with count 1 once the topic's retained message is cleared on disk, 0 when it had
    // none.
    virtual void deleteRetained(const QString& vhost, const QString& topic,
                                std::function<void(OperationResult)> done) = 0;
    // Answers with the queues it reached once it (and its retained copy) is on disk; refused
    // when the topic is not a valid topic name or the MQTT exchange is missing.
    virtual void publish(const TopicMessage& message,
                         std::function<void(OperationResult)> done) = 0;
};

} // namespace warren::ops
