#include "websocket_channel.h"

#include "client_error.h"
#include "connect_params.h"
#include "sha1.h"
#include "websocket_codec.h"

namespace warren::bench {

WebSocketChannel::WebSocketChannel(TcpConnection& socket)
    : m_socket(socket)
    , m_random(std::random_device{}()) {}

void WebSocketChannel::handshake(const ConnectParams& params, std::string_view path,
                                 std::string_view protocol,
                                 std::chrono::steady_clock::time_point deadline,
                                 const Deliver& deliver) {
    std::string nonce(16, '\0');
    for (char& c : nonce)
        c = char(m_random());
    const std::string key = base64(nonce);
    const std::string request =
        ws::handshakeRequest(params.host + ":" + std::to_string(params.port), path, protocol, key);
    m_socket.sendAll(request.data(), request.size());
    std::string head;
    for (;;) {
        const auto status = m_reader.nextHead(head);
        if (status == WebSocketFrameReader::Status::Error)
            throw ClientError("WebSocket handshake: " + m_reader.error());
        if (status == WebSocketFrameReader::Status::Item)
            break;
        if (std::chrono::steady_clock::now() > deadline)
            throw ClientError("timed out waiting for the WebSocket handshake response");
        if (m_socket.readInto(m_reader, true) == ReadResult::Closed)
            throw ClientError("connection closed by the server during the WebSocket handshake");
    }
    if (const std::string problem = ws::checkHandshakeResponse(head, key, protocol);
        !problem.empty())
        throw ClientError("WebSocket handshake at " + std::string(path) + ": " + problem);
    if (!handleFrames(deliver))
        throw ClientError("WebSocket closed by the server right after the handshake: " +
                          m_closeReason);
}

std::string WebSocketChannel::message(std::string_view bytes) {
    std::string out;
    ws::appendClientFrame(out, ws::Text, bytes, std::uint32_t(m_random()));
    return out;
}

bool WebSocketChannel::handleFrames(const Deliver& deliver) {
    WebSocketFrame frame;
    auto status = WebSocketFrameReader::Status::NeedMore;
    while (!m_closed && (status = m_reader.next(frame)) == WebSocketFrameReader::Status::Item) {
        switch (frame.opcode) {
        case ws::Text:
        case ws::Binary:
        case ws::Continuation:
            // A stream protocol does not care where messages begin or end.
            deliver(frame.payload);
            break;
        case ws::Ping: {
            // §5.5.2: a Pong with the Ping's payload, as soon as practical.
            std::string pong;
            ws::appendClientFrame(pong, ws::Pong, frame.payload, std::uint32_t(m_random()));
            m_socket.sendAll(pong.data(), pong.size());
            break;
        }
        case ws::Close:
            m_closed = true;
            // §5.5.1: a two-byte status code, then a UTF-8 reason, both optional.
            if (frame.payload.size() >= 2)
                m_closeReason = std::to_string(std::uint8_t(frame.payload[0]) << 8 |
                                               std::uint8_t(frame.payload[1])) +
                                " " + std::string(frame.payload.substr(2));
            break;
        default:
            break; // Pong, or a reserved opcode no server sends
        }
    }
    if (!m_closed && status == WebSocketFrameReader::Status::Error)
        throw ClientError("WebSocket: " + m_reader.error());
    return !m_closed;
}

WebSocketChannel::ReadResult WebSocketChannel::readSome(bool blocking, const Deliver& deliver) {
    if (m_closed)
        return ReadResult::Closed;
    const auto result = m_socket.readInto(m_reader, blocking);
    if (result != ReadResult::Data)
        return result;
    return handleFrames(deliver) ? ReadResult::Data : ReadResult::Closed;
}

} // namespace warren::bench
