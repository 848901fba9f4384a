#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// The client side of the WebSocket protocol (RFC 6455) that warren-perf needs to carry STOMP
// over Web STOMP: the opening handshake, masked frames out, unmasked frames in. Sans-I/O, like
// the protocol codecs (WebSocketFrameReader splits what the server sends): WebSocketChannel
// moves the bytes.
namespace warren::bench::ws {

enum Opcode : std::uint8_t {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xa,
};

// The opening handshake's GET (§4.1); `key` is the base64 of 16 random bytes.
std::string handshakeRequest(std::string_view hostPort, std::string_view path,
                             std::string_view protocol, std::string_view key);
// Checks a server's response head, from the status line to the blank line (§4.1, "the client
// MUST validate the server's response"): 101, Upgrade: websocket, Connection: Upgrade, the
// Sec-WebSocket-Accept that `key` asks for, and `protocol` as the subprotocol. Returns what is
// wrong, or "".
std::string checkHandshakeResponse(std::string_view head, std::string_view key,
                                   std::string_view protocol);

// One final frame from client to server, masked with `mask` as every such frame must be (§5.3).
void appendClientFrame(std::string& out, Opcode opcode, std::string_view payload,
                       std::uint32_t mask);

} // namespace warren::bench::ws
