#pragma once

#include <QByteArray>
#include <QString>

namespace warren::amqp091 {

// Frame types and sizes, spec section 4.2.3.
inline constexpr quint8 FrameMethod = 1;
inline constexpr quint8 FrameHeader = 2;
inline constexpr quint8 FrameBody = 3;
inline constexpr quint8 FrameHeartbeat = 8;
inline constexpr quint8 FrameEnd = 0xCE;
inline constexpr qsizetype FrameOverhead = 8; // 7-byte header + frame-end octet
inline constexpr quint32 FrameMinSize = 4096;

// "AMQP" 0 0 9 1: the only protocol header this server speaks (spec section 4.2.2).
inline constexpr char ProtocolHeader[8] = {'A', 'M', 'Q', 'P', 0, 0, 9, 1};

// A frame as the decoder found it. The payload is a view into the decoder's buffer: it stays
// valid until the next feed(), which is all a session needs to decode it in place; only a
// message body is ever copied out.
struct Frame {
    quint8 type = 0;
    quint16 channel = 0;
    QByteArrayView payload;
};

// Sans-I/O frame splitter: bytes go in with feed(), whole frames come out of next().
// It never touches a socket and keeps no global state, so it is unit-tested and fuzzed alone.
class FrameDecoder {
public:
    enum class Status { Frame, NeedMore, Error };

    explicit FrameDecoder(quint32 frameMax = FrameMinSize)
        : m_frameMax(frameMax) {}

    // 0 means no limit other than the 32-bit size field (used before tuning completes).
    void setFrameMax(quint32 frameMax) { m_frameMax = frameMax; }
    void feed(const char* data, qsizetype size);
    Status next(Frame& frame);

    // After Status::Error: the reply code (501 FRAME_ERROR) and a sentence for the peer.
    int errorCode() const { return m_errorCode; }
    const QString& errorText() const { return m_errorText; }
    qsizetype buffered() const { return m_buffer.size() - m_offset; }

private:
    Status fail(QString text);

    QByteArray m_buffer;
    qsizetype m_offset = 0;
    quint32 m_frameMax;
    int m_errorCode = 0;
    QString m_errorText;
};

// Appends one whole frame (header, payload, frame-end) to out.
void appendFrame(QByteArray& out, quint8 type, quint16 channel, const char* payload,
                 qsizetype size);
inline void appendFrame(QByteArray& out, quint8 type, quint16 channel, const QByteArray& payload) {
    appendFrame(out, type, channel, payload.constData(), payload.size());
}

} // namespace warren::amqp091
