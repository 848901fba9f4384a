#include "producer.h"

#include "amqp_constants.h"
#include "amqp_error.h"
#include "byte_reader.h"
#include "method_frame.h"
#include "run_control.h"
#include "topology.h"

#include <cstring>
#include <thread>

namespace warren::bench {

namespace {
using Clock = std::chrono::steady_clock;
constexpr std::uint16_t Channel = 1;
// Longest single sleep of a rate-limited producer, so it notices the stop flag promptly.
constexpr auto MaxSleep = std::chrono::milliseconds(100);
} // namespace

Producer::Producer(const PerfOptions& options, const Topology& topology, int index,
                   RunControl& control)
    : m_options(options)
    , m_topology(topology)
    , m_index(index)
    , m_control(control)
    , m_client(64 * 1024) {}

void Producer::run() {
    try {
        setUp();
        m_control.markReady();
        m_control.waitForStart();
        publishLoop();
        m_client.close(std::chrono::seconds(1));
    } catch (const std::exception& e) {
        m_control.fail("producer " + std::to_string(m_index) + ": " + e.what());
        m_client.abandon();
    }
}

void Producer::setUp() {
    ConnectParams params = m_options.connect;
    params.connectionName = "warren-perf producer " + std::to_string(m_index);
    m_client.open(params);
    m_client.openChannel(Channel);
    if (m_options.confirmWindow > 0) {
        m_client.confirmSelect(Channel);
        m_settled.assign(std::size_t(m_options.confirmWindow), false);
        m_sentAt.assign(std::size_t(m_options.confirmWindow), 0);
    }
    buildMessageImage();
    m_out.reserve(m_options.flushBytes + m_image.size());
}

void Producer::buildMessageImage() {
    std::string& out = m_image;
    {
        MethodFrame publish(out, Channel, amqp::BasicPublish);
        publish.args().shortUint(0);
        publish.args().shortString(m_topology.exchange());
        publish.args().shortString(m_topology.routingKeyForProducer(m_index));
        publish.args().octet(0); // neither mandatory nor immediate
        publish.finish();
    }
    ByteWriter w(out);
    w.octet(amqp::FrameHeader);
    w.shortUint(Channel);
    w.longUint(m_options.persistent ? 15 : 14);
    w.shortUint(amqp::ClassBasic);
    w.shortUint(0); // weight
    w.longLongUint(m_options.messageSize);
    w.shortUint(m_options.persistent ? amqp::PropertyDeliveryMode : 0);
    if (m_options.persistent)
        w.octet(amqp::DeliveryModePersistent);
    w.octet(amqp::FrameEnd);

    // Bodies larger than a frame are split at frame-max (spec 4.2.6.2).
    const std::size_t chunkMax = m_client.frameMax() - amqp::FrameOverhead;
    std::size_t left = m_options.messageSize;
    bool first = true;
    while (left > 0) {
        const std::size_t chunk = std::min(left, chunkMax);
        w.octet(amqp::FrameBody);
        w.shortUint(Channel);
        w.longUint(std::uint32_t(chunk));
        if (first)
            m_stampOffset = out.size();
        first = false;
        out.append(chunk, 'x');
        w.octet(amqp::FrameEnd);
        left -= chunk;
    }
}

void Producer::appendMessage(Clock::time_point now) {
    const std::size_t at = m_out.size();
    m_out.append(m_image);
    // The consumer subtracts this from its own reading of the same steady clock.
    const std::int64_t stamp = now.time_since_epoch().count();
    static_assert(std::is_same_v<Clock::duration, std::chrono::nanoseconds>);
    std::memcpy(m_out.data() + at + m_stampOffset, &stamp, sizeof stamp);
    ++m_unflushed;
    if (m_options.confirmWindow > 0) {
        // Confirm latency starts where PerfTest starts it: when the publish is handed to the
        // client, so time blocked in send() by a broker that stops reading counts too.
        m_sentAt[m_nextTag % m_sentAt.size()] = stamp;
        ++m_nextTag;
    }
}

bool Producer::flush() {
    if (m_out.empty())
        return true;
    if (!m_client.sendAll(m_out, m_control.stopFlag()))
        return false;
    m_out.clear();
    m_published += m_unflushed;
    m_unflushed = 0;
    m_counters.published.store(m_published, std::memory_order_relaxed);
    return true;
}

void Producer::publishLoop() {
    const bool limited = m_options.ratePerProducer > 0;
    const auto period = limited ? std::chrono::duration<double>(1.0 / m_options.ratePerProducer)
                                : std::chrono::duration<double>(0);
    const auto start = Clock::now();
    std::uint64_t sent = 0; // messages appended so far, for the rate schedule
    const auto window = std::uint64_t(m_options.confirmWindow);

    while (!m_control.stopping()) {
        auto now = Clock::now();
        if (limited) {
            const auto due =
                start + std::chrono::duration_cast<Clock::duration>(period * double(sent));
            if (now < due) {
                // About to wait: what is buffered goes out now, as a client would send it.
                if (!flush())
                    break;
                readIncoming(false);
                std::this_thread::sleep_until(std::min(due, Clock::now() + MaxSleep));
                continue;
            }
        }
        if (window > 0 && outstanding() >= window) {
            if (!flush())
                break;
            readIncoming(true);
            continue;
        }
        appendMessage(now);
        ++sent;
        if (m_out.size() >= m_options.flushBytes) {
            if (!flush())
                break;
            readIncoming(false);
        }
    }
}

void Producer::readIncoming(bool blocking) {
    // Frames may already be buffered (read along with an earlier reply): handle them first,
    // and only block when they did not settle anything.
    const std::uint64_t settledBefore = m_confirmed + m_nacked;
    m_readAt = Clock::now().time_since_epoch().count();
    for (;;) {
        FrameReader::Status status;
        {
            const std::lock_guard lock(m_confirmLatencyMutex);
            FrameView frame;
            while ((status = m_client.reader().next(frame)) == FrameReader::Status::Frame)
                onFrame(frame);
        }
        if (status == FrameReader::Status::Error)
            throw AmqpError("protocol error: " + m_client.reader().error());
        // One batch of confirms is enough to reopen the window.
        if (blocking && m_confirmed + m_nacked != settledBefore)
            break;
        const auto result = m_client.readSome(blocking);
        if (result == AmqpClient::ReadResult::Closed)
            throw AmqpError("connection closed by broker");
        if (result == AmqpClient::ReadResult::Timeout)
            break;
        m_readAt = Clock::now().time_since_epoch().count();
    }
    m_counters.confirmed.store(m_confirmed, std::memory_order_relaxed);
    m_counters.nacked.store(m_nacked, std::memory_order_relaxed);
    m_client.heartbeatIfDue(Clock::now());
}

void Producer::onFrame(const FrameView& frame) {
    if (m_skip == Skip::Header && frame.type == amqp::FrameHeader) {
        ByteReader header(frame.payload + 4, frame.size - 4);
        header.longLongUint(m_skipRemaining);
        m_skip = m_skipRemaining ? Skip::Body : Skip::None;
        return;
    }
    if (m_skip == Skip::Body && frame.type == amqp::FrameBody) {
        m_skipRemaining -= std::min<std::uint64_t>(m_skipRemaining, frame.size);
        if (m_skipRemaining == 0)
            m_skip = Skip::None;
        return;
    }
    if (!m_client.preprocess(frame))
        return;
    ByteReader args(frame.payload + 4, frame.size - 4);
    std::uint64_t tag = 0;
    std::uint8_t bits = 0;
    switch (frame.method()) {
    case amqp::BasicAck:
        if (args.longLongUint(tag) && args.octet(bits))
            onConfirm(tag, bits & 1, true);
        break;
    case amqp::BasicNack:
        if (args.longLongUint(tag) && args.octet(bits))
            onConfirm(tag, bits & 1, false);
        break;
    case amqp::BasicReturn:
        m_counters.returned.fetch_add(1, std::memory_order_relaxed);
        m_skip = Skip::Header;
        break;
    case amqp::ConnectionBlocked:
        m_counters.blocked.fetch_add(1, std::memory_order_relaxed);
        break;
    default:
        break;
    }
}

void Producer::onConfirm(std::uint64_t tag, bool multiple, bool ack) {
    if (m_settled.empty() || tag >= m_nextTag || tag < m_lowestUnconfirmed)
        return;
    const std::size_t window = m_settled.size();
    // A nack settles a publish as surely as an ack does, so both end its confirm latency.
    auto settle = [&](std::uint64_t t) {
        const std::size_t slot = t % window;
        if (m_settled[slot])
            return;
        m_settled[slot] = true;
        ++(ack ? m_confirmed : m_nacked);
        m_confirmLatencies.record(m_readAt - m_sentAt[slot]);
    };
    if (multiple) {
        for (std::uint64_t t = m_lowestUnconfirmed; t <= tag; ++t)
            settle(t);
    } else {
        settle(tag);
    }
    while (m_lowestUnconfirmed < m_nextTag && m_settled[m_lowestUnconfirmed % window]) {
        m_settled[m_lowestUnconfirmed % window] = false;
        ++m_lowestUnconfirmed;
    }
}

void Producer::takeConfirmLatencies(LatencyHistogram& into) {
    const std::lock_guard lock(m_confirmLatencyMutex);
    into.merge(m_confirmLatencies);
    m_confirmLatencies = LatencyHistogram();
}

} // namespace warren::bench
