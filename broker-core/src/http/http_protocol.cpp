#include "http/http_protocol.h"

#include "http/http_session.h"

#include <warren/broker_config.h>

namespace warren::http {

namespace {
// Longer than any method a client of the management API sends (OPTIONS, DELETE).
constexpr qsizetype LongestMethod = 16;
} // namespace

protocol::Recognition recogniseRequestLine(QByteArrayView start) {
    for (qsizetype i = 0; i < start.size() && i <= LongestMethod; ++i) {
        const char c = start[i];
        if (c == ' ')
            return i > 0 ? protocol::Recognition::Recognised : protocol::Recognition::Unknown;
        if (c < 'A' || c > 'Z')
            return protocol::Recognition::Unknown;
    }
    return start.size() <= LongestMethod ? protocol::Recognition::NeedMoreBytes
                                         : protocol::Recognition::Unknown;
}

protocol::ProtocolDescriptor httpProtocol(std::function<HttpRequestHandler&()> handler,
                                          const BrokerConfig& config, log::Logger* logger) {
    protocol::ProtocolDescriptor d;
    d.scheme = QStringLiteral("http");
    d.defaultPort = 15672;
    d.recognise = recogniseRequestLine;
    // An HTTP client goes through the same socket path as an AMQP one (writer thread, epoll,
    // ticks, shutdown); its session lists nothing in snapshots, so it is no "connection" there.
    d.createSession = [handler = std::move(handler), &config,
                       logger](protocol::Transport& transport, const protocol::Endpoints& e) {
        return std::unique_ptr<protocol::ProtocolSession>(std::make_unique<HttpSession>(
            transport, HttpEndpoints{e.peerAddress, e.peerPort, e.localAddress, e.localPort},
            handler(), HttpSessionOptions::fromConfig(config), logger));
    };
    return d;
}

} // namespace warren::http
