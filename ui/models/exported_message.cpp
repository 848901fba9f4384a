#include "models/exported_message.h"

#include "models/body_format.h"
#include "models/property_json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

QJsonObject propertiesToJson(const QList<std::pair<QString, QString>>& properties) {
    QJsonObject object;
    for (const auto& [name, value] : properties)
        object.insert(name, propertyToJson(name, value));
    return object;
}

// content_type and delivery_mode have fields of their own; the rest go as they are.
void takeProperty(warren::OutgoingMessage& message, const QString& name, const QString& value) {
    if (name == QLatin1String("content_type"))
        message.contentType = value;
    else if (name == QLatin1String("delivery_mode"))
        message.persistent = value == QLatin1String("2");
    else
        message.properties.append({name, value});
}

} // namespace

QJsonObject messageToJson(const QString& exchange, const QString& routingKey,
                          const QList<std::pair<QString, QString>>& properties,
                          const QList<std::pair<QString, QJsonValue>>& headers,
                          const QByteArray& body) {
    QJsonObject headerObject;
    for (const auto& [name, value] : headers)
        headerObject.insert(name, value);
    QJsonObject object{{QStringLiteral("exchange"), exchange},
                       {QStringLiteral("routing_key"), routingKey},
                       {QStringLiteral("properties"), propertiesToJson(properties)},
                       {QStringLiteral("headers"), headerObject}};
    // Binary bodies go as base64, as RabbitMQ's management API does.
    if (isUtf8Text(body)) {
        object.insert(QStringLiteral("payload"), QString::fromUtf8(body));
        object.insert(QStringLiteral("payload_encoding"), QStringLiteral("string"));
    } else {
        object.insert(QStringLiteral("payload"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("payload_encoding"), QStringLiteral("base64"));
    }
    return object;
}

QByteArray exportedLine(const warren::PeekedMessage& m) {
    QJsonObject object = messageToJson(m.exchange, m.routingKey, m.properties, m.headers, m.body);
    object.insert(QStringLiteral("redelivered"), m.redelivered);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<warren::OutgoingMessage> importedMessage(const QByteArray& line, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QCoreApplication::translate("ExportedMessage", "not JSON (%1)")
                           .arg(parseError.errorString())
                     : QCoreApplication::translate("ExportedMessage", "not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    if (!payload.isString()) {
        *error = QCoreApplication::translate("ExportedMessage", "no \"payload\" string");
        return std::nullopt;
    }
    warren::OutgoingMessage message;
    message.exchange = object.value(QStringLiteral("exchange")).toString();
    message.routingKey = object.value(QStringLiteral("routing_key")).toString();
    const QString encoding = object.value(QStringLiteral("payload_encoding")).toString();
    if (encoding == QLatin1String("base64")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            payload.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QCoreApplication::translate("ExportedMessage",
                                                 "the base64 payload does not decode");
            return std::nullopt;
        }
        message.body = *decoded;
    } else if (encoding.isEmpty() || encoding == QLatin1String("string")) {
        message.body = payload.toString().toUtf8();
    } else {
        *error = QCoreApplication::translate("ExportedMessage", "unknown payload_encoding \"%1\"")
                     .arg(encoding);
        return std::nullopt;
    }
    const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        takeProperty(message, it.key(), propertyFromJson(it.key(), it.value()));
    const QJsonObject headers = object.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        message.headers.append({it.key(), it.value()});
    return message;
}

warren::OutgoingMessage outgoingCopy(const warren::PeekedMessage& m) {
    warren::OutgoingMessage copy;
    copy.exchange = m.exchange;
    copy.routingKey = m.routingKey;
    copy.body = m.body;
    copy.headers = m.headers;
    for (const auto& [name, value] : m.properties)
        takeProperty(copy, name, value);
    return copy;
}
