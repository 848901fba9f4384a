#include "frame_reader.h"

#include "amqp_constants.h"

#include <algorithm>
#include <cstring>

namespace warren::bench {

std::uint32_t FrameView::method() const {
    if (type != amqp::FrameMethod || size < 4)
        return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(payload);
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 |
           std::uint32_t(p[3]);
}

FrameReader::FrameReader(std::size_t initialCapacity)
    : m_buffer(initialCapacity) {}

char* FrameReader::writable(std::size_t minSpace, std::size_t& available) {
    const std::size_t used = m_end - m_begin;
    const std::size_t need =
        std::max(minSpace, m_pendingFrameSize > used ? m_pendingFrameSize - used : 0);
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

FrameReader::Status FrameReader::next(FrameView& frame) {
    const std::size_t used = m_end - m_begin;
    if (used < amqp::FrameHeaderSize) {
        if (used == 0)
            m_begin = m_end = 0; // cheap reset keeps later reads at the start of the buffer
        return Status::NeedMore;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(m_buffer.data() + m_begin);
    const std::uint32_t size = std::uint32_t(p[3]) << 24 | std::uint32_t(p[4]) << 16 |
                               std::uint32_t(p[5]) << 8 | std::uint32_t(p[6]);
    if (m_frameMax != 0 && size > m_frameMax - amqp::FrameOverhead) {
        m_error = "frame of " + std::to_string(size) + " bytes exceeds frame-max " +
                  std::to_string(m_frameMax);
        return Status::Error;
    }
    const std::size_t whole = std::size_t(size) + amqp::FrameOverhead;
    if (used < whole) {
        m_pendingFrameSize = whole;
        return Status::NeedMore;
    }
    if (p[whole - 1] != amqp::FrameEnd) {
        m_error = "frame-end octet missing";
        return Status::Error;
    }
    m_pendingFrameSize = 0;
    frame.type = p[0];
    frame.channel = std::uint16_t(p[1] << 8 | p[2]);
    frame.payload = m_buffer.data() + m_begin + amqp::FrameHeaderSize;
    frame.size = size;
    m_begin += whole;
    return Status::Frame;
}

} // namespace warren::bench
