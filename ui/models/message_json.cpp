#include "models/message_json.h"

#include "models/body_format.h"

namespace {

QJsonObject pairsToJson(const QList<std::pair<QString, QString>>& pairs) {
    QJsonObject object;
    for (const auto& [name, value] : pairs)
        object.insert(name, value);
    return object;
}

} // namespace

QJsonObject messageToJson(const QString& exchange, const QString& routingKey,
                          const QList<std::pair<QString, QString>>& properties,
                          const QList<std::pair<QString, QString>>& headers,
                          const QByteArray& body) {
    QJsonObject object{{QStringLiteral("exchange"), exchange},
                       {QStringLiteral("routing_key"), routingKey},
                       {QStringLiteral("properties"), pairsToJson(properties)},
                       {QStringLiteral("headers"), pairsToJson(headers)}};
    // Binary bodies as base64, as RabbitMQ's /get answers them.
    if (isUtf8Text(body)) {
        object.insert(QStringLiteral("payload"), QString::fromUtf8(body));
        object.insert(QStringLiteral("payload_encoding"), QStringLiteral("string"));
    } else {
        object.insert(QStringLiteral("payload"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("payload_encoding"), QStringLiteral("base64"));
    }
    return object;
}
