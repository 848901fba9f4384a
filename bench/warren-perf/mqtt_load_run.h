#pragma once

#include "perf_options.h"

namespace warren::bench {

// An MQTT publishers/subscribers run (--mqtt): PubSubLoadRun with MqttPublisher and
// MqttSubscriber on one topic, every subscriber getting every message.
class MqttLoadRun {
public:
    explicit MqttLoadRun(const PerfOptions& options)
        : m_options(options) {}

    int execute();

private:
    const PerfOptions& m_options;
};

} // namespace warren::bench
