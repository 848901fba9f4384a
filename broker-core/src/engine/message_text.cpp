#include "engine/message_text.h"

#include <QDateTime>

namespace warren::engine {

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

QList<std::pair<QString, QString>> headersAsText(const core::MessageProperties& properties) {
    QList<std::pair<QString, QString>> out;
    for (const auto& [name, value] : properties.headers)
        out.append({QString::fromUtf8(name), value.describe()});
    return out;
}

} // namespace warren::engine
