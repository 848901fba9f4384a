#pragma once

#include "pipelined_publisher.h"
#include "stomp_client.h"

namespace warren::bench {

// One STOMP publishing connection (PipelinedPublisher does the loop): SEND to --destination
// with a content-length body; with -c every SEND asks for a receipt whose id is the window's
// id, and the RECEIPT acknowledges it. The sync request at the end is DISCONNECT with a
// receipt, which the broker answers after handling every frame before it (STOMP 1.2,
// "Connection Lingering"); then the socket is closed.
class StompPublisher : public PipelinedPublisher {
public:
    StompPublisher(const PerfOptions& options, int index, RunControl& control);

private:
    MessageImage connect() override;
    void writeId(char* at, std::uint16_t id) override;
    std::string syncRequest() override;
    void closeAfterSync() override { m_client.abandon(); }
    void abandon() override { m_client.abandon(); }
    TcpConnection& socket() override { return m_client.socket(); }
    TcpConnection::ReadResult readSome(bool blocking) override {
        return m_client.readSome(blocking);
    }
    void handleBuffered() override;

    StompClient m_client;
};

} // namespace warren::bench
