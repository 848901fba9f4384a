#include "pipelined_publisher.h"

#include "client_error.h"
#include "payload_layout.h"
#include "run_control.h"

#include <thread>

namespace warren::bench {

namespace {
using Clock = std::chrono::steady_clock;
// Longest single sleep of a rate-limited publisher, so it notices the stop flag promptly.
constexpr auto MaxSleep = std::chrono::milliseconds(100);
// Ids cycle through 1..65535 (0 is not an MQTT packet id, §2.3.1).
constexpr std::uint16_t MaxId = 65535;

std::int64_t nowNanos() {
    return Clock::now().time_since_epoch().count();
}
} // namespace

PipelinedPublisher::PipelinedPublisher(const PerfOptions& options, int index, RunControl& control)
    : m_options(options)
    , m_index(index)
    , m_control(control) {}

void PipelinedPublisher::run() {
    try {
        m_image = connect();
        if (windowed())
            m_sentAt.assign(std::size_t(MaxId) + 1, 0);
        m_out.reserve(m_options.flushBytes + m_image.bytes.size());
        m_control.markReady();
        m_control.waitForStart();
        publishLoop();
        finish();
    } catch (const std::exception& e) {
        m_control.fail("publisher " + std::to_string(m_index) + ": " + e.what());
        abandon();
    }
    m_finished.store(true, std::memory_order_release);
}

void PipelinedPublisher::appendMessage(Clock::time_point now) {
    const std::size_t at = m_out.size();
    m_out.append(m_image.bytes);
    // The subscriber subtracts this from its own reading of the same steady clock.
    static_assert(std::is_same_v<Clock::duration, std::chrono::nanoseconds>);
    const std::int64_t stamp = now.time_since_epoch().count();
    payload::write(m_out.data() + at + m_image.payloadOffset,
                   {stamp, std::uint32_t(m_index), m_sequence});
    ++m_sequence;
    if (windowed()) {
        const std::uint16_t id = m_nextId;
        writeId(m_out.data() + at + m_image.idOffset, id);
        // Acknowledgement latency starts where PerfTest starts confirm latency: when the
        // message is handed to the client, so time blocked in send() by a broker that stops
        // reading counts.
        m_sentAt[id] = stamp;
        ++m_inFlight;
        m_nextId = id == MaxId ? 1 : std::uint16_t(id + 1);
    }
}

bool PipelinedPublisher::windowFull() const {
    if (!windowed())
        return false;
    // The next id still unacknowledged (65535 messages ago) waits like a full window.
    return m_inFlight >= std::uint64_t(m_options.confirmWindow) || m_sentAt[m_nextId] != 0;
}

bool PipelinedPublisher::flush() {
    std::size_t sent = 0;
    while (sent < m_out.size()) {
        const std::size_t n = socket().sendSome(m_out.data() + sent, m_out.size() - sent);
        sent += n;
        if (n > 0)
            continue;
        // The broker is not reading. Acknowledgements waiting for us must not make it wait in
        // turn.
        if (windowed())
            readIncoming(false);
        // After the stop, the rest of the buffer may take until the end of the drain.
        if (m_control.stopping() && Clock::now() > finishBy())
            break;
    }
    // Every message in the buffer is one image: count those written whole.
    const std::size_t imageSize = m_image.bytes.size();
    m_published += sent / imageSize;
    m_counters.published.store(m_published, std::memory_order_relaxed);
    const bool whole = sent == m_out.size();
    m_truncated = !whole && sent % imageSize != 0;
    m_out.clear();
    return whole;
}

void PipelinedPublisher::pingIfDue() {
    if (keepAliveIfDue(Clock::now()))
        ++m_syncsSent;
}

void PipelinedPublisher::publishLoop() {
    const bool limited = m_options.ratePerProducer > 0;
    const auto period = limited ? std::chrono::duration<double>(1.0 / m_options.ratePerProducer)
                                : std::chrono::duration<double>(0);
    const std::uint64_t count = m_options.messageCount;
    const auto start = Clock::now();
    std::uint64_t sent = 0; // messages appended so far, for the rate schedule

    while (!m_control.stopping() && (count == 0 || sent < count)) {
        auto now = Clock::now();
        if (limited) {
            const auto due =
                start + std::chrono::duration_cast<Clock::duration>(period * double(sent));
            if (now < due) {
                // About to wait: what is buffered goes out now, as a client would send it.
                if (!flush())
                    return;
                readIncoming(false);
                pingIfDue();
                std::this_thread::sleep_until(std::min(due, Clock::now() + MaxSleep));
                continue;
            }
        }
        if (windowFull()) {
            if (!flush())
                return;
            pingIfDue();
            readIncoming(true);
            continue;
        }
        appendMessage(now);
        ++sent;
        if (m_out.size() >= m_options.flushBytes) {
            if (!flush())
                return;
            readIncoming(false);
            pingIfDue();
        }
    }
    if (!flush() || m_control.stopping())
        return;
    // -C reached: the run ends once every publisher is done; acknowledgements come in
    // meanwhile.
    m_doneSending.store(true, std::memory_order_release);
    while (!m_control.stopping()) {
        pingIfDue();
        readIncoming(true);
    }
}

Clock::time_point PipelinedPublisher::finishBy() {
    if (m_finishBy == Clock::time_point{})
        m_finishBy =
            Clock::now() + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(m_options.drainTimeoutSeconds));
    return m_finishBy;
}

void PipelinedPublisher::finish() {
    if (m_truncated) {
        // The broker read nothing until the end of the drain; nothing sensible can follow
        // half a message.
        abandon();
        return;
    }
    // The broker answers the sync request only after the messages before it, so its answer
    // says it has read every message counted in `published`.
    const std::string sync = syncRequest();
    const auto deadline = finishBy();
    std::size_t sent = 0;
    while (sent < sync.size() && Clock::now() < deadline)
        sent += socket().sendSome(sync.data() + sent, sync.size() - sent);
    const std::uint64_t awaited = ++m_syncsSent;
    while (m_syncAnswers < awaited) {
        if (Clock::now() > deadline) {
            abandon();
            return;
        }
        readIncoming(true);
    }
    m_brokerReadAll = true;
    closeAfterSync();
}

void PipelinedPublisher::readIncoming(bool blocking) {
    // Packets may already be buffered: handle them first, and only block when they did not
    // free any of the window.
    const std::uint64_t ackedBefore = m_acked;
    const std::uint64_t syncsBefore = m_syncAnswers;
    m_readAt = nowNanos();
    for (;;) {
        {
            const std::lock_guard lock(m_ackLatencyMutex);
            handleBuffered();
        }
        if (blocking && (m_acked != ackedBefore || m_syncAnswers != syncsBefore))
            break;
        const auto result = readSome(blocking);
        // An error report the broker sent before closing was handled (and thrown) above.
        if (result == TcpConnection::ReadResult::Closed)
            throw ClientError("connection closed by broker");
        if (result == TcpConnection::ReadResult::Timeout)
            break;
        m_readAt = nowNanos();
    }
    m_counters.confirmed.store(m_acked, std::memory_order_relaxed);
}

void PipelinedPublisher::acknowledged(std::uint16_t id) {
    if (m_sentAt.empty() || m_sentAt[id] == 0)
        return; // not ours to settle (a duplicate, or an id we never sent)
    m_ackLatencies.record(m_readAt - m_sentAt[id]);
    m_sentAt[id] = 0;
    --m_inFlight;
    ++m_acked;
}

void PipelinedPublisher::takeAckLatencies(LatencyHistogram& into) {
    const std::lock_guard lock(m_ackLatencyMutex);
    into.merge(m_ackLatencies);
    m_ackLatencies = LatencyHistogram();
}

} // namespace warren::bench
