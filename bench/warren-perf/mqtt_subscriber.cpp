#include "mqtt_subscriber.h"

#include "client_error.h"
#include "mqtt_codec.h"
#include "mqtt_constants.h"

#include <chrono>
#include <unistd.h>

namespace warren::bench {

namespace {
constexpr std::uint16_t SubscribeId = 1;

std::int64_t nowNanos() {
    return std::chrono::steady_clock::now().time_since_epoch().count();
}
} // namespace

MqttSubscriber::MqttSubscriber(const PerfOptions& options, std::string filter, int index,
                               RunControl& control)
    : MeasuringSubscriber(options, index, control)
    , m_filter(std::move(filter))
    , m_client(256 * 1024) {}

void MqttSubscriber::subscribe() {
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

void MqttSubscriber::handleBuffered(std::string& replies) {
    MqttPacket packet;
    MqttPacketReader::Status status;
    while ((status = m_client.reader().next(packet)) == MqttPacketReader::Status::Packet)
        onPacket(packet, replies);
    if (status == MqttPacketReader::Status::Error)
        throw ClientError("protocol error: " + m_client.reader().error());
}

void MqttSubscriber::onMessagesRead(std::int64_t now) {
    if (m_firstAt.load(std::memory_order_relaxed) == 0)
        m_firstAt.store(now, std::memory_order_relaxed);
    m_lastAt.store(now, std::memory_order_relaxed);
    m_retained.store(m_retainedCount, std::memory_order_relaxed);
}

void MqttSubscriber::onPacket(const MqttPacket& packet, std::string& replies) {
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
            mqtt::appendPubAck(replies, publish.packetId);
        else if (publish.qos == 2)
            throw ClientError("PUBLISH with QoS 2 on a QoS " + std::to_string(m_options.mqttQos) +
                              " subscription");
        return;
    }
    if (packet.type == mqtt::SubAck) {
        // Packet id, then one return code per filter (§3.9.3).
        if (packet.size < 3 || std::uint8_t(packet.body[2]) == mqtt::SubAckFailure)
            throw ClientError("SUBSCRIBE to '" + m_filter + "' refused");
        subscribed();
    }
    // PINGRESP and anything else need no answer.
}

} // namespace warren::bench
