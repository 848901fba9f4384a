#pragma once

#include "amqp_client.h"
#include "idle_connection.h"

namespace warren::bench {

// An AMQP 0-9-1 idle connection: handshake, one open channel, heartbeats both ways; closed
// with Connection.Close and counted closed at Close-Ok.
class AmqpIdleConnection : public IdleConnection {
public:
    // Connects and opens channel 1; throws on failure.
    explicit AmqpIdleConnection(const ConnectParams& params);

    int fd() const override { return m_client.fd(); }
    Event onReadable(std::string& reason) override;
    void keepAliveIfDue(std::chrono::steady_clock::time_point now) override {
        m_client.heartbeatIfDue(now);
    }
    std::string_view closeRequest() const override;
    void abandon() override { m_client.abandon(); }

private:
    // Idle connections only ever see heartbeats and closes: a small read buffer is plenty.
    AmqpClient m_client{512};
};

} // namespace warren::bench
