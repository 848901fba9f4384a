#pragma once

#include "net/epoll_poller.h"
#include "protocol/protocol_registry.h"

#include <QByteArray>
#include <QObject>

class QWebSocket;

namespace warren::net {

// Carries one WebSocket client (MQTT over WebSocket, later STOMP): Qt WebSockets speaks the
// framing on the client's TCP socket, and the bytes of its binary messages go to one end of a
// socket pair whose other end a SocketConnection serves exactly as a TCP client, as TlsTunnel
// does for TLS. A message may hold part of a packet or several: the protocol's own framing
// counts, not the WebSocket's (MQTT 5.0 §6.0); or, where the protocol's framing says so, one
// message per frame of the session's output (STOMP).
//
// Each direction holds at most BufferLimit bytes before it stops reading its source, so a slow
// side paces the other; the WebSocket side cannot stop reading, so a client that floods faster
// than its session reads is closed (1009, message too big) instead of buffered without end.
class WebSocketTunnel final : public QObject, private PollHandler {
    Q_OBJECT
public:
    static constexpr qsizetype BufferLimit = 1024 * 1024;
    static constexpr qsizetype FloodLimit = 64 * 1024 * 1024;

    // Takes ownership of `socket` (handshake done) and of the descriptor `plain`.
    WebSocketTunnel(QWebSocket* socket, int plain, EpollPoller& poller,
                    protocol::WebSocketFraming framing, QObject* parent = nullptr);
    ~WebSocketTunnel() override;

    // Sends what the session side still holds, as far as the socket takes it now (the broker
    // is stopping).
    void drain();

private:
    void onPollEvent(bool readable, bool writable, bool hangup) override;
    void onMessage(const QByteArray& message);
    // Sends what the session wrote: as it comes, or in whole messages by the framing.
    void sendOutput(const char* data, qsizetype size);
    void onSocketGone();
    void readPlain();
    void writePlain();
    void updateInterest();
    void finish();

    QWebSocket* m_socket;
    int m_plain;
    EpollPoller& m_poller;
    protocol::WebSocketFraming m_framing;
    QByteArray m_fromPlain;  // the start of a message not yet whole (with a framing)
    QByteArray m_toPlain;    // from the client, for the session
    bool m_plainEof = false; // the session closed its side
    bool m_socketGone = false;
    bool m_watchRead = false;
    bool m_watchWrite = false;
    bool m_registered = false;
    bool m_finished = false;
};

} // namespace warren::net
