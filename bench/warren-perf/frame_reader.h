#pragma once

#include "read_buffer.h"

#include <cstdint>
#include <string>

namespace warren::bench {

// One frame as it sits in the reader's buffer. The pointer stays valid only until the next
// call to FrameReader::writable(), which may move the buffered bytes.
struct FrameView {
    std::uint8_t type = 0;
    std::uint16_t channel = 0;
    const char* payload = nullptr;
    std::uint32_t size = 0;

    // Class and method ids of a method frame, packed as amqp::methodId() does; 0 otherwise.
    std::uint32_t method() const;
};

// Sans-I/O frame splitter over a ReadBuffer that the socket reads straight into, so a frame is
// never copied on its way from the kernel to the consumer loop.
class FrameReader {
public:
    enum class Status { Frame, NeedMore, Error };

    explicit FrameReader(std::size_t initialCapacity);

    // Space at the end of the buffer for at least minSpace bytes (more if a partly received
    // frame needs it); compacts or grows the buffer and so invalidates earlier FrameViews.
    char* writable(std::size_t minSpace, std::size_t& available) {
        return m_buffer.writable(minSpace, available);
    }
    void commit(std::size_t bytes) { m_buffer.commit(bytes); }

    Status next(FrameView& frame);
    void setFrameMax(std::uint32_t frameMax) { m_frameMax = frameMax; }
    const std::string& error() const { return m_error; }
    std::size_t buffered() const { return m_buffer.size(); }

private:
    ReadBuffer m_buffer;
    std::uint32_t m_frameMax = 0; // 0: only the 32-bit size field limits a frame
    std::string m_error;
};

} // namespace warren::bench
