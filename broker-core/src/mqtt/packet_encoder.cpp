#include "mqtt/packet_encoder.h"

#include "mqtt/property_table.h"
#include "mqtt/wire.h"

#include <algorithm>
#include <limits>

// The inverse of packet_body_decoder.cpp. Each body is written by one function that either
// appends or only counts (WireWriter), so the Remaining Length, encodedSize() and the bytes
// themselves come from the same code.
namespace warren::mqtt {

namespace {

using V = ProtocolVersion;

bool isEmpty(const Properties& properties) {
    static const Properties none;
    return properties == none;
}

void properties(WireWriter& writer, V version, const Properties& properties) {
    if (version == V::V5)
        encodeProperties(writer, properties);
}

// §3.3.1: DUP, QoS and RETAIN.
quint8 publishFirstByte(const Publish& publish) {
    return quint8(quint8(PacketType::Publish) << 4 | (publish.dup ? 0x08 : 0) | publish.qos << 1 |
                  (publish.retain ? 0x01 : 0));
}

// §2.1.3: PUBREL, SUBSCRIBE and UNSUBSCRIBE carry 0b0010, the others but PUBLISH nothing.
quint8 firstByte(const Packet& packet) {
    if (const auto* publish = std::get_if<Publish>(&packet))
        return publishFirstByte(*publish);
    const PacketType type = typeOf(packet);
    const bool twoBitSet = type == PacketType::Pubrel || type == PacketType::Subscribe ||
                           type == PacketType::Unsubscribe;
    return quint8(quint8(type) << 4 | (twoBitSet ? 0x02 : 0x00));
}

// A CONNECT is written in the version it names (§3.1.2.2), whatever the caller's.
void body(WireWriter& writer, const Connect& connect, V) {
    const V version = connect.version;
    writer.lengthPrefixed(connect.protocolName);
    writer.byte(quint8(version));
    quint8 flags = connect.cleanStart ? 0x02 : 0x00; // §3.1.2.3
    if (connect.will)
        flags |= quint8(0x04 | connect.will->qos << 3 | (connect.will->retain ? 0x20 : 0));
    if (connect.password)
        flags |= 0x40;
    if (connect.userName)
        flags |= 0x80;
    writer.byte(flags);
    writer.twoByteInt(connect.keepAliveSeconds);
    properties(writer, version, connect.properties);
    writer.lengthPrefixed(connect.clientId);
    if (connect.will) {
        properties(writer, version, connect.will->properties);
        writer.lengthPrefixed(connect.will->topic);
        writer.lengthPrefixed(connect.will->payload);
    }
    if (connect.userName)
        writer.lengthPrefixed(*connect.userName);
    if (connect.password)
        writer.lengthPrefixed(*connect.password);
}

void body(WireWriter& writer, const Connack& connack, V version) {
    // 3.1's first byte is reserved; Session Present is 3.1.1's (§3.2.2.2).
    writer.byte(version != V::V31 && connack.sessionPresent ? 0x01 : 0x00);
    writer.byte(connack.reasonCode);
    properties(writer, version, connack.properties);
}

void publishHead(WireWriter& writer, const Publish& publish, V version) {
    writer.lengthPrefixed(publish.topic);
    if (publish.qos > 0)
        writer.twoByteInt(publish.packetId);
    properties(writer, version, publish.properties);
}

void body(WireWriter& writer, const Publish& publish, V version) {
    publishHead(writer, publish, version);
    writer.raw(publish.payload);
}

// The 5.0 short forms (§3.4.2.1, §3.4.2.2.1): no Property Length without properties, and no
// Reason Code either when it is Success.
void reasonAndProperties(WireWriter& writer, quint8 reasonCode, const Properties& properties) {
    const bool noProperties = isEmpty(properties);
    if (reasonCode != 0 || !noProperties)
        writer.byte(reasonCode);
    if (!noProperties)
        encodeProperties(writer, properties);
}

void body(WireWriter& writer, const Acknowledgement& ack, V version) {
    writer.twoByteInt(ack.packetId);
    if (version == V::V5)
        reasonAndProperties(writer, ack.reasonCode, ack.properties);
}

void body(WireWriter& writer, const Subscribe& subscribe, V version) {
    writer.twoByteInt(subscribe.packetId);
    properties(writer, version, subscribe.properties);
    for (const SubscriptionRequest& request : subscribe.subscriptions) {
        writer.lengthPrefixed(request.filter);
        quint8 options = request.maximumQos; // §3.8.3.1; 3.1.1 has only the QoS
        if (version == V::V5)
            options |= quint8((request.noLocal ? 0x04 : 0) |
                              (request.retainAsPublished ? 0x08 : 0) | request.retainHandling << 4);
        writer.byte(options);
    }
}

void body(WireWriter& writer, const Suback& suback, V version) {
    writer.twoByteInt(suback.packetId);
    properties(writer, version, suback.properties);
    for (quint8 code : suback.reasonCodes)
        writer.byte(code);
}

void body(WireWriter& writer, const Unsubscribe& unsubscribe, V version) {
    writer.twoByteInt(unsubscribe.packetId);
    properties(writer, version, unsubscribe.properties);
    for (const QByteArray& filter : unsubscribe.filters)
        writer.lengthPrefixed(filter);
}

void body(WireWriter& writer, const Unsuback& unsuback, V version) {
    writer.twoByteInt(unsuback.packetId);
    if (version != V::V5)
        return; // 3.1.1 §3.11.3: no payload
    encodeProperties(writer, unsuback.properties);
    for (quint8 code : unsuback.reasonCodes)
        writer.byte(code);
}

void body(WireWriter&, const Pingreq&, V) {}
void body(WireWriter&, const Pingresp&, V) {}

void body(WireWriter& writer, const Disconnect& disconnect, V version) {
    // §3.14.2.1: Remaining Length 0 for a normal disconnection without properties.
    if (version == V::V5)
        reasonAndProperties(writer, disconnect.reasonCode, disconnect.properties);
}

void body(WireWriter& writer, const Auth& auth, V) {
    // AUTH exists only in 5.0. §3.15.2.1: the variable header is left out whole or not at
    // all (a Reason Code alone would not decode).
    if (auth.reasonCode != 0 || !isEmpty(auth.properties)) {
        writer.byte(auth.reasonCode);
        encodeProperties(writer, auth.properties);
    }
}

void encodeBody(WireWriter& writer, const Packet& packet, V version) {
    std::visit([&](const auto& p) { body(writer, p, version); }, packet);
}

// §2.1.4: the fixed header, then what the caller writes.
void writeFixedHeader(QByteArray& out, quint8 first, quint64 remaining) {
    Q_ASSERT(remaining <= MaximumVarInt);
    out.reserve(out.size() + 1 + varIntSize(quint32(remaining)) + qsizetype(remaining));
    WireWriter writer(&out);
    writer.byte(first);
    writer.varInt(quint32(remaining));
}

} // namespace

void encode(const Packet& packet, ProtocolVersion version, QByteArray& out) {
    WireWriter counter;
    encodeBody(counter, packet, version);
    writeFixedHeader(out, firstByte(packet), counter.size());
    WireWriter writer(&out);
    encodeBody(writer, packet, version);
}

void encodePublishHead(const Publish& publish, ProtocolVersion version, QByteArray& out) {
    WireWriter counter;
    publishHead(counter, publish, version);
    writeFixedHeader(out, publishFirstByte(publish),
                     counter.size() + quint64(publish.payload.size()));
    WireWriter writer(&out);
    publishHead(writer, publish, version);
}

quint32 encodedSize(const Packet& packet, ProtocolVersion version) {
    WireWriter counter;
    encodeBody(counter, packet, version);
    const quint64 remaining = counter.size();
    const quint64 total =
        1 + quint64(varIntSize(quint32(std::min<quint64>(remaining, MaximumVarInt)))) + remaining;
    return quint32(std::min<quint64>(total, std::numeric_limits<quint32>::max()));
}

} // namespace warren::mqtt
