#pragma once

#include "measuring_subscriber.h"
#include "perf_options.h"
#include "stomp_client.h"

#include <string>

namespace warren::bench {

class RunControl;

// One STOMP subscribing connection (MeasuringSubscriber does the loop), the sibling of
// MqttSubscriber. It sends SUBSCRIBE to --destination with --stomp-ack (and -q as
// prefetch-count) asking for a receipt, and counts itself ready at the RECEIPT; with
// client-individual it ACKs every MESSAGE.
class StompSubscriber : public MeasuringSubscriber {
public:
    StompSubscriber(const PerfOptions& options, int index, RunControl& control);

private:
    void subscribe() override;
    TcpConnection::ReadResult readSome(bool blocking) override {
        return m_client.readSome(blocking);
    }
    void handleBuffered(std::string& replies) override;
    bool sendReplies(const std::string& replies, const std::atomic<bool>* stop) override {
        return m_client.sendAll(replies, stop);
    }
    void close() override { m_client.disconnect(); }
    void abandon() override { m_client.abandon(); }
    void onFrame(const StompFrame& frame, std::string& replies);

    StompClient m_client;
};

} // namespace warren::bench
