#include "mqtt_packet_reader.h"

#include "mqtt_constants.h"

#include <algorithm>
#include <cstring>

namespace warren::bench {

MqttPacketReader::MqttPacketReader(std::size_t initialCapacity)
    : m_buffer(initialCapacity) {}

char* MqttPacketReader::writable(std::size_t minSpace, std::size_t& available) {
    const std::size_t used = m_end - m_begin;
    const std::size_t need =
        std::max(minSpace, m_pendingPacketSize > used ? m_pendingPacketSize - used : 0);
    if (m_buffer.size() - m_end < need) {
        if (m_begin > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_begin, used);
            m_begin = 0;
            m_end = used;
        }
        if (m_buffer.size() - m_end < need)
            m_buffer.resize(m_end + need);
    }
    available = m_buffer.size() - m_end;
    return m_buffer.data() + m_end;
}

MqttPacketReader::Status MqttPacketReader::next(MqttPacket& packet) {
    const std::size_t used = m_end - m_begin;
    if (used < 2) {
        if (used == 0)
            m_begin = m_end = 0; // cheap reset keeps later reads at the start of the buffer
        return Status::NeedMore;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(m_buffer.data() + m_begin);
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
        m_pendingPacketSize = whole;
        return Status::NeedMore;
    }
    m_pendingPacketSize = 0;
    packet.type = std::uint8_t(p[0] >> 4);
    packet.flags = std::uint8_t(p[0] & 0x0f);
    packet.body = m_buffer.data() + m_begin + header;
    packet.size = length;
    m_begin += whole;
    return Status::Packet;
}

} // namespace warren::bench
