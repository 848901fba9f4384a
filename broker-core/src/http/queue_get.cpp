#include "http/queue_get.h"

#include "core/name_text.h"

#include <QDateTime>
#include <QJsonObject>
#include <algorithm>

namespace warren::http {

namespace {

// Peeks carry property values as text; the API gives numbers as numbers.
QJsonValue propertyValue(const QString& name, const QString& text) {
    if (name == QLatin1String("delivery_mode") || name == QLatin1String("priority"))
        return text.toInt();
    if (name == QLatin1String("timestamp"))
        return QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
    return text;
}

} // namespace

QJsonArray asGetAnswer(const PeekResult& peek, qint64 truncate, qint64 maxPayloadBytes) {
    QJsonArray answer;
    qint64 budget = maxPayloadBytes;
    for (const PeekedMessage& m : peek.messages) {
        QJsonObject properties;
        for (const auto& [name, value] : m.properties)
            properties.insert(name, propertyValue(name, value));
        if (!m.headers.isEmpty()) {
            QJsonObject headers;
            for (const auto& [name, value] : m.headers)
                headers.insert(name, value);
            properties.insert(QStringLiteral("headers"), headers);
        }
        qint64 keep = truncate > 0 ? std::min<qint64>(truncate, m.body.size()) : m.body.size();
        keep = std::min(keep, budget);
        budget -= keep;
        const QByteArray payload = m.body.left(keep);
        const bool text = core::isWellFormedUtf8(payload);
        answer.append(QJsonObject{
            {QStringLiteral("payload_bytes"), m.body.size()},
            {QStringLiteral("redelivered"), m.redelivered},
            {QStringLiteral("exchange"), m.exchange},
            {QStringLiteral("routing_key"), m.routingKey},
            {QStringLiteral("message_count"),
             qint64(peek.messagesReady > m.position ? peek.messagesReady - m.position : 0)},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("payload"),
             text ? QString::fromUtf8(payload) : QString::fromLatin1(payload.toBase64())},
            {QStringLiteral("payload_encoding"),
             text ? QStringLiteral("string") : QStringLiteral("base64")}});
    }
    return answer;
}

} // namespace warren::http
