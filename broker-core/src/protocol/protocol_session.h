#pragma once

#include "protocol/output_buffer.h"

#include <QByteArray>
#include <functional>
#include <warren/snapshot.h>

namespace warren::protocol {

// What a protocol session needs from the socket it speaks over. Implemented by net/.
class Transport {
public:
    virtual ~Transport() = default;
    // Output was appended to the session's buffer: write it before the event loop sleeps.
    virtual void flushSoon() = 0;
    // Write what is buffered, then close the socket.
    virtual void closeAfterFlush() = 0;
    // Write what is buffered, then leave the closing to the peer: what it still sends is read
    // and discarded until it closes, or `timeoutMs` pass. For a goodbye that answers the
    // peer's own (connection.close-ok): closing first would race the peer's reader, which may
    // see the end of the stream before it has handled the answer (RabbitMQ waits too).
    virtual void closeWhenPeerCloses(int timeoutMs) = 0;
    // Bytes handed to the socket but not yet written to the kernel.
    virtual qint64 pendingWriteBytes() const = 0;
    // Flow control: stop taking bytes from the peer (TCP pushes back on it) and start again.
    virtual void pauseReading() = 0;
    virtual void resumeReading() = 0;
    // Runs `task` on the broker thread after the current event, unless the connection is
    // gone by then.
    virtual void defer(std::function<void()> task) = 0;
};

// One client connection's protocol state. A session never touches a socket: bytes come in via
// receive() and go out through output(), so the same session runs over TCP, TLS or WebSocket.
class ProtocolSession {
public:
    virtual ~ProtocolSession() = default;
    virtual void receive(const char* data, qsizetype size) = 0;
    virtual OutputBuffer& output() = 0;
    // The socket is gone (peer closed, error): release everything the session holds.
    virtual void transportClosed() = 0;
    // The socket's backlog drained below the high-water mark: consumers may resume.
    virtual void transportWritable() = 0;
    // The broker is stopping, or an operator closes this connection: say goodbye in protocol
    // terms (AMQP: connection.close 320 CONNECTION_FORCED with the reason).
    virtual void shutdown(const QString& reason) = 0;
    // As the console and snapshots name the connection ("peer -> local").
    virtual QString name() const = 0;
    virtual void fillSnapshot(BrokerSnapshot& snapshot) const = 0;
    // Called a few times a second by the engine for deadlines and heartbeats: one timer for
    // all connections instead of timers per connection.
    virtual void tick(qint64 nowMs) = 0;
    // A resource alarm (memory) started or ended: publishers must wait while it lasts.
    virtual void setPublishingBlocked(bool blocked, const QString& reason) = 0;
};

} // namespace warren::protocol
