#pragma once

#include "read_buffer.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace warren::bench {

// One STOMP frame as it sits in the reader's buffer (STOMP 1.2, "Augmented BNF"): the command,
// the header lines as received (each ending in EOL; values still escaped), and the body. The
// views stay valid only until the next call to StompFrameReader::writable(), which may move
// the buffered bytes.
struct StompFrame {
    std::string_view command;
    std::string_view headers;
    std::string_view body;

    // The value of the first header named `name` ("If a client or a server receives repeated
    // frame header entries, only the first header entry SHOULD be used"), still escaped;
    // false if there is none.
    bool header(std::string_view name, std::string_view& value) const;
    // The same, or "" if there is none.
    std::string_view header(std::string_view name) const;
};

// Sans-I/O frame splitter over a ReadBuffer the socket reads straight into (the STOMP sibling
// of MqttPacketReader): skips heart-beat EOLs between frames, finds the end of the headers, takes
// the body by its content-length or up to the NUL, and hands out views, so a MESSAGE is never
// copied on its way from the kernel to the subscriber loop.
class StompFrameReader {
public:
    enum class Status { Frame, NeedMore, Error };

    explicit StompFrameReader(std::size_t initialCapacity);

    // Space at the end of the buffer for at least minSpace bytes (more if a partly received
    // frame of known length needs it); compacts or grows the buffer and so invalidates views.
    char* writable(std::size_t minSpace, std::size_t& available) {
        return m_buffer.writable(minSpace, available);
    }
    void commit(std::size_t bytes) { m_buffer.commit(bytes); }
    // Copies bytes in (from a WebSocket message, say).
    void append(std::string_view bytes);

    Status next(StompFrame& frame);
    const std::string& error() const { return m_error; }
    std::size_t buffered() const { return m_buffer.size(); }

private:
    // What is known of the incomplete frame at m_begin, so that the next call does not scan
    // its headers again.
    // Offsets are relative to the first unread byte, so they survive the buffer's compaction.
    struct Pending {
        std::size_t scanned = 0;    // start of the first header line not yet looked at
        std::size_t commandEnd = 0; // the command line's '\n'
        bool headersDone = false;
        std::size_t headersEnd = 0; // start of the blank line that ends the headers
        std::size_t bodyStart = 0;
        bool hasLength = false;
        std::size_t contentLength = 0;
        std::size_t nulScanned = 0; // without a content-length: body bytes without a NUL
    };

    Status fail(std::string error);

    ReadBuffer m_buffer;
    Pending m_pending;
    std::string m_error;
};

} // namespace warren::bench
