#pragma once

// Sample packets for the MQTT codec tests: every packet type in 3.1, 3.1.1 and 5.0, between
// them setting every MQTT 5.0 property at least once.

#include "mqtt/packet_decoder.h"

#include <vector>

namespace mqtt_samples {

using namespace warren::mqtt;
using Reading = PacketDecoder::Reading;
using V = ProtocolVersion;

struct Sample {
    const char* name;
    V version;
    Reading reading;
    Packet packet;
};

inline Properties willProperties() {
    Properties p;
    p.payloadFormatIndicator = 1;
    p.messageExpiryInterval = 60;
    p.contentType = "text/plain";
    p.responseTopic = "reply/to";
    p.correlationData = QByteArray("\x00\x01", 2);
    p.willDelayInterval = 30;
    p.userProperties = {{"w", "x"}};
    return p;
}

inline Connect connectV5() {
    Connect c;
    c.version = V::V5;
    c.cleanStart = false;
    c.keepAliveSeconds = 30;
    c.properties.sessionExpiryInterval = 3600;
    c.properties.receiveMaximum = 100;
    c.properties.maximumPacketSize = 65536;
    c.properties.topicAliasMaximum = 10;
    c.properties.requestResponseInformation = 1;
    c.properties.requestProblemInformation = 0;
    c.properties.authenticationMethod = "SCRAM-SHA-1";
    c.properties.authenticationData = QByteArray("\x00\xff", 2);
    c.properties.userProperties = {{"a", "1"}, {"a", "2"}}; // a name may repeat, in order
    c.clientId = "client-\xc3\xa9";                         // é: UTF-8 beyond ASCII
    c.will = Will{"will/topic", "gone", 1, true, willProperties()};
    c.password = "secret"; // 5.0 allows a password without a user name (§3.1.2.9)
    return c;
}

inline Connack connackV5() {
    Connack c;
    c.sessionPresent = true;
    Properties& p = c.properties;
    p.sessionExpiryInterval = 0;
    p.assignedClientIdentifier = "auto-1";
    p.serverKeepAlive = 20;
    p.authenticationMethod = "SCRAM-SHA-1";
    p.authenticationData = "final";
    p.responseInformation = "responses/";
    p.serverReference = "other:1883";
    p.reasonString = "welcome";
    p.receiveMaximum = 20;
    p.topicAliasMaximum = 5;
    p.maximumQos = 1;
    p.retainAvailable = 0;
    p.maximumPacketSize = 1 << 20;
    p.wildcardSubscriptionAvailable = 1;
    p.subscriptionIdentifiersAvailable = 1;
    p.sharedSubscriptionAvailable = 0;
    p.userProperties = {{"server", "warren"}};
    return c;
}

inline Publish publishV5() {
    Publish p{true, 2, true, "a/b", 7, willProperties(), QByteArray(300, 'x')};
    p.properties.willDelayInterval.reset();
    p.properties.subscriptionIdentifiers = {1, 268'435'455}; // repeatable in PUBLISH
    p.properties.topicAlias = 3;
    return p;
}

inline Properties reasonAndUser(const char* why) {
    Properties p;
    p.reasonString = why;
    p.userProperties = {{"k", "v"}};
    return p;
}

inline std::vector<Sample> samples() {
    const auto C = Reading::ClientPackets;
    const auto S = Reading::ServerPackets;
    Subscribe subscribe5{9, {}, {{"a/+", 2, true, true, 2}, {"$share/g/b/#", 1, false, false, 1}}};
    subscribe5.properties.subscriptionIdentifiers = {42};
    subscribe5.properties.userProperties = {{"s", "t"}};
    Disconnect disconnect5{0x8B, {}};
    disconnect5.properties.sessionExpiryInterval = 0;
    disconnect5.properties.serverReference = "elsewhere";
    disconnect5.properties.reasonString = "bye";
    Auth auth5{0x18, {}};
    auth5.properties.authenticationMethod = "SCRAM-SHA-1";
    auth5.properties.authenticationData = "challenge";
    auth5.properties.reasonString = "continue";
    Connect connect311;
    connect311.clientId = "c1";
    connect311.will = Will{"w", "", 2, false, {}};
    connect311.userName = "u";
    connect311.password = QByteArray("\x00p", 2);
    Properties userOnly;
    userOnly.userProperties = {{"u", "1"}};
    Connect connect31;
    connect31.protocolName = "MQIsdp";
    connect31.version = V::V31;
    connect31.clientId = "old";
    return {
        {"CONNECT 5", V::V5, C, connectV5()},
        {"CONNACK 5", V::V5, S, connackV5()},
        {"PUBLISH 5 client", V::V5, C, publishV5()},
        {"PUBLISH 5 server", V::V5, S, publishV5()},
        {"PUBLISH 5 qos0 alias", V::V5, C, Publish{false, 0, false, "", 0, {}, "p"}},
        {"PUBACK 5", V::V5, S, Acknowledgement{PacketType::Puback, 1, 0x10, reasonAndUser("none")}},
        {"PUBREC 5", V::V5, C, Acknowledgement{PacketType::Pubrec, 2, 0x80, {}}},
        {"PUBREL 5", V::V5, C, Acknowledgement{PacketType::Pubrel, 3, 0x92, reasonAndUser("?")}},
        {"PUBCOMP 5", V::V5, S, Acknowledgement{PacketType::Pubcomp, 4, 0, {}}},
        {"SUBSCRIBE 5", V::V5, C, subscribe5},
        {"SUBACK 5", V::V5, S, Suback{9, reasonAndUser("partly"), {2, 0x87}}},
        {"UNSUBSCRIBE 5", V::V5, C, Unsubscribe{10, userOnly, {"a/+", "b"}}},
        {"UNSUBACK 5", V::V5, S, Unsuback{10, reasonAndUser("done"), {0, 0x11}}},
        {"PINGREQ 5", V::V5, C, Pingreq{}},
        {"PINGRESP 5", V::V5, S, Pingresp{}},
        {"DISCONNECT 5 client", V::V5, C, disconnect5},
        {"DISCONNECT 5 server", V::V5, S, Disconnect{0x04, {}}},
        {"DISCONNECT 5 plain", V::V5, C, Disconnect{}},
        {"AUTH 5 client", V::V5, C, auth5},
        {"AUTH 5 server", V::V5, S, Auth{}},
        {"CONNECT 3.1.1", V::V311, C, connect311},
        {"CONNACK 3.1.1", V::V311, S, Connack{true, 0, {}}},
        {"PUBLISH 3.1.1", V::V311, C, Publish{false, 1, true, "t", 65535, {}, "body"}},
        {"PUBACK 3.1.1", V::V311, S, Acknowledgement{PacketType::Puback, 5, 0, {}}},
        {"PUBREC 3.1.1", V::V311, S, Acknowledgement{PacketType::Pubrec, 6, 0, {}}},
        {"PUBREL 3.1.1", V::V311, C, Acknowledgement{PacketType::Pubrel, 6, 0, {}}},
        {"PUBCOMP 3.1.1", V::V311, S, Acknowledgement{PacketType::Pubcomp, 6, 0, {}}},
        {"SUBSCRIBE 3.1.1", V::V311, C, Subscribe{11, {}, {{"x/#", 1, false, false, 0}}}},
        {"SUBACK 3.1.1", V::V311, S, Suback{11, {}, {1, 0x80}}},
        {"UNSUBSCRIBE 3.1.1", V::V311, C, Unsubscribe{12, {}, {"x/#"}}},
        {"UNSUBACK 3.1.1", V::V311, S, Unsuback{12, {}, {}}},
        {"PINGREQ 3.1.1", V::V311, C, Pingreq{}},
        {"PINGRESP 3.1.1", V::V311, S, Pingresp{}},
        {"DISCONNECT 3.1.1", V::V311, C, Disconnect{}},
        {"CONNECT 3.1", V::V31, C, connect31},
        {"CONNACK 3.1", V::V31, S, Connack{false, 2, {}}},
    };
}

} // namespace mqtt_samples
