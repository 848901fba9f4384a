#pragma once

#include "connect_params.h"

#include <string>
#include <vector>

namespace warren::bench {

// How quickly the broker serves a newcomer: TCP connect, connection handshake, Channel.Open
// and a Queue.Declare of a server-named exclusive queue, timed from connect() to
// Declare-Ok. Under many idle connections this shows whether the broker still answers
// promptly (the amqp-connections scenario wants well under 10 ms).
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

    static double measureOnceMs(const ConnectParams& params);
    static Stats measure(const ConnectParams& params, int count);
};

} // namespace warren::bench
