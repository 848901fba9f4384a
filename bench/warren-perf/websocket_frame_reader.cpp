#include "websocket_frame_reader.h"

namespace warren::bench {

namespace {
// A handshake response longer than this without its blank line is not one.
constexpr std::size_t MaxHeadBytes = 16 * 1024;
// Frames from a broker carrying STOMP are small; anything past this is not a broker's.
constexpr std::uint64_t MaxFramePayload = std::uint64_t(256) << 20;
} // namespace

WebSocketFrameReader::Status WebSocketFrameReader::nextHead(std::string& head) {
    const std::string_view unread(m_buffer.data(), m_buffer.size());
    const std::size_t end = unread.find("\r\n\r\n");
    if (end == std::string_view::npos) {
        if (unread.size() > MaxHeadBytes) {
            m_error =
                "no end of the handshake response in " + std::to_string(unread.size()) + " bytes";
            return Status::Error;
        }
        return Status::NeedMore;
    }
    head.assign(unread.substr(0, end + 2));
    m_buffer.consume(end + 4);
    return Status::Item;
}

WebSocketFrameReader::Status WebSocketFrameReader::next(WebSocketFrame& frame) {
    const std::size_t used = m_buffer.size();
    if (used < 2)
        return Status::NeedMore;
    auto* p = reinterpret_cast<unsigned char*>(m_buffer.data());
    const bool masked = p[1] & 0x80;
    std::uint64_t size = p[1] & 0x7f;
    std::size_t header = 2;
    if (size == 126) {
        if (used < 4)
            return Status::NeedMore;
        size = std::uint64_t(p[2]) << 8 | p[3];
        header = 4;
    } else if (size == 127) {
        if (used < 10)
            return Status::NeedMore;
        size = 0;
        for (int i = 2; i < 10; ++i)
            size = size << 8 | p[i];
        header = 10;
    }
    if (size > MaxFramePayload) {
        m_error = "frame of " + std::to_string(size) + " bytes";
        return Status::Error;
    }
    // A server must not mask (§5.1), but unmasking costs nothing to support.
    const std::size_t keyAt = header;
    if (masked)
        header += 4;
    const std::size_t whole = header + std::size_t(size);
    if (used < whole) {
        m_buffer.expectWhole(whole);
        return Status::NeedMore;
    }
    if (masked)
        for (std::size_t i = 0; i < size; ++i)
            p[header + i] ^= p[keyAt + i % 4];
    frame.fin = p[0] & 0x80;
    frame.opcode = p[0] & 0x0f;
    frame.payload = std::string_view(m_buffer.data() + header, std::size_t(size));
    m_buffer.consume(whole);
    return Status::Item;
}

} // namespace warren::bench
