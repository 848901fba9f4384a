#pragma once

#include "stomp/frame.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <variant>

namespace warren::stomp {

// Why bytes are not a frame. `text` is the ERROR frame's `message` header (short, as RabbitMQ
// words it), `detail` its body: a sentence that says what was wrong and, for a limit, names
// the limit and its value. The texts are "Invalid frame" (the bytes break the frame syntax: a
// header without a colon, an undefined escape, a content-length that is not a non-negative
// decimal integer, a content-length body not followed by a NUL) and "Frame too large" (a
// FrameLimits limit is passed).
struct DecodeError {
    QString text;
    QString detail;
};

// An end of line between frames: a heart-beat from the peer (STOMP 1.1+).
struct HeartBeat {};

// Bytes in, frames out (sans-I/O), for one direction of one connection.
//
// A frame is COMMAND EOL, header lines (`name:value` EOL), an empty line, the body and a NUL.
// EOL is LF or CR LF. With a `content-length` header the body is that many octets (NULs
// included) followed by a NUL; without, it ends at the first NUL. End-of-lines before a
// command are heart-beats. Header names and values are unescaped by the version in force
// (1.1: `\n` `\c` `\\`; 1.2: also `\r`; any other escape is an error), except in CONNECT,
// STOMP and CONNECTED frames, which are never escaped; 1.0 has no escaping at all. The
// version starts at 1.0 and is set by the session once CONNECT has negotiated one.
// After an error the decoder yields nothing more.
class FrameDecoder {
public:
    explicit FrameDecoder(FrameLimits limits = {});

    void setVersion(Version version) { m_version = version; }
    Version version() const { return m_version; }

    void feed(const char* data, qsizetype size);
    // A frame, a heart-beat, an error, or std::monostate while more bytes are needed.
    std::variant<std::monostate, Frame, HeartBeat, DecodeError> next();
    // Bytes fed that have not come out yet as a frame or a heart-beat.
    qsizetype bufferedBytes() const;

private:
    enum class Stage { Command, Headers, Body };

    qsizetype findLineEnd();
    qsizetype lineLength(qsizetype end) const;
    std::optional<DecodeError> readHeader(const char* line, qsizetype length);
    void startFrame();
    DecodeError fail(QString text, QString detail);

    FrameLimits m_limits;
    Version m_version = Version::V10;
    QByteArray m_buffer;
    qsizetype m_offset = 0;  // bytes of m_buffer already decoded
    qsizetype m_scanned = 0; // bytes after m_offset searched in vain for the LF or NUL awaited
    Stage m_stage = Stage::Command;
    // The frame being read: its command and headers so far, decoded out of the buffer.
    Frame m_frame;
    qsizetype m_frameBytes = 0;  // the bytes they were read from
    bool m_escaped = false;      // whether m_frame's headers are escaped
    qsizetype m_bodyLength = -1; // its first content-length; -1: the body ends at a NUL
    bool m_failed = false;
};

} // namespace warren::stomp
