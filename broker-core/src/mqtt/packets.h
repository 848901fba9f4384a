#pragma once

#include <QByteArray>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

// MQTT control packets as values, for 3.1 (`MQIsdp`), 3.1.1 and 5.0 alike: what a version does
// not carry stays empty (properties, reason codes below 5.0). The codec (packet_decoder.h,
// packet_encoder.h) turns bytes into these and back; it knows nothing of sessions or sockets.
namespace warren::mqtt {

// The protocol level byte of CONNECT (MQTT 5.0 §3.1.2.2).
enum class ProtocolVersion : quint8 { V31 = 3, V311 = 4, V5 = 5 };

// MQTT 5.0 §2.1.2.
enum class PacketType : quint8 {
    Connect = 1,
    Connack = 2,
    Publish = 3,
    Puback = 4,
    Pubrec = 5,
    Pubrel = 6,
    Pubcomp = 7,
    Subscribe = 8,
    Suback = 9,
    Unsubscribe = 10,
    Unsuback = 11,
    Pingreq = 12,
    Pingresp = 13,
    Disconnect = 14,
    Auth = 15,
};

using UserProperties = std::vector<std::pair<QByteArray, QByteArray>>;

// MQTT 5.0 properties (§2.2.2.2): the ones present in a packet. Which property a packet may
// carry is the codec's table; a session only reads and sets fields.
struct Properties {
    std::optional<quint8> payloadFormatIndicator;           // 0x01
    std::optional<quint32> messageExpiryInterval;           // 0x02
    std::optional<QByteArray> contentType;                  // 0x03
    std::optional<QByteArray> responseTopic;                // 0x08
    std::optional<QByteArray> correlationData;              // 0x09
    std::vector<quint32> subscriptionIdentifiers;           // 0x0B, repeatable in PUBLISH
    std::optional<quint32> sessionExpiryInterval;           // 0x11
    std::optional<QByteArray> assignedClientIdentifier;     // 0x12
    std::optional<quint16> serverKeepAlive;                 // 0x13
    std::optional<QByteArray> authenticationMethod;         // 0x15
    std::optional<QByteArray> authenticationData;           // 0x16
    std::optional<quint8> requestProblemInformation;        // 0x17
    std::optional<quint32> willDelayInterval;               // 0x18
    std::optional<quint8> requestResponseInformation;       // 0x19
    std::optional<QByteArray> responseInformation;          // 0x1A
    std::optional<QByteArray> serverReference;              // 0x1C
    std::optional<QByteArray> reasonString;                 // 0x1F
    std::optional<quint16> receiveMaximum;                  // 0x21
    std::optional<quint16> topicAliasMaximum;               // 0x22
    std::optional<quint16> topicAlias;                      // 0x23
    std::optional<quint8> maximumQos;                       // 0x24
    std::optional<quint8> retainAvailable;                  // 0x25
    UserProperties userProperties;                          // 0x26, repeatable
    std::optional<quint32> maximumPacketSize;               // 0x27
    std::optional<quint8> wildcardSubscriptionAvailable;    // 0x28
    std::optional<quint8> subscriptionIdentifiersAvailable; // 0x29
    std::optional<quint8> sharedSubscriptionAvailable;      // 0x2A

    friend bool operator==(const Properties&, const Properties&) = default;
};

struct Will {
    QByteArray topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    Properties properties; // 5.0 will properties (§3.1.3.2)

    friend bool operator==(const Will&, const Will&) = default;
};

struct Connect {
    // "MQTT" for 3.1.1 and 5.0, "MQIsdp" for 3.1.
    QByteArray protocolName = "MQTT";
    ProtocolVersion version = ProtocolVersion::V311;
    bool cleanStart = true; // 3.1.1: clean session
    quint16 keepAliveSeconds = 0;
    Properties properties;
    QByteArray clientId;
    std::optional<Will> will;
    std::optional<QByteArray> userName;
    std::optional<QByteArray> password;

    friend bool operator==(const Connect&, const Connect&) = default;
};

struct Connack {
    bool sessionPresent = false;
    // 5.0 reason code, or 3.1.1's return code (0 accepted, 1..5 refusals).
    quint8 reasonCode = 0;
    Properties properties;

    friend bool operator==(const Connack&, const Connack&) = default;
};

struct Publish {
    bool dup = false;
    quint8 qos = 0;
    bool retain = false;
    QByteArray topic;     // empty in 5.0 when a topic alias stands for it
    quint16 packetId = 0; // present only for QoS 1 and 2
    Properties properties;
    QByteArray payload;

    friend bool operator==(const Publish&, const Publish&) = default;
};

// PUBACK, PUBREC, PUBREL and PUBCOMP: the same shape (§3.4–3.7).
struct Acknowledgement {
    PacketType type = PacketType::Puback;
    quint16 packetId = 0;
    quint8 reasonCode = 0; // 5.0; 0 (success) otherwise
    Properties properties;

    friend bool operator==(const Acknowledgement&, const Acknowledgement&) = default;
};

// One topic filter of a SUBSCRIBE with its options byte (§3.8.3.1).
struct SubscriptionRequest {
    QByteArray filter;
    quint8 maximumQos = 0;
    bool noLocal = false;           // 5.0
    bool retainAsPublished = false; // 5.0
    quint8 retainHandling = 0;      // 5.0: 0 send, 1 send if new, 2 never

    friend bool operator==(const SubscriptionRequest&, const SubscriptionRequest&) = default;
};

struct Subscribe {
    quint16 packetId = 0;
    Properties properties;
    std::vector<SubscriptionRequest> subscriptions;

    friend bool operator==(const Subscribe&, const Subscribe&) = default;
};

struct Suback {
    quint16 packetId = 0;
    Properties properties;
    std::vector<quint8> reasonCodes; // granted QoS, or 0x80 and above for a refusal

    friend bool operator==(const Suback&, const Suback&) = default;
};

struct Unsubscribe {
    quint16 packetId = 0;
    Properties properties;
    std::vector<QByteArray> filters;

    friend bool operator==(const Unsubscribe&, const Unsubscribe&) = default;
};

struct Unsuback {
    quint16 packetId = 0;
    Properties properties;
    std::vector<quint8> reasonCodes; // 5.0 only: 3.1.1's UNSUBACK has no payload

    friend bool operator==(const Unsuback&, const Unsuback&) = default;
};

struct Pingreq {
    friend bool operator==(const Pingreq&, const Pingreq&) = default;
};
struct Pingresp {
    friend bool operator==(const Pingresp&, const Pingresp&) = default;
};

struct Disconnect {
    quint8 reasonCode = 0; // 5.0 only
    Properties properties;

    friend bool operator==(const Disconnect&, const Disconnect&) = default;
};

struct Auth { // 5.0 only
    quint8 reasonCode = 0;
    Properties properties;

    friend bool operator==(const Auth&, const Auth&) = default;
};

using Packet = std::variant<Connect, Connack, Publish, Acknowledgement, Subscribe, Suback,
                            Unsubscribe, Unsuback, Pingreq, Pingresp, Disconnect, Auth>;

PacketType typeOf(const Packet& packet);

} // namespace warren::mqtt
