#include "amqp091/amqp091_protocol.h"

#include "amqp091/amqp_connection.h"
#include "protocol/header_prefix.h"

namespace warren::amqp091 {

protocol::ProtocolDescriptor amqp091Protocol(services::BrokerContext& context, bool tls) {
    protocol::ProtocolDescriptor d;
    d.scheme = tls ? QStringLiteral("amqps") : QStringLiteral("amqp");
    d.defaultPort = tls ? 5671 : 5672;
    d.tls = tls;
    // Any "AMQP" header: a version Warren does not speak is answered with the one it does,
    // as RabbitMQ answers. AMQP 1.0 narrows this to 0-9-1's own bytes when it shares the port.
    d.recognise = [](QByteArrayView start) { return protocol::startsWithPrefix(start, "AMQP"); };
    d.createSession = [&context](protocol::Transport& transport,
                                 const protocol::Endpoints& endpoints) {
        PeerInfo peer{endpoints.peerAddress.toString(), endpoints.peerPort,
                      endpoints.localAddress.toString(), endpoints.localPort,
                      endpoints.peerAddress.isLoopback()};
        return std::unique_ptr<protocol::ProtocolSession>(
            std::make_unique<AmqpConnection>(context, transport, peer));
    };
    return d;
}

} // namespace warren::amqp091
