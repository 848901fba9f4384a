#include "mqtt/packet_body_decoder.h"

#include "mqtt/property_table.h"
#include "mqtt/reason_codes.h"
#include "mqtt/wire.h"

namespace warren::mqtt {

namespace {

using V = ProtocolVersion;

// §2.2.1: SUBSCRIBE, UNSUBSCRIBE, their acks and PUBLISH above QoS 0 with its acks carry a
// non-zero identifier [MQTT-2.2.1-3]. The spec names no reason code; this is 0x81 everywhere
// (Mosquitto says 0x81 for SUBSCRIBE and UNSUBSCRIBE but 0x82 for PUBLISH and the acks).
bool packetId(WireReader& reader, quint16& id) {
    if (!reader.twoByteInt(id))
        return false;
    if (id == 0)
        return reader.fail(reason::MalformedPacket, "packet identifier 0 (§2.2.1)");
    return true;
}

// Every packet has a defined end: bytes past it are malformed.
bool atEnd(WireReader& reader) {
    if (reader.failed())
        return false;
    if (!reader.atEnd())
        return reader.fail(reason::MalformedPacket, "bytes after the end of the packet");
    return true;
}

bool properties(WireReader& reader, V version, PropertyScopes scope, Properties& out) {
    return version != V::V5 || decodeProperties(reader, scope, out);
}

bool decodeConnect(WireReader& reader, V& version, Connect& connect) {
    // §3.1.2.1–2: the name is compared as bytes, so it needs no UTF-8 check of its own.
    quint8 level;
    if (!reader.binary(connect.protocolName) || !reader.byte(level))
        return false;
    if (connect.protocolName == "MQTT" && level == 4)
        connect.version = V::V311;
    else if (connect.protocolName == "MQTT" && level == 5)
        connect.version = V::V5;
    else if (connect.protocolName == "MQIsdp" && level == 3)
        connect.version = V::V31;
    else
        return reader.fail(
            reason::UnsupportedProtocolVersion,
            QStringLiteral("protocol \"%1\" level %2 is not supported")
                .arg(QString::fromLatin1(connect.protocolName.left(16).toPercentEncoding()))
                .arg(level));
    version = connect.version;
    const V v = connect.version;

    quint8 flags;
    if (!reader.byte(flags) || !reader.twoByteInt(connect.keepAliveSeconds))
        return false;
    const bool willFlag = flags & 0x04;
    const quint8 willQos = (flags >> 3) & 0x03;
    const bool willRetain = flags & 0x20;
    const bool passwordFlag = flags & 0x40;
    const bool userNameFlag = flags & 0x80;
    connect.cleanStart = flags & 0x02;
    // 3.1 defined none of these rules; like Mosquitto, its CONNECT is not held to them.
    const bool strict = v != V::V31;
    if (strict && (flags & 0x01))
        return reader.fail(reason::MalformedPacket, "reserved connect flag set (§3.1.2.3)");
    if (willQos == 3)
        return reader.fail(reason::MalformedPacket, "will QoS 3 (§3.1.2.6)");
    if (strict && !willFlag && (willQos != 0 || willRetain))
        return reader.fail(reason::MalformedPacket,
                           "will QoS or retain without a will [MQTT-3.1.2-11], [MQTT-3.1.2-13]");
    // 3.1.1 [MQTT-3.1.2-22]; 5.0 allows a password alone (§3.1.2.9).
    if (v != V::V5 && passwordFlag && !userNameFlag)
        return reader.fail(reason::MalformedPacket, "password without a user name [MQTT-3.1.2-22]");
    if (!properties(reader, v, scopeOf(PacketType::Connect), connect.properties) ||
        !reader.utf8String(connect.clientId))
        return false;
    if (willFlag) {
        Will will;
        will.qos = willQos;
        will.retain = willRetain;
        if (!properties(reader, v, WillScope, will.properties) || !reader.utf8String(will.topic) ||
            !reader.binary(will.payload))
            return false;
        connect.will = std::move(will);
    }
    // Some 3.1 clients set a flag yet leave its field out; Mosquitto ignores the flag then.
    const bool lenient = v == V::V31;
    if (userNameFlag && !(lenient && reader.atEnd())) {
        if (!reader.utf8String(connect.userName.emplace()))
            return false;
    }
    if (passwordFlag && !(lenient && reader.atEnd())) {
        if (!reader.binary(connect.password.emplace()))
            return false;
    }
    return atEnd(reader);
}

bool decodeConnack(WireReader& reader, V version, Connack& connack) {
    quint8 flags;
    if (!reader.byte(flags) || !reader.byte(connack.reasonCode))
        return false;
    // 3.1's first byte is reserved and unused: Session Present came with 3.1.1.
    if (version != V::V31) {
        if (flags & 0xFE)
            return reader.fail(reason::MalformedPacket,
                               "reserved acknowledge flags set (§3.2.2.1)");
        connack.sessionPresent = flags & 0x01;
    }
    return properties(reader, version, scopeOf(PacketType::Connack), connack.properties) &&
           atEnd(reader);
}

bool decodePublish(WireReader& reader, quint8 flags, V version, Publish& publish) {
    publish.dup = flags & 0x08;
    publish.qos = (flags >> 1) & 0x03;
    publish.retain = flags & 0x01;
    // An empty topic (allowed in 5.0 with a Topic Alias) and wildcards in it are the session's
    // to refuse: they need its aliases and version rules.
    if (!reader.utf8String(publish.topic))
        return false;
    if (publish.qos > 0 && !packetId(reader, publish.packetId))
        return false;
    if (!properties(reader, version, scopeOf(PacketType::Publish), publish.properties))
        return false;
    publish.payload = reader.rest();
    return !reader.failed();
}

bool decodeAck(WireReader& reader, PacketType type, V version, Acknowledgement& ack) {
    ack.type = type;
    if (!packetId(reader, ack.packetId))
        return false;
    if (version == V::V5) {
        // §3.4.2.1: the Reason Code may be left out when 0 and without properties;
        // §3.4.2.2.1: with fewer than 4 bytes of Remaining Length, there is no Property Length.
        if (!reader.atEnd() && !reader.byte(ack.reasonCode))
            return false;
        if (!reader.atEnd() && !decodeProperties(reader, scopeOf(type), ack.properties))
            return false;
    }
    return atEnd(reader);
}

bool decodeSubscribe(WireReader& reader, V version, Subscribe& subscribe) {
    if (!packetId(reader, subscribe.packetId) ||
        !properties(reader, version, scopeOf(PacketType::Subscribe), subscribe.properties))
        return false;
    while (!reader.atEnd()) {
        SubscriptionRequest request;
        quint8 options;
        if (!reader.utf8String(request.filter) || !reader.byte(options))
            return false;
        if (version == V::V5) {
            // §3.8.3.1: bits 6 and 7 are reserved [MQTT-3.8.3-5]; Retain Handling 3 is malformed.
            request.maximumQos = options & 0x03;
            request.noLocal = options & 0x04;
            request.retainAsPublished = options & 0x08;
            request.retainHandling = (options >> 4) & 0x03;
            if (options & 0xC0)
                return reader.fail(reason::MalformedPacket,
                                   "reserved subscription option bits set [MQTT-3.8.3-5]");
            if (request.retainHandling == 3)
                return reader.fail(reason::MalformedPacket, "Retain Handling 3 (§3.8.3.1)");
        } else {
            // 3.1.1 §3.8.3.1: the upper six bits are reserved [MQTT-3-8.3-4].
            if (options & 0xFC)
                return reader.fail(reason::MalformedPacket,
                                   "reserved bits of the requested QoS set [MQTT-3-8.3-4]");
            request.maximumQos = options;
        }
        if (request.maximumQos == 3)
            return reader.fail(reason::MalformedPacket, "maximum QoS 3 (§3.8.3.1)");
        subscribe.subscriptions.push_back(std::move(request));
    }
    // §3.8.3 [MQTT-3.8.3-2]; 3.1 allowed an empty one, and Mosquitto still takes it.
    if (subscribe.subscriptions.empty() && version != V::V31)
        return reader.fail(reason::ProtocolError, "no topic filter (§3.8.3)");
    return !reader.failed();
}

bool decodeSuback(WireReader& reader, V version, Suback& suback) {
    if (!packetId(reader, suback.packetId) ||
        !properties(reader, version, scopeOf(PacketType::Suback), suback.properties))
        return false;
    const QByteArray codes = reader.rest();
    suback.reasonCodes.assign(codes.cbegin(), codes.cend());
    return !reader.failed();
}

bool decodeUnsubscribe(WireReader& reader, V version, Unsubscribe& unsubscribe) {
    if (!packetId(reader, unsubscribe.packetId) ||
        !properties(reader, version, scopeOf(PacketType::Unsubscribe), unsubscribe.properties))
        return false;
    while (!reader.atEnd()) {
        if (!reader.utf8String(unsubscribe.filters.emplace_back()))
            return false;
    }
    // §3.10.3 [MQTT-3.10.3-2], as for SUBSCRIBE.
    if (unsubscribe.filters.empty() && version != V::V31)
        return reader.fail(reason::ProtocolError, "no topic filter (§3.10.3)");
    return !reader.failed();
}

bool decodeUnsuback(WireReader& reader, V version, Unsuback& unsuback) {
    if (!packetId(reader, unsuback.packetId))
        return false;
    // 3.1.1 §3.11.3: no payload at all, so only the identifier.
    if (version == V::V5) {
        if (!decodeProperties(reader, scopeOf(PacketType::Unsuback), unsuback.properties))
            return false;
        const QByteArray codes = reader.rest();
        unsuback.reasonCodes.assign(codes.cbegin(), codes.cend());
    }
    return atEnd(reader);
}

bool decodeDisconnect(WireReader& reader, V version, Disconnect& disconnect) {
    // §3.14.2.1: Remaining Length 0 means Normal disconnection; §3.14.2.2.1: below 2, no
    // properties.
    if (version == V::V5) {
        if (!reader.atEnd() && !reader.byte(disconnect.reasonCode))
            return false;
        if (!reader.atEnd() &&
            !decodeProperties(reader, scopeOf(PacketType::Disconnect), disconnect.properties))
            return false;
    }
    return atEnd(reader);
}

bool decodeAuth(WireReader& reader, Auth& auth) {
    // §3.15.2.1: only the whole variable header may be left out; a Reason Code without its
    // Property Length is malformed (as Mosquitto reads it).
    if (!reader.atEnd() && (!reader.byte(auth.reasonCode) ||
                            !decodeProperties(reader, scopeOf(PacketType::Auth), auth.properties)))
        return false;
    return atEnd(reader);
}

template <typename T, typename Decode> std::optional<Packet> as(Decode&& decode) {
    T value;
    if (!decode(value))
        return std::nullopt;
    return Packet(std::move(value));
}

} // namespace

const char* packetName(PacketType type) {
    switch (type) {
    case PacketType::Connect:
        return "CONNECT";
    case PacketType::Connack:
        return "CONNACK";
    case PacketType::Publish:
        return "PUBLISH";
    case PacketType::Puback:
        return "PUBACK";
    case PacketType::Pubrec:
        return "PUBREC";
    case PacketType::Pubrel:
        return "PUBREL";
    case PacketType::Pubcomp:
        return "PUBCOMP";
    case PacketType::Subscribe:
        return "SUBSCRIBE";
    case PacketType::Suback:
        return "SUBACK";
    case PacketType::Unsubscribe:
        return "UNSUBSCRIBE";
    case PacketType::Unsuback:
        return "UNSUBACK";
    case PacketType::Pingreq:
        return "PINGREQ";
    case PacketType::Pingresp:
        return "PINGRESP";
    case PacketType::Disconnect:
        return "DISCONNECT";
    case PacketType::Auth:
        return "AUTH";
    }
    return "reserved packet type";
}

std::optional<Packet> decodeBody(PacketType type, quint8 flags, WireReader& reader,
                                 ProtocolVersion& version) {
    const V v = version;
    switch (type) {
    case PacketType::Connect:
        return as<Connect>([&](Connect& p) { return decodeConnect(reader, version, p); });
    case PacketType::Connack:
        return as<Connack>([&](Connack& p) { return decodeConnack(reader, v, p); });
    case PacketType::Publish:
        return as<Publish>([&](Publish& p) { return decodePublish(reader, flags, v, p); });
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return as<Acknowledgement>(
            [&](Acknowledgement& p) { return decodeAck(reader, type, v, p); });
    case PacketType::Subscribe:
        return as<Subscribe>([&](Subscribe& p) { return decodeSubscribe(reader, v, p); });
    case PacketType::Suback:
        return as<Suback>([&](Suback& p) { return decodeSuback(reader, v, p); });
    case PacketType::Unsubscribe:
        return as<Unsubscribe>([&](Unsubscribe& p) { return decodeUnsubscribe(reader, v, p); });
    case PacketType::Unsuback:
        return as<Unsuback>([&](Unsuback& p) { return decodeUnsuback(reader, v, p); });
    case PacketType::Pingreq:
        return as<Pingreq>([&](Pingreq&) { return atEnd(reader); });
    case PacketType::Pingresp:
        return as<Pingresp>([&](Pingresp&) { return atEnd(reader); });
    case PacketType::Disconnect:
        return as<Disconnect>([&](Disconnect& p) { return decodeDisconnect(reader, v, p); });
    case PacketType::Auth:
        return as<Auth>([&](Auth& p) { return decodeAuth(reader, p); });
    }
    reader.fail(reason::ProtocolError, "reserved packet type");
    return std::nullopt;
}

} // namespace warren::mqtt
