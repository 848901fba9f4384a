#pragma once

#include <QtGlobal>

// What Warren's MQTT sessions allow and expect, in one place: CONNACK announces some of these.
namespace warren::mqtt::limits {

// A client that has not sent CONNECT by then is dropped (RabbitMQ's handshake timeout).
inline constexpr qint64 ConnectTimeoutMs = 10000;
// QoS 1 and 2 PUBLISHes a client may have unacknowledged (our Receive Maximum, §3.2.2.3.3).
inline constexpr quint16 InboundReceiveMaximum = 65535;
// Topic aliases a client may set (Mosquitto's max_topic_alias default).
inline constexpr quint16 TopicAliasMaximum = 10;
// QoS 1 and 2 deliveries a 3.1.1 client may have unacknowledged (5.0 clients say theirs).
inline constexpr quint16 DefaultDeliveryWindow = 100;
// Packets one connection handles in one turn of the broker's event loop before it yields.
inline constexpr int PacketsPerTurn = 256;
// Above this many bytes waiting for the socket, deliveries stop until it drains.
inline constexpr qint64 BacklogHighWater = 8 * 1024 * 1024;

} // namespace warren::mqtt::limits
