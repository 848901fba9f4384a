#pragma once

#include "net/epoll_poller.h"
#include "net/socket_writer.h"
#include "protocol/endpoints.h"
#include "protocol/protocol_session.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace warren::net {

using SocketEndpoints = protocol::Endpoints;

// Owns one accepted TCP socket (a raw non-blocking descriptor) and the protocol session
// speaking over it. Reads go straight to the session; the session's output segments are
// handed over at the end of each read, or once per event-loop turn for output caused by other
// connections: to the socket writer thread when there is one, else written here with
// writev(). No user-space socket buffer sits in between.
class SocketConnection final : public QObject, public protocol::Transport, public PollHandler {
    Q_OBJECT
public:
    // After the goodbye: how long, and how much, is read and discarded before closing.
    static constexpr int LingerMs = 1000;
    static constexpr qint64 LingerMaxBytes = 1024 * 1024;

    using SessionFactory = std::function<std::unique_ptr<protocol::ProtocolSession>(
        protocol::Transport&, const SocketEndpoints&)>;

    // With a `writer`, output goes to the kernel on the writer's thread, which also closes
    // the descriptor; without one, everything happens on this thread. `endpoints` are the
    // client's addresses when the descriptor is not its TCP socket (a TlsTunnel's pair end);
    // by default they are read from the descriptor.
    SocketConnection(int descriptor, EpollPoller& poller, SocketWriter* writer,
                     const SessionFactory& factory, QObject* parent = nullptr,
                     const std::optional<SocketEndpoints>& endpoints = std::nullopt);
    ~SocketConnection() override;

    void flushSoon() override;
    void closeAfterFlush() override;
    void closeWhenPeerCloses(int timeoutMs) override;
    qint64 pendingWriteBytes() const override;
    void pauseReading() override;
    void resumeReading() override;
    void defer(std::function<void()> task) override;
    void onPollEvent(bool readable, bool writable, bool hangup) override;
    void onWriterEvent(SocketWriter::Event event);

    protocol::ProtocolSession& session() { return *m_session; }
    // Writes what can be written now without waiting (used while shutting down).
    void flush();

signals:
    void finished(warren::net::SocketConnection* connection);

private:
    void onReadable();
    void finish();
    // After the goodbye is written and the write side shut down: reads and discards what the
    // peer still sends until it closes too, or LingerMs pass. Closing with unread input makes
    // the kernel reset the connection, and a reset can destroy the goodbye (connection.close-
    // ok, an HTTP error answer) before the peer has read it.
    void linger();
    void discardInput();
    void updateInterest();
    void writeInline();
    void handOver();

    int m_descriptor;
    EpollPoller& m_poller;
    SocketWriter* m_writer;
    std::shared_ptr<WriteChannel> m_channel; // with a writer only
    bool m_watchingRead = false;
    bool m_watchingWrite = false;
    std::unique_ptr<protocol::ProtocolSession> m_session;
    bool m_flushScheduled = false;
    bool m_closing = false;
    bool m_readingPaused = false;
    bool m_finished = false;
    bool m_lingering = false;
    bool m_awaitingPeerClose = false; // output still flows; input is discarded
    qint64 m_discarded = 0;
};

SocketEndpoints endpointsOf(int descriptor);

} // namespace warren::net
