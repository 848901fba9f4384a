#pragma once

#include "amqp091/methods.h"
#include "core/message.h"

namespace warren::amqp091 {

// The basic class's properties and the core's message properties share one layout (the core
// adopted RabbitMQ's model), so these conversions are field copies, flags unchanged.
core::MessageProperties toCore(BasicProperties&& properties);
BasicProperties fromCore(const core::MessageProperties& properties);

} // namespace warren::amqp091
