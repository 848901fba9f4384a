#include "store/message_payload.h"

#include <QtEndian>
#include <array>

namespace warren::store {

namespace {
// 1: exchange, routing key, properties, body. 2: the properties' format and its version first.
constexpr char FirstVersion = 1;
constexpr char Version = 2;

void appendField(QByteArray& out, const QByteArray& field) {
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out.append(length, 4);
    out.append(field);
}
} // namespace

QByteArray MessagePayload::encode(const MessageRecord& record) {
    QByteArray out;
    out.reserve(3 + 16 + record.exchange.size() + record.routingKey.size() +
                record.properties.size() + record.body.size());
    out.append(Version);
    out.append(char(record.propertiesFormat));
    out.append(char(record.propertiesFormatVersion));
    appendField(out, record.exchange);
    appendField(out, record.routingKey);
    appendField(out, record.properties);
    appendField(out, record.body);
    return out;
}

std::optional<MessageRecord> MessagePayload::decode(QByteArrayView payload) {
    if (payload.isEmpty() || (payload[0] != Version && payload[0] != FirstVersion))
        return std::nullopt;
    MessageRecord record; // version 1 defaults: AMQP 0-9-1 properties
    qsizetype at = 1;
    if (payload[0] == Version) {
        if (payload.size() < 3)
            return std::nullopt;
        record.propertiesFormat = quint8(payload[1]);
        record.propertiesFormatVersion = quint8(payload[2]);
        at = 3;
    }
    std::array<QByteArray, 4> fields;
    for (QByteArray& field : fields) {
        if (payload.size() - at < 4)
            return std::nullopt;
        const quint32 length = qFromBigEndian<quint32>(payload.data() + at);
        at += 4;
        if (quint64(payload.size() - at) < length)
            return std::nullopt;
        field = payload.sliced(at, length).toByteArray();
        at += length;
    }
    if (at != payload.size())
        return std::nullopt;
    record.exchange = std::move(fields[0]);
    record.routingKey = std::move(fields[1]);
    record.properties = std::move(fields[2]);
    record.body = std::move(fields[3]);
    return record;
}

} // namespace warren::store
