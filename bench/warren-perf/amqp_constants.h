#pragma once

#include <cstdint>

// The few AMQP 0-9-1 numbers the load generator speaks (spec sections 4.2.3 and 1.x).
namespace warren::bench::amqp {

inline constexpr std::uint8_t FrameMethod = 1;
inline constexpr std::uint8_t FrameHeader = 2;
inline constexpr std::uint8_t FrameBody = 3;
inline constexpr std::uint8_t FrameHeartbeat = 8;
inline constexpr std::uint8_t FrameEnd = 0xCE;
inline constexpr std::uint32_t FrameHeaderSize = 7;
inline constexpr std::uint32_t FrameOverhead = 8; // header + frame-end octet
inline constexpr std::uint32_t FrameMinSize = 4096;

inline constexpr char ProtocolHeader[8] = {'A', 'M', 'Q', 'P', 0, 0, 9, 1};

// Class and method ids, packed as (class << 16 | method) so a switch can match both at once.
constexpr std::uint32_t methodId(std::uint16_t classId, std::uint16_t method) {
    return std::uint32_t(classId) << 16 | method;
}

inline constexpr std::uint16_t ClassConnection = 10;
inline constexpr std::uint16_t ClassChannel = 20;
inline constexpr std::uint16_t ClassExchange = 40;
inline constexpr std::uint16_t ClassQueue = 50;
inline constexpr std::uint16_t ClassBasic = 60;
inline constexpr std::uint16_t ClassConfirm = 85;

inline constexpr std::uint32_t ConnectionStart = methodId(10, 10);
inline constexpr std::uint32_t ConnectionStartOk = methodId(10, 11);
inline constexpr std::uint32_t ConnectionTune = methodId(10, 30);
inline constexpr std::uint32_t ConnectionTuneOk = methodId(10, 31);
inline constexpr std::uint32_t ConnectionOpen = methodId(10, 40);
inline constexpr std::uint32_t ConnectionOpenOk = methodId(10, 41);
inline constexpr std::uint32_t ConnectionClose = methodId(10, 50);
inline constexpr std::uint32_t ConnectionCloseOk = methodId(10, 51);
inline constexpr std::uint32_t ConnectionBlocked = methodId(10, 60);
inline constexpr std::uint32_t ConnectionUnblocked = methodId(10, 61);
inline constexpr std::uint32_t ChannelOpen = methodId(20, 10);
inline constexpr std::uint32_t ChannelOpenOk = methodId(20, 11);
inline constexpr std::uint32_t ChannelClose = methodId(20, 40);
inline constexpr std::uint32_t ChannelCloseOk = methodId(20, 41);
inline constexpr std::uint32_t ExchangeDeclare = methodId(40, 10);
inline constexpr std::uint32_t ExchangeDeclareOk = methodId(40, 11);
inline constexpr std::uint32_t ExchangeDelete = methodId(40, 20);
inline constexpr std::uint32_t ExchangeDeleteOk = methodId(40, 21);
inline constexpr std::uint32_t QueueDeclare = methodId(50, 10);
inline constexpr std::uint32_t QueueDeclareOk = methodId(50, 11);
inline constexpr std::uint32_t QueueBind = methodId(50, 20);
inline constexpr std::uint32_t QueueBindOk = methodId(50, 21);
inline constexpr std::uint32_t QueueDelete = methodId(50, 40);
inline constexpr std::uint32_t QueueDeleteOk = methodId(50, 41);
inline constexpr std::uint32_t BasicQos = methodId(60, 10);
inline constexpr std::uint32_t BasicQosOk = methodId(60, 11);
inline constexpr std::uint32_t BasicConsume = methodId(60, 20);
inline constexpr std::uint32_t BasicConsumeOk = methodId(60, 21);
inline constexpr std::uint32_t BasicCancel = methodId(60, 30);
inline constexpr std::uint32_t BasicPublish = methodId(60, 40);
inline constexpr std::uint32_t BasicReturn = methodId(60, 50);
inline constexpr std::uint32_t BasicDeliver = methodId(60, 60);
inline constexpr std::uint32_t BasicAck = methodId(60, 80);
inline constexpr std::uint32_t BasicNack = methodId(60, 120);
inline constexpr std::uint32_t ConfirmSelect = methodId(85, 10);
inline constexpr std::uint32_t ConfirmSelectOk = methodId(85, 11);

// Basic content-header property flag for delivery-mode (spec 1.8, bit 12 of the flags word).
inline constexpr std::uint16_t PropertyDeliveryMode = 0x1000;
inline constexpr std::uint8_t DeliveryModePersistent = 2;

} // namespace warren::bench::amqp
