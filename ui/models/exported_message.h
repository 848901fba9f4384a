#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <warren/management.h>
#include <warren/peeked_message.h>

// The message browser's export format, one JSON object a line, with RabbitMQ's field names
// (exchange, routing_key, properties, headers, payload, payload_encoding) and its JSON types
// (delivery_mode, priority and timestamp as numbers; headers typed: numbers, booleans, tables,
// arrays) so that files also make sense to RabbitMQ tooling and import back to the same
// message. Export and import live together so they stay inverse.
QByteArray exportedLine(const warren::PeekedMessage& message);
// The fields every exported message has; the live tap's export adds its own to these.
QJsonObject messageToJson(const QString& exchange, const QString& routingKey,
                          const QList<std::pair<QString, QString>>& properties,
                          const QList<std::pair<QString, QJsonValue>>& headers,
                          const QByteArray& body);
// One exported line as a message to publish to its recorded exchange and routing key, with
// its properties and typed headers. (JSON objects keep no key order: headers come back sorted
// by name, as through RabbitMQ's API.) std::nullopt, with `error` set to one translated
// sentence, when the line is not such an object.
std::optional<warren::OutgoingMessage> importedMessage(const QByteArray& line, QString* error);
// A message as a copy to publish (Edit and re-send): what importedMessage(exportedLine(m))
// gives, headers in their own order. content_type and delivery_mode go to their fields.
warren::OutgoingMessage outgoingCopy(const warren::PeekedMessage& message);
