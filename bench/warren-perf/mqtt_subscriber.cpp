#include "mqtt_subscriber.h"

#include "client_error.h"
#include "mqtt_codec.h"
#include "mqtt_constants.h"
#include "run_control.h"

#include <chrono>
#include <unistd.h>

namespace warren::bench {

namespace {
using Clock = std::chrono::steady_clock;
constexpr std::uint16_t SubscribeId = 1;

std::int64_t nowNanos() {
    return Clock::now().time_since_epoch().count();
}
} // namespace

MqttSubscriber::MqttSubscriber(const PerfOptions& options, std::string filter, int index,
                               RunControl& control)
    : MeasuringSubscriber(options.producers)
    , m_options(options)
    , m_filter(std::move(filter))
    , m_index(index)
    , m_control(control)
    , m_client(256 * 1024) {}

void MqttSubscriber::run() {
    try {
        setUp();
        receiveLoop();
        m_client.disconnect();
    } catch (const std::exception& e) {
        m_control.fail("subscriber " + std::to_string(m_index) + ": " + e.what());
        m_client.abandon();
    }
}

void MqttSubscriber::setUp() {
    mqtt::ConnectFields fields;
    fields.clientId =
        "warren-perf-" + std::to_string(::getpid()) + "-sub-" + std::to_string(m_index);
    fields.keepAliveSeconds = m_options.keepAliveSeconds;
    m_client.open(m_options.connect, fields);
    std::string out;
    mqtt::appendSubscribe(out, SubscribeId, m_filter, std::uint8_t(m_options.mqttQos));
    m_subscribedAt.store(nowNanos(), std::memory_order_relaxed);
    m_client.sendAll(out);
}

void MqttSubscriber::receiveLoop() {
    while (!m_control.stopping()) {
        const auto result = m_client.readSome(true);
        if (result == MqttClient::ReadResult::Closed)
            throw ClientError("connection closed by broker");
        if (result == MqttClient::ReadResult::Data) {
            const std::uint64_t before = receivedSoFar();
            MqttPacket packet;
            MqttPacketReader::Status status;
            while ((status = m_client.reader().next(packet)) == MqttPacketReader::Status::Packet)
                onPacket(packet);
            if (status == MqttPacketReader::Status::Error)
                throw ClientError("protocol error: " + m_client.reader().error());
            if (receivedSoFar() != before) {
                const std::int64_t now = nowNanos();
                if (m_firstAt.load(std::memory_order_relaxed) == 0)
                    m_firstAt.store(now, std::memory_order_relaxed);
                m_lastAt.store(now, std::memory_order_relaxed);
                publishCounters();
                m_retained.store(m_retainedCount, std::memory_order_relaxed);
            }
            if (!m_acks.empty()) {
                if (!m_client.sendAll(m_acks, m_control.stopFlag()))
                    break;
                m_acks.clear();
            }
        }
        m_client.pingIfDue(Clock::now());
    }
}

void MqttSubscriber::onPacket(const MqttPacket& packet) {
    if (packet.type == mqtt::Publish) {
        mqtt::PublishView publish;
        if (!mqtt::parsePublish(packet, publish))
            throw ClientError("malformed PUBLISH");
        if (publish.retain) {
            countUnmeasured();
            ++m_retainedCount;
        } else {
            countMessage(publish.payload, nowNanos());
        }
        if (publish.qos == 1)
            mqtt::appendPubAck(m_acks, publish.packetId);
        else if (publish.qos == 2)
            throw ClientError("PUBLISH with QoS 2 on a QoS " + std::to_string(m_options.mqttQos) +
                              " subscription");
        return;
    }
    if (packet.type == mqtt::SubAck) {
        // Packet id, then one return code per filter (§3.9.3).
        if (packet.size < 3 || std::uint8_t(packet.body[2]) == mqtt::SubAckFailure)
            throw ClientError("SUBSCRIBE to '" + m_filter + "' refused");
        if (!m_subscribed) {
            m_subscribed = true;
            m_control.markReady();
        }
    }
    // PINGRESP and anything else need no answer.
}

} // namespace warren::bench
