#include "connection_probe.h"

#include "amqp_client.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace warren::bench {

double ConnectionProbe::measureOnceMs(const ConnectParams& params) {
    const auto start = std::chrono::steady_clock::now();
    AmqpClient client(16 * 1024);
    client.open(params);
    client.openChannel(1);
    client.queueDeclare(1, "", QueueFlags{false, true, true});
    const auto elapsed = std::chrono::steady_clock::now() - start;
    client.close(std::chrono::seconds(1));
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

ConnectionProbe::Stats ConnectionProbe::measure(const ConnectParams& params, int count,
                                                const Once& once) {
    Stats stats;
    std::vector<double> samples;
    ConnectParams probe = params;
    probe.connectionName = "warren-perf probe";
    probe.heartbeatSeconds = 0; // a probe lives for a millisecond
    for (int i = 0; i < count; ++i) {
        try {
            samples.push_back(once(probe));
        } catch (const std::exception& e) {
            if (stats.failures++ == 0)
                stats.firstError = e.what();
        }
        // Spaced out a little so that the probes measure a quiet broker, not each other.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stats.samples = int(samples.size());
    if (!samples.empty()) {
        std::sort(samples.begin(), samples.end());
        stats.minMs = samples.front();
        stats.p50Ms = samples[samples.size() / 2];
        stats.maxMs = samples.back();
    }
    return stats;
}

double ConnectionProbe::await(const ConnectParams& params, double timeoutSeconds,
                              const Once& once) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(timeoutSeconds));
    while (Clock::now() < deadline) {
        try {
            once(params);
            return std::chrono::duration<double>(Clock::now() - start).count();
        } catch (const std::exception&) {
            // Not listening or not serving yet.
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return -1;
}

} // namespace warren::bench
