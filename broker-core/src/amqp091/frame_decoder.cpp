#include "amqp091/frame_decoder.h"

#include <QtEndian>

namespace warren::amqp091 {

void FrameDecoder::feed(const char* data, qsizetype size) {
    // Compact lazily: drop consumed bytes only when they outweigh what is left, so a
    // stream of small frames costs no memmove per frame. Frames handed out earlier point
    // into the buffer; callers are done with them before they feed more.
    if (m_offset == m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity
        m_offset = 0;
    } else if (m_offset > 0 && m_offset >= m_buffer.size() - m_offset) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data, size);
}

FrameDecoder::Status FrameDecoder::next(Frame& frame) {
    if (m_errorCode != 0)
        return Status::Error;
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < 7)
        return Status::NeedMore;
    const char* p = m_buffer.constData() + m_offset;
    const quint8 type = quint8(p[0]);
    const quint16 channel = qFromBigEndian<quint16>(p + 1);
    const quint32 size = qFromBigEndian<quint32>(p + 3);
    if (type != FrameMethod && type != FrameHeader && type != FrameBody && type != FrameHeartbeat)
        return fail(QStringLiteral("FRAME_ERROR - unknown frame type %1").arg(type));
    // frame-max counts the whole frame including its 8 bytes of overhead (spec 4.2.3).
    if (m_frameMax != 0 && quint64(size) + FrameOverhead > m_frameMax)
        return fail(QStringLiteral("FRAME_ERROR - type %1, all octets = %2: frame_too_large")
                        .arg(type)
                        .arg(quint64(size) + FrameOverhead));
    if (quint64(available) < quint64(size) + FrameOverhead)
        return Status::NeedMore;
    if (quint8(p[7 + size]) != FrameEnd)
        return fail(QStringLiteral("FRAME_ERROR - type %1, invalid frame end marker").arg(type));
    frame.type = type;
    frame.channel = channel;
    frame.payload = QByteArrayView(p + 7, size);
    m_offset += qsizetype(size) + FrameOverhead;
    return Status::Frame;
}

FrameDecoder::Status FrameDecoder::fail(QString text) {
    m_errorCode = 501; // FRAME_ERROR, a hard error: the connection closes
    m_errorText = std::move(text);
    return Status::Error;
}

void appendFrame(QByteArray& out, quint8 type, quint16 channel, const char* payload,
                 qsizetype size) {
    char header[7];
    header[0] = char(type);
    qToBigEndian<quint16>(channel, header + 1);
    qToBigEndian<quint32>(quint32(size), header + 3);
    out.append(header, 7);
    out.append(payload, size);
    out.append(char(FrameEnd));
}

} // namespace warren::amqp091
