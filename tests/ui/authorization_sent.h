#pragma once

#include "backends/broker_backend.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The Authorization header of the first request `backend` sends to `server` when refreshed.
// Waits by running the event loop: the backend's requests go out from it.
inline void authorizationSent(BrokerBackend& backend, QTcpServer& server, QByteArray* header) {
    backend.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 20000);
    QTcpSocket* peer = server.nextPendingConnection();
    QByteArray head;
    QTRY_VERIFY_WITH_TIMEOUT((head += peer->readAll()).contains("\r\n\r\n"), 20000);
    for (const QByteArray& line : head.split('\n'))
        if (line.toLower().startsWith("authorization:"))
            *header = line.mid(line.indexOf(':') + 1).trimmed();
}
