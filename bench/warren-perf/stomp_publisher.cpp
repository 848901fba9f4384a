#include "stomp_publisher.h"

#include "client_error.h"
#include "stomp_codec.h"

namespace warren::bench {

namespace {
// Not five digits, so never taken for a SEND's receipt.
constexpr std::string_view DisconnectReceipt = "disconnect";
} // namespace

StompPublisher::StompPublisher(const PerfOptions& options, int index, RunControl& control)
    : PipelinedPublisher(options, index, control)
    , m_client(16 * 1024) {}

PipelinedPublisher::MessageImage StompPublisher::connect() {
    m_client.open(m_options.connect, StompClient::connectFields(m_options.connect));
    MessageImage image;
    const stomp::SendLayout layout = stomp::appendSend(
        image.bytes, m_options.destination, m_options.messageSize, m_options.confirmWindow > 0);
    image.idOffset = layout.receiptIdOffset;
    image.payloadOffset = layout.bodyOffset;
    return image;
}

void StompPublisher::writeId(char* at, std::uint16_t id) {
    stomp::writeReceiptId(at, id);
}

std::string StompPublisher::syncRequest() {
    std::string out;
    stomp::appendDisconnect(out, DisconnectReceipt);
    return out;
}

void StompPublisher::handleBuffered() {
    StompFrame frame;
    StompFrameReader::Status status;
    while ((status = m_client.reader().next(frame)) == StompFrameReader::Status::Frame) {
        if (frame.command == "RECEIPT") {
            const std::string_view receiptId = frame.header("receipt-id");
            std::uint16_t id = 0;
            if (stomp::parseReceiptId(receiptId, id))
                acknowledged(id);
            else if (receiptId == DisconnectReceipt)
                syncAnswered();
        } else if (frame.command == "ERROR") {
            throw ClientError(StompClient::errorText(frame));
        }
    }
    if (status == StompFrameReader::Status::Error)
        throw ClientError("protocol error: " + m_client.reader().error());
}

} // namespace warren::bench
