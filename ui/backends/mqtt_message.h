#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

// One PUBLISH an MQTT broker delivered to the console, copied out of libmosquitto's callback
// (which frees its own copy afterwards) with everything a broker could make unbounded cut to
// size: the payload to MaxPayloadBytes, the MQTT 5 user properties to MaxUserProperties.
struct MqttMessage {
    // As much of a payload as the tap (TapBatch::MaxBodyBytes) and the retained list
    // (RetainedMessage::MaxPayloadBytes) show.
    static constexpr qint64 MaxPayloadBytes = 64 * 1024;
    static constexpr int MaxUserProperties = 64;

    qint64 receivedAtMs = 0; // milliseconds since the epoch
    QString topic;           // '/'-separated, as the broker sent it
    QByteArray payload;      // at most MaxPayloadBytes of it
    qint64 payloadSize = 0;  // the whole payload's size
    int qos = 0;
    bool retain = false;
    // MQTT 5 properties where the publisher set them: (name, value as text) in the names the
    // console shows for AMQP's (content_type, correlation_id, reply_to, expiration…).
    QList<std::pair<QString, QString>> properties;
    QString contentType;                               // also among `properties`
    QList<std::pair<QString, QString>> userProperties; // MQTT 5 user properties
};
