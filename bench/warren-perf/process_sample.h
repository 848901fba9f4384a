#pragma once

#include <cstdint>
#include <optional>
#include <sys/types.h>

namespace warren::bench {

// Memory and CPU of another process (the broker) from /proc, so a run's summary says what
// the broker paid for the load alongside what the load achieved.
struct ProcessSample {
    std::uint64_t rssKb = 0;  // VmRSS: resident now
    std::uint64_t peakKb = 0; // VmHWM: highest resident so far
    double cpuSeconds = 0;    // user + system time so far

    static std::optional<ProcessSample> read(pid_t pid);
};

} // namespace warren::bench
