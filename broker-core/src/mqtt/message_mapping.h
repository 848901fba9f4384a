#pragma once

#include "core/message.h"
#include "mqtt/packets.h"

// MQTT PUBLISH packets to and from the core's messages, as RabbitMQ's MQTT plugin maps them to
// AMQP 0-9-1: QoS ≥ 1 is a persistent message, with the publisher's QoS kept in the header
// `x-mqtt-publish-qos`; content type, correlation data, response topic (↔ reply_to, as a
// routing key), user properties (↔ headers) and message expiry (↔ expiration) carried across.
namespace warren::mqtt {

inline constexpr QByteArrayView PublishQosHeader = "x-mqtt-publish-qos";
// Set when the publisher set RETAIN, for subscriptions with retain-as-published (§3.8.3.1).
inline constexpr QByteArrayView RetainHeader = "x-mqtt-retain";
// The payload format indicator (§3.3.2.3.2), which no AMQP property carries.
inline constexpr QByteArrayView PayloadFormatHeader = "x-mqtt-payload-format-indicator";

// The message a PUBLISH makes, for `exchange`. `publish.topic` is the resolved topic (an
// alias already replaced by its topic).
core::MessagePtr toMessage(const Publish& publish, const QByteArray& exchange,
                           quint64 publisherConnection = 0);

// What a subscriber receives: topic, payload, the properties MQTT 5.0 has (left empty for
// 3.1.1 readers by the encoder) and the QoS the message was published with (before the
// subscription's maximum applies). The expiry interval sent is what remains until the queue's
// `expiresAtMs` (0: never) at `nowMs` (§3.3.2.3.3).
Publish toPublish(const core::Message& message, qint64 expiresAtMs, qint64 nowMs);

// The QoS a message was published with: its header, else 1 for a persistent message (an AMQP
// publisher's delivery mode 2) and 0 otherwise.
quint8 publishedQos(const core::Message& message);
// Whether the publisher set RETAIN.
bool publishedRetained(const core::Message& message);

} // namespace warren::mqtt
