#include "amqp091/properties_mapping.h"

#include "amqp091/wire.h"

#include <algorithm>
#include <limits>

namespace warren::amqp091 {

namespace {

std::optional<qint64> millisecondsOf(const QByteArray& expiration) {
    bool ok = false;
    const qlonglong ttl = expiration.toLongLong(&ok);
    return ok && ttl >= 0 ? std::optional<qint64>(ttl) : std::nullopt;
}

template <typename T>
void take(quint16 flags, quint16 flag, T&& from, std::optional<std::decay_t<T>>& to) {
    if (flags & flag)
        to = std::forward<T>(from);
}

template <typename T> void put(const std::optional<T>& from, quint16 flag, T& to, quint16& flags) {
    if (from) {
        to = *from;
        flags |= flag;
    }
}

} // namespace

core::MessageProperties toCore(BasicProperties&& p) {
    core::MessageProperties m;
    const quint16 f = p.flags;
    take(f, property::ContentType, std::move(p.contentType), m.contentType);
    take(f, property::ContentEncoding, std::move(p.contentEncoding), m.contentEncoding);
    take(f, property::Headers, std::move(p.headers), m.headers);
    if (f & property::DeliveryMode)
        m.durable = p.deliveryMode == 2;
    take(f, property::Priority, quint8(p.priority), m.priority);
    take(f, property::CorrelationId, std::move(p.correlationId), m.correlationId);
    take(f, property::ReplyTo, std::move(p.replyTo), m.replyTo);
    if (f & property::Expiration)
        m.ttlMs = millisecondsOf(p.expiration);
    take(f, property::MessageId, std::move(p.messageId), m.messageId);
    if (f & property::Timestamp) {
        constexpr quint64 Largest = quint64(std::numeric_limits<qint64>::max() / 1000);
        m.creationTimeMs = qint64(std::min(p.timestamp, Largest)) * 1000;
    }
    take(f, property::Type, std::move(p.type), m.type);
    take(f, property::UserId, std::move(p.userId), m.userId);
    take(f, property::AppId, std::move(p.appId), m.appId);
    take(f, property::Reserved, std::move(p.reserved), m.clusterId);
    return m;
}

BasicProperties fromCore(const core::MessageProperties& m) {
    BasicProperties p;
    put(m.contentType, property::ContentType, p.contentType, p.flags);
    put(m.contentEncoding, property::ContentEncoding, p.contentEncoding, p.flags);
    put(m.headers, property::Headers, p.headers, p.flags);
    if (m.durable) {
        p.deliveryMode = *m.durable ? 2 : 1;
        p.flags |= property::DeliveryMode;
    }
    put(m.priority, property::Priority, p.priority, p.flags);
    put(m.correlationId, property::CorrelationId, p.correlationId, p.flags);
    put(m.replyTo, property::ReplyTo, p.replyTo, p.flags);
    if (m.ttlMs) {
        p.expiration = QByteArray::number(*m.ttlMs);
        p.flags |= property::Expiration;
    }
    put(m.messageId, property::MessageId, p.messageId, p.flags);
    if (m.creationTimeMs) {
        p.timestamp = quint64(std::max<qint64>(0, *m.creationTimeMs / 1000));
        p.flags |= property::Timestamp;
    }
    put(m.type, property::Type, p.type, p.flags);
    put(m.userId, property::UserId, p.userId, p.flags);
    put(m.appId, property::AppId, p.appId, p.flags);
    put(m.clusterId, property::Reserved, p.reserved, p.flags);
    return p;
}

std::optional<QString> expirationRefusal(const BasicProperties& p) {
    if (!(p.flags & property::Expiration))
        return std::nullopt;
    bool ok = false;
    const qlonglong ttl = p.expiration.toLongLong(&ok);
    if (ok && ttl >= 0)
        return std::nullopt;
    return QStringLiteral("invalid expiration '%1': %2")
        .arg(QString::fromUtf8(p.expiration),
             ok ? QStringLiteral("{value_negative,%1}").arg(ttl) : QStringLiteral("no_integer"));
}

QByteArray encodedProperties(const core::Message& message) {
    if (message.original.is(core::MessageFormat::Amqp091))
        return message.original.bytes;
    QByteArray bytes;
    WireWriter writer(bytes);
    encodeBasicProperties(fromCore(message.properties), writer);
    return bytes;
}

} // namespace warren::amqp091
