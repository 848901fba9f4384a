#pragma once

#include <QTcpServer>

namespace warren::net {

// A listening socket that hands over raw accepted descriptors: connections do their own
// non-blocking I/O instead of going through QTcpSocket's buffers.
class TcpListener final : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

signals:
    void accepted(int descriptor);

protected:
    void incomingConnection(qintptr descriptor) override { emit accepted(int(descriptor)); }
};

} // namespace warren::net
