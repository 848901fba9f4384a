#pragma once

#include <QString>

namespace warren::core {

// Why a core operation was refused. The kinds are RabbitMQ's soft errors; each protocol maps
// them to its own codes (AMQP reply codes, MQTT reason codes, STOMP ERROR frames).
struct Error {
    enum class Kind { NotFound, AccessRefused, ResourceLocked, PreconditionFailed, NotAllowed };
    Kind kind;
    QString text; // RabbitMQ-style text, e.g. "no queue 'q' in vhost '/'"
};

} // namespace warren::core
