#pragma once

#include "protocol/protocol_registry.h"

namespace warren::services {
struct BrokerContext;
}

namespace warren::amqp091 {

// AMQP 0-9-1 as the engine registers it: plain on `amqp` (5672), over TLS on `amqps` (5671).
protocol::ProtocolDescriptor amqp091Protocol(services::BrokerContext& context, bool tls);

} // namespace warren::amqp091
