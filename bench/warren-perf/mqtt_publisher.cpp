#include "mqtt_publisher.h"

#include "client_error.h"
#include "mqtt_codec.h"
#include "mqtt_constants.h"

#include <unistd.h>

namespace warren::bench {

MqttPublisher::MqttPublisher(const PerfOptions& options, int index, RunControl& control)
    : PipelinedPublisher(options, index, control)
    , m_client(16 * 1024) {}

PipelinedPublisher::MessageImage MqttPublisher::connect() {
    mqtt::ConnectFields fields;
    fields.clientId =
        "warren-perf-" + std::to_string(::getpid()) + "-pub-" + std::to_string(m_index);
    fields.keepAliveSeconds = m_options.keepAliveSeconds;
    m_client.open(m_options.connect, fields);
    MessageImage image;
    const mqtt::PublishLayout layout =
        mqtt::appendPublish(image.bytes, m_options.topic, m_options.messageSize,
                            std::uint8_t(m_options.mqttQos), false, 0);
    image.idOffset = layout.packetIdOffset;
    image.payloadOffset = layout.payloadOffset;
    return image;
}

void MqttPublisher::writeId(char* at, std::uint16_t id) {
    at[0] = char(id >> 8);
    at[1] = char(id);
}

std::string MqttPublisher::syncRequest() {
    std::string ping;
    mqtt::appendPingReq(ping);
    return ping;
}

bool MqttPublisher::keepAliveIfDue(std::chrono::steady_clock::time_point now) {
    const auto before = m_client.socket().lastSent();
    m_client.pingIfDue(now);
    return m_client.socket().lastSent() != before;
}

void MqttPublisher::handleBuffered() {
    MqttPacket packet;
    MqttPacketReader::Status status;
    while ((status = m_client.reader().next(packet)) == MqttPacketReader::Status::Packet) {
        if (packet.type == mqtt::PubAck) {
            std::uint16_t id = 0;
            if (mqtt::packetIdOf(packet, id))
                acknowledged(id);
        } else if (packet.type == mqtt::PingResp) {
            syncAnswered();
        }
    }
    if (status == MqttPacketReader::Status::Error)
        throw ClientError("protocol error: " + m_client.reader().error());
}

} // namespace warren::bench
