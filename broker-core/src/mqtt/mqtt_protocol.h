#pragma once

#include "protocol/protocol_registry.h"

#include <memory>

namespace warren::mqtt {

class MqttServer;

// MQTT as the engine registers it: plain on `mqtt` (1883), over TLS on `mqtts` (8883). Every
// listener's connections share `server` (client ids, sessions, retained messages).
protocol::ProtocolDescriptor mqttProtocol(std::shared_ptr<MqttServer> server, bool tls);

} // namespace warren::mqtt
