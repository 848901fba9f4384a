#pragma once

#include "amqp_client.h"
#include "latency_histogram.h"
#include "perf_options.h"
#include "worker_counters.h"

#include <chrono>
#include <mutex>
#include <string>
#include <vector>

namespace warren::bench {

class RunControl;
class Topology;

// One publishing connection and thread. Per message it copies a pre-encoded
// Basic.Publish + content header + body image into the send buffer and stamps the send time
// into the body; the buffer goes to the socket once it passes --flush-bytes or whenever the
// producer is about to wait (rate limit, confirm window), as a client library with Nagle
// off would write it.
class Producer {
public:
    Producer(const PerfOptions& options, const Topology& topology, int index, RunControl& control);

    void run(); // thread body: never throws, reports failures through RunControl
    const WorkerCounters& counters() const { return m_counters; }
    // Adds the confirm latencies recorded since the last call to `into` and forgets them; the
    // reporter calls it once a second while the thread runs, and once after the join.
    void takeConfirmLatencies(LatencyHistogram& into);

private:
    void setUp();
    void publishLoop();
    void buildMessageImage();
    void appendMessage(std::chrono::steady_clock::time_point now);
    bool flush();
    // Reads what the broker sent (confirms, returns, heartbeats, closes); blocking waits at
    // most the socket's poll interval.
    void readIncoming(bool blocking);
    void onFrame(const FrameView& frame);
    void onConfirm(std::uint64_t tag, bool multiple, bool ack);
    std::uint64_t outstanding() const { return m_nextTag - m_lowestUnconfirmed; }

    const PerfOptions& m_options;
    const Topology& m_topology;
    int m_index;
    RunControl& m_control;
    AmqpClient m_client;
    WorkerCounters m_counters;

    std::string m_image; // one whole message: method, header and body frames
    std::size_t m_stampOffset = 0;
    std::string m_out; // frames waiting for the next send()
    std::uint64_t m_unflushed = 0;
    std::uint64_t m_published = 0;

    // Publisher confirms (RabbitMQ extension): tags m_lowestUnconfirmed..m_nextTag-1 are in
    // flight; m_settled marks the ones already confirmed out of order and m_sentAt holds each
    // one's send time (steady-clock ns, as stamped into its body), both indexed tag % window.
    std::uint64_t m_nextTag = 1;
    std::uint64_t m_lowestUnconfirmed = 1;
    std::vector<bool> m_settled;
    std::vector<std::int64_t> m_sentAt;
    std::uint64_t m_confirmed = 0;
    std::uint64_t m_nacked = 0;
    std::int64_t m_readAt = 0; // when the frames being handled came off the socket

    // Send-to-confirm latency of each message settled since the reporter last took them. The
    // lock is taken once per batch of frames read from the socket, never per message.
    std::mutex m_confirmLatencyMutex;
    LatencyHistogram m_confirmLatencies;

    // A Basic.Return is followed by its content, which we skip.
    enum class Skip { None, Header, Body } m_skip = Skip::None;
    std::uint64_t m_skipRemaining = 0;
};

} // namespace warren::bench
