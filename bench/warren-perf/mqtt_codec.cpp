#include "mqtt_codec.h"

#include "mqtt_constants.h"

namespace warren::bench::mqtt {

namespace {

void appendU16(std::string& out, std::uint16_t v) {
    out.push_back(char(v >> 8));
    out.push_back(char(v));
}

// UTF-8 strings and binary data carry a two-byte length (§1.5.3).
void appendString(std::string& out, std::string_view s) {
    appendU16(out, std::uint16_t(s.size()));
    out.append(s.data(), s.size());
}

std::uint16_t readU16(const unsigned char* p) {
    return std::uint16_t(p[0] << 8 | p[1]);
}

} // namespace

void appendRemainingLength(std::string& out, std::uint32_t length) {
    do {
        unsigned char byte = length & 0x7f;
        length >>= 7;
        if (length)
            byte |= 0x80;
        out.push_back(char(byte));
    } while (length);
}

void appendConnect(std::string& out, const ConnectFields& f) {
    std::string body;
    appendString(body, "MQTT");
    body.push_back(char(ProtocolLevel311));
    std::uint8_t flags = f.cleanSession ? ConnectCleanSession : 0;
    if (f.userName)
        flags |= ConnectUserName;
    if (f.password)
        flags |= ConnectPassword;
    body.push_back(char(flags));
    appendU16(body, f.keepAliveSeconds);
    appendString(body, f.clientId);
    if (f.userName)
        appendString(body, *f.userName);
    if (f.password)
        appendString(body, *f.password);
    out.push_back(char(Connect << 4));
    appendRemainingLength(out, std::uint32_t(body.size()));
    out += body;
}

void appendSubscribe(std::string& out, std::uint16_t packetId, std::string_view filter,
                     std::uint8_t qos) {
    // Bits 3..0 of a SUBSCRIBE's fixed header are reserved as 0010 (§3.8.1).
    out.push_back(char(Subscribe << 4 | 0x02));
    appendRemainingLength(out, std::uint32_t(2 + 2 + filter.size() + 1));
    appendU16(out, packetId);
    appendString(out, filter);
    out.push_back(char(qos));
}

PublishLayout appendPublish(std::string& out, std::string_view topic, std::size_t payloadSize,
                            std::uint8_t qos, bool retain, std::uint16_t packetId) {
    const std::size_t start = out.size();
    out.push_back(char(Publish << 4 | qos << QosShift | (retain ? FlagRetain : 0)));
    appendRemainingLength(out, std::uint32_t(2 + topic.size() + (qos > 0 ? 2 : 0) + payloadSize));
    appendString(out, topic);
    PublishLayout layout;
    if (qos > 0) {
        layout.packetIdOffset = out.size() - start;
        appendU16(out, packetId);
    }
    layout.payloadOffset = out.size() - start;
    out.append(payloadSize, 'x');
    return layout;
}

void appendPubAck(std::string& out, std::uint16_t packetId) {
    out.push_back(char(PubAck << 4));
    out.push_back(2);
    appendU16(out, packetId);
}

void appendPingReq(std::string& out) {
    out.push_back(char(PingReq << 4));
    out.push_back(0);
}

void appendDisconnect(std::string& out) {
    out.push_back(char(Disconnect << 4));
    out.push_back(0);
}

bool parsePublish(const MqttPacket& packet, PublishView& view) {
    const auto* p = reinterpret_cast<const unsigned char*>(packet.body);
    view.qos = std::uint8_t((packet.flags & QosMask) >> QosShift);
    view.retain = packet.flags & FlagRetain;
    if (packet.size < 2 || view.qos > 2)
        return false;
    const std::size_t topicLength = readU16(p);
    std::size_t at = 2 + topicLength;
    if (at + (view.qos ? 2 : 0) > packet.size)
        return false;
    view.topic = std::string_view(packet.body + 2, topicLength);
    view.packetId = 0;
    if (view.qos) {
        view.packetId = readU16(p + at);
        at += 2;
    }
    view.payload = std::string_view(packet.body + at, packet.size - at);
    return true;
}

bool packetIdOf(const MqttPacket& packet, std::uint16_t& id) {
    if (packet.size < 2)
        return false;
    id = readU16(reinterpret_cast<const unsigned char*>(packet.body));
    return true;
}

} // namespace warren::bench::mqtt
