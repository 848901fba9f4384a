#pragma once

#include "engine/protocol_session.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace warren::net {

struct SocketEndpoints {
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QHostAddress localAddress;
    quint16 localPort = 0;
};

// Owns one accepted TCP socket (a raw non-blocking descriptor) and the protocol session
// speaking over it. Reads go straight to the session; the session's output segments go to
// the kernel with writev() at the end of each read, or once per event-loop turn for output
// caused by other connections. No user-space socket buffer sits in between.
class SocketConnection final : public QObject, public engine::Transport {
    Q_OBJECT
public:
    using SessionFactory = std::function<std::unique_ptr<engine::ProtocolSession>(
        engine::Transport&, const SocketEndpoints&)>;

    SocketConnection(int descriptor, const SessionFactory& factory, QObject* parent = nullptr);
    ~SocketConnection() override;

    void flushSoon() override;
    void closeAfterFlush() override;
    qint64 pendingWriteBytes() const override { return 0; } // the session's buffer is all
    void pauseReading() override;
    void resumeReading() override;

    engine::ProtocolSession& session() { return *m_session; }
    // Writes what can be written now without waiting (used while shutting down).
    void flush();

signals:
    void finished(warren::net::SocketConnection* connection);

private:
    void onReadable();
    void onWritable();
    void finish();

    int m_descriptor;
    QSocketNotifier* m_readNotifier;
    QSocketNotifier* m_writeNotifier;
    std::unique_ptr<engine::ProtocolSession> m_session;
    bool m_flushScheduled = false;
    bool m_closing = false;
    bool m_readingPaused = false;
    bool m_finished = false;
};

SocketEndpoints endpointsOf(int descriptor);

} // namespace warren::net
