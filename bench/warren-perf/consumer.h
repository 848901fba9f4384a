#pragma once

#include "amqp_client.h"
#include "latency_histogram.h"
#include "perf_options.h"
#include "worker_counters.h"

#include <string>

namespace warren::bench {

class RunControl;
class Topology;

// One consuming connection and thread. It reads whatever the socket has into the frame
// buffer, walks the frames in place, records each message's latency from the timestamp in
// its first 8 body bytes, and sends the acks of one read batch in one write, as an
// asynchronous client library does.
class Consumer {
public:
    Consumer(const PerfOptions& options, const Topology& topology, int index, RunControl& control);

    void run(); // thread body: never throws, reports failures through RunControl
    const WorkerCounters& counters() const { return m_counters; }
    // Read only after the thread has been joined.
    const LatencyHistogram& latencies() const { return m_latencies; }

private:
    void setUp();
    void consumeLoop();
    void onFrame(const FrameView& frame);
    void onMessageComplete();
    void appendAck(std::uint64_t tag, bool multiple);

    const PerfOptions& m_options;
    const Topology& m_topology;
    int m_index;
    RunControl& m_control;
    AmqpClient m_client;
    WorkerCounters m_counters;
    LatencyHistogram m_latencies;

    std::string m_acks; // ack frames of the current read batch
    int m_ackEvery = 1;
    int m_unacked = 0;
    std::uint64_t m_received = 0;

    // Content assembly state (spec 4.2.6): Deliver, then a header, then body frames.
    std::uint64_t m_deliveryTag = 0;
    std::uint64_t m_bodySize = 0;
    std::uint64_t m_bodyRemaining = 0;
    std::int64_t m_stamp = 0;
};

} // namespace warren::bench
