#include "mqtt/message_mapping.h"

#include "mqtt/topic_mapping.h"

#include <algorithm>

namespace warren::mqtt {

namespace {

// Headers whose values become MQTT 5.0 user properties: those that read as text.
std::optional<QByteArray> textOf(const core::FieldValue& value) {
    if (auto bytes = value.toBytes())
        return bytes;
    if (auto number = value.toInteger())
        return QByteArray::number(*number);
    if (const bool* flag = value.get<bool>())
        return *flag ? QByteArray("true") : QByteArray("false");
    return std::nullopt;
}

} // namespace

core::MessagePtr toMessage(const Publish& publish, const QByteArray& exchange,
                           quint64 publisherConnection) {
    auto message = std::make_shared<core::Message>();
    message->publisherConnection = publisherConnection;
    message->exchange = exchange;
    message->routingKey = routingKeyOf(publish.topic);
    message->body = publish.payload;
    core::MessageProperties& p = message->properties;
    const Properties& mqtt = publish.properties;
    if (publish.qos > 0)
        p.durable = true;
    core::FieldTable headers;
    headers.emplace_back(PublishQosHeader.toByteArray(), core::FieldValue(quint8(publish.qos)));
    if (publish.retain)
        headers.emplace_back(RetainHeader.toByteArray(), core::FieldValue(true));
    if (mqtt.payloadFormatIndicator)
        headers.emplace_back(PayloadFormatHeader.toByteArray(),
                             core::FieldValue(*mqtt.payloadFormatIndicator));
    for (const auto& [name, value] : mqtt.userProperties)
        headers.emplace_back(name, core::FieldValue(value));
    p.headers = std::move(headers);
    if (mqtt.contentType)
        p.contentType = *mqtt.contentType;
    if (mqtt.correlationData)
        p.correlationId = *mqtt.correlationData;
    if (mqtt.responseTopic)
        p.replyTo = routingKeyOf(*mqtt.responseTopic);
    if (mqtt.messageExpiryInterval)
        p.ttlMs = qint64(*mqtt.messageExpiryInterval) * 1000;
    return message;
}

quint8 publishedQos(const core::Message& message) {
    if (message.properties.headers)
        if (const core::FieldValue* qos =
                core::findField(*message.properties.headers, PublishQosHeader))
            if (auto value = qos->toInteger(); value && *value >= 0 && *value <= 2)
                return quint8(*value);
    return message.properties.persistent() ? 1 : 0;
}

bool publishedRetained(const core::Message& message) {
    const core::FieldValue* retain =
        message.properties.headers ? core::findField(*message.properties.headers, RetainHeader)
                                   : nullptr;
    const bool* flag = retain ? retain->get<bool>() : nullptr;
    return flag && *flag;
}

Publish toPublish(const core::Message& message, qint64 expiresAtMs, qint64 nowMs) {
    Publish publish;
    publish.topic = topicOf(message.routingKey);
    publish.payload = message.body;
    publish.qos = publishedQos(message);
    const core::MessageProperties& p = message.properties;
    Properties& mqtt = publish.properties;
    if (p.headers)
        for (const auto& [name, value] : *p.headers) {
            if (name == PayloadFormatHeader)
                if (auto indicator = value.toInteger();
                    indicator && (*indicator == 0 || *indicator == 1))
                    mqtt.payloadFormatIndicator = quint8(*indicator);
            if (name.startsWith("x-mqtt-"))
                continue;
            if (auto text = textOf(value))
                mqtt.userProperties.emplace_back(name, *text);
        }
    mqtt.contentType = p.contentType;
    mqtt.correlationData = p.correlationId;
    if (p.replyTo)
        mqtt.responseTopic = topicOf(*p.replyTo);
    if (expiresAtMs != 0) {
        const qint64 leftMs = std::max<qint64>(0, expiresAtMs - nowMs);
        mqtt.messageExpiryInterval = quint32((leftMs + 999) / 1000);
    }
    return publish;
}

} // namespace warren::mqtt
