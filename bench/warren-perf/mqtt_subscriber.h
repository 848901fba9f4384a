#pragma once

#include "latency_histogram.h"
#include "mqtt_client.h"
#include "perf_options.h"
#include "worker_counters.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace warren::bench {

class RunControl;

// One MQTT subscribing connection and thread, the sibling of Consumer. It sends SUBSCRIBE and
// counts itself ready at the SUBACK, handling any PUBLISH that comes first (a broker may send
// retained messages before the SUBACK, §3.8.4). It reads whatever the socket has into the
// packet buffer, walks the packets in place, records each message's latency from the
// timestamp in its first 8 payload bytes, and sends the PUBACKs of one read batch (QoS 1) in
// one write, as an asynchronous client library does.
class MqttSubscriber {
public:
    MqttSubscriber(const PerfOptions& options, std::string filter, int index, RunControl& control);

    // Latencies are recorded only while *windowOver is false (the publishers' stop flag), so
    // messages delivered while the run drains do not count, as in an AMQP run.
    void setWindowFlag(const std::atomic<bool>* windowOver) { m_windowOver = windowOver; }
    void run(); // thread body: never throws, reports failures through RunControl
    const WorkerCounters& counters() const { return m_counters; }
    // Read only after the thread has been joined.
    const LatencyHistogram& latencies() const { return m_latencies; }
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
    void checkSequence(std::string_view payload);

    const PerfOptions& m_options;
    std::string m_filter;
    int m_index;
    RunControl& m_control;
    MqttClient m_client;
    WorkerCounters m_counters;
    LatencyHistogram m_latencies;

    const std::atomic<bool>* m_windowOver = nullptr;
    std::string m_acks; // PUBACKs of the current read batch
    std::uint64_t m_received = 0;
    // Per publisher index (-x), the sequence number expected next, and what that revealed.
    std::vector<std::uint64_t> m_nextSequence;
    std::uint64_t m_lost = 0;
    std::uint64_t m_duplicates = 0;
    std::uint64_t m_retainedCount = 0;
    bool m_subscribed = false;
    std::atomic<std::int64_t> m_subscribedAt{0};
    std::atomic<std::int64_t> m_firstAt{0};
    std::atomic<std::int64_t> m_lastAt{0};
    std::atomic<std::uint64_t> m_retained{0};
};

} // namespace warren::bench
