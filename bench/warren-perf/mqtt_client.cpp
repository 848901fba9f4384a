#include "mqtt_client.h"

#include "client_error.h"
#include "mqtt_constants.h"

namespace warren::bench {

namespace {

using Clock = std::chrono::steady_clock;

// Long enough for a broker under load to answer a CONNECT; short enough that a broker that
// stopped answering does not hang a benchmark run.
constexpr auto SetupTimeout = std::chrono::seconds(30);

std::string connAckReason(std::uint8_t code) {
    // CONNACK return codes of 3.1.1 (§3.2.2.3).
    switch (code) {
    case 1:
        return "unacceptable protocol version";
    case 2:
        return "identifier rejected";
    case 3:
        return "server unavailable";
    case 4:
        return "bad user name or password";
    case 5:
        return "not authorized";
    default:
        return "return code " + std::to_string(code);
    }
}

} // namespace

MqttClient::MqttClient(std::size_t readBufferBytes)
    : m_reader(readBufferBytes) {}

void MqttClient::open(const ConnectParams& params, const mqtt::ConnectFields& fields) {
    m_socket.connect(params);
    m_keepAlive = fields.keepAliveSeconds;
    std::string out;
    mqtt::appendConnect(out, fields);
    sendAll(out);

    const auto deadline = Clock::now() + SetupTimeout;
    for (;;) {
        MqttPacket packet;
        const auto status = m_reader.next(packet);
        if (status == MqttPacketReader::Status::Error)
            throw ClientError("protocol error: " + m_reader.error());
        if (status == MqttPacketReader::Status::Packet) {
            if (packet.type != mqtt::ConnAck || packet.size < 2)
                throw ClientError("expected CONNACK, got packet type " +
                                  std::to_string(packet.type));
            const auto code = std::uint8_t(packet.body[1]);
            if (code != 0)
                throw ClientError("CONNECT refused: " + connAckReason(code));
            return;
        }
        if (Clock::now() > deadline)
            throw ClientError("timed out waiting for CONNACK");
        if (readSome(true) == ReadResult::Closed)
            throw ClientError("connection closed by broker before CONNACK");
    }
}

void MqttClient::disconnect() {
    std::string out;
    mqtt::appendDisconnect(out);
    m_socket.sendLastAndClose(out);
}

void MqttClient::pingIfDue(Clock::time_point now) {
    if (m_keepAlive == 0 ||
        now - m_socket.lastSent() < std::chrono::milliseconds(m_keepAlive * 500))
        return;
    std::string out;
    mqtt::appendPingReq(out);
    sendAll(out);
}

} // namespace warren::bench
