#pragma once

#include "protocol/endpoints.h"
#include "protocol/protocol_session.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace warren::protocol {

// What a client's first bytes say about its protocol.
enum class Recognition { Recognised, NeedMoreBytes, Unknown };

using SessionFactory =
    std::function<std::unique_ptr<ProtocolSession>(Transport&, const Endpoints&)>;

// How a protocol's bytes travel in WebSocket messages.
struct WebSocketFraming {
    // The length of the first whole message at the start of the session's pending output (0:
    // not whole yet), for protocols whose clients want one frame per message (STOMP, as
    // RabbitMQ's Web STOMP sends them). Empty: output goes out as it comes (MQTT, where the
    // protocol's own framing counts, §6.0).
    std::function<qsizetype(QByteArrayView pending)> messageLength;
    // Messages go out as text where they are UTF-8 (else binary), and the client's text
    // messages are taken; otherwise binary only, and a text message closes the connection.
    bool text = false;
    // A client's message larger than this closes the connection (1009).
    qint64 maxIncomingMessageBytes = 268435455 + 5;
};

// What a protocol tells the engine about itself: the listener scheme it answers on, where
// clients look for it, how its first bytes look, and how to start a session. Adding a
// protocol is a folder with its session and one of these, registered by the engine.
struct ProtocolDescriptor {
    QString scheme;
    quint16 defaultPort = 0;
    // The listener wraps each client's socket in TLS before the session sees a byte.
    bool tls = false;
    // Whether a client whose first bytes are `start` (as many as have come) speaks this
    // protocol, so that one port can serve several (AMQP 0-9-1 and 1.0 both start "AMQP").
    std::function<Recognition(QByteArrayView start)> recognise;
    SessionFactory createSession;
    // The listeners of other protocols this one is also served on, recognised by its first
    // bytes (AMQP 1.0 on the amqp listener, as RabbitMQ serves both on 5672).
    QStringList alsoServedOn;
    // Served over WebSocket too, on the ws listener at this path ("/ws" for MQTT, as
    // RabbitMQ's Web MQTT plugin), offering these subprotocols; empty: not over WebSocket.
    QString webSocketPath;
    QStringList webSocketSubprotocols;
    WebSocketFraming webSocketFraming;
    // A WebSocket listener (ws): it carries the protocols that have a webSocketPath, chosen by
    // the path the client asks for; it has no session of its own.
    bool webSocket = false;
};

// The protocols Warren speaks, by scheme. Filled once by the engine before listeners start.
class ProtocolRegistry {
public:
    // False when the scheme is taken.
    bool add(ProtocolDescriptor descriptor);
    const ProtocolDescriptor* find(const QString& scheme) const;
    QStringList schemes() const;
    // The protocols the `scheme` listener serves: its own first, then those also served on it.
    std::vector<const ProtocolDescriptor*> candidatesFor(const QString& scheme) const;

    struct Match {
        Recognition recognition = Recognition::Unknown;
        const ProtocolDescriptor* protocol = nullptr;
    };
    // Of the protocols that share a port, the first to recognise `start`; more bytes are
    // needed while none has and one still might.
    static Match recognise(const std::vector<const ProtocolDescriptor*>& candidates,
                           QByteArrayView start);

private:
    std::vector<std::unique_ptr<ProtocolDescriptor>> m_protocols;
};

} // namespace warren::protocol
