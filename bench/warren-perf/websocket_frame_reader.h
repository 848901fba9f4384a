#pragma once

#include "read_buffer.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace warren::bench {

// One frame from the server, its payload unmasked in the reader's buffer (valid until the next
// writable()).
struct WebSocketFrame {
    std::uint8_t opcode = 0;
    bool fin = false;
    std::string_view payload;
};

// Sans-I/O splitter of a WebSocket server's bytes (RFC 6455): first the handshake response
// head, then frames (§5.2), over a ReadBuffer the socket reads straight into.
class WebSocketFrameReader {
public:
    enum class Status { Item, NeedMore, Error };

    explicit WebSocketFrameReader(std::size_t initialCapacity)
        : m_buffer(initialCapacity) {}

    char* writable(std::size_t minSpace, std::size_t& available) {
        return m_buffer.writable(minSpace, available);
    }
    void commit(std::size_t bytes) { m_buffer.commit(bytes); }

    // The handshake response head, up to and without its blank line.
    Status nextHead(std::string& head);
    Status next(WebSocketFrame& frame);
    const std::string& error() const { return m_error; }

private:
    ReadBuffer m_buffer;
    std::string m_error;
};

} // namespace warren::bench
