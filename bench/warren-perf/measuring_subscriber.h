#pragma once

#include "latency_histogram.h"
#include "worker_counters.h"

#include <atomic>
#include <cstdint>
#include <string_view>
#include <vector>

namespace warren::bench {

// What MQTT and STOMP subscribers share: the tally of the messages one subscriber received.
// Each body carrying warren-perf's header (payload_layout.h) gives a latency sample, from the
// publisher's time stamp to now, while the measured window is open, and its publisher's
// sequence number: one publisher's messages to one destination arrive in order (MQTT §4.6,
// one STOMP subscription reads one queue), so a jump is a loss and a step back a duplicate.
// A subclass owns the connection and thread, and calls countMessage() for every message.
class MeasuringSubscriber {
public:
    // `publishers` is -x: sequence numbers are tracked per publisher index.
    explicit MeasuringSubscriber(int publishers);
    virtual ~MeasuringSubscriber() = default;
    MeasuringSubscriber(const MeasuringSubscriber&) = delete;
    MeasuringSubscriber& operator=(const MeasuringSubscriber&) = delete;

    virtual void run() = 0; // thread body: never throws, reports failures through RunControl

    // Latencies are recorded only while *windowOver is false (the publishers' stop flag), so
    // messages delivered while the run drains do not count, as in an AMQP run.
    void setWindowFlag(const std::atomic<bool>* windowOver) { m_windowOver = windowOver; }
    const WorkerCounters& counters() const { return m_counters; }
    // Read only after the thread has been joined.
    const LatencyHistogram& latencies() const { return m_latencies; }

protected:
    // One message received; `body` is measured when it is long enough to carry the header.
    void countMessage(std::string_view body, std::int64_t nowNanos);
    // One message received that carries no measurement (MQTT's retained messages).
    void countUnmeasured() { ++m_received; }
    std::uint64_t receivedSoFar() const { return m_received; }
    // Makes the totals visible to the reporter; once per socket read, not per message.
    void publishCounters();

private:
    WorkerCounters m_counters;
    LatencyHistogram m_latencies;
    const std::atomic<bool>* m_windowOver = nullptr;
    std::uint64_t m_received = 0;
    // Per publisher index, the sequence number expected next, and what that revealed.
    std::vector<std::uint64_t> m_nextSequence;
    std::uint64_t m_lost = 0;
    std::uint64_t m_duplicates = 0;
};

} // namespace warren::bench
