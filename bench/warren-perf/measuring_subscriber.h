#pragma once

#include "latency_histogram.h"
#include "perf_options.h"
#include "tcp_connection.h"
#include "worker_counters.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warren::bench {

class RunControl;

// The subscribing loop that MQTT and STOMP subscribers share, the sibling of Consumer: one
// connection and thread. It reads whatever the socket has into the protocol's buffer, lets the
// protocol walk the packets or frames in place, and sends the replies of one read batch
// (PUBACKs, ACKs) in one write, as an asynchronous client library does.
//
// Each message body carrying warren-perf's header (payload_layout.h) gives a latency sample,
// from the publisher's time stamp to now, while the measured window is open, and its
// publisher's sequence number: one publisher's messages to one destination arrive in order
// (MQTT §4.6; one STOMP subscription reads one queue), so a jump is a loss and a step back a
// duplicate.
class MeasuringSubscriber {
public:
    MeasuringSubscriber(const PerfOptions& options, int index, RunControl& control);
    virtual ~MeasuringSubscriber() = default;
    MeasuringSubscriber(const MeasuringSubscriber&) = delete;
    MeasuringSubscriber& operator=(const MeasuringSubscriber&) = delete;

    void run(); // thread body: never throws, reports failures through RunControl

    // Latencies are recorded only while *windowOver is false (the publishers' stop flag), so
    // messages delivered while the run drains do not count, as in an AMQP run.
    void setWindowFlag(const std::atomic<bool>* windowOver) { m_windowOver = windowOver; }
    const WorkerCounters& counters() const { return m_counters; }
    // Read only after the thread has been joined.
    const LatencyHistogram& latencies() const { return m_latencies; }

protected:
    // Connects, logs in and sends the subscription; handleBuffered() calls subscribed() when
    // the broker confirms it. Throws ClientError.
    virtual void subscribe() = 0;
    // One recv() into the protocol's reader; blocking waits at most the receive timeout.
    virtual TcpConnection::ReadResult readSome(bool blocking) = 0;
    // Handles every complete packet or frame the reader holds: countMessage() for each message,
    // its acknowledgement appended to `replies`. Throws ClientError on a protocol error or a
    // broker's error report.
    virtual void handleBuffered(std::string& replies) = 0;
    // Sends replies; false if the run stopped while the broker was not reading.
    virtual bool sendReplies(const std::string& replies, const std::atomic<bool>* stop) = 0;
    virtual void keepAliveIfDue(std::chrono::steady_clock::time_point /*now*/) {}
    // The orderly end of the connection, and the other kind.
    virtual void close() = 0;
    virtual void abandon() = 0;
    // Messages came with the socket read at `nowNanos` (after the counters were published).
    virtual void onMessagesRead(std::int64_t /*nowNanos*/) {}

    // The subscription is in place: the run may start publishing.
    void subscribed();
    // One message received; `body` is measured when it is long enough to carry the header.
    void countMessage(std::string_view body, std::int64_t nowNanos);
    // One message received that carries no measurement (MQTT's retained messages).
    void countUnmeasured() { ++m_received; }

    const PerfOptions& m_options;
    const int m_index;

private:
    void receiveLoop();
    // Makes the totals visible to the reporter; once per socket read, not per message.
    void publishCounters();

    RunControl& m_control;
    WorkerCounters m_counters;
    LatencyHistogram m_latencies;
    const std::atomic<bool>* m_windowOver = nullptr;
    bool m_subscribed = false;
    std::string m_replies; // of the current read batch
    std::uint64_t m_received = 0;
    // Per publisher index (-x), the sequence number expected next, and what that revealed.
    std::vector<std::uint64_t> m_nextSequence;
    std::uint64_t m_lost = 0;
    std::uint64_t m_duplicates = 0;
};

} // namespace warren::bench
