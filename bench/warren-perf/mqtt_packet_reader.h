#pragma once

#include "read_buffer.h"

#include <cstdint>
#include <string>

namespace warren::bench {

// One MQTT control packet as it sits in the reader's buffer: the fixed header's type and
// flags, and the bytes after the remaining length. The pointer stays valid only until the next
// call to MqttPacketReader::writable(), which may move the buffered bytes.
struct MqttPacket {
    std::uint8_t type = 0;
    std::uint8_t flags = 0;
    const char* body = nullptr;
    std::uint32_t size = 0;
};

// Sans-I/O packet splitter over a ReadBuffer the socket reads straight into (the MQTT sibling
// of FrameReader): finds each packet's end from its remaining length (§2.2.3) and hands out
// views, so a PUBLISH is never copied on its way from the kernel to the subscriber loop.
class MqttPacketReader {
public:
    enum class Status { Packet, NeedMore, Error };

    explicit MqttPacketReader(std::size_t initialCapacity);

    // Space at the end of the buffer for at least minSpace bytes (more if a partly received
    // packet needs it); compacts or grows the buffer and so invalidates earlier views.
    char* writable(std::size_t minSpace, std::size_t& available) {
        return m_buffer.writable(minSpace, available);
    }
    void commit(std::size_t bytes) { m_buffer.commit(bytes); }

    Status next(MqttPacket& packet);
    const std::string& error() const { return m_error; }
    std::size_t buffered() const { return m_buffer.size(); }

private:
    ReadBuffer m_buffer;
    std::string m_error;
};

} // namespace warren::bench
