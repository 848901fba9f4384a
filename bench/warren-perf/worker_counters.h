#pragma once

#include <atomic>
#include <cstdint>

namespace warren::bench {

// Running totals of one producer or consumer thread. Each has a single writer (its thread)
// and is read once a second by the reporter, so relaxed atomics on a private cache line
// cost the hot loop nothing beyond a plain store.
struct alignas(64) WorkerCounters {
    std::atomic<std::uint64_t> published{0}; // handed to the socket
    std::atomic<std::uint64_t> confirmed{0};
    std::atomic<std::uint64_t> nacked{0};
    std::atomic<std::uint64_t> returned{0};
    std::atomic<std::uint64_t> received{0};
    std::atomic<std::uint64_t> blocked{0}; // Connection.Blocked notifications
    // MQTT subscribers: messages missing from a publisher's sequence (a later one arrived),
    // and messages that arrived again or out of order.
    std::atomic<std::uint64_t> lost{0};
    std::atomic<std::uint64_t> duplicates{0};
};

} // namespace warren::bench
