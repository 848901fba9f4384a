#include "store/message_payload.h"

#include <QtEndian>
#include <array>

namespace warren::store {

namespace {
constexpr char Version = 1;

void appendField(QByteArray& out, const QByteArray& field) {
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out.append(length, 4);
    out.append(field);
}
} // namespace

QByteArray MessagePayload::encode(const MessageRecord& record) {
    QByteArray out;
    out.reserve(1 + 16 + record.exchange.size() + record.routingKey.size() +
                record.properties.size() + record.body.size());
    out.append(Version);
    appendField(out, record.exchange);
    appendField(out, record.routingKey);
    appendField(out, record.properties);
    appendField(out, record.body);
    return out;
}

std::optional<MessageRecord> MessagePayload::decode(QByteArrayView payload) {
    if (payload.isEmpty() || payload[0] != Version)
        return std::nullopt;
    qsizetype at = 1;
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
    MessageRecord record;
    record.exchange = std::move(fields[0]);
    record.routingKey = std::move(fields[1]);
    record.properties = std::move(fields[2]);
    record.body = std::move(fields[3]);
    return record;
}

} // namespace warren::store
