#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

// One message as a JSON object in the shape RabbitMQ's management API uses (exchange,
// routing_key, properties, headers, payload with payload_encoding "string" or "base64"), the
// line format of the console's message exports.
QJsonObject messageToJson(const QString& exchange, const QString& routingKey,
                          const QList<std::pair<QString, QString>>& properties,
                          const QList<std::pair<QString, QString>>& headers,
                          const QByteArray& body);
