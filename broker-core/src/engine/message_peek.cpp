#include "engine/message_peek.h"

#include "core/vhost.h"

#include <QDateTime>
#include <algorithm>

namespace warren::engine {

namespace {

constexpr int MaxPeek = 1000;

QList<std::pair<QString, QString>> propertiesAsText(const core::MessageProperties& p) {
    using P = core::MessageProperties;
    QList<std::pair<QString, QString>> out;
    auto text = [&](P::Flag flag, const char* name, const QByteArray& value) {
        if (p.has(flag))
            out.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    };
    text(P::ContentType, "content_type", p.contentType);
    text(P::ContentEncoding, "content_encoding", p.contentEncoding);
    if (p.has(P::DeliveryMode))
        out.append({QStringLiteral("delivery_mode"), QString::number(p.deliveryMode)});
    if (p.has(P::Priority))
        out.append({QStringLiteral("priority"), QString::number(p.priority)});
    text(P::CorrelationId, "correlation_id", p.correlationId);
    text(P::ReplyTo, "reply_to", p.replyTo);
    text(P::Expiration, "expiration", p.expiration);
    text(P::MessageId, "message_id", p.messageId);
    if (p.has(P::Timestamp))
        out.append(
            {QStringLiteral("timestamp"),
             QDateTime::fromSecsSinceEpoch(qint64(p.timestamp), Qt::UTC).toString(Qt::ISODate)});
    text(P::Type, "type", p.type);
    text(P::UserId, "user_id", p.userId);
    text(P::AppId, "app_id", p.appId);
    text(P::ClusterId, "cluster_id", p.clusterId);
    return out;
}

} // namespace

PeekResult peekQueue(const BrokerContext& context, const QString& vhostName,
                     const QString& queueName, int count) {
    PeekResult result;
    result.vhost = vhostName;
    result.queue = queueName;
    const core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    const auto queue = vhost ? vhost->queue(queueName.toUtf8()) : nullptr;
    if (!queue) {
        result.error = QStringLiteral("no queue '%1' in vhost '%2'").arg(queueName, vhostName);
        return result;
    }
    result.messagesReady = queue->readyCount();
    quint64 position = 0;
    for (const core::QueuedMessage& queued : queue->peek(size_t(std::clamp(count, 0, MaxPeek)))) {
        core::MessagePtr message = queued.message;
        if (!message && vhost->persistence()) { // paged out: its body is only in the store
            const auto loaded = vhost->persistence()->load(*vhost, *queue, queued.storeSeq - 1, 1);
            if (!loaded.empty() && loaded.front().first == queued.storeSeq)
                message = loaded.front().second;
        }
        PeekedMessage peeked;
        peeked.position = ++position;
        peeked.redelivered = queued.redelivered;
        if (message) {
            peeked.exchange = QString::fromUtf8(message->exchange);
            peeked.routingKey = QString::fromUtf8(message->routingKey);
            peeked.properties = propertiesAsText(message->properties);
            for (const auto& [name, value] : message->properties.headers)
                peeked.headers.append({QString::fromUtf8(name), value.describe()});
            peeked.body = message->body;
        }
        result.messages.append(std::move(peeked));
    }
    return result;
}

} // namespace warren::engine
