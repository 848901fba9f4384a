#pragma once

#include "measuring_subscriber.h"
#include "mqtt_client.h"
#include "perf_options.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace warren::bench {

class RunControl;

// One MQTT subscribing connection (MeasuringSubscriber does the loop). It sends SUBSCRIBE and
// counts itself ready at the SUBACK, handling any PUBLISH that comes first (a broker may send
// retained messages before the SUBACK, §3.8.4); with QoS 1 it PUBACKs every message. Retained
// messages are counted but not measured (their time stamps are from before the subscription).
class MqttSubscriber : public MeasuringSubscriber {
public:
    MqttSubscriber(const PerfOptions& options, std::string filter, int index, RunControl& control);

    // Steady-clock nanoseconds: when SUBSCRIBE went out, and when the first and the latest
    // PUBLISH came off the socket (0: not yet). Any thread may read them.
    std::int64_t subscribedAt() const { return m_subscribedAt.load(std::memory_order_relaxed); }
    std::int64_t firstReceivedAt() const { return m_firstAt.load(std::memory_order_relaxed); }
    std::int64_t lastReceivedAt() const { return m_lastAt.load(std::memory_order_relaxed); }
    std::uint64_t retainedReceived() const { return m_retained.load(std::memory_order_relaxed); }

private:
    void subscribe() override;
    TcpConnection::ReadResult readSome(bool blocking) override {
        return m_client.readSome(blocking);
    }
    void handleBuffered(std::string& replies) override;
    bool sendReplies(const std::string& replies, const std::atomic<bool>* stop) override {
        return m_client.sendAll(replies, stop);
    }
    void keepAliveIfDue(std::chrono::steady_clock::time_point now) override {
        m_client.pingIfDue(now);
    }
    void close() override { m_client.disconnect(); }
    void abandon() override { m_client.abandon(); }
    void onMessagesRead(std::int64_t nowNanos) override;
    void onPacket(const MqttPacket& packet, std::string& replies);

    std::string m_filter;
    MqttClient m_client;

    std::uint64_t m_retainedCount = 0;
    std::atomic<std::int64_t> m_subscribedAt{0};
    std::atomic<std::int64_t> m_firstAt{0};
    std::atomic<std::int64_t> m_lastAt{0};
    std::atomic<std::uint64_t> m_retained{0};
};

} // namespace warren::bench
