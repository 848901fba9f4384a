#pragma once

#include "perf_options.h"

namespace warren::bench {

// A STOMP publishers/subscribers run (--stomp): PubSubLoadRun with StompPublisher and
// StompSubscriber on one destination (a /topic/ gives every subscriber every message; a
// /queue/ takes one subscriber).
class StompLoadRun {
public:
    explicit StompLoadRun(const PerfOptions& options)
        : m_options(options) {}

    int execute();

private:
    const PerfOptions& m_options;
};

} // namespace warren::bench
