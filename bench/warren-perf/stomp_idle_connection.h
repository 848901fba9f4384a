#pragma once

#include "idle_connection.h"
#include "stomp_client.h"

namespace warren::bench {

// A STOMP idle connection, over TCP or WebSocket: CONNECT/CONNECTED with heart-beat 0,0, so
// neither side sends anything while it idles; closed with DISCONNECT asking for a receipt,
// which the broker sends before it closes the connection.
class StompIdleConnection : public IdleConnection {
public:
    // Connects (upgrading to WebSocket at `webSocketPath` if not empty) and logs in; throws on
    // failure.
    StompIdleConnection(const ConnectParams& params, const std::string& webSocketPath);

    int fd() const override { return m_client.fd(); }
    Event onReadable(std::string& reason) override;
    void keepAliveIfDue(std::chrono::steady_clock::time_point) override {}
    std::string_view closeRequest() const override { return m_closeRequest; }
    void abandon() override { m_client.abandon(); }

private:
    // Idle connections only ever see a RECEIPT: a small read buffer is plenty.
    StompClient m_client{512};
    std::string m_closeRequest; // on the wire: over WebSocket, masked per connection
};

} // namespace warren::bench
