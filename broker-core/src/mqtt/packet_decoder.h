#pragma once

#include "mqtt/packets.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace warren::mqtt {

// Why bytes are not a packet: the 5.0 reason code to disconnect with (0x81 malformed, 0x82
// protocol error, 0x84 unsupported protocol version, 0x95 too large) and a sentence for the log.
struct DecodeError {
    quint8 reasonCode = 0;
    QString text;
};

// Bytes in, packets out (sans-I/O). Reads the fixed header and variable-length remaining length
// (§2.1.4), refuses a packet larger than the maximum as soon as its length is known (without
// buffering it), then decodes the whole packet by the version in force: CONNECT sets it from
// its own protocol level; a client's decoder is told with setVersion(). Structure is checked
// here (reserved flags, UTF-8 strings per §1.5.4, packet identifiers, properties allowed in
// the packet, duplicates); session rules (PUBLISH before CONNECT, wildcards in a topic name,
// topic aliases) are the session's. After an error the decoder yields nothing more.
class PacketDecoder {
public:
    // Which side's packets are decoded: a server reads what clients send (CONNECT, PUBLISH,
    // SUBSCRIBE, …), a client what servers send (CONNACK, SUBACK, …). A packet the other side
    // never sends is a protocol error.
    enum class Reading { ClientPackets, ServerPackets };

    explicit PacketDecoder(Reading reading = Reading::ClientPackets);

    void setVersion(ProtocolVersion version) { m_version = version; }
    ProtocolVersion version() const { return m_version; }
    // Packets whose whole size (fixed header included) exceeds this are refused; 0: the
    // protocol's own limit (268,435,455 bytes of remaining length).
    void setMaximumPacketSize(quint32 bytes) { m_maximumPacketSize = bytes; }

    void feed(const char* data, qsizetype size);
    // A packet, an error, or std::monostate while more bytes are needed.
    std::variant<std::monostate, Packet, DecodeError> next();
    qsizetype bufferedBytes() const;

private:
    Reading m_reading;
    ProtocolVersion m_version = ProtocolVersion::V311;
    quint32 m_maximumPacketSize = 0;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // bytes of m_buffer already decoded
    bool m_failed = false;
};

} // namespace warren::mqtt
