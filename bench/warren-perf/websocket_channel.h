#pragma once

#include "tcp_connection.h"
#include "websocket_frame_reader.h"

#include <chrono>
#include <functional>
#include <random>
#include <string>
#include <string_view>

namespace warren::bench {

struct ConnectParams;

// A client WebSocket (RFC 6455) over a connected TcpConnection, carrying a byte-stream
// protocol (STOMP) as Web STOMP clients do: each send is one masked text message, and the
// payloads of the server's data frames, whole or fragmented, are handed on in order. Pings
// are answered; a close frame ends the connection. The socket stays the caller's.
class WebSocketChannel {
public:
    using ReadResult = TcpConnection::ReadResult;
    using Deliver = std::function<void(std::string_view)>;

    explicit WebSocketChannel(TcpConnection& socket);

    // Sends the upgrade request for `path` asking for `protocol` and checks the server's 101;
    // throws ClientError if it does not come by `deadline` or is not a valid upgrade.
    // Payload bytes that follow it go to `deliver`.
    void handshake(const ConnectParams& params, std::string_view path, std::string_view protocol,
                   std::chrono::steady_clock::time_point deadline, const Deliver& deliver);
    // `bytes` as the one message the server reads them in (masked, so different each call).
    std::string message(std::string_view bytes);
    // One recv(); every data payload completed by it goes to `deliver`. A close frame from the
    // server reads as Closed.
    ReadResult readSome(bool blocking, const Deliver& deliver);
    // After a close frame from the server: its status code and reason, as "1008 reason".
    const std::string& closeReason() const { return m_closeReason; }

private:
    // Handles every complete frame in the reader; false once the server closed.
    bool handleFrames(const Deliver& deliver);

    TcpConnection& m_socket;
    WebSocketFrameReader m_reader{4096};
    std::mt19937 m_random; // mask keys (§5.3) and the handshake's key
    bool m_closed = false;
    std::string m_closeReason;
};

} // namespace warren::bench
