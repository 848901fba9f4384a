#include "mqtt_idle_connection.h"

#include "client_error.h"
#include "mqtt_constants.h"

namespace warren::bench {

MqttIdleConnection::MqttIdleConnection(const ConnectParams& params, const std::string& clientId,
                                       std::uint16_t keepAliveSeconds) {
    mqtt::ConnectFields fields;
    fields.clientId = clientId;
    fields.keepAliveSeconds = keepAliveSeconds;
    m_client.open(params, fields);
}

IdleConnection::Event MqttIdleConnection::onReadable(std::string& reason) {
    try {
        const auto result = m_client.readSome(false);
        if (result == MqttClient::ReadResult::Closed) {
            // Once we sent DISCONNECT, this is the orderly end (the pool knows it is closing).
            reason = "connection closed by broker";
            return Event::Dropped;
        }
        MqttPacket packet;
        MqttPacketReader::Status status;
        while ((status = m_client.reader().next(packet)) == MqttPacketReader::Status::Packet) {
            if (packet.type != mqtt::PingResp) {
                reason = "unexpected packet type " + std::to_string(packet.type);
                return Event::Dropped;
            }
        }
        if (status == MqttPacketReader::Status::Error) {
            reason = "protocol error: " + m_client.reader().error();
            return Event::Dropped;
        }
    } catch (const ClientError& e) {
        reason = e.what();
        return Event::Dropped;
    }
    return Event::None;
}

std::string_view MqttIdleConnection::closeRequest() const {
    static const std::string disconnect = [] {
        std::string out;
        mqtt::appendDisconnect(out);
        return out;
    }();
    return disconnect;
}

} // namespace warren::bench
