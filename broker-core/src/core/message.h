#pragma once

#include "core/field_value.h"

#include <QByteArray>
#include <memory>

namespace warren::core {

// Message properties in RabbitMQ's model (the basic class of AMQP 0-9-1). Every protocol maps
// its own metadata onto these, which is what lets a message cross from one protocol to another.
struct MessageProperties {
    enum Flag : quint16 {
        ContentType = 1u << 15,
        ContentEncoding = 1u << 14,
        Headers = 1u << 13,
        DeliveryMode = 1u << 12,
        Priority = 1u << 11,
        CorrelationId = 1u << 10,
        ReplyTo = 1u << 9,
        Expiration = 1u << 8,
        MessageId = 1u << 7,
        Timestamp = 1u << 6,
        Type = 1u << 5,
        UserId = 1u << 4,
        AppId = 1u << 3,
        ClusterId = 1u << 2,
    };
    quint16 present = 0; // which fields are set (Flag bits)
    QByteArray contentType;
    QByteArray contentEncoding;
    FieldTable headers;
    quint8 deliveryMode = 0;
    quint8 priority = 0;
    QByteArray correlationId;
    QByteArray replyTo;
    QByteArray expiration;
    QByteArray messageId;
    quint64 timestamp = 0;
    QByteArray type;
    QByteArray userId;
    QByteArray appId;
    QByteArray clusterId;

    bool has(Flag f) const { return (present & f) != 0; }
    bool persistent() const { return has(DeliveryMode) && deliveryMode == 2; }
};

// A published message. Immutable once routed: a fanout shares one instance (and its body)
// among all queues; dead-lettering makes a modified copy.
struct Message {
    QByteArray exchange;
    QByteArray routingKey;
    MessageProperties properties;
    QByteArray body;
    // The properties exactly as the publishing client encoded them (AMQP 0-9-1 property
    // flags and fields), when they arrived that way. AMQP deliveries reuse these bytes
    // instead of re-encoding, which is also how RabbitMQ passes headers through unchanged.
    // Whoever changes `properties` on a copy must clear this.
    QByteArray encodedProperties;

    // Routing keys from CC/BCC headers as well (RabbitMQ's sender-selected distribution).
    std::vector<QByteArray> allRoutingKeys() const;
};

using MessagePtr = std::shared_ptr<const Message>;

} // namespace warren::core
