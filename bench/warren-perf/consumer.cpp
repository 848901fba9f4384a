#include "consumer.h"

#include "amqp_constants.h"
#include "amqp_error.h"
#include "byte_reader.h"
#include "run_control.h"
#include "topology.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace warren::bench {

namespace {
using Clock = std::chrono::steady_clock;
constexpr std::uint16_t Channel = 1;
} // namespace

Consumer::Consumer(const PerfOptions& options, const Topology& topology, int index,
                   RunControl& control)
    : m_options(options)
    , m_topology(topology)
    , m_index(index)
    , m_control(control) {
    m_ackEvery = std::max(1, options.multiAckEvery);
    // Waiting for N deliveries before a multiple ack deadlocks when the prefetch window is
    // smaller than N; ack when the window is full instead.
    if (options.prefetch > 0)
        m_ackEvery = std::min(m_ackEvery, options.prefetch);
}

void Consumer::run() {
    try {
        setUp();
        m_control.markReady();
        consumeLoop();
        m_client.close(std::chrono::seconds(1));
    } catch (const std::exception& e) {
        m_control.fail("consumer " + std::to_string(m_index) + ": " + e.what());
        m_client.abandon();
    }
}

void Consumer::setUp() {
    ConnectParams params = m_options.connect;
    params.connectionName = "warren-perf consumer " + std::to_string(m_index);
    m_client.open(params);
    m_client.openChannel(Channel);
    if (m_options.prefetch > 0)
        m_client.basicQos(Channel, std::uint16_t(std::min(m_options.prefetch, 65535)));
    m_topology.declareOwnQueue(m_client, m_index);
    m_client.basicConsume(Channel, m_topology.queueForConsumer(m_index), m_options.autoAck);
}

void Consumer::consumeLoop() {
    // Frames that arrived together with Consume-Ok already sit in the read buffer: handle
    // them before the first read, or a full prefetch window of them would wait forever.
    bool haveData = true;
    while (!m_control.stopping()) {
        if (haveData) {
            FrameView frame;
            FrameReader::Status status;
            while ((status = m_client.reader().next(frame)) == FrameReader::Status::Frame)
                onFrame(frame);
            if (status == FrameReader::Status::Error)
                throw AmqpError("protocol error: " + m_client.reader().error());
            m_counters.received.store(m_received, std::memory_order_relaxed);
            if (!m_acks.empty()) {
                if (!m_client.sendAll(m_acks, m_control.stopFlag()))
                    break;
                m_acks.clear();
            }
        }
        m_client.heartbeatIfDue(Clock::now());
        const auto result = m_client.readSome(true);
        if (result == AmqpClient::ReadResult::Closed)
            throw AmqpError("connection closed by broker");
        haveData = result == AmqpClient::ReadResult::Data;
    }
}

void Consumer::onFrame(const FrameView& frame) {
    // Ordered by frequency: body and header frames outnumber everything else.
    if (frame.type == amqp::FrameBody) {
        if (m_bodyRemaining == m_bodySize && frame.size >= sizeof m_stamp)
            std::memcpy(&m_stamp, frame.payload, sizeof m_stamp);
        m_bodyRemaining -= std::min<std::uint64_t>(m_bodyRemaining, frame.size);
        if (m_bodyRemaining == 0)
            onMessageComplete();
        return;
    }
    if (frame.type == amqp::FrameHeader) {
        ByteReader header(frame.payload + 4, frame.size - 4);
        header.longLongUint(m_bodySize);
        m_bodyRemaining = m_bodySize;
        m_stamp = 0;
        if (m_bodySize == 0)
            onMessageComplete();
        return;
    }
    if (!m_client.preprocess(frame))
        return;
    const std::uint32_t method = frame.method();
    if (method == amqp::BasicDeliver) {
        ByteReader args(frame.payload + 4, frame.size - 4);
        std::string_view consumerTag;
        if (!args.shortString(consumerTag) || !args.longLongUint(m_deliveryTag))
            throw AmqpError("malformed Basic.Deliver");
    } else if (method == amqp::BasicCancel) {
        throw AmqpError("consumer cancelled by broker (queue deleted?)");
    }
}

void Consumer::onMessageComplete() {
    ++m_received;
    if (m_stamp != 0)
        m_latencies.record(Clock::now().time_since_epoch().count() - m_stamp);
    if (m_options.autoAck)
        return;
    if (m_ackEvery == 1) {
        appendAck(m_deliveryTag, false);
    } else if (++m_unacked >= m_ackEvery) {
        appendAck(m_deliveryTag, true);
        m_unacked = 0;
    }
}

void Consumer::appendAck(std::uint64_t tag, bool multiple) {
    // Basic.Ack is fixed-size: 4 bytes of ids, an 8-byte tag and one bit octet.
    const unsigned char frame[21] = {amqp::FrameMethod,
                                     0,
                                     Channel,
                                     0,
                                     0,
                                     0,
                                     13,
                                     0,
                                     amqp::ClassBasic,
                                     0,
                                     80,
                                     (unsigned char)(tag >> 56),
                                     (unsigned char)(tag >> 48),
                                     (unsigned char)(tag >> 40),
                                     (unsigned char)(tag >> 32),
                                     (unsigned char)(tag >> 24),
                                     (unsigned char)(tag >> 16),
                                     (unsigned char)(tag >> 8),
                                     (unsigned char)tag,
                                     (unsigned char)(multiple ? 1 : 0),
                                     amqp::FrameEnd};
    m_acks.append(reinterpret_cast<const char*>(frame), sizeof frame);
}

} // namespace warren::bench
