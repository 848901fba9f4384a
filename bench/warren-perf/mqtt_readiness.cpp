#include "mqtt_readiness.h"

#include "mqtt_client.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <unistd.h>

namespace warren::bench {

namespace {
using Clock = std::chrono::steady_clock;
std::atomic<int> probeCount{0};
} // namespace

double MqttReadiness::connectOnceMs(const ConnectParams& params) {
    mqtt::ConnectFields fields;
    // Unique per probe: a second CONNECT with one id would take the first's session over.
    fields.clientId = "warren-perf-" + std::to_string(::getpid()) + "-probe-" +
                      std::to_string(probeCount.fetch_add(1));
    const auto start = Clock::now();
    MqttClient client(4096);
    client.open(params, fields);
    const auto elapsed = Clock::now() - start;
    client.disconnect();
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

double MqttReadiness::await(const ConnectParams& params, double timeoutSeconds) {
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(timeoutSeconds));
    while (Clock::now() < deadline) {
        try {
            connectOnceMs(params);
            return std::chrono::duration<double>(Clock::now() - start).count();
        } catch (const std::exception&) {
            // Not listening or not serving yet.
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return -1;
}

} // namespace warren::bench
