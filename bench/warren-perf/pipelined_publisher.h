#pragma once

#include "latency_histogram.h"
#include "perf_options.h"
#include "tcp_connection.h"
#include "worker_counters.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace warren::bench {

class RunControl;

// The publishing loop that MQTT and STOMP publishers share, the sibling of Producer: one
// connection and thread. Per message it copies a pre-encoded message (PUBLISH, SEND) into the
// send buffer, stamps time, publisher and sequence number into the payload (payload_layout.h)
// and, with a window (-c), writes the next free acknowledgement id (MQTT packet id, STOMP
// receipt); the buffer goes to the socket once it passes --flush-bytes or whenever the
// publisher is about to wait (rate limit, full window). With a window at most -c messages
// are unacknowledged, and each one's time to its acknowledgement is kept.
//
// When the run stops (or, with -C, after that many messages), the publisher finishes writing
// its buffer and sends the protocol's sync request (MQTT PINGREQ, STOMP DISCONNECT with a
// receipt), which the broker answers only after it has read everything before it; then it
// closes. `published` counts the messages written whole, and brokerReadAll() says whether the
// broker had read them all by --drain-timeout after the stop (a broker busy delivering may
// read its publishers slowly: what it never read is not its loss, but it is undelivered).
//
// A protocol subclass connects, encodes the message image, writes ids, and turns what the
// broker sends into acknowledged() and syncAnswered() calls.
class PipelinedPublisher {
public:
    PipelinedPublisher(const PerfOptions& options, int index, RunControl& control);
    virtual ~PipelinedPublisher() = default;
    PipelinedPublisher(const PipelinedPublisher&) = delete;
    PipelinedPublisher& operator=(const PipelinedPublisher&) = delete;

    void run(); // thread body: never throws, reports failures through RunControl
    const WorkerCounters& counters() const { return m_counters; }
    // Adds the acknowledgement latencies recorded since the last call to `into` and forgets
    // them; the reporter calls it once a second while the thread runs, and once after the join.
    void takeAckLatencies(LatencyHistogram& into);
    // After the stop: the thread is done with the broker (any thread may ask).
    bool finished() const { return m_finished.load(std::memory_order_acquire); }
    // With -C: every message was written (any thread may ask).
    bool doneSending() const { return m_doneSending.load(std::memory_order_acquire); }
    // Read after the join: the broker answered the final sync request in time.
    bool brokerReadAll() const { return m_brokerReadAll; }

protected:
    // One message as the protocol encodes it; offsets are relative to its first byte.
    struct MessageImage {
        std::string bytes;
        std::size_t idOffset = 0; // where writeId() writes, with a window
        std::size_t payloadOffset = 0;
    };

    // Connects and logs in; returns the message every publish copies. Throws ClientError.
    virtual MessageImage connect() = 0;
    // Writes acknowledgement id `id` (1..65535) into the image copy at `at`.
    virtual void writeId(char* at, std::uint16_t id) = 0;
    // The bytes the broker answers only after reading everything sent before them.
    virtual std::string syncRequest() = 0;
    // After the sync was answered: the orderly end of the connection.
    virtual void closeAfterSync() = 0;
    virtual void abandon() = 0;
    virtual TcpConnection& socket() = 0;
    // One recv() into the protocol's reader; blocking waits at most the receive timeout.
    virtual TcpConnection::ReadResult readSome(bool blocking) = 0;
    // Handles every complete packet or frame the reader holds, calling acknowledged() and
    // syncAnswered(); throws ClientError on a protocol error or a broker's error report.
    virtual void handleBuffered() = 0;
    // Sends a keep-alive if one is due; true if the broker will answer it with syncAnswered().
    virtual bool keepAliveIfDue(std::chrono::steady_clock::time_point /*now*/) { return false; }

    // For handleBuffered(): the message with this id was acknowledged (an id not in flight,
    // a duplicate or not ours, is ignored), and the broker answered a sync or keep-alive.
    void acknowledged(std::uint16_t id);
    void syncAnswered() { ++m_syncAnswers; }

    const PerfOptions& m_options;
    const int m_index;

private:
    void publishLoop();
    void appendMessage(std::chrono::steady_clock::time_point now);
    // Writes the buffer; false if the run stopped while the broker was not reading, after a
    // grace period (the stream may then end inside a message).
    bool flush();
    void pingIfDue();
    void finish();
    // When finishing after the stop must end: the stop plus --drain-timeout.
    std::chrono::steady_clock::time_point finishBy();
    // Reads what the broker sent; blocking waits at most the socket's poll interval, and
    // returns as soon as an acknowledgement or a sync answer arrived. Throws if the broker
    // closed the connection.
    void readIncoming(bool blocking);
    bool windowFull() const;
    bool windowed() const { return m_options.confirmWindow > 0; }

    RunControl& m_control;
    WorkerCounters m_counters;

    MessageImage m_image;
    std::string m_out; // messages waiting for the next send()
    std::uint64_t m_published = 0;
    std::uint64_t m_sequence = 0; // of the next message appended
    bool m_truncated = false;     // the stream ended inside a message: no orderly close
    std::chrono::steady_clock::time_point m_finishBy{}; // set when the stop is first seen
    bool m_brokerReadAll = false;
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_doneSending{false};
    std::uint64_t m_syncsSent = 0;
    std::uint64_t m_syncAnswers = 0;

    // With a window: send time (steady-clock ns) of each unacknowledged id, 0 when free.
    std::vector<std::int64_t> m_sentAt;
    std::uint16_t m_nextId = 1;
    std::uint64_t m_inFlight = 0;
    std::uint64_t m_acked = 0;
    std::int64_t m_readAt = 0; // when the packets being handled came off the socket

    std::mutex m_ackLatencyMutex; // taken once per socket read, never per message
    LatencyHistogram m_ackLatencies;
};

} // namespace warren::bench
