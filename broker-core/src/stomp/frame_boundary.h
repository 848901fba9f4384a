#pragma once

#include <QByteArrayView>

namespace warren::stomp {

// Where the first frame of a stream of encoded frames ends, for carrying one frame per
// WebSocket message: the length of the heart-beat (an EOL) or the frame (with content-length,
// the body counts as much; without, it ends at the first NUL) that `stream` starts with, with
// the EOL that follows the NUL if it is there; 0 while the stream holds no whole frame yet.
// For streams this side wrote itself (bodies that hold a NUL carry content-length).
qsizetype frameLength(QByteArrayView stream);

} // namespace warren::stomp
