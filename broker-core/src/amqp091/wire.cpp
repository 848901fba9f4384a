#include "amqp091/wire.h"

namespace warren::amqp091 {

namespace {
// Nesting deeper than this is refused rather than recursed into: a hostile frame of
// nested empty tables must not exhaust the stack.
constexpr int MaxNesting = 64;
} // namespace

bool WireReader::bytes(qsizetype count, QByteArray& v) {
    if (count < 0 || remaining() < count)
        return false;
    v = QByteArray(m_data + m_pos, count);
    m_pos += count;
    return true;
}

bool WireReader::shortString(QByteArray& v) {
    quint8 length = 0;
    return octet(length) && bytes(length, v);
}

bool WireReader::longString(QByteArray& v) {
    quint32 length = 0;
    return longUint(length) && bytes(qsizetype(length), v);
}

bool WireReader::table(core::FieldTable& v, int depth) {
    quint32 length = 0;
    if (depth > MaxNesting || !longUint(length) || remaining() < qsizetype(length))
        return false;
    WireReader inner(m_data + m_pos, length);
    m_pos += length;
    v.clear();
    while (inner.remaining() > 0) {
        QByteArray name;
        core::FieldValue value;
        if (!inner.shortString(name) || !inner.fieldValue(value, depth + 1))
            return false;
        v.emplace_back(std::move(name), std::move(value));
    }
    return true;
}

bool WireReader::array(core::FieldArray& v, int depth) {
    quint32 length = 0;
    if (depth > MaxNesting || !longUint(length) || remaining() < qsizetype(length))
        return false;
    WireReader inner(m_data + m_pos, length);
    m_pos += length;
    v.clear();
    while (inner.remaining() > 0) {
        core::FieldValue value;
        if (!inner.fieldValue(value, depth + 1))
            return false;
        v.push_back(std::move(value));
    }
    return true;
}

// Type tags as RabbitMQ and its clients use them (RabbitMQ's "spec differences" page:
// 's' is a signed short, 'u' unsigned short, 'i' unsigned int, 'l' signed long long).
bool WireReader::fieldValue(core::FieldValue& v, int depth) {
    quint8 tag = 0;
    if (!octet(tag))
        return false;
    auto readAs = [this, &v](auto value) {
        using T = decltype(value);
        std::make_unsigned_t<T> raw{};
        if (!fixed(raw))
            return false;
        v = T(raw);
        return true;
    };
    switch (tag) {
    case 't': {
        quint8 b = 0;
        if (!octet(b))
            return false;
        v = b != 0;
        return true;
    }
    case 'b':
        return readAs(qint8{});
    case 'B': {
        quint8 b = 0;
        if (!octet(b))
            return false;
        v = b;
        return true;
    }
    case 's':
        return readAs(qint16{});
    case 'u': {
        quint16 x = 0;
        if (!shortUint(x))
            return false;
        v = x;
        return true;
    }
    case 'I':
        return readAs(qint32{});
    case 'i': {
        quint32 x = 0;
        if (!longUint(x))
            return false;
        v = x;
        return true;
    }
    case 'l':
    case 'L':
        return readAs(qint64{});
    case 'f': {
        quint32 bits = 0;
        if (!longUint(bits))
            return false;
        float f;
        std::memcpy(&f, &bits, sizeof f);
        v = f;
        return true;
    }
    case 'd': {
        quint64 bits = 0;
        if (!longLongUint(bits))
            return false;
        double d;
        std::memcpy(&d, &bits, sizeof d);
        v = d;
        return true;
    }
    case 'D': {
        core::Decimal d;
        quint32 raw = 0;
        if (!octet(d.scale) || !longUint(raw))
            return false;
        d.value = qint32(raw);
        v = d;
        return true;
    }
    case 'S': {
        QByteArray s;
        if (!longString(s))
            return false;
        v = std::move(s);
        return true;
    }
    case 'x': {
        QByteArray s;
        if (!longString(s))
            return false;
        v = core::Bytes{std::move(s)};
        return true;
    }
    case 'A': {
        core::FieldArray a;
        if (!array(a, depth))
            return false;
        v = std::move(a);
        return true;
    }
    case 'T': {
        core::Timestamp t;
        if (!longLongUint(t.seconds))
            return false;
        v = t;
        return true;
    }
    case 'F': {
        core::FieldTable t;
        if (!table(t, depth))
            return false;
        v = std::move(t);
        return true;
    }
    case 'V':
        v = core::Void{};
        return true;
    default:
        return false;
    }
}

void WireWriter::shortString(const QByteArray& v) {
    const auto length = std::min<qsizetype>(v.size(), 255);
    octet(quint8(length));
    buffer().append(v.constData(), length);
}

void WireWriter::longString(const QByteArray& v) {
    longUint(quint32(v.size()));
    buffer().append(v);
}

void WireWriter::table(const core::FieldTable& v) {
    QByteArray& out = buffer();
    const qsizetype lengthAt = out.size();
    longUint(0); // patched below once the length is known
    for (const auto& [name, value] : v) {
        shortString(name);
        fieldValue(value);
    }
    qToBigEndian<quint32>(quint32(out.size() - lengthAt - 4), out.data() + lengthAt);
}

void WireWriter::array(const core::FieldArray& v) {
    QByteArray& out = buffer();
    const qsizetype lengthAt = out.size();
    longUint(0);
    for (const auto& value : v)
        fieldValue(value);
    qToBigEndian<quint32>(quint32(out.size() - lengthAt - 4), out.data() + lengthAt);
}

void WireWriter::fieldValue(const core::FieldValue& v) {
    std::visit(
        [this](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, core::Void>) {
                octet('V');
            } else if constexpr (std::is_same_v<T, bool>) {
                octet('t');
                octet(x ? 1 : 0);
            } else if constexpr (std::is_same_v<T, qint8>) {
                octet('b');
                octet(quint8(x));
            } else if constexpr (std::is_same_v<T, quint8>) {
                octet('B');
                octet(x);
            } else if constexpr (std::is_same_v<T, qint16>) {
                octet('s');
                shortUint(quint16(x));
            } else if constexpr (std::is_same_v<T, quint16>) {
                octet('u');
                shortUint(x);
            } else if constexpr (std::is_same_v<T, qint32>) {
                octet('I');
                longUint(quint32(x));
            } else if constexpr (std::is_same_v<T, quint32>) {
                octet('i');
                longUint(x);
            } else if constexpr (std::is_same_v<T, qint64>) {
                octet('l');
                longLongUint(quint64(x));
            } else if constexpr (std::is_same_v<T, float>) {
                octet('f');
                quint32 bits;
                std::memcpy(&bits, &x, sizeof bits);
                longUint(bits);
            } else if constexpr (std::is_same_v<T, double>) {
                octet('d');
                quint64 bits;
                std::memcpy(&bits, &x, sizeof bits);
                longLongUint(bits);
            } else if constexpr (std::is_same_v<T, core::Decimal>) {
                octet('D');
                octet(x.scale);
                longUint(quint32(x.value));
            } else if constexpr (std::is_same_v<T, QByteArray>) {
                octet('S');
                longString(x);
            } else if constexpr (std::is_same_v<T, core::Bytes>) {
                octet('x');
                longString(x.data);
            } else if constexpr (std::is_same_v<T, core::FieldArray>) {
                octet('A');
                array(x);
            } else if constexpr (std::is_same_v<T, core::Timestamp>) {
                octet('T');
                longLongUint(x.seconds);
            } else {
                octet('F');
                table(x);
            }
        },
        v.value);
}

} // namespace warren::amqp091
