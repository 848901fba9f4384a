#include "protocol/output_buffer.h"

#include <sys/uio.h>

namespace warren::protocol {

namespace {
constexpr qsizetype ChunkReserve = 4 * 1024;
} // namespace

QByteArray& OutputBuffer::tail() {
    if (!hasOpenTail()) {
        m_segments.push_back({QByteArray(), false});
        m_segments.back().bytes.reserve(ChunkReserve);
    }
    return m_segments.back().bytes;
}

void OutputBuffer::appendShared(const QByteArray& bytes) {
    if (hasOpenTail())
        m_sealedBytes += m_segments.back().bytes.size(); // it stops growing here
    m_segments.push_back({bytes, true});
    m_sealedBytes += bytes.size();
}

void OutputBuffer::moveAllTo(OutputBuffer& destination) {
    if (m_headOffset > 0 && !m_segments.empty()) {
        // Only the unwritten part travels (this buffer was partly written inline before).
        m_segments.front().bytes = m_segments.front().bytes.mid(m_headOffset);
        m_headOffset = 0;
    }
    for (Segment& segment : m_segments) {
        if (segment.bytes.isEmpty())
            continue;
        if (destination.hasOpenTail()) // sealed by what follows it
            destination.m_sealedBytes += destination.m_segments.back().bytes.size();
        destination.m_sealedBytes += segment.bytes.size();
        destination.m_segments.push_back({std::move(segment.bytes), true});
    }
    m_segments = {}; // clear() would keep the capacity
    m_sealedBytes = 0;
}

qsizetype OutputBuffer::size() const {
    return m_sealedBytes + (hasOpenTail() ? m_segments.back().bytes.size() : 0) - m_headOffset;
}

int OutputBuffer::gather(iovec* segments, int maxSegments) const {
    int count = 0;
    qsizetype offset = m_headOffset;
    for (auto it = m_segments.begin(); it != m_segments.end() && count < maxSegments; ++it) {
        const qsizetype length = it->bytes.size() - offset;
        if (length > 0) {
            segments[count].iov_base = const_cast<char*>(it->bytes.constData() + offset);
            segments[count].iov_len = size_t(length);
            ++count;
        }
        offset = 0;
    }
    return count;
}

void OutputBuffer::consume(qsizetype bytes) {
    m_headOffset += bytes;
    while (!m_segments.empty()) {
        Segment& front = m_segments.front();
        const bool openTail = m_segments.size() == 1 && !front.shared;
        const qsizetype length = front.bytes.size();
        if (m_headOffset < length)
            return;
        if (openTail) {
            m_headOffset = 0;
            break;
        }
        m_headOffset -= length;
        m_sealedBytes -= length;
        m_segments.pop_front();
    }
    // All written: the chunk and the list go. An idle connection then holds no buffer at all
    // (thousands of idle clients would each sit on 4 KiB), and a busy one pays an allocation
    // per drained burst, far less than the send that drained it.
    m_segments = {};
}

} // namespace warren::protocol
