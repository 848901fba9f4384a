#include "mqtt/packet_decoder.h"

#include "mqtt/packet_body_decoder.h"
#include "mqtt/reason_codes.h"
#include "mqtt/wire.h"

namespace warren::mqtt {

namespace {

// Once the buffer is drained, a larger allocation than this (left by a big PUBLISH) is freed
// rather than kept for the connection's lifetime.
constexpr qsizetype RetainedCapacity = 64 * 1024;

// §2.1.2's "Direction of flow": what the side being read may send at all in `version`.
bool isSentBy(PacketDecoder::Reading reading, PacketType type, ProtocolVersion version) {
    const bool fromClient = reading == PacketDecoder::Reading::ClientPackets;
    const bool v5 = version == ProtocolVersion::V5;
    switch (type) {
    case PacketType::Connect:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
    case PacketType::Pingreq:
        return fromClient;
    case PacketType::Connack:
    case PacketType::Suback:
    case PacketType::Unsuback:
    case PacketType::Pingresp:
        return !fromClient;
    case PacketType::Publish:
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return true;
    case PacketType::Disconnect: // a 3.1.1 server closes the connection instead (§3.14)
        return fromClient || v5;
    case PacketType::Auth: // new in 5.0; 15 is reserved before it
        return v5;
    }
    return false; // 0 is reserved (§2.1.2)
}

// §2.1.3: the fixed header's low nibble, checked before the body is awaited.
bool checkFlags(PacketType type, quint8 flags, QString& why) {
    if (type == PacketType::Publish) {
        const quint8 qos = (flags >> 1) & 0x03;
        if (qos == 3)
            why = QStringLiteral("PUBLISH with QoS 3 (§3.3.1.2)");
        else if (qos == 0 && (flags & 0x08))
            why = QStringLiteral("PUBLISH with DUP set at QoS 0 [MQTT-3.3.1-2]");
        return why.isEmpty();
    }
    const bool twoBitSet = type == PacketType::Pubrel || type == PacketType::Subscribe ||
                           type == PacketType::Unsubscribe;
    if (flags != (twoBitSet ? 0x02 : 0x00))
        why = QStringLiteral("%1 with reserved fixed header flags 0x%2 (§2.1.3)")
                  .arg(QLatin1String(packetName(type)))
                  .arg(flags, 0, 16);
    return why.isEmpty();
}

} // namespace

PacketDecoder::PacketDecoder(Reading reading)
    : m_reading(reading) {}

void PacketDecoder::feed(const char* data, qsizetype size) {
    if (m_failed || size <= 0)
        return; // nothing after an error is ever decoded: don't hold on to it either
    // Compact lazily: drop consumed bytes only when they outweigh what is left, so a stream of
    // small packets costs no memmove per packet, and the buffer stays within twice what is
    // pending plus the newest read.
    if (m_offset == m_buffer.size()) {
        if (m_buffer.capacity() > RetainedCapacity)
            m_buffer.clear();
        else
            m_buffer.resize(0); // keeps the capacity
        m_offset = 0;
    } else if (m_offset > 0 && m_offset >= m_buffer.size() - m_offset) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data, size);
}

qsizetype PacketDecoder::bufferedBytes() const {
    return m_buffer.size() - m_offset;
}

std::variant<std::monostate, Packet, DecodeError> PacketDecoder::next() {
    if (m_failed)
        return std::monostate{};
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < 1)
        return std::monostate{};
    const char* header = m_buffer.constData() + m_offset;
    const auto type = PacketType(quint8(header[0]) >> 4);
    const quint8 flags = quint8(header[0]) & 0x0F;
    auto fail = [this](quint8 reasonCode, QString text) {
        m_failed = true;
        return DecodeError{reasonCode, std::move(text)};
    };
    if (!isSentBy(m_reading, type, m_version))
        return fail(reason::ProtocolError,
                    QStringLiteral("packet type %1 is not sent by a %2 in this version")
                        .arg(quint8(type))
                        .arg(m_reading == Reading::ClientPackets ? QLatin1String("client")
                                                                 : QLatin1String("server")));
    if (QString why; !checkFlags(type, flags, why))
        return fail(reason::MalformedPacket, why);

    // §2.1.4: the Remaining Length is a Variable Byte Integer of at most four bytes. A longer
    // encoding of a small value is accepted here, as Mosquitto accepts it.
    quint32 remaining = 0;
    int lengthBytes = 0;
    for (;;) {
        if (lengthBytes == 4)
            return fail(reason::MalformedPacket,
                        QStringLiteral("remaining length longer than four bytes (§2.1.4)"));
        if (available < 2 + lengthBytes)
            return std::monostate{};
        const quint8 digit = quint8(header[1 + lengthBytes]);
        remaining |= quint32(digit & 0x7F) << (7 * lengthBytes);
        ++lengthBytes;
        if ((digit & 0x80) == 0)
            break;
    }
    // §3.1.2.11.4: refused as soon as the size is known, never buffered.
    const quint64 total = 1 + quint64(lengthBytes) + remaining;
    if (m_maximumPacketSize != 0 && total > m_maximumPacketSize)
        return fail(reason::PacketTooLarge,
                    QStringLiteral("%1 of %2 bytes exceeds the maximum packet size of %3")
                        .arg(QLatin1String(packetName(type)))
                        .arg(total)
                        .arg(m_maximumPacketSize));
    if (quint64(available) < total)
        return std::monostate{};

    const qsizetype begin = m_offset + 1 + lengthBytes;
    m_offset += qsizetype(total);
    WireReader reader(m_buffer, begin, begin + qsizetype(remaining));
    std::optional<Packet> packet = decodeBody(type, flags, reader, m_version);
    if (!packet)
        return fail(
            reader.reasonCode(),
            QStringLiteral("%1: %2").arg(QLatin1String(packetName(type)), reader.failureText()));
    return std::move(*packet);
}

} // namespace warren::mqtt
