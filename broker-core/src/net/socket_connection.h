#pragma once

#include "engine/protocol_session.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <functional>
#include <memory>

namespace warren::net {

// Owns one accepted socket and the protocol session speaking over it. Reads feed the session;
// the session's output is written once per event-loop turn, so many small frames become one
// write system call.
class SocketConnection final : public QObject, public engine::Transport {
    Q_OBJECT
public:
    using SessionFactory =
        std::function<std::unique_ptr<engine::ProtocolSession>(engine::Transport&)>;

    SocketConnection(QTcpSocket* socket, const SessionFactory& factory, QObject* parent = nullptr);
    ~SocketConnection() override;

    void flushSoon() override;
    void closeAfterFlush() override;
    qint64 pendingWriteBytes() const override;
    void pauseReading() override { m_readingPaused = true; }
    void resumeReading() override;

    engine::ProtocolSession& session() { return *m_session; }

signals:
    void finished(warren::net::SocketConnection* connection);

private:
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void flush();

    QTcpSocket* m_socket;
    std::unique_ptr<engine::ProtocolSession> m_session;
    bool m_flushScheduled = false;
    bool m_closing = false;
    bool m_readingPaused = false;
    bool m_finished = false;
};

} // namespace warren::net
