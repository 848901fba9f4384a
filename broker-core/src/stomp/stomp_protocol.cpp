#include "stomp/stomp_protocol.h"

#include "services/broker_context.h"
#include "stomp/frame_boundary.h"
#include "stomp/stomp_connection.h"

namespace warren::stomp {

namespace {

// A client starts with CONNECT or STOMP, perhaps after end-of-lines.
protocol::Recognition recogniseStart(QByteArrayView start) {
    while (!start.isEmpty() && (start.front() == '\n' || start.front() == '\r'))
        start = start.sliced(1);
    for (QByteArrayView command : {QByteArrayView("CONNECT"), QByteArrayView("STOMP")}) {
        const qsizetype n = std::min(start.size(), command.size());
        if (start.first(n) == command.first(n))
            return n == command.size() ? protocol::Recognition::Recognised
                                       : protocol::Recognition::NeedMoreBytes;
    }
    return protocol::Recognition::Unknown;
}

} // namespace

protocol::ProtocolDescriptor stompProtocol(services::BrokerContext& context, bool tls) {
    protocol::ProtocolDescriptor d;
    d.scheme = tls ? QStringLiteral("stomps") : QStringLiteral("stomp");
    d.defaultPort = tls ? 61614 : 61613;
    d.tls = tls;
    if (!tls) {
        // RabbitMQ's Web STOMP plugin offers these; a client names the versions it speaks.
        d.webSocketPath = QStringLiteral("/stomp");
        d.webSocketSubprotocols = {QStringLiteral("v12.stomp"), QStringLiteral("v11.stomp"),
                                   QStringLiteral("v10.stomp")};
        // One frame per message, as text, as RabbitMQ's Web STOMP sends them (web-stomp
        // clients such as stomp.js parse each message as frames).
        d.webSocketFraming.messageLength = frameLength;
        d.webSocketFraming.text = true;
        d.webSocketFraming.maxIncomingMessageBytes =
            context.config.stompMaxBodyBytes + context.config.stompMaxHeaderBytes * 2;
    }
    d.recognise = recogniseStart;
    d.createSession = [&context](protocol::Transport& transport,
                                 const protocol::Endpoints& endpoints) {
        return std::unique_ptr<protocol::ProtocolSession>(
            std::make_unique<StompConnection>(context, transport, endpoints));
    };
    return d;
}

} // namespace warren::stomp
