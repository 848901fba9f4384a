#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <warren/management.h>
#include <warren/peeked_message.h>

// The message browser's export format, one JSON object a line, with RabbitMQ's field names
// (exchange, routing_key, properties, headers, payload, payload_encoding) so that files also
// make sense to RabbitMQ tooling. Export and import live together so they stay inverse.
QByteArray exportedLine(const warren::PeekedMessage& message);
// One exported line as a message to publish to its recorded exchange and routing key. Headers
// come back as strings (the export writes their text). std::nullopt, with `error` set to one
// translated sentence, when the line is not such an object.
std::optional<warren::OutgoingMessage> importedMessage(const QByteArray& line, QString* error);
