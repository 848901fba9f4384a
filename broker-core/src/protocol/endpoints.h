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
};

} // namespace warren::protocol
