#pragma once

#include "connect_params.h"
#include "stomp_codec.h"
#include "stomp_frame_reader.h"
#include "tcp_connection.h"

#include <atomic>
#include <memory>
#include <string>

namespace warren::bench {

class WebSocketChannel;

// One STOMP connection over a blocking socket, used by exactly one thread: plain TCP, or a
// WebSocket (Web STOMP, subprotocol v12.stomp). open() does the CONNECT/CONNECTED handshake;
// after that the publisher and subscriber loops build their own frames (stomp_codec.h) and use
// sendAll()/readSome()/reader() directly, which is all the work a client library does per
// message. Everything else the broker sends (RECEIPT, MESSAGE, ERROR) is for the loop to read.
class StompClient {
public:
    using ReadResult = TcpConnection::ReadResult;

    explicit StompClient(std::size_t readBufferBytes = 64 * 1024);
    ~StompClient();
    StompClient(const StompClient&) = delete;
    StompClient& operator=(const StompClient&) = delete;

    // The CONNECT that `params` asks for: login, passcode, host (the vhost), heart-beat 0,0.
    static stomp::ConnectFields connectFields(const ConnectParams& params);
    // What an ERROR frame says: its message header, and the first line of its body.
    static std::string errorText(const StompFrame& error);

    // TCP connect (then the WebSocket upgrade at `webSocketPath`, if not empty), CONNECT, then
    // CONNECTED within the setup timeout; throws ClientError with an ERROR's text or on a
    // timeout.
    void open(const ConnectParams& params, const stomp::ConnectFields& fields,
              const std::string& webSocketPath = {});
    // DISCONNECT without a receipt (never waiting on a broker that stopped reading), then close.
    void disconnect();
    // Closes the socket without DISCONNECT.
    void abandon() { m_socket.close(); }

    // Sends whole frames (one message over WebSocket); gives up only as TcpConnection does.
    bool sendAll(const std::string& frames, const std::atomic<bool>* stop = nullptr);
    // The bytes that carry `frames` on this connection: themselves, or one masked WebSocket
    // message.
    std::string wire(std::string frames);
    // The socket itself, for loops that write frames straight into it (TCP only).
    TcpConnection& socket() { return m_socket; }
    // One recv() into reader(); blocking waits at most the receive timeout.
    ReadResult readSome(bool blocking);
    StompFrameReader& reader() { return m_reader; }

    int fd() const { return m_socket.fd(); }
    // Why the broker closed, when it said so (a WebSocket close frame): " (WebSocket close
    // 1000 reason)", else "".
    std::string closeNote() const;

private:
    TcpConnection m_socket;
    std::unique_ptr<WebSocketChannel> m_webSocket;
    StompFrameReader m_reader;
};

} // namespace warren::bench
