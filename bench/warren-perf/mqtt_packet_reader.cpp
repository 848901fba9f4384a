#include "mqtt_packet_reader.h"

#include "mqtt_constants.h"

namespace warren::bench {

MqttPacketReader::MqttPacketReader(std::size_t initialCapacity)
    : m_buffer(initialCapacity) {}

MqttPacketReader::Status MqttPacketReader::next(MqttPacket& packet) {
    const std::size_t used = m_buffer.size();
    if (used < 2)
        return Status::NeedMore;
    const auto* p = reinterpret_cast<const unsigned char*>(m_buffer.data());
    // Remaining length: 7 bits per byte, least significant first, at most 4 bytes (§2.2.3).
    std::uint32_t length = 0;
    std::size_t header = 1;
    for (int shift = 0;; shift += 7) {
        if (header >= used)
            return Status::NeedMore;
        const unsigned char byte = p[header++];
        length |= std::uint32_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
        if (header == 5) {
            m_error = "remaining length longer than 4 bytes";
            return Status::Error;
        }
    }
    const std::size_t whole = header + length;
    if (used < whole) {
        m_buffer.expectWhole(whole);
        return Status::NeedMore;
    }
    packet.type = std::uint8_t(p[0] >> 4);
    packet.flags = std::uint8_t(p[0] & 0x0f);
    packet.body = m_buffer.data() + header;
    packet.size = length;
    m_buffer.consume(whole);
    return Status::Packet;
}

} // namespace warren::bench
