#pragma once

#include <cstdint>

// MQTT 3.1.1 wire constants (OASIS standard, 29 October 2014), only those warren-perf uses.
namespace warren::bench::mqtt {

// Control packet types: the high nibble of the fixed header's first byte (§2.2.1).
enum PacketType : std::uint8_t {
    Connect = 1,
    ConnAck = 2,
    Publish = 3,
    PubAck = 4,
    Subscribe = 8,
    SubAck = 9,
    PingReq = 12,
    PingResp = 13,
    Disconnect = 14,
};

// PUBLISH flags in the low nibble (§3.3.1).
constexpr std::uint8_t FlagRetain = 0x01;
constexpr std::uint8_t QosShift = 1;
constexpr std::uint8_t QosMask = 0x06;

// CONNECT (§3.1.2): protocol level 4 is 3.1.1; flags.
constexpr std::uint8_t ProtocolLevel311 = 4;
constexpr std::uint8_t ConnectCleanSession = 0x02;
constexpr std::uint8_t ConnectPassword = 0x40;
constexpr std::uint8_t ConnectUserName = 0x80;

// SUBACK return code for a refused subscription (§3.9.3).
constexpr std::uint8_t SubAckFailure = 0x80;

// The remaining length is a variable byte integer of at most four bytes (§2.2.3).
constexpr std::uint32_t MaxRemainingLength = 268435455;

} // namespace warren::bench::mqtt
