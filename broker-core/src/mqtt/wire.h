#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The MQTT data representations (5.0 §1.5, 3.1.1 §1.5): integers, Variable Byte Integers,
// UTF-8 strings and binary data, read from and written to bytes. Shared by the packet decoder,
// the encoder and the property table; private to the codec.
namespace warren::mqtt {

// §1.5.5: at most four bytes, so at most 268,435,455.
inline constexpr quint32 MaximumVarInt = 268'435'455;

// Bytes a Variable Byte Integer takes for `value` (at most MaximumVarInt).
constexpr int varIntSize(quint32 value) {
    return value < 128 ? 1 : value < 16'384 ? 2 : value < 2'097'152 ? 3 : 4;
}

// §1.5.4: well-formed UTF-8 (no overlong forms, nothing above U+10FFFF), no UTF-16 surrogate
// halves (U+D800..U+DFFF) [MQTT-1.5.4-1] and no U+0000 [MQTT-1.5.4-2]. Control characters
// and non-characters are allowed: the spec says a receiver MAY refuse them, not MUST.
bool isValidMqttUtf8(QByteArrayView bytes);

// Reads one packet's variable header and payload, bounded by the end it is given. The first
// failure is kept (a reason code and a sentence); every read after it fails too, so decoding
// code checks each step with a plain `if (!reader.x(...)) return false;`.
class WireReader {
public:
    WireReader(const QByteArray& source, qsizetype begin, qsizetype end)
        : m_source(source)
        , m_position(begin)
        , m_end(end) {}

    bool atEnd() const { return m_position >= m_end; }
    qsizetype remaining() const { return m_end - m_position; }

    bool byte(quint8& value);
    bool twoByteInt(quint16& value);
    bool fourByteInt(quint32& value);
    // §1.5.5; an encoding longer than needed is malformed [MQTT-1.5.5-1].
    bool varInt(quint32& value);
    bool utf8String(QByteArray& value);
    bool binary(QByteArray& value);
    // What is left before the end, copied once (a PUBLISH payload).
    QByteArray rest();

    // Narrows the end to `length` bytes from here (a property block); returns the old end for
    // restoreEnd(). Fails as malformed if fewer bytes remain.
    bool narrowTo(quint32 length, qsizetype& previousEnd);
    void restoreEnd(qsizetype previousEnd) { m_end = previousEnd; }

    // Records a failure (the first one wins) and returns false.
    bool fail(quint8 reasonCode, QString text);
    bool fail(quint8 reasonCode, const char* text) {
        return fail(reasonCode, QString::fromUtf8(text));
    }
    bool failed() const { return m_reasonCode != 0; }
    quint8 reasonCode() const { return m_reasonCode; }
    const QString& failureText() const { return m_failureText; }

private:
    bool take(qsizetype count, const char*& data);

    const QByteArray& m_source;
    qsizetype m_position;
    qsizetype m_end;
    quint8 m_reasonCode = 0;
    QString m_failureText;
};

// Writes the same representations, or only counts them (no output array): sizes are computed
// by running the same code that encodes, so the two cannot disagree.
class WireWriter {
public:
    explicit WireWriter(QByteArray* out = nullptr)
        : m_out(out) {}

    void byte(quint8 value);
    void twoByteInt(quint16 value);
    void fourByteInt(quint32 value);
    void varInt(quint32 value);
    // A UTF-8 string or binary data: a two-byte length, then the bytes (§1.5.4, §1.5.6).
    void lengthPrefixed(QByteArrayView bytes);
    void raw(QByteArrayView bytes);

    quint64 size() const { return m_size; }

private:
    QByteArray* m_out;
    quint64 m_size = 0;
};

} // namespace warren::mqtt
