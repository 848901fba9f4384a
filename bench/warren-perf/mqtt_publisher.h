#pragma once

#include "latency_histogram.h"
#include "mqtt_client.h"
#include "mqtt_codec.h"
#include "perf_options.h"
#include "worker_counters.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

namespace warren::bench {

class RunControl;

// One MQTT publishing connection and thread, the sibling of Producer. Per message it copies a
// pre-encoded PUBLISH into the send buffer, stamps the send time into the payload and, for
// QoS 1, writes the next free packet id; the buffer goes to the socket once it passes
// --flush-bytes or whenever the publisher is about to wait (rate limit, full window). With
// QoS 1 at most -c PUBLISHes are unacknowledged, and each one's time to its PUBACK is kept.
//
// When the run stops, the publisher finishes writing its buffer and sends a PINGREQ, which
// the broker answers only after it has read every PUBLISH before it; then it DISCONNECTs.
// `published` counts the messages written whole, and brokerReadAll() says whether the
// broker had read them all by --drain-timeout after the stop (a broker busy delivering may
// read its publishers slowly: what it never read is not its loss, but it is undelivered).
class MqttPublisher {
public:
    MqttPublisher(const PerfOptions& options, int index, RunControl& control);

    void run(); // thread body: never throws, reports failures through RunControl
    const WorkerCounters& counters() const { return m_counters; }
    // Adds the PUBACK latencies recorded since the last call to `into` and forgets them; the
    // reporter calls it once a second while the thread runs, and once after the join.
    void takeAckLatencies(LatencyHistogram& into);
    // After the stop: the thread is done with the broker (any thread may ask).
    bool finished() const { return m_finished.load(std::memory_order_acquire); }
    // Read after the join: the broker answered the final PINGREQ in time.
    bool brokerReadAll() const { return m_brokerReadAll; }

private:
    void setUp();
    void publishLoop();
    void appendMessage(std::chrono::steady_clock::time_point now);
    // Writes the buffer; false if the run stopped while the broker was not reading, after a
    // grace period (the stream may then end inside a PUBLISH).
    bool flush();
    // PINGREQ when due, at a packet boundary (never between two parts of one write).
    void pingIfDue();
    void finish();
    // When finishing after the stop must end: the stop plus --drain-timeout.
    std::chrono::steady_clock::time_point finishBy();
    // Reads what the broker sent (PUBACK, PINGRESP); blocking waits at most the socket's
    // poll interval. Throws if the broker closed the connection.
    void readIncoming(bool blocking);
    void onPacket(const MqttPacket& packet);
    bool windowFull() const;

    const PerfOptions& m_options;
    int m_index;
    RunControl& m_control;
    MqttClient m_client;
    WorkerCounters m_counters;

    std::string m_image; // one whole PUBLISH
    mqtt::PublishLayout m_layout;
    std::string m_out; // PUBLISHes waiting for the next send()
    std::uint64_t m_published = 0;
    std::uint64_t m_sequence = 0; // of the next message appended
    bool m_truncated = false;     // the stream ended inside a PUBLISH: no DISCONNECT possible
    std::chrono::steady_clock::time_point m_finishBy{}; // set when the stop is first seen
    bool m_brokerReadAll = false;
    std::atomic<bool> m_finished{false};
    std::uint64_t m_pingsSent = 0;
    std::uint64_t m_pingResponses = 0;

    // QoS 1: send time (steady-clock ns) of each unacknowledged packet id, 0 when free.
    std::vector<std::int64_t> m_sentAt;
    std::uint16_t m_nextId = 1;
    std::uint64_t m_inFlight = 0;
    std::uint64_t m_acked = 0;
    std::int64_t m_readAt = 0; // when the packets being handled came off the socket

    std::mutex m_ackLatencyMutex; // taken once per socket read, never per message
    LatencyHistogram m_ackLatencies;
};

} // namespace warren::bench
