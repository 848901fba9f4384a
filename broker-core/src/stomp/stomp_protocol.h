#pragma once

#include "protocol/protocol_registry.h"

namespace warren::services {
struct BrokerContext;
}

namespace warren::stomp {

// STOMP 1.0–1.2 on the `stomp` listener (61613, RabbitMQ's and ActiveMQ's port) and, over
// WebSocket, at /stomp on the `ws` listener; with `tls`, the `stomps` listener (61614).
protocol::ProtocolDescriptor stompProtocol(services::BrokerContext& context, bool tls);

} // namespace warren::stomp
