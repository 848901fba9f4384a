#pragma once

#include <cstddef>
#include <vector>

namespace warren::bench {

// The receive buffer under every sans-I/O reader of warren-perf (AMQP frames, MQTT packets,
// STOMP frames, WebSocket frames): the socket reads straight into its free end, the reader
// walks the unread bytes in place and consumes what it handed out, so a message is never
// copied on its way from the kernel to the consumer loop (what a client library's read buffer
// does too). Pointers into it stay valid only until the next writable(), which may move the
// unread bytes to the front or grow the buffer.
class ReadBuffer {
public:
    explicit ReadBuffer(std::size_t initialCapacity)
        : m_buffer(initialCapacity) {}

    // Space after the unread bytes for at least minSpace bytes, and for the rest of the
    // incomplete unit announced by expectWhole().
    char* writable(std::size_t minSpace, std::size_t& available);
    void commit(std::size_t bytes) { m_end += bytes; }

    const char* data() const { return m_buffer.data() + m_begin; }
    char* data() { return m_buffer.data() + m_begin; }
    std::size_t size() const { return m_end - m_begin; }
    // The first `bytes` unread bytes are handled; the announced unit, if any, with them.
    void consume(std::size_t bytes);
    // The unread bytes start a unit (frame, packet) of `bytes` bytes that is not all here yet.
    void expectWhole(std::size_t bytes) { m_pendingWhole = bytes; }

private:
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::size_t m_pendingWhole = 0;
};

} // namespace warren::bench
