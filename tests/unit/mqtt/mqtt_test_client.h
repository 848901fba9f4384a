#pragma once

#include "../protocol/recording_transport.h"
#include "core/vhost.h"
#include "log/logger.h"
#include "mqtt/mqtt_connection.h"
#include "mqtt/packet_decoder.h"
#include "mqtt/packet_encoder.h"
#include "services/broker_context.h"

#include <memory>
#include <sys/uio.h>
#include <vector>

namespace warren::testing {

using namespace warren::mqtt;

// One client: its session, and what the session sent, decoded as a client reads it.
struct MqttTestClient {
    testing::RecordingTransport transport;
    std::unique_ptr<MqttConnection> session;
    PacketDecoder decoder{PacketDecoder::Reading::ServerPackets};
    ProtocolVersion version;

    MqttTestClient(MqttServer& server, ProtocolVersion v)
        : version(v) {
        protocol::Endpoints endpoints{QHostAddress::LocalHost, 50000, QHostAddress::LocalHost,
                                      1883};
        session = std::make_unique<MqttConnection>(server, transport, endpoints);
        decoder.setVersion(v);
    }

    void send(const Packet& packet) {
        QByteArray bytes;
        encode(packet, version, bytes);
        session->receive(bytes.constData(), bytes.size());
    }

    // Every packet the session has written since the last call.
    std::vector<Packet> received() {
        protocol::OutputBuffer& out = session->output();
        iovec segments[64];
        while (!out.isEmpty()) {
            const int count = out.gather(segments, 64);
            qsizetype taken = 0;
            for (int i = 0; i < count; ++i) {
                decoder.feed(static_cast<const char*>(segments[i].iov_base),
                             qsizetype(segments[i].iov_len));
                taken += qsizetype(segments[i].iov_len);
            }
            out.consume(taken);
        }
        std::vector<Packet> packets;
        for (;;) {
            auto next = decoder.next();
            if (auto* packet = std::get_if<Packet>(&next))
                packets.push_back(std::move(*packet));
            else
                break;
        }
        return packets;
    }

    template <typename T> T only() {
        auto packets = received();
        if (packets.size() != 1 || !std::holds_alternative<T>(packets.front()))
            qFatal("expected one packet of the type asked for, got %d", int(packets.size()));
        return std::get<T>(packets.front());
    }
};

// A context as the MQTT suites need it: vhost "/" with amq.topic, and guest allowed everything.
inline void setUpMqttContext(services::BrokerContext& context, log::Logger& logger) {
    context = {};
    context.logger = &logger;
    auto vhost = std::make_shared<core::Vhost>("/");
    vhost->declareExchange({"amq.topic", "topic", {true, false, false}, {}});
    context.vhosts.insert("/", vhost);
    context.users.addUser("guest", "guest", {}, true);
    context.users.setPermissions("guest", "/", auth::Permissions::fromPatterns(".*", ".*", ".*"));
}

} // namespace warren::testing
