#pragma once

#include "measuring_subscriber.h"
#include "mqtt_client.h"
#include "perf_options.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace warren::bench {

class RunControl;

// One MQTT subscribing connection and thread, the sibling of Consumer. It sends SUBSCRIBE and
// counts itself ready at the SUBACK, handling any PUBLISH that comes first (a broker may send
// retained messages before the SUBACK, §3.8.4). It reads whatever the socket has into the
// packet buffer, walks the packets in place, records each message's latency from the
// timestamp in its first 8 payload bytes, and sends the PUBACKs of one read batch (QoS 1) in
// one write, as an asynchronous client library does. Retained messages are counted but not
// measured (their time stamps are from before the subscription).
class MqttSubscriber : public MeasuringSubscriber {
public:
    MqttSubscriber(const PerfOptions& options, std::string filter, int index, RunControl& control);

    void run() override;
    // Steady-clock nanoseconds: when SUBSCRIBE went out, and when the first and the latest
    // PUBLISH came off the socket (0: not yet). Any thread may read them.
    std::int64_t subscribedAt() const { return m_subscribedAt.load(std::memory_order_relaxed); }
    std::int64_t firstReceivedAt() const { return m_firstAt.load(std::memory_order_relaxed); }
    std::int64_t lastReceivedAt() const { return m_lastAt.load(std::memory_order_relaxed); }
    std::uint64_t retainedReceived() const { return m_retained.load(std::memory_order_relaxed); }

private:
    void setUp();
    void receiveLoop();
    void onPacket(const MqttPacket& packet);

    const PerfOptions& m_options;
    std::string m_filter;
    int m_index;
    RunControl& m_control;
    MqttClient m_client;

    std::string m_acks; // PUBACKs of the current read batch
    std::uint64_t m_retainedCount = 0;
    bool m_subscribed = false;
    std::atomic<std::int64_t> m_subscribedAt{0};
    std::atomic<std::int64_t> m_firstAt{0};
    std::atomic<std::int64_t> m_lastAt{0};
    std::atomic<std::uint64_t> m_retained{0};
};

} // namespace warren::bench
