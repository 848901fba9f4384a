#include "amqp091/properties_mapping.h"

namespace warren::amqp091 {

core::MessageProperties toCore(BasicProperties&& p) {
    core::MessageProperties m;
    m.present = p.flags;
    m.contentType = std::move(p.contentType);
    m.contentEncoding = std::move(p.contentEncoding);
    m.headers = std::move(p.headers);
    m.deliveryMode = p.deliveryMode;
    m.priority = p.priority;
    m.correlationId = std::move(p.correlationId);
    m.replyTo = std::move(p.replyTo);
    m.expiration = std::move(p.expiration);
    m.messageId = std::move(p.messageId);
    m.timestamp = p.timestamp;
    m.type = std::move(p.type);
    m.userId = std::move(p.userId);
    m.appId = std::move(p.appId);
    m.clusterId = std::move(p.reserved);
    return m;
}

BasicProperties fromCore(const core::MessageProperties& m) {
    BasicProperties p;
    p.flags = m.present;
    p.contentType = m.contentType;
    p.contentEncoding = m.contentEncoding;
    p.headers = m.headers;
    p.deliveryMode = m.deliveryMode;
    p.priority = m.priority;
    p.correlationId = m.correlationId;
    p.replyTo = m.replyTo;
    p.expiration = m.expiration;
    p.messageId = m.messageId;
    p.timestamp = m.timestamp;
    p.type = m.type;
    p.userId = m.userId;
    p.appId = m.appId;
    p.reserved = m.clusterId;
    return p;
}

} // namespace warren::amqp091
