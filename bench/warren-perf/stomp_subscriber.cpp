#include "stomp_subscriber.h"

#include "client_error.h"
#include "stomp_codec.h"

#include <chrono>

namespace warren::bench {

namespace {
constexpr std::string_view SubscribeReceipt = "subscribed";

std::int64_t nowNanos() {
    return std::chrono::steady_clock::now().time_since_epoch().count();
}
} // namespace

StompSubscriber::StompSubscriber(const PerfOptions& options, int index, RunControl& control)
    : MeasuringSubscriber(options, index, control)
    , m_client(256 * 1024) {}

void StompSubscriber::subscribe() {
    m_client.open(m_options.connect, StompClient::connectFields(m_options.connect));
    std::string out;
    stomp::appendSubscribe(out, std::to_string(m_index), m_options.destination, m_options.stompAck,
                           m_options.prefetch, SubscribeReceipt);
    m_client.sendAll(out);
}

void StompSubscriber::handleBuffered(std::string& replies) {
    StompFrame frame;
    StompFrameReader::Status status;
    while ((status = m_client.reader().next(frame)) == StompFrameReader::Status::Frame)
        onFrame(frame, replies);
    if (status == StompFrameReader::Status::Error)
        throw ClientError("protocol error: " + m_client.reader().error());
}

void StompSubscriber::onFrame(const StompFrame& frame, std::string& replies) {
    if (frame.command == "MESSAGE") {
        countMessage(frame.body, nowNanos());
        if (m_options.stompAck == stomp::AckMode::ClientIndividual) {
            std::string_view ackId;
            if (!frame.header("ack", ackId))
                throw ClientError("MESSAGE without an ack header on a client-individual "
                                  "subscription");
            stomp::appendAck(replies, ackId);
        }
    } else if (frame.command == "RECEIPT") {
        if (frame.header("receipt-id") == SubscribeReceipt)
            subscribed();
    } else if (frame.command == "ERROR") {
        throw ClientError(StompClient::errorText(frame));
    }
}

} // namespace warren::bench
