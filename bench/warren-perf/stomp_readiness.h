#pragma once

#include "connect_params.h"

#include <string>

namespace warren::bench {

// Whether and how fast a STOMP broker serves a newcomer: TCP connect (and the WebSocket
// upgrade at `webSocketPath`, if not empty) to CONNECTED on a fresh connection. Used for the
// --await-stomp mode (with ConnectionProbe::await: a broker's STOMP listener may come up after
// its AMQP one) and as the probe of STOMP idle connections.
class StompReadiness {
public:
    // Connect to CONNECTED, in milliseconds; then DISCONNECT. Throws ClientError.
    static double connectOnceMs(const ConnectParams& params, const std::string& webSocketPath);
};

} // namespace warren::bench
