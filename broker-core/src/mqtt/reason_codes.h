#pragma once

#include <QtGlobal>

// MQTT 5.0 reason codes (§2.4) and 3.1.1's CONNACK return codes (§3.2.2.3), by name.
namespace warren::mqtt::reason {

inline constexpr quint8 Success = 0x00; // also Normal disconnection, Granted QoS 0
inline constexpr quint8 GrantedQos1 = 0x01;
inline constexpr quint8 GrantedQos2 = 0x02;
inline constexpr quint8 DisconnectWithWill = 0x04;
inline constexpr quint8 NoMatchingSubscribers = 0x10;
inline constexpr quint8 NoSubscriptionExisted = 0x11;
inline constexpr quint8 UnspecifiedError = 0x80;
inline constexpr quint8 MalformedPacket = 0x81;
inline constexpr quint8 ProtocolError = 0x82;
inline constexpr quint8 ImplementationSpecificError = 0x83;
inline constexpr quint8 UnsupportedProtocolVersion = 0x84;
inline constexpr quint8 ClientIdentifierNotValid = 0x85;
inline constexpr quint8 BadUserNameOrPassword = 0x86;
inline constexpr quint8 NotAuthorized = 0x87;
inline constexpr quint8 ServerUnavailable = 0x88;
inline constexpr quint8 ServerBusy = 0x89;
inline constexpr quint8 Banned = 0x8A;
inline constexpr quint8 ServerShuttingDown = 0x8B;
inline constexpr quint8 BadAuthenticationMethod = 0x8C;
inline constexpr quint8 KeepAliveTimeout = 0x8D;
inline constexpr quint8 SessionTakenOver = 0x8E;
inline constexpr quint8 TopicFilterInvalid = 0x8F;
inline constexpr quint8 TopicNameInvalid = 0x90;
inline constexpr quint8 PacketIdentifierInUse = 0x91;
inline constexpr quint8 PacketIdentifierNotFound = 0x92;
inline constexpr quint8 ReceiveMaximumExceeded = 0x93;
inline constexpr quint8 TopicAliasInvalid = 0x94;
inline constexpr quint8 PacketTooLarge = 0x95;
inline constexpr quint8 MessageRateTooHigh = 0x96;
inline constexpr quint8 QuotaExceeded = 0x97;
inline constexpr quint8 AdministrativeAction = 0x98;
inline constexpr quint8 PayloadFormatInvalid = 0x99;
inline constexpr quint8 RetainNotSupported = 0x9A;
inline constexpr quint8 QosNotSupported = 0x9B;
inline constexpr quint8 UseAnotherServer = 0x9C;
inline constexpr quint8 ServerMoved = 0x9D;
inline constexpr quint8 SharedSubscriptionsNotSupported = 0x9E;
inline constexpr quint8 ConnectionRateExceeded = 0x9F;
inline constexpr quint8 MaximumConnectTime = 0xA0;
inline constexpr quint8 SubscriptionIdentifiersNotSupported = 0xA1;
inline constexpr quint8 WildcardSubscriptionsNotSupported = 0xA2;

// 3.1.1 CONNACK return codes.
namespace v311 {
inline constexpr quint8 Accepted = 0;
inline constexpr quint8 UnacceptableProtocolVersion = 1;
inline constexpr quint8 IdentifierRejected = 2;
inline constexpr quint8 ServerUnavailable = 3;
inline constexpr quint8 BadUserNameOrPassword = 4;
inline constexpr quint8 NotAuthorized = 5;
} // namespace v311

// 3.1.1 SUBACK failure.
inline constexpr quint8 SubscribeFailure = 0x80;

} // namespace warren::mqtt::reason
