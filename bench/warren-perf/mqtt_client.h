#pragma once

#include "connect_params.h"
#include "mqtt_codec.h"
#include "mqtt_packet_reader.h"
#include "tcp_connection.h"

#include <atomic>
#include <chrono>
#include <string>

namespace warren::bench {

// One MQTT 3.1.1 connection over a blocking socket, used by exactly one thread. open() does
// the CONNECT/CONNACK handshake; after that the publisher and subscriber loops build their
// own packets (mqtt_codec.h) and use sendAll()/readSome()/reader() directly, which is all
// the work a client library does per message. Everything else the broker sends (SUBACK,
// PUBACK, PINGRESP) is for the loop to read: nothing here waits for a reply but CONNACK.
class MqttClient {
public:
    using ReadResult = TcpConnection::ReadResult;

    explicit MqttClient(std::size_t readBufferBytes = 64 * 1024);
    MqttClient(const MqttClient&) = delete;
    MqttClient& operator=(const MqttClient&) = delete;

    // TCP connect, CONNECT, then CONNACK within the setup timeout (§3.1, §3.2); throws
    // ClientError on a refusal (with its return code) or a timeout.
    void open(const ConnectParams& params, const mqtt::ConnectFields& fields);
    // DISCONNECT (§3.14; never waiting on a broker that stopped reading), then close.
    void disconnect();
    // Closes the socket without DISCONNECT.
    void abandon() { m_socket.close(); }

    bool sendAll(const std::string& data, const std::atomic<bool>* stop = nullptr) {
        return m_socket.sendAll(data.data(), data.size(), stop);
    }
    TcpConnection& socket() { return m_socket; }
    // One recv() into reader(); blocking waits at most the receive timeout.
    ReadResult readSome(bool blocking) { return m_socket.readInto(m_reader, blocking); }
    MqttPacketReader& reader() { return m_reader; }

    // A PINGREQ when nothing was sent for half the keep-alive, so the broker, which may close
    // a connection silent for 1.5 keep-alives (§3.1.2.10), never has reason to.
    void pingIfDue(std::chrono::steady_clock::time_point now);

    int fd() const { return m_socket.fd(); }
    std::uint16_t keepAliveSeconds() const { return m_keepAlive; }

private:
    TcpConnection m_socket;
    MqttPacketReader m_reader;
    std::uint16_t m_keepAlive = 0;
};

} // namespace warren::bench
