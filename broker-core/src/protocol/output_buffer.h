#pragma once

#include <QByteArray>
#include <QList>

struct iovec;

namespace warren::protocol {

// Bytes waiting for a socket, kept as segments so that large message bodies are referenced
// (implicitly shared) instead of copied: protocol frames go into an owned chunk via tail(),
// bodies via appendShared(), and the socket writes everything with one writev().
class OutputBuffer {
public:
    // Bodies at least this large are shared rather than copied into the frame stream.
    static constexpr qsizetype ShareThreshold = 1024;

    // The owned chunk that small writes append to; valid until the next appendShared().
    QByteArray& tail();
    void appendShared(const QByteArray& bytes);

    // Hands every byte over to `destination` as sealed segments (nothing is copied; the
    // destination never appends into them), leaving this buffer empty.
    void moveAllTo(OutputBuffer& destination);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }

    // Fills up to maxSegments iovecs with what is waiting, oldest first; returns the count.
    int gather(iovec* segments, int maxSegments) const;
    // Drops the first `bytes` bytes (they were written).
    void consume(qsizetype bytes);

private:
    struct Segment {
        QByteArray bytes;
        bool shared = false;
    };
    bool hasOpenTail() const { return !m_segments.empty() && !m_segments.back().shared; }

    // A QList, not a std::deque: an empty deque still allocates ~600 bytes, and an idle
    // connection's buffer should hold nothing (released in consume() once all is written).
    QList<Segment> m_segments;
    qsizetype m_sealedBytes = 0; // all segments but an open tail
    qsizetype m_headOffset = 0;  // bytes of the front segment already written
};

} // namespace warren::protocol
