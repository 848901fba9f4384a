#pragma once

#include "connect_params.h"

#include <functional>
#include <string>
#include <vector>

namespace warren::bench {

// How quickly the broker serves a newcomer: for AMQP, TCP connect, connection handshake,
// Channel.Open and a Queue.Declare of a server-named exclusive queue, timed from connect() to
// Declare-Ok (for MQTT, MqttReadiness::connectOnceMs). Under many idle connections this shows
// whether the broker still answers promptly (the *-connections scenarios want well under
// 10 ms).
class ConnectionProbe {
public:
    struct Stats {
        int samples = 0;
        int failures = 0;
        double minMs = 0;
        double p50Ms = 0;
        double maxMs = 0;
        std::string firstError;
    };

    using Once = std::function<double(const ConnectParams&)>;

    static double measureOnceMs(const ConnectParams& params);
    // `count` probes 20 ms apart, each timed by `once` (which throws on a failure).
    static Stats measure(const ConnectParams& params, int count, const Once& once = measureOnceMs);
    // Seconds until `once` first succeeded, trying every 5 ms, or -1 after timeoutSeconds: for
    // a broker that accepts TCP before it serves the protocol.
    static double await(const ConnectParams& params, double timeoutSeconds, const Once& once);
};

} // namespace warren::bench
