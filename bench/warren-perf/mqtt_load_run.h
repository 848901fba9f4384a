#pragma once

#include "perf_options.h"

namespace warren::bench {

// An MQTT publishers/subscribers run (--mqtt): subscribers subscribe to the topic first, then
// publishers start on a common signal; rates are reported once a second for --time seconds.
// Then publishers stop, and subscribers read on (the drain) until every published message
// arrived, nothing came for 2 s, or --drain-timeout passed. Each payload carries its
// publisher's sequence number, so a message a broker dropped (Mosquitto past
// max_queued_messages) is "lost" as soon as a later one arrives; what had not arrived when
// the drain ended is "undelivered".
// Prints the JSON summary in the shape of LoadRun's; returns the process exit code.
class MqttLoadRun {
public:
    explicit MqttLoadRun(const PerfOptions& options)
        : m_options(options) {}

    int execute();

private:
    const PerfOptions& m_options;
};

} // namespace warren::bench
