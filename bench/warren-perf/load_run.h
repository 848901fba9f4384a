#pragma once

#include "perf_options.h"

namespace warren::bench {

// A producers/consumers run: declares the topology, starts consumers, then producers on a
// common start signal, reports rates once a second for --time seconds, stops everyone,
// cleans up and prints the JSON summary. Returns the process exit code.
class LoadRun {
public:
    explicit LoadRun(const PerfOptions& options)
        : m_options(options) {}

    int execute();

private:
    const PerfOptions& m_options;
};

} // namespace warren::bench
