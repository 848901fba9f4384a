#pragma once

#include "connect_params.h"

#include <string>

namespace warren::bench {

// Whether and how fast an MQTT broker serves a newcomer: one CONNECT/CONNACK round trip on a
// fresh TCP connection. Used for the --await-mqtt mode (with ConnectionProbe::await: like
// AmqpReadiness, a broker may accept TCP before it can serve the protocol) and as the probe of
// MQTT idle connections.
class MqttReadiness {
public:
    // TCP connect to CONNACK, in milliseconds; then DISCONNECT. Throws ClientError.
    static double connectOnceMs(const ConnectParams& params);
};

} // namespace warren::bench
