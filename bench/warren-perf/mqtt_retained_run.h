#pragma once

#include "perf_options.h"

namespace warren::bench {

// The retained storm (--retained N): one publisher puts N retained messages on N distinct
// topics (TOPIC/r/0 … TOPIC/r/N-1) and waits until the broker acknowledged them all (QoS 1:
// every PUBACK; QoS 0: a PINGRESP after the last PUBLISH). Then one new subscriber subscribes
// to --retained-filter and is timed from its SUBSCRIBE until it holds all N, or until nothing
// arrived for 5 s (a broker that drops retained messages beyond its queue limit shows as
// "lost"). Prints a JSON summary; returns the process exit code.
class MqttRetainedRun {
public:
    explicit MqttRetainedRun(const PerfOptions& options)
        : m_options(options) {}

    int execute();

private:
    const PerfOptions& m_options;
};

} // namespace warren::bench
