#include "stomp_client.h"

#include "client_error.h"
#include "websocket_channel.h"

#include <chrono>

namespace warren::bench {

namespace {

using Clock = std::chrono::steady_clock;

// Long enough for a broker under load to answer a CONNECT; short enough that a broker that
// stopped answering does not hang a benchmark run.
constexpr auto SetupTimeout = std::chrono::seconds(30);
// The subprotocol of STOMP 1.2 over WebSocket (as Web STOMP and stomp.js name it).
constexpr std::string_view WebSocketProtocol = "v12.stomp";

} // namespace

StompClient::StompClient(std::size_t readBufferBytes)
    : m_reader(readBufferBytes) {}

StompClient::~StompClient() = default;

stomp::ConnectFields StompClient::connectFields(const ConnectParams& params) {
    stomp::ConnectFields fields;
    fields.login = params.user;
    fields.passcode = params.password;
    fields.host = params.vhost;
    return fields;
}

std::string StompClient::errorText(const StompFrame& error) {
    std::string text = "ERROR " + std::string(error.header("message"));
    const std::string_view body = error.body.substr(0, error.body.find('\n'));
    if (!body.empty())
        text += ": " + std::string(body);
    return text;
}

void StompClient::open(const ConnectParams& params, const stomp::ConnectFields& fields,
                       const std::string& webSocketPath) {
    const auto deadline = Clock::now() + SetupTimeout;
    m_socket.connect(params);
    if (!webSocketPath.empty()) {
        m_webSocket = std::make_unique<WebSocketChannel>(m_socket);
        m_webSocket->handshake(params, webSocketPath, WebSocketProtocol, deadline,
                               [this](std::string_view bytes) { m_reader.append(bytes); });
    }
    std::string out;
    stomp::appendConnect(out, fields);
    sendAll(out);
    for (;;) {
        StompFrame frame;
        const auto status = m_reader.next(frame);
        if (status == StompFrameReader::Status::Error)
            throw ClientError("protocol error: " + m_reader.error());
        if (status == StompFrameReader::Status::Frame) {
            if (frame.command == "CONNECTED")
                return;
            if (frame.command == "ERROR")
                throw ClientError("CONNECT refused: " + errorText(frame));
            throw ClientError("expected CONNECTED, got " + std::string(frame.command));
        }
        if (Clock::now() > deadline)
            throw ClientError("timed out waiting for CONNECTED");
        if (readSome(true) == ReadResult::Closed)
            throw ClientError("connection closed by broker before CONNECTED" + closeNote());
    }
}

void StompClient::disconnect() {
    std::string out;
    stomp::appendDisconnect(out, {});
    m_socket.sendLastAndClose(wire(std::move(out)));
}

std::string StompClient::closeNote() const {
    if (!m_webSocket || m_webSocket->closeReason().empty())
        return {};
    return " (WebSocket close " + m_webSocket->closeReason() + ")";
}

std::string StompClient::wire(std::string frames) {
    return m_webSocket ? m_webSocket->message(frames) : frames;
}

bool StompClient::sendAll(const std::string& frames, const std::atomic<bool>* stop) {
    if (!m_webSocket)
        return m_socket.sendAll(frames.data(), frames.size(), stop);
    const std::string message = m_webSocket->message(frames);
    return m_socket.sendAll(message.data(), message.size(), stop);
}

StompClient::ReadResult StompClient::readSome(bool blocking) {
    if (m_webSocket)
        return m_webSocket->readSome(blocking,
                                     [this](std::string_view bytes) { m_reader.append(bytes); });
    return m_socket.readInto(m_reader, blocking);
}

} // namespace warren::bench
