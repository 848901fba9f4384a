#include "stomp/frame_boundary.h"

namespace warren::stomp {

qsizetype frameLength(QByteArrayView stream) {
    if (stream.isEmpty())
        return 0;
    if (stream.front() == '\n')
        return 1;
    if (stream.startsWith("\r\n"))
        return 2;
    const qsizetype headEnd = stream.indexOf("\n\n");
    if (headEnd < 0)
        return 0;
    qsizetype end = -1; // of the NUL
    const QByteArrayView head = stream.first(headEnd + 1);
    if (const qsizetype at = head.indexOf("\ncontent-length:"); at >= 0) {
        const qsizetype valueStart = at + 16;
        const qsizetype valueEnd = head.indexOf('\n', valueStart);
        bool ok = false;
        const qsizetype length = head.sliced(valueStart, valueEnd - valueStart).toLongLong(&ok);
        if (ok && length >= 0)
            end = headEnd + 2 + length;
    }
    if (end < 0)
        end = stream.indexOf('\0', headEnd + 2);
    if (end < 0 || end >= stream.size())
        return 0;
    qsizetype length = end + 1;
    if (length < stream.size() && stream.at(length) == '\n')
        ++length;
    return length;
}

} // namespace warren::stomp
