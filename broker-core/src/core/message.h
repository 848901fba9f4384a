#pragma once

#include "core/field_value.h"

#include <QByteArray>
#include <memory>
#include <optional>

namespace warren::core {

// The encodings a message's properties can arrive in. The core never reads one: each protocol
// converts its own to and from MessageProperties, and recognises its own tag to deliver the
// original bytes unchanged to a reader of the same protocol (RabbitMQ's `mc` keeps the source
// format the same way). The values are stored with persistent messages: never renumber.
enum class MessageFormat : quint8 {
    None = 0,    // built inside Warren (management API, console): no original encoding
    Amqp091 = 1, // AMQP 0-9-1 content header: property flags, then the present fields
};

// What every protocol says about a message, by meaning rather than by any protocol's encoding.
// An empty optional is a property the publisher did not set, which protocols keep apart from
// an empty value (AMQP 0-9-1 sends no field at all; a reader sees None, not "").
struct MessageProperties {
    std::optional<QByteArray> contentType;
    std::optional<QByteArray> contentEncoding;
    // Application headers in the publisher's order, with typed values (AMQP field tables, AMQP
    // 1.0 application properties, MQTT 5 user properties, STOMP and JMS headers).
    std::optional<FieldTable> headers;
    std::optional<bool> durable;
    std::optional<quint8> priority;
    std::optional<QByteArray> correlationId;
    std::optional<QByteArray> replyTo;
    // Time to live from when the broker received it (AMQP 0-9-1 expiration, MQTT 5 message
    // expiry interval) and an absolute deadline (AMQP 1.0 absolute-expiry-time, JMS
    // expiration), in milliseconds; the earlier applies.
    std::optional<qint64> ttlMs;
    std::optional<qint64> absoluteExpiryMs; // since the epoch
    std::optional<QByteArray> messageId;
    std::optional<qint64> creationTimeMs; // since the epoch
    std::optional<QByteArray> type;
    std::optional<QByteArray> userId;
    std::optional<QByteArray> appId;
    std::optional<QByteArray> groupId;
    std::optional<quint32> groupSequence;
    // AMQP 0-9-1's deprecated cluster-id: no other protocol has it, kept so it round-trips.
    std::optional<QByteArray> clusterId;

    bool persistent() const { return durable.value_or(false); }
    const FieldTable& headersOrEmpty() const;
    // The table to add to, created when the message had none.
    FieldTable& headersToChange();

    friend bool operator==(const MessageProperties&, const MessageProperties&) = default;
};

// The properties exactly as the publisher's protocol encoded them.
struct OriginalEncoding {
    MessageFormat format = MessageFormat::None;
    QByteArray bytes;

    bool is(MessageFormat f) const { return format == f && !bytes.isNull(); }
};

// A published message. Immutable once routed: a fanout shares one instance (and its body)
// among all queues; dead-lettering makes a modified copy.
struct Message {
    QByteArray exchange;
    QByteArray routingKey;
    MessageProperties properties;
    QByteArray body;
    // A delivery in the same protocol reuses these bytes instead of encoding again, which is
    // also how headers pass through unchanged. Whoever changes `properties` on a copy must
    // call propertiesChanged().
    OriginalEncoding original;
    // The client connection that published it (0: none, or not known after a restart): for
    // subscriptions that do not want their own messages back (MQTT 5.0's no-local, AMQP's
    // basic.consume no-local). Not stored.
    quint64 publisherConnection = 0;

    void propertiesChanged() { original = {}; }
    // Routing keys from CC/BCC headers as well (RabbitMQ's sender-selected distribution).
    std::vector<QByteArray> allRoutingKeys() const;
};

using MessagePtr = std::shared_ptr<const Message>;

} // namespace warren::core
