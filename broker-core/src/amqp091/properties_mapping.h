#pragma once

#include "amqp091/methods.h"
#include "core/message.h"

#include <QString>
#include <optional>

namespace warren::amqp091 {

// The basic class's properties to and from the core's protocol-neutral ones. Every field of
// AMQP 0-9-1 has a place in the core, so a message converted there and back encodes the same
// (deliveryMode other than 1 or 2 aside, which both brokers treat as 1).
core::MessageProperties toCore(BasicProperties&& properties);
BasicProperties fromCore(const core::MessageProperties& properties);

// AMQP 0-9-1's expiration is a string of decimal milliseconds: RabbitMQ refuses a publish
// whose expiration is anything else (406, with this text). toCore() leaves such a one out.
std::optional<QString> expirationRefusal(const BasicProperties& properties);

// The properties' wire encoding, as the content header carries them after class, weight and
// body size: the publisher's own bytes when it spoke AMQP 0-9-1, else encoded here.
QByteArray encodedProperties(const core::Message& message);

} // namespace warren::amqp091
