#pragma once

#include "mqtt_client.h"
#include "pipelined_publisher.h"

namespace warren::bench {

// One MQTT publishing connection (PipelinedPublisher does the loop): PUBLISH at --mqtt-qos;
// with QoS 1 the window's ids are packet ids and PUBACKs acknowledge them. The sync request
// at the end is a PINGREQ (§4.6: the broker handles packets in order), then DISCONNECT.
class MqttPublisher : public PipelinedPublisher {
public:
    MqttPublisher(const PerfOptions& options, int index, RunControl& control);

private:
    MessageImage connect() override;
    void writeId(char* at, std::uint16_t id) override;
    std::string syncRequest() override;
    void closeAfterSync() override { m_client.disconnect(); }
    void abandon() override { m_client.abandon(); }
    TcpConnection& socket() override { return m_client.socket(); }
    TcpConnection::ReadResult readSome(bool blocking) override {
        return m_client.readSome(blocking);
    }
    void handleBuffered() override;
    bool keepAliveIfDue(std::chrono::steady_clock::time_point now) override;

    MqttClient m_client;
};

} // namespace warren::bench
