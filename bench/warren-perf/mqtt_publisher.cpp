#include "mqtt_publisher.h"

#include "client_error.h"
#include "mqtt_constants.h"
#include "run_control.h"

#include <cstring>
#include <thread>
#include <unistd.h>

namespace warren::bench {

namespace {
using Clock = std::chrono::steady_clock;
// Longest single sleep of a rate-limited publisher, so it notices the stop flag promptly.
constexpr auto MaxSleep = std::chrono::milliseconds(100);

std::int64_t nowNanos() {
    return Clock::now().time_since_epoch().count();
}
} // namespace

MqttPublisher::MqttPublisher(const PerfOptions& options, int index, RunControl& control)
    : m_options(options)
    , m_index(index)
    , m_control(control)
    , m_client(16 * 1024) {}

void MqttPublisher::run() {
    try {
        setUp();
        m_control.markReady();
        m_control.waitForStart();
        publishLoop();
        finish();
    } catch (const std::exception& e) {
        m_control.fail("publisher " + std::to_string(m_index) + ": " + e.what());
        m_client.abandon();
    }
    m_finished.store(true, std::memory_order_release);
}

void MqttPublisher::setUp() {
    mqtt::ConnectFields fields;
    fields.clientId =
        "warren-perf-" + std::to_string(::getpid()) + "-pub-" + std::to_string(m_index);
    fields.keepAliveSeconds = m_options.keepAliveSeconds;
    m_client.open(m_options.connect, fields);
    m_layout = mqtt::appendPublish(m_image, m_options.topic, m_options.messageSize,
                                   std::uint8_t(m_options.mqttQos), false, 0);
    if (m_options.mqttQos > 0)
        m_sentAt.assign(65536, 0);
    m_out.reserve(m_options.flushBytes + m_image.size());
}

void MqttPublisher::appendMessage(Clock::time_point now) {
    const std::size_t at = m_out.size();
    m_out.append(m_image);
    // The subscriber subtracts this from its own reading of the same steady clock.
    const std::int64_t stamp = now.time_since_epoch().count();
    static_assert(std::is_same_v<Clock::duration, std::chrono::nanoseconds>);
    char* payload = m_out.data() + at + m_layout.payloadOffset;
    std::memcpy(payload + mqtt::PayloadStampOffset, &stamp, sizeof stamp);
    const auto publisher = std::uint32_t(m_index);
    std::memcpy(payload + mqtt::PayloadPublisherOffset, &publisher, sizeof publisher);
    std::memcpy(payload + mqtt::PayloadSequenceOffset, &m_sequence, sizeof m_sequence);
    ++m_sequence;
    if (m_options.mqttQos > 0) {
        const std::uint16_t id = m_nextId;
        m_out[at + m_layout.packetIdOffset] = char(id >> 8);
        m_out[at + m_layout.packetIdOffset + 1] = char(id);
        // PUBACK latency starts where PerfTest starts confirm latency: when the publish is
        // handed to the client, so time blocked in send() by a broker that stops reading counts.
        m_sentAt[id] = stamp;
        ++m_inFlight;
        m_nextId = id == 65535 ? 1 : std::uint16_t(id + 1); // 0 is not a packet id (§2.3.1)
    }
}

bool MqttPublisher::windowFull() const {
    if (m_options.mqttQos == 0)
        return false;
    // The next id still unacknowledged (65535 PUBLISHes ago) waits like a full window.
    return m_inFlight >= std::uint64_t(m_options.confirmWindow) || m_sentAt[m_nextId] != 0;
}

bool MqttPublisher::flush() {
    std::size_t sent = 0;
    while (sent < m_out.size()) {
        const std::size_t n = m_client.socket().sendSome(m_out.data() + sent, m_out.size() - sent);
        sent += n;
        if (n > 0)
            continue;
        // The broker is not reading. PUBACKs waiting for us must not make it wait in turn.
        if (m_options.mqttQos > 0)
            readIncoming(false);
        // After the stop, the rest of the buffer may take until the end of the drain.
        if (m_control.stopping() && Clock::now() > finishBy())
            break;
    }
    // Every message in the buffer is one image: count those written whole.
    m_published += sent / m_image.size();
    m_counters.published.store(m_published, std::memory_order_relaxed);
    const bool whole = sent == m_out.size();
    m_truncated = !whole && sent % m_image.size() != 0;
    m_out.clear();
    return whole;
}

void MqttPublisher::pingIfDue() {
    const auto before = m_client.socket().lastSent();
    m_client.pingIfDue(Clock::now());
    if (m_client.socket().lastSent() != before)
        ++m_pingsSent;
}

void MqttPublisher::publishLoop() {
    const bool limited = m_options.ratePerProducer > 0;
    const auto period = limited ? std::chrono::duration<double>(1.0 / m_options.ratePerProducer)
                                : std::chrono::duration<double>(0);
    const auto start = Clock::now();
    std::uint64_t sent = 0; // messages appended so far, for the rate schedule

    while (!m_control.stopping()) {
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
    flush();
}

Clock::time_point MqttPublisher::finishBy() {
    if (m_finishBy == Clock::time_point{})
        m_finishBy =
            Clock::now() + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(m_options.drainTimeoutSeconds));
    return m_finishBy;
}

void MqttPublisher::finish() {
    if (m_truncated) {
        // The broker read nothing until the end of the drain; nothing sensible can follow
        // half a PUBLISH.
        m_client.abandon();
        return;
    }
    // The broker answers a PINGREQ only after the packets before it (§4.6: in order), so the
    // PINGRESP says it has read every PUBLISH counted in `published`.
    std::string ping;
    mqtt::appendPingReq(ping);
    const auto deadline = finishBy();
    std::size_t sent = 0;
    while (sent < ping.size() && Clock::now() < deadline)
        sent += m_client.socket().sendSome(ping.data() + sent, ping.size() - sent);
    const std::uint64_t awaited = ++m_pingsSent;
    while (m_pingResponses < awaited) {
        if (Clock::now() > deadline) {
            m_client.abandon();
            return;
        }
        readIncoming(true);
    }
    m_brokerReadAll = true;
    m_client.disconnect();
}

void MqttPublisher::readIncoming(bool blocking) {
    // Packets may already be buffered: handle them first, and only block when they did not
    // free any of the window.
    const std::uint64_t ackedBefore = m_acked;
    const std::uint64_t pongsBefore = m_pingResponses;
    m_readAt = nowNanos();
    for (;;) {
        MqttPacketReader::Status status;
        {
            const std::lock_guard lock(m_ackLatencyMutex);
            MqttPacket packet;
            while ((status = m_client.reader().next(packet)) == MqttPacketReader::Status::Packet)
                onPacket(packet);
        }
        if (status == MqttPacketReader::Status::Error)
            throw ClientError("protocol error: " + m_client.reader().error());
        if (blocking && (m_acked != ackedBefore || m_pingResponses != pongsBefore))
            break;
        const auto result = m_client.readSome(blocking);
        if (result == MqttClient::ReadResult::Closed)
            throw ClientError("connection closed by broker");
        if (result == MqttClient::ReadResult::Timeout)
            break;
        m_readAt = nowNanos();
    }
    m_counters.confirmed.store(m_acked, std::memory_order_relaxed);
}

void MqttPublisher::onPacket(const MqttPacket& packet) {
    if (packet.type == mqtt::PubAck) {
        std::uint16_t id = 0;
        if (!mqtt::packetIdOf(packet, id) || m_sentAt.empty() || m_sentAt[id] == 0)
            return; // not ours to settle (a duplicate, or an id we never sent)
        m_ackLatencies.record(m_readAt - m_sentAt[id]);
        m_sentAt[id] = 0;
        --m_inFlight;
        ++m_acked;
    } else if (packet.type == mqtt::PingResp) {
        ++m_pingResponses;
    }
}

void MqttPublisher::takeAckLatencies(LatencyHistogram& into) {
    const std::lock_guard lock(m_ackLatencyMutex);
    into.merge(m_ackLatencies);
    m_ackLatencies = LatencyHistogram();
}

} // namespace warren::bench
