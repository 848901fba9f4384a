#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QSocketNotifier;

namespace warren::net {

// A listening socket that hands over raw accepted descriptors: connections do their own
// non-blocking I/O instead of going through QTcpSocket's buffers.
//
// It accepts by itself rather than through QTcpServer, which on EMFILE stops accepting for
// good: every later client times out in the backlog, even after descriptors are free again.
// Here, out of descriptors, the listener closes a spare descriptor it keeps for this, accepts
// the waiting client and closes it at once (a refusal the client sees, not a hang), then
// backs off briefly before accepting again, as nginx and libuv do.
class TcpListener final : public QObject {
    Q_OBJECT
public:
    explicit TcpListener(QObject* parent = nullptr);
    ~TcpListener() override;

    bool listen(const QHostAddress& address, quint16 port);
    void close();
    quint16 serverPort() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    // How long accepting pauses after the process ran out of descriptors.
    static constexpr int ExhaustedBackoffMs = 100;

signals:
    void accepted(int descriptor);
    // The process is out of descriptors and a client was turned away; `error` is errno.
    void clientShed(int error);

private:
    void acceptPending();
    void shedOneClient(int error);

    QTcpServer m_server; // binds and listens; its own accepting stays paused
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_backoff;
    int m_spare = -1;
};

} // namespace warren::net
