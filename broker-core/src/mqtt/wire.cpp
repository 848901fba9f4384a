#include "mqtt/wire.h"

#include "mqtt/reason_codes.h"

#include <QtEndian>

namespace warren::mqtt {

bool isValidMqttUtf8(QByteArrayView bytes) {
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            if (lead == 0)
                return false; // [MQTT-1.5.4-2]
            ++i;
            continue;
        }
        int length;
        char32_t codePoint;
        char32_t smallest;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
            smallest = 0x10000;
        } else {
            return false; // a continuation byte, or 0xF8..0xFF
        }
        if (size - i < length)
            return false;
        for (int k = 1; k < length; ++k) {
            const uchar next = p[i + k];
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF)
            return false; // overlong, or beyond Unicode (RFC 3629 §3)
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
            return false; // [MQTT-1.5.4-1]
        i += length;
    }
    return true;
}

bool WireReader::take(qsizetype count, const char*& data) {
    if (failed())
        return false;
    if (remaining() < count)
        return fail(reason::MalformedPacket, "field runs past the end of the packet");
    data = m_source.constData() + m_position;
    m_position += count;
    return true;
}

bool WireReader::byte(quint8& value) {
    const char* data;
    if (!take(1, data))
        return false;
    value = quint8(*data);
    return true;
}

bool WireReader::twoByteInt(quint16& value) {
    const char* data;
    if (!take(2, data))
        return false;
    value = qFromBigEndian<quint16>(data);
    return true;
}

bool WireReader::fourByteInt(quint32& value) {
    const char* data;
    if (!take(4, data))
        return false;
    value = qFromBigEndian<quint32>(data);
    return true;
}

bool WireReader::varInt(quint32& value) {
    value = 0;
    for (int i = 0; i < 4; ++i) {
        quint8 digit;
        if (!byte(digit))
            return false;
        value |= quint32(digit & 0x7F) << (7 * i);
        if ((digit & 0x80) == 0) {
            // A last byte of zero after others is the overlong form Mosquitto refuses too.
            if (i > 0 && digit == 0)
                return fail(reason::MalformedPacket, "Variable Byte Integer is overlong");
            return true;
        }
    }
    return fail(reason::MalformedPacket, "Variable Byte Integer longer than four bytes");
}

bool WireReader::binary(QByteArray& value) {
    quint16 length;
    const char* data;
    if (!twoByteInt(length) || !take(length, data))
        return false;
    value = QByteArray(data, length);
    return true;
}

bool WireReader::utf8String(QByteArray& value) {
    if (!binary(value))
        return false;
    if (!isValidMqttUtf8(value))
        return fail(reason::MalformedPacket, "ill-formed UTF-8 string (§1.5.4)");
    return true;
}

QByteArray WireReader::rest() {
    if (failed() || atEnd())
        return QByteArray();
    const QByteArray bytes = m_source.mid(m_position, m_end - m_position);
    m_position = m_end;
    return bytes;
}

bool WireReader::narrowTo(quint32 length, qsizetype& previousEnd) {
    if (failed())
        return false;
    if (quint64(length) > quint64(remaining()))
        return fail(reason::MalformedPacket, "property length exceeds the packet");
    previousEnd = m_end;
    m_end = m_position + qsizetype(length);
    return true;
}

bool WireReader::fail(quint8 reasonCode, QString text) {
    if (!failed()) {
        m_reasonCode = reasonCode;
        m_failureText = std::move(text);
    }
    return false;
}

void WireWriter::byte(quint8 value) {
    m_size += 1;
    if (m_out)
        m_out->append(char(value));
}

void WireWriter::twoByteInt(quint16 value) {
    m_size += 2;
    if (m_out) {
        char bytes[2];
        qToBigEndian(value, bytes);
        m_out->append(bytes, 2);
    }
}

void WireWriter::fourByteInt(quint32 value) {
    m_size += 4;
    if (m_out) {
        char bytes[4];
        qToBigEndian(value, bytes);
        m_out->append(bytes, 4);
    }
}

void WireWriter::varInt(quint32 value) {
    Q_ASSERT(value <= MaximumVarInt);
    do {
        quint8 digit = value & 0x7F;
        value >>= 7;
        if (value != 0)
            digit |= 0x80;
        byte(digit);
    } while (value != 0);
}

void WireWriter::lengthPrefixed(QByteArrayView bytes) {
    // Longer strings are the caller's bug: no MQTT field can carry them.
    Q_ASSERT(bytes.size() <= 0xFFFF);
    twoByteInt(quint16(bytes.size()));
    raw(bytes);
}

void WireWriter::raw(QByteArrayView bytes) {
    m_size += quint64(bytes.size());
    if (m_out)
        m_out->append(bytes);
}

} // namespace warren::mqtt
