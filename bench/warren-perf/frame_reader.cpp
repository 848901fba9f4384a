#include "frame_reader.h"

#include "amqp_constants.h"

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

FrameReader::Status FrameReader::next(FrameView& frame) {
    const std::size_t used = m_buffer.size();
    if (used < amqp::FrameHeaderSize)
        return Status::NeedMore;
    const auto* p = reinterpret_cast<const unsigned char*>(m_buffer.data());
    const std::uint32_t size = std::uint32_t(p[3]) << 24 | std::uint32_t(p[4]) << 16 |
                               std::uint32_t(p[5]) << 8 | std::uint32_t(p[6]);
    if (m_frameMax != 0 && size > m_frameMax - amqp::FrameOverhead) {
        m_error = "frame of " + std::to_string(size) + " bytes exceeds frame-max " +
                  std::to_string(m_frameMax);
        return Status::Error;
    }
    const std::size_t whole = std::size_t(size) + amqp::FrameOverhead;
    if (used < whole) {
        m_buffer.expectWhole(whole);
        return Status::NeedMore;
    }
    if (p[whole - 1] != amqp::FrameEnd) {
        m_error = "frame-end octet missing";
        return Status::Error;
    }
    frame.type = p[0];
    frame.channel = std::uint16_t(p[1] << 8 | p[2]);
    frame.payload = m_buffer.data() + amqp::FrameHeaderSize;
    frame.size = size;
    m_buffer.consume(whole);
    return Status::Frame;
}

} // namespace warren::bench
