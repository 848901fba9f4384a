#include "stomp_idle_connection.h"

#include "client_error.h"
#include "stomp_codec.h"

namespace warren::bench {

namespace {
constexpr std::string_view CloseReceipt = "close";
} // namespace

StompIdleConnection::StompIdleConnection(const ConnectParams& params,
                                         const std::string& webSocketPath) {
    m_client.open(params, StompClient::connectFields(params), webSocketPath);
    std::string disconnect;
    stomp::appendDisconnect(disconnect, CloseReceipt);
    m_closeRequest = m_client.wire(std::move(disconnect));
}

IdleConnection::Event StompIdleConnection::onReadable(std::string& reason) {
    try {
        if (m_client.readSome(false) == StompClient::ReadResult::Closed) {
            // Once we sent DISCONNECT, this is the orderly end (the pool knows it is closing).
            reason = "connection closed by broker" + m_client.closeNote();
            return Event::Dropped;
        }
        StompFrame frame;
        StompFrameReader::Status status;
        while ((status = m_client.reader().next(frame)) == StompFrameReader::Status::Frame) {
            if (frame.command == "RECEIPT" && frame.header("receipt-id") == CloseReceipt)
                return Event::Closed;
            reason = frame.command == "ERROR" ? StompClient::errorText(frame)
                                              : "unexpected " + std::string(frame.command);
            return Event::Dropped;
        }
        if (status == StompFrameReader::Status::Error) {
            reason = "protocol error: " + m_client.reader().error();
            return Event::Dropped;
        }
    } catch (const ClientError& e) {
        reason = e.what();
        return Event::Dropped;
    }
    return Event::None;
}

} // namespace warren::bench
