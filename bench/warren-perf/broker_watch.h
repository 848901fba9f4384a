#pragma once

#include "process_sample.h"

#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>

namespace warren::bench {

class JsonLine;

// The broker process as a load run watches it (--broker-pid): RSS and CPU time when the
// measured window opens and closes, its RSS once a second with the --max-broker-rss guard, and
// the "broker" object of the summary. Shared by the AMQP and the publish/subscribe load runs,
// so compare.sh reads the same fields from both. Without a pid it samples nothing.
class BrokerWatch {
public:
    BrokerWatch(pid_t pid, std::uint64_t maxRssMb);

    // The window opens (the start sample) and closes (the end sample).
    void start();
    void finish();
    // Once a second: the broker's RSS now in KiB (0 if unknown); `guardError` is set when it
    // passed --max-broker-rss, and the run should end.
    std::uint64_t sample(std::string& guardError);
    // The "broker" object (pid, rss_start_kb, rss_end_kb, rss_max_kb, cpu_s), if the window
    // was sampled at both ends.
    void addTo(JsonLine& json) const;

private:
    pid_t m_pid;
    std::uint64_t m_maxRssMb;
    std::optional<ProcessSample> m_start;
    std::optional<ProcessSample> m_end;
    std::uint64_t m_maxRssKb = 0;
};

} // namespace warren::bench
