#include "mqtt_readiness.h"

#include "mqtt_client.h"

#include <atomic>
#include <chrono>
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

} // namespace warren::bench
