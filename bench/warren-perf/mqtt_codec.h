#pragma once

#include "mqtt_packet_reader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The dozen MQTT 3.1.1 packets warren-perf sends or reads, encoded by hand (as the AMQP
// frames are), so the load generator shares no codec with the broker it measures. Encoders
// append to a caller's buffer so that packets for one send() accumulate in one string.
namespace warren::bench::mqtt {

struct ConnectFields {
    std::string clientId;
    std::uint16_t keepAliveSeconds = 60;
    bool cleanSession = true;
    std::optional<std::string> userName; // none: an anonymous login
    std::optional<std::string> password;
};

// Where a PUBLISH image has the bytes a publisher rewrites per message.
struct PublishLayout {
    std::size_t packetIdOffset = 0; // 0: QoS 0, no packet identifier
    std::size_t payloadOffset = 0;
};

void appendRemainingLength(std::string& out, std::uint32_t length);
void appendConnect(std::string& out, const ConnectFields& fields);
void appendSubscribe(std::string& out, std::uint16_t packetId, std::string_view filter,
                     std::uint8_t qos);
// A PUBLISH of `payloadSize` bytes of 'x' (0 with `retain` clears a topic's retained message,
// §3.3.1.3); the layout's offsets are relative to the start of the packet.
PublishLayout appendPublish(std::string& out, std::string_view topic, std::size_t payloadSize,
                            std::uint8_t qos, bool retain, std::uint16_t packetId);
void appendPubAck(std::string& out, std::uint16_t packetId);
void appendPingReq(std::string& out);
void appendDisconnect(std::string& out);

// The parts of a received PUBLISH (§3.3) a subscriber looks at; false if it is malformed.
struct PublishView {
    std::uint8_t qos = 0;
    bool retain = false;
    std::string_view topic;
    std::uint16_t packetId = 0;
    std::string_view payload;
};
bool parsePublish(const MqttPacket& packet, PublishView& view);

// The packet identifier that PUBACK, SUBACK and friends start with; false if too short.
bool packetIdOf(const MqttPacket& packet, std::uint16_t& id);

} // namespace warren::bench::mqtt
