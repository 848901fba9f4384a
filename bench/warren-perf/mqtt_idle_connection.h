#pragma once

#include "idle_connection.h"
#include "mqtt_client.h"

namespace warren::bench {

// An MQTT 3.1.1 idle connection: CONNECT/CONNACK with a keep-alive, then PINGREQ every half
// keep-alive; closed with DISCONNECT, after which the broker closes the socket (§3.14.4).
class MqttIdleConnection : public IdleConnection {
public:
    // Connects and logs in as `clientId`; throws on failure.
    MqttIdleConnection(const ConnectParams& params, const std::string& clientId,
                       std::uint16_t keepAliveSeconds);

    int fd() const override { return m_client.fd(); }
    Event onReadable(std::string& reason) override;
    void keepAliveIfDue(std::chrono::steady_clock::time_point now) override {
        m_client.pingIfDue(now);
    }
    std::string_view closeRequest() const override;
    void abandon() override { m_client.abandon(); }

private:
    // Idle connections only ever see PINGRESP: a small read buffer is plenty.
    MqttClient m_client{512};
};

} // namespace warren::bench
