#pragma once

#include "stomp/frame.h"

#include <QByteArray>

namespace warren::stomp {

// Appends `frame` to `out`: headers escaped by `version` (none in CONNECT, STOMP and
// CONNECTED frames, nor in 1.0), LF line ends, a `content-length` header is NOT added (the
// caller sets it where the body may hold a NUL), the body, and the closing NUL.
void encode(const Frame& frame, Version version, QByteArray& out);
// What encode() appends before the body: command, headers and the empty line. For a body sent
// on its own (shared, not copied), followed by a NUL.
void encodeHead(const Frame& frame, Version version, QByteArray& out);
// The number of bytes encode() appends.
qsizetype encodedSize(const Frame& frame, Version version);

// A heart-beat: one end of line.
inline void encodeHeartBeat(QByteArray& out) {
    out.append('\n');
}

} // namespace warren::stomp
