#pragma once

#include "core/field_value.h"

#include <QByteArray>
#include <QtEndian>
#include <cstring>

namespace warren::amqp091 {

// Reads AMQP 0-9-1 wire types (big-endian, spec section 4.2.5) from a byte range.
// Every read checks bounds and fails instead of reading past the end, so a truncated
// or hostile frame can only produce a decode error.
class WireReader {
public:
    explicit WireReader(const QByteArray& bytes)
        : m_data(bytes.constData())
        , m_size(bytes.size()) {}
    WireReader(const char* data, qsizetype size)
        : m_data(data)
        , m_size(size) {}

    bool octet(quint8& v) { return fixed(v); }
    bool shortUint(quint16& v) { return fixed(v); }
    bool longUint(quint32& v) { return fixed(v); }
    bool longLongUint(quint64& v) { return fixed(v); }
    bool shortString(QByteArray& v);
    bool longString(QByteArray& v);
    bool table(core::FieldTable& v) { return table(v, 0); }
    bool bytes(qsizetype count, QByteArray& v);

    qsizetype remaining() const { return m_size - m_pos; }
    qsizetype position() const { return m_pos; }

private:
    template <typename T> bool fixed(T& v) {
        if (remaining() < qsizetype(sizeof(T)))
            return false;
        v = qFromBigEndian<T>(m_data + m_pos);
        m_pos += sizeof(T);
        return true;
    }
    bool table(core::FieldTable& v, int depth);
    bool array(core::FieldArray& v, int depth);
    bool fieldValue(core::FieldValue& v, int depth);

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

// Appends AMQP 0-9-1 wire types to a growing buffer.
class WireWriter {
public:
    WireWriter() = default;
    explicit WireWriter(QByteArray& target)
        : m_external(&target) {}

    void octet(quint8 v) { fixed(v); }
    void shortUint(quint16 v) { fixed(v); }
    void longUint(quint32 v) { fixed(v); }
    void longLongUint(quint64 v) { fixed(v); }
    // Short strings longer than 255 bytes are cut at 255: the length octet cannot say more.
    void shortString(const QByteArray& v);
    void longString(const QByteArray& v);
    void table(const core::FieldTable& v);
    void raw(const char* data, qsizetype size) { buffer().append(data, size); }
    void raw(const QByteArray& data) { buffer().append(data); }

    QByteArray& buffer() { return m_external ? *m_external : m_own; }
    QByteArray take() { return std::move(buffer()); }

private:
    template <typename T> void fixed(T v) {
        char bytes[sizeof(T)];
        qToBigEndian<T>(v, bytes);
        buffer().append(bytes, sizeof(T));
    }
    void array(const core::FieldArray& v);
    void fieldValue(const core::FieldValue& v);

    QByteArray m_own;
    QByteArray* m_external = nullptr;
};

} // namespace warren::amqp091
