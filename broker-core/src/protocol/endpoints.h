#pragma once

#include <QHostAddress>

namespace warren::protocol {

// The two ends of a client's connection, as the session reports them (connection names,
// loopback-only users). For a TLS client they are its TCP socket's, not the tunnel's.
struct Endpoints {
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QHostAddress localAddress;
    quint16 localPort = 0;

    // How connections are named in logs, snapshots and the API: "peer:port -> local:port",
    // as RabbitMQ names them.
    QString connectionName() const {
        return QStringLiteral("%1:%2 -> %3:%4")
            .arg(peerAddress.toString())
            .arg(peerPort)
            .arg(localAddress.toString())
            .arg(localPort);
    }
};

} // namespace warren::protocol
